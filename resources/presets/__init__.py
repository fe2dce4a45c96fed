"""Package data: import presets (read through importlib.resources)."""
