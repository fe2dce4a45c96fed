"""The three roles of a team workspace, by name, and the tables a manager may write.

Kept apart from ``storage.team`` (which creates and checks the roles) so that
``storage.errors`` can name the role a refused write needs without importing the rest.
"""

from __future__ import annotations

ROLES = ("viewer", "manager", "admin")
WHAT = {
    "viewer": "read and export",
    "manager": "import files and write notes",
    "admin": "change settings and health model versions, undo imports",
}
MANAGER_TABLES = (
    "accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
    "subscriptions", "nps_responses", "questions", "notes", "import_batches",
    "import_changes", "health_snapshots", "workspace_meta",
)


def role_name(database: str, role: str) -> str:
    """The database role for ``role`` on the workspace in ``database``."""
    return f"{database}_{role}"[:63]
