"""A throwaway PostgreSQL server for the test session, started from the installed binaries.

``PostgresServer.start()`` runs ``initdb`` into a temporary folder and ``pg_ctl`` on a Unix
socket in that folder (no TCP port is opened), with trust authentication for the socket
only, and ``stop()`` removes it all. PostgreSQL refuses to run as root, so when the tests
run as root (as CI does) the server runs as the unprivileged ``postgres`` user that
Debian's package creates, through ``runuser``. ``find_bin_dir()`` returns None (and
``missing_reason()`` a sentence) when no server binary is installed, so the PostgreSQL
tests are skipped with that reason rather than passed.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "abm_test"
_counter = itertools.count(1)


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl: Debian's versioned folder first, then PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    if found and (Path(found).resolve().parent / "initdb").exists():
        return Path(found).resolve().parent
    return None


def missing_reason() -> str | None:
    if find_bin_dir() is None:
        return ("no PostgreSQL server binary (initdb, pg_ctl) is installed; "
                "install Debian's postgresql package to run these tests")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return 'psycopg is not installed; pip install ".[postgres]" to run these tests'
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return None


class PostgresServer:
    """One server in a temporary folder, listening on a Unix socket only."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="abmpg"))  # short: socket paths are limited
        self.data = self.root / "data"
        self.port = 5432 + os.getpid() % 1000
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False,
                              cwd=self.root)

    def start(self) -> PostgresServer:
        if self._as_postgres:
            entry = pwd.getpwnam("postgres")
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        done = self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        options = (f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        done = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l",
                         str(self.root / "server.log"), "-w", "start")
        if done.returncode != 0:
            log = (self.root / "server.log")
            detail = log.read_text() if log.exists() else done.stderr
            raise RuntimeError(f"pg_ctl start failed: {detail}")
        return self

    def stop(self) -> None:
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.root}&port={self.port}"

    def admin(self):
        """An autocommit psycopg connection as the superuser to the maintenance database."""
        import psycopg

        return psycopg.connect(host=str(self.root), port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def new_database(self, prefix: str = "ws") -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
