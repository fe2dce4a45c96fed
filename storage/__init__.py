"""The workspace: SQLAlchemy schema, Alembic migrations, sessions, queries, importers, exports.

May import ``domain``; never Qt (enforced by import-linter).
"""
