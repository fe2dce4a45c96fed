"""The import's problems, notes and file and mapping refusals in the chosen language.

``storage.importing`` says each as a ``storage.said.Said``: English text with a kind and its
facts (``storage/importing/expectations.py`` for what a cell should hold; the reading,
lookup, column-order, mapping, option-check, folder and importer modules for files, notes
and refusals). ``desktop.shared.wording.said.worded`` says it again by kind with the words
here. Data (values, file, column and field names, the allowed ids) stays as the file has
it; an entity is named as the import summary names it. Counted notes ("3 value(s) such as
…") are methods of ``ImportNotes`` so that ``pyside6-lupdate`` records their plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.wording.said import register
from storage.said import Said

WORDS = {
    "one_of": QT_TRANSLATE_NOOP("ImportProblems", 'one of %1'),
    "tier": QT_TRANSLATE_NOOP("ImportProblems", 'a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many)'),
    "score": QT_TRANSLATE_NOOP("ImportProblems", 'a whole number from 0 to 10'),
    "yes_no": QT_TRANSLATE_NOOP("ImportProblems", 'yes/no, true/false or 1/0'),
    "whole_number": QT_TRANSLATE_NOOP("ImportProblems", 'a whole number'),
    "whole_number_min0": QT_TRANSLATE_NOOP("ImportProblems", 'a whole number of 0 or more'),
    "number": QT_TRANSLATE_NOOP("ImportProblems", 'a number'),
    "number_min0": QT_TRANSLATE_NOOP("ImportProblems", 'a number of 0 or more'),
    "amount": QT_TRANSLATE_NOOP("ImportProblems", 'an amount'),
    "amount_min0": QT_TRANSLATE_NOOP("ImportProblems", 'an amount of 0 or more'),
    "date_time": QT_TRANSLATE_NOOP("ImportProblems", 'a date and time like 2024-10-27 14:30 (or a --date-format)'),
    "date": QT_TRANSLATE_NOOP("ImportProblems", 'a date like 2024-10-27 (or a --date-format)'),
    "currency_code": QT_TRANSLATE_NOOP("ImportProblems", 'a currency code like USD'),
    "text": QT_TRANSLATE_NOOP("ImportProblems", 'text'),
    "date_in_format": QT_TRANSLATE_NOOP("ImportProblems", 'a date in the format %1'),
    "looks_day_first": QT_TRANSLATE_NOOP("ImportProblems", '%1; this column looks day-first: use --day-first'),
    "translated": QT_TRANSLATE_NOOP("ImportProblems", '%1 (the mapping translated it to %2)'),
    "translated_to_blank": QT_TRANSLATE_NOOP("ImportProblems", '%1 (the mapping translated it to (blank))'),
    "text_too_long": QT_TRANSLATE_NOOP("ImportProblems", "a text of at most %1 characters (check the file's quoting)"),
    "whole_too_large": QT_TRANSLATE_NOOP("ImportProblems", 'a whole number no larger than %1 (this one is a typo or another column)'),
    "amount_too_large": QT_TRANSLATE_NOOP("ImportProblems", 'an amount no larger than %1 (this one is a typo or another column)'),
    "number_too_large": QT_TRANSLATE_NOOP("ImportProblems", 'a number no larger than %1 (this one is a typo or another column)'),
    "amount_in_currency": QT_TRANSLATE_NOOP("ImportProblems", 'an amount in %1, the workspace currency (convert it, or import into a workspace kept in that currency)'),
    "workspace_currency": QT_TRANSLATE_NOOP("ImportProblems", '%1, the workspace currency (convert the amounts, or import into a workspace kept in that currency)'),
    "required": QT_TRANSLATE_NOOP("ImportProblems", 'a value (%1 is required)'),
    "account_or_contact": QT_TRANSLATE_NOOP("ImportProblems", 'a value (account is required, or a contact whose account is taken)'),
    "date_on_or_after": QT_TRANSLATE_NOOP("ImportProblems", 'a date on or after %1'),
    "mixed_dates": QT_TRANSLATE_NOOP("ImportProblems", 'an unambiguous date: this column holds both day-first dates (%1) and month-first dates (%2), so this one could be either; write it as YYYY-MM-DD'),
    "mixed_numbers": QT_TRANSLATE_NOOP("ImportProblems", 'an unambiguous number: this column holds both decimal commas (%1) and decimal points (%2), so this one could be either'),
    "one_stored_record": QT_TRANSLATE_NOOP("ImportProblems", 'one stored record; several match — add an external_id column'),
    "external_id_once": QT_TRANSLATE_NOOP("ImportProblems", 'each external id on one row only'),
    "external_id_once_on_rows": QT_TRANSLATE_NOOP("ImportProblems", 'each external id on one row only (this one is on rows %1)'),
    "new_record": QT_TRANSLATE_NOOP("ImportProblems", 'a record no earlier row stands for'),
    "new_record_stored": QT_TRANSLATE_NOOP("ImportProblems", 'a record no earlier row stands for (it is the same stored record as row %1)'),
    "new_record_same": QT_TRANSLATE_NOOP("ImportProblems", 'a record no earlier row stands for (same %1 as row %2)'),
    "parent_imported": QT_TRANSLATE_NOOP("ImportProblems", 'a parent account that is imported (its own row was rejected)'),
    "an_account": QT_TRANSLATE_NOOP("ImportProblems", "an account's external id, name or domain"),
    "an_account_matching": QT_TRANSLATE_NOOP("ImportProblems", 'an account matching %1'),
    "a_contact": QT_TRANSLATE_NOOP("ImportProblems", "a contact's external id, email or name (of this row's account)"),
    "a_campaign": QT_TRANSLATE_NOOP("ImportProblems", "a campaign's external id or name"),
    "no_account_matches": QT_TRANSLATE_NOOP("ImportProblems", '%1: no account matches'),
    "no_contact_matches": QT_TRANSLATE_NOOP("ImportProblems", '%1: no contact matches'),
    "no_campaign_matches": QT_TRANSLATE_NOOP("ImportProblems", '%1: no campaign matches'),
    "several_accounts_match": QT_TRANSLATE_NOOP("ImportProblems", '%1: several accounts match'),
    "several_contacts_match": QT_TRANSLATE_NOOP("ImportProblems", '%1: several contacts match'),
    "several_campaigns_match": QT_TRANSLATE_NOOP("ImportProblems", '%1: several campaigns match'),
    "several_match_because": QT_TRANSLATE_NOOP("ImportProblems", '%1; %2'),
    "use_external_id": QT_TRANSLATE_NOOP("ImportProblems", 'use the external id'),
    "no_preset": QT_TRANSLATE_NOOP("ImportProblems", 'There is no preset %1; presets: %2.'),
    "folder_needs_reader": QT_TRANSLATE_NOOP("ImportProblems", 'Name a preset (--preset NAME) or mapping files (--mapping FILE.toml) for the folder.'),
    "folder_nothing_read": QT_TRANSLATE_NOOP("ImportProblems", "No file in %1 is one the %2 files read (names such as %3, or headers matching a mapping's columns)."),
    "folder_nothing_read_no_names": QT_TRANSLATE_NOOP("ImportProblems", "No file in %1 is one the %2 files read (names such as none given, or headers matching a mapping's columns)."),
"delimiter_not_text": QT_TRANSLATE_NOOP("ImportProblems", 'the delimiter must be one character in quotes, not %1'),
    "delimiter_not_one": QT_TRANSLATE_NOOP("ImportProblems", 'the delimiter %1 is not one separating character; use , ; | or tab'),
    "date_format_not_text": QT_TRANSLATE_NOOP("ImportProblems", 'the date format must be a strptime format in quotes such as "%d.%m.%Y", not %1'),
    "date_format_no_directive": QT_TRANSLATE_NOOP("ImportProblems", 'the date format %1 has no % directive; e.g. %d.%m.%Y'),
    "date_format_invalid": QT_TRANSLATE_NOOP("ImportProblems", 'the date format %1 is not a strptime format (%2); e.g. %d.%m.%Y'),
    "encoding_not_text": QT_TRANSLATE_NOOP("ImportProblems", 'the encoding must be a name in quotes such as "cp1250", not %1'),
    "encoding_unknown": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250'),
    "mapping_unreadable": QT_TRANSLATE_NOOP("ImportProblems", 'Cannot read the mapping file %1: %2.'),
    "mapping_not_utf8": QT_TRANSLATE_NOOP("ImportProblems", 'The mapping file %1 is not UTF-8 (byte 0x%2 on line %3); save it as UTF-8.'),
    "mapping_not_toml": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not valid TOML: %2.'),
    "mapping_unknown_keys": QT_TRANSLATE_NOOP("ImportProblems", '%1: unknown key(s) %2; expected %3.'),
    "mapping_bad_entity": QT_TRANSLATE_NOOP("ImportProblems", '%1: entity = %2; expected one of %3.'),
    "mapping_not_a_field": QT_TRANSLATE_NOOP("ImportProblems", '%1: [fields.%2] is not a field of %3; expected one of %4.'),
    "mapping_match_not_account": QT_TRANSLATE_NOOP("ImportProblems", '%1: [fields.%2] match is for account references (account, parent) only.'),
    "no_preset_for": QT_TRANSLATE_NOOP("ImportProblems", 'There is no preset %1 for %2; presets for %2: %3.'),
    "no_presets_for": QT_TRANSLATE_NOOP("ImportProblems", 'There is no preset %1 for %2; no presets exist for %2.'),
    "contact_of_account": QT_TRANSLATE_NOOP("ImportProblems", "a contact of this row's account"),
    "mixed_encodings": QT_TRANSLATE_NOOP("ImportProblems", '%1 mixes encodings: line %2 is UTF-8 (%3) but line %4 is not (byte 0x%5), so line %6 disagrees with line %7. Save the file again in one encoding (UTF-8) and import that.'),
    "no_such_file": QT_TRANSLATE_NOOP("ImportProblems", '%1 does not exist or is not a file.'),
    "unreadable_file": QT_TRANSLATE_NOOP("ImportProblems", '%1 cannot be read: %2; check that you may open it.'),
    "empty_file": QT_TRANSLATE_NOOP("ImportProblems", '%1 is empty: expected a header row and data rows.'),
    "old_excel": QT_TRANSLATE_NOOP("ImportProblems", '%1 is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.'),
    "no_data_rows": QT_TRANSLATE_NOOP("ImportProblems", '%1 has a header row (%2) but no data rows.'),
    "utf8_read_as_other": QT_TRANSLATE_NOOP("ImportProblems", '%1 reads as UTF-8, but --encoding %2 was given: accented letters may come out garbled.'),
    "malformed_csv": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not a well-formed CSV with delimiter %2: %3. Check the quoting, or give --delimiter.'),
    "unknown_encoding": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not an encoding abm-health knows; use utf-8, utf-16, cp1252 or cp1250.'),
    "bad_byte": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not valid %2: byte 0x%3 on line %4 cannot be read. The file looks like %5; try --encoding %5.'),
    "nul_bytes": QT_TRANSLATE_NOOP("ImportProblems", '%1 contains NUL bytes when read as %2; it looks like UTF-16: try --encoding utf-16.'),
    "unreadable_xlsx": QT_TRANSLATE_NOOP("ImportProblems", '%1 is not a readable XLSX workbook: %2.'),
    "no_such_sheet": QT_TRANSLATE_NOOP("ImportProblems", '%1 has no sheet %2; its sheets are: %3.'),
    "no_lookup_file": QT_TRANSLATE_NOOP("ImportProblems", 'The lookup file %1 does not exist.'),
    "lookup_file_not_here": QT_TRANSLATE_NOOP("ImportProblems", "The lookup file %1 is not in the current folder; give its path in the mapping's [lookups] table."),
    "lookup_file_not_in": QT_TRANSLATE_NOOP("ImportProblems", "The lookup file %1 is not in %2; give its path in the mapping's [lookups] table."),
    "lookup_without_column": QT_TRANSLATE_NOOP("ImportProblems", 'The lookup file %1 has no column %2; its columns are %3.'),
    "lookup_join_column_missing": QT_TRANSLATE_NOOP("ImportProblems", '[lookups.%1] joins on the column %2, which the imported file does not have; name it with column = "...".'),
    "duplicate_headers": QT_TRANSLATE_NOOP("ImportProblems", '%1 has two columns for the same field: column %2 (%3) and column %4 (%5). Rename or delete one, or name the one to use in a mapping (--mapping).'),
    "strict_any_row": QT_TRANSLATE_NOOP("ImportProblems", '--strict refuses the file while any row fails'),
    "strict_judged": QT_TRANSLATE_NOOP("ImportProblems", '--strict refuses a column whose day/month order or decimal separator had to be judged; state it with --day-first or --decimal-comma (or in the mapping)'),
    "rejects_appeared": QT_TRANSLATE_NOOP("ImportProblems", 'the rejects file %1 was not written: it appeared while importing.'),
    "rejects_not_written": QT_TRANSLATE_NOOP("ImportProblems", 'the rejects file %1 was not written: %2.'),
    "import_cancelled": QT_TRANSLATE_NOOP("ImportProblems", 'The import was cancelled; nothing was written.'),
    "import_conflict": QT_TRANSLATE_NOOP("ImportProblems", 'Another session wrote the same records while this import ran, so nothing was written; run the import again (it will update what the other one inserted).'),
}


# The entity as the summary names it ("Read 2 accounts row(s)"): the command's word in English.
ENTITY_WORDS = TranslatedLabels("ImportSummary", {
    "accounts": QT_TRANSLATE_NOOP("ImportSummary", "accounts"),
    "contacts": QT_TRANSLATE_NOOP("ImportSummary", "contacts"),
    "campaigns": QT_TRANSLATE_NOOP("ImportSummary", "campaigns"),
    "events": QT_TRANSLATE_NOOP("ImportSummary", "events"),
    "meetings": QT_TRANSLATE_NOOP("ImportSummary", "meetings"),
    "opportunities": QT_TRANSLATE_NOOP("ImportSummary", "opportunities"),
    "subscriptions": QT_TRANSLATE_NOOP("ImportSummary", "subscriptions"),
    "nps": QT_TRANSLATE_NOOP("ImportSummary", "nps"),
    "questions": QT_TRANSLATE_NOOP("ImportSummary", "questions"),
    "notes": QT_TRANSLATE_NOOP("ImportSummary", "notes"),
})
# A table as an undo refusal names it ("3 contacts from batch 4 refer to the accounts it
# added"): the entity's word; storage already calls nps_responses "NPS responses".
TABLE_WORDS = TranslatedLabels("ImportSummary", {
    **ENTITY_WORDS.english,
    "nps_responses": QT_TRANSLATE_NOOP("ImportSummary", "nps_responses"),
    "NPS responses": QT_TRANSLATE_NOOP("ImportSummary", "NPS responses"),
})


class ImportNotes(QObject):
    """Notes and expectations with a count; each a method so its plural forms are recorded."""

    def accounts_alike(self, n: int) -> str:
        return self.tr('%Ln accounts match and nothing stored tells them apart: use the external id', "", n)

    def accounts_differ(self, n: int) -> str:
        return self.tr('%Ln accounts match; they differ in %1: add a column for it with match = [%2], or use the external id', "", n)

    def lookup_keys_repeated(self, n: int) -> str:
        return self.tr('%1 has %Ln %2 value(s) on more than one row (such as %3); rows naming them find nothing there.', "", n)

    def day_first_column(self, n: int) -> str:
        return self.tr('column %1 is read day-first for every row: %Ln value(s) such as %2 can only be day-first, so 01-02-2018 is 1 February. Give --day-first (or day_first = true in the mapping) to say so.', "", n)

    def mixed_dates_column(self, n: int) -> str:
        return self.tr('column %1 mixes day-first dates (such as %2) and month-first dates (such as %3); %Ln value(s) that could be either are rejected.', "", n)

    def decimal_comma_column(self, n: int) -> str:
        return self.tr('column %1 is read with decimal commas for every row: %Ln value(s) such as %2 can only have a decimal comma, so 1,234 is one and a bit. Give --decimal-comma (or decimal_comma = true in the mapping) to say so.', "", n)

    def mixed_numbers_column(self, n: int) -> str:
        return self.tr('column %1 mixes decimal commas (such as %2) and decimal points (such as %3); %Ln value(s) that could be either are rejected.', "", n)


# What a reference names (never the whole of a problem today: a reference is checked by
# looking it up): the field's help, as storage writes it, by that English text.
REFERENCE_WORDS = {
    "the account's external id, name or domain":
        QT_TRANSLATE_NOOP("ImportProblems", "the account's external id, name or domain"),
    "the contact's external id, email or name":
        QT_TRANSLATE_NOOP("ImportProblems", "the contact's external id, email or name"),
    "a contact's external id, email or name: the row takes its account when it names none "
    "(not stored)": QT_TRANSLATE_NOOP(
        "ImportProblems", "a contact's external id, email or name: the row takes its account "
                          "when it names none (not stored)"),
    "the campaign's external id or name":
        QT_TRANSLATE_NOOP("ImportProblems", "the campaign's external id or name"),
    "the parent account (external id, name or domain)":
        QT_TRANSLATE_NOOP("ImportProblems", "the parent account (external id, name or domain)"),
}


def _reference(said: Said) -> str:
    help_text = said.facts["help"]
    if help_text in REFERENCE_WORDS:
        return QCoreApplication.translate("ImportProblems", REFERENCE_WORDS[help_text])
    return str(said)


_ENTITY = {"entity": lambda entity: ENTITY_WORDS.get(entity, entity)}
register("ImportProblems", WORDS, ImportNotes, special={"reference": _reference},
         fact_words={kind: _ENTITY for kind in ("no_preset_for", "no_presets_for",
                                                 "mapping_not_a_field")})
