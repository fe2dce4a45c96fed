"""Two columns with the same header are refused, naming both column numbers.

Headers match fields case- and space-insensitively ("Name", "name ", "NAME" are one
field), so a file with ``name,…,name`` or ``Name,…,name `` holds two candidates for the
same field, and which one won used to depend on the spelling (the first for exact
duplicates, the last for the others), silently. Now:

- in the canonical layout (no mapping), any two headers that are the same field name
  (case, spaces, ``-`` and ``/`` aside) refuse the file;
- with a mapping or preset, a mapping that names one of them by its exact text settles
  it when that text is unique; a mapping that uses a header written the same way twice,
  or uses one of a group it cannot tell apart, is refused. Duplicates the mapping does
  not use are ignored, like every other column it does not use.
"""

from __future__ import annotations

from collections import defaultdict

from storage.importing.mapping import Mapping, header_key
from storage.importing.problems import ImportFileError
from storage.said import english, say

english({
    "duplicate_headers": "{file} has two columns for the same field: column {first} "
                         "({first_header!r}) and column {second} ({second_header!r}). Rename "
                         "or delete one, or name the one to use in a mapping (--mapping).",
})


def refuse_duplicate_headers(file_name: str, headers: list[str], mapping: Mapping | None) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, header in enumerate(headers):
        if header:
            groups[header_key(header)].append(index)
    used = set() if mapping is None else {
        c for src in mapping.fields.values() for c in src.source_columns()}
    for positions in groups.values():
        if len(positions) < 2:
            continue
        texts = [headers[i] for i in positions]
        if mapping is not None:
            named = [t for t in texts if t in used]
            if not named or all(texts.count(t) == 1 for t in named):
                continue
        first, second = positions[0] + 1, positions[1] + 1
        raise ImportFileError(say("duplicate_headers", file=file_name, first=first,
                                  first_header=texts[0], second=second, second_header=texts[1]))
