"""Demo company names are told apart by words, never by "(2)" suffixes."""

from __future__ import annotations

import re

import numpy as np
import pytest

from storage.demo import names as N
from storage.demo.accounts import _company_names


@pytest.mark.parametrize("locale", ["en", "de", "pl", "ja", "zh"])
def test_repeated_names_get_a_qualifier_word(locale):
    n = 40  # every row draws the same stem and sector: 39 repeats to tell apart
    country = next(i for i, c in enumerate(N.COUNTRIES) if c.locale == locale)
    names, _slugs = _company_names(locale, np.zeros(n, dtype=int), np.zeros(n, dtype=int),
                                   np.ones(n, dtype=bool), np.zeros(n, dtype=int),
                                   np.full(n, country))
    assert len(set(names)) == n
    assert not any(re.search(r"\d", name) for name in names)


def test_qualifiers_are_different_words():
    assert N.qualifier("en", 1) == "Group"
    assert N.qualifier("en", 11) == "Group Holdings"
    assert N.qualifier("zh", 1) == "集团"
