"""Package data: import examples (read through importlib.resources)."""
