"""What an import expected of a cell, as kinds with facts (``storage.said``).

Every per-cell problem the import reports says what a valid cell looks like: "a whole
number of 0 or more", "one of held, no_show", "an account's external id, name or domain:
no account matches". These are their kinds and English templates; the desktop words the
same kinds in the chosen language (``desktop/shared/wording/import_problems.py``). Facts
that are data (values, column and field names, allowed ids) stay as the file has them.
"""

from __future__ import annotations

from storage.importing.fields import (
    BOOL,
    CURRENCY,
    DATE,
    DATETIME,
    ENUM,
    FLOAT,
    INT,
    MONEY,
    REF,
    SCORE,
    TIER,
    Field,
)
from storage.said import Said, english, say

english({
    # What a valid cell of a field looks like.
    "one_of": "one of {choices}",
    "tier": "a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many)",
    "score": "a whole number from 0 to 10",
    "yes_no": "yes/no, true/false or 1/0",
    "whole_number": "a whole number",
    "whole_number_min0": "a whole number of 0 or more",
    "number": "a number",
    "number_min0": "a number of 0 or more",
    "amount": "an amount",
    "amount_min0": "an amount of 0 or more",
    "date_time": "a date and time like 2024-10-27 14:30 (or a --date-format)",
    "date": "a date like 2024-10-27 (or a --date-format)",
    "currency_code": "a currency code like USD",
    "reference": "{help}",
    "text": "text",
    "date_in_format": "a date in the format {format}",
    "looks_day_first": "{expected}; this column looks day-first: use --day-first",
    "translated": "{expected} (the mapping translated it to {made!r})",
    "translated_to_blank": "{expected} (the mapping translated it to (blank))",
    # Values beyond what a field may hold (storage.importing.bounds).
    "text_too_long": "a text of at most {limit:,} characters (check the file's quoting)",
    "whole_too_large": "a whole number no larger than {limit:,} (this one is a typo or another column)",
    "amount_too_large": "an amount no larger than {limit:,} (this one is a typo or another column)",
    "number_too_large": "a number no larger than {limit:,} (this one is a typo or another column)",
    # The workspace's one currency.
    "amount_in_currency": "an amount in {currency}, the workspace currency (convert it, or "
                          "import into a workspace kept in that currency)",
    "workspace_currency": "{currency}, the workspace currency (convert the amounts, or import "
                          "into a workspace kept in that currency)",
    # Required values and the order of dates.
    "required": "a value ({field} is required)",
    "account_or_contact": "a value (account is required, or a contact whose account is taken)",
    "date_on_or_after": "a date on or after {earlier}",
    # A column judged as a whole (storage.importing.column_order).
    "mixed_dates": "an unambiguous date: this column holds both day-first dates ({day}) and "
                   "month-first dates ({month}), so this one could be either; write it as "
                   "YYYY-MM-DD",
    "mixed_numbers": "an unambiguous number: this column holds both decimal commas ({comma}) "
                     "and decimal points ({point}), so this one could be either",
    # Rows that clash with stored rows or with each other (storage.importing.plan).
    "one_stored_record": "one stored record; several match — add an external_id column",
    "external_id_once": "each external id on one row only",
    "external_id_once_on_rows": "each external id on one row only (this one is on rows {rows})",
    "new_record": "a record no earlier row stands for",
    "new_record_stored": "a record no earlier row stands for (it is the same stored record as "
                         "row {row})",
    "new_record_same": "a record no earlier row stands for (same {same} as row {row})",
    "parent_imported": "a parent account that is imported (its own row was rejected)",
    # References to other records (storage.importing.resolve).
    "an_account": "an account's external id, name or domain",
    "an_account_matching": "an account matching {fields}",
    "a_contact": "a contact's external id, email or name (of this row's account)",
    "a_campaign": "a campaign's external id or name",
    "no_account_matches": "{what}: no account matches",
    "no_contact_matches": "{what}: no contact matches",
    "no_campaign_matches": "{what}: no campaign matches",
    "several_accounts_match": "{what}: several accounts match",
    "several_contacts_match": "{what}: several contacts match",
    "several_campaigns_match": "{what}: several campaigns match",
    "several_match_because": "{several}; {why}",
    "use_external_id": "use the external id",
    "accounts_alike": "{count} accounts match and nothing stored tells them apart: use the "
                      "external id",
    "accounts_differ": "{count} accounts match; they differ in {differ}: add a column for it "
                       "with match = [{fields}], or use the external id",
    "contact_of_account": "a contact of this row's account",
})

_PLAIN = {TIER: "tier", SCORE: "score", BOOL: "yes_no", DATETIME: "date_time", DATE: "date",
          CURRENCY: "currency_code"}


def expectation(field: Field) -> Said:
    """What a valid cell of this field looks like, for a problem report."""
    if field.kind == ENUM:
        return say("one_of", choices=", ".join(field.choices))
    if field.kind in _PLAIN:
        return say(_PLAIN[field.kind])
    at_least_zero = "_min0" if field.minimum == 0 else ""
    if field.kind == INT:
        return say("whole_number" + at_least_zero)
    if field.kind in (FLOAT, MONEY):
        return say(("amount" if field.kind == MONEY else "number") + at_least_zero)
    if field.kind == REF:
        return say("reference", help=field.help, field=field.name)
    return say("text")
