"""Schema upgrades through Alembic, the only way a workspace's tables are created or changed.

Alembic itself is imported only when a workspace actually needs upgrading: opening an
up-to-date workspace compares its stamp with ``HEAD`` (kept equal to Alembic's head by a
test), which keeps about 0.4 s of imports off every start of the window and the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import Script

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

HEAD = "0005"
"""The newest revision in ``migrations/versions``; bump it with every new revision."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Alembic's own view of the head (the slow, authoritative answer)."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected exactly one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The workspace's stamp, read with plain SQL (None for an empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def all_revisions() -> list[Script]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
