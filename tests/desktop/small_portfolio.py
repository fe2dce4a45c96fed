"""A small, readable workspace for window tests (written with plain SQL, no generator).

As of 2026-11-23:
- Acme GmbH (1, tier 1, Ewa): Dana Decider (decision maker, no touches), Chen Champion
  (champion, a form fill on 2026-11-13), Uma User (user, one email open on 2026-11-01).
- Łódź Maszyny sp. z o.o. (2, tier 2, Ewa), 株式会社さくら精機 (3, tier 1, Ken): no contacts.
- Not a target (4, Ewa): never shown in the portfolio.
"""

from __future__ import annotations

from datetime import date

AS_OF = date(2026, 11, 23)
TARGET_IDS = (1, 2, 3)


def fill(workspace) -> None:
    with workspace.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, name, tier, owner, industry, region, is_target, created_at) VALUES "
            "(1, 'Acme GmbH', 1, 'Ewa', 'Chemicals', 'EMEA', 1, '2025-01-01 00:00:00'),"
            "(2, 'Łódź Maszyny sp. z o.o.', 2, 'Ewa', 'Machinery', 'EMEA', 1, '2025-01-01 00:00:00'),"
            "(3, '株式会社さくら精機', 1, 'Ken', 'Machinery', 'APAC', 1, '2025-01-01 00:00:00'),"
            "(4, 'Not a target', 3, 'Ewa', 'Energy', 'EMEA', 0, '2025-01-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, account_id, name, title, buying_role, email, created_at) VALUES "
            "(11, 1, 'Dana Decider', 'CFO', 'decision_maker', 'dana@acme.example', '2025-02-01 00:00:00'),"
            "(12, 1, 'Chen Champion', 'Head of Ops', 'champion', 'chen@acme.example', '2025-02-01 00:00:00'),"
            "(13, 1, 'Uma User', 'Engineer', 'user', 'uma@acme.example', '2025-02-01 00:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO events (account_id, contact_id, kind, occurred_at, asset, channel) VALUES "
            "(1, 12, 'form_fill', '2026-11-13 10:00:00', 'form:demo-request', 'organic'),"
            "(1, 13, 'email_open', '2026-11-01 09:00:00', 'email:CMP-1', 'email'),"
            "(1, 13, 'email_sent', '2026-11-01 08:00:00', 'email:CMP-1', 'email')"
        )
