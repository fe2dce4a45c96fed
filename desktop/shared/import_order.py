"""The data libraries are imported before Qt, not after it.

Once PySide6 is imported, its ``__feature__`` import hook reads the whole source of every
module imported after it (``inspect.getsource``, to see whether the module names PySide6)
and keeps those sources in ``linecache``. For pandas, numpy and SQLAlchemy that is about
450 modules: half a second of CPU and some 45 MB of memory at every start of the window and
of every command, for libraries that never touch Qt. Imported first, they are not looked at.
The command line and the window call ``import_data_libraries`` before their first Qt import.
"""

from __future__ import annotations


def import_data_libraries() -> None:
    """Import numpy, pandas, SQLAlchemy and the workspace layer (no Qt in any of them)."""
    import numpy  # noqa: F401
    import pandas  # noqa: F401
    import sqlalchemy  # noqa: F401
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401  (loaded by the first engine)

    import storage.workspace  # noqa: F401
