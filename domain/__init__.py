"""The business of abm-health: entities, metrics, journey stages, health, vanity rules.

Pure Python, pandas and numpy only; never Qt, never SQLAlchemy (enforced by import-linter).
"""
