"""The database table of each domain frame, without importing ``storage.schema``.

``storage.schema`` declares the tables as SQLAlchemy ORM classes: importing it loads the
ORM and builds every mapping, about a third of a second, which reading frames, the data
date and the stamps of the caches never need. They name their tables from here; a test
checks this table against the schema.
"""

from __future__ import annotations

# Domain table name (as in ``domain.frames``) -> table in the database.
TABLE_NAMES: dict[str, str] = {
    "accounts": "accounts",
    "contacts": "contacts",
    "campaigns": "campaigns",
    "events": "events",
    "meetings": "meetings",
    "opportunities": "opportunities",
    "subscriptions": "subscriptions",
    "nps": "nps_responses",
    "questions": "questions",
    "notes": "notes",
}
