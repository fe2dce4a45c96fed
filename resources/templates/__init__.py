"""Package data: import templates (read through importlib.resources)."""
