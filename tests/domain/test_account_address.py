"""Naming an account (issue 13, point 7): id:, ext:, a domain or a name; a bare value that
names accounts in several ways is refused with the candidates."""

from __future__ import annotations

import pandas as pd
import pytest

from domain.account_address import AccountNotFound, AmbiguousAccount, find_accounts

ACCOUNTS = pd.DataFrame({
    "id": [1, 2, 10, 11],
    "external_id": ["10", "2", "A-7", None],
    "name": ["Laura Ashley", "Acme", "Beta Ltd", "Laura Ashley Home"],
    "domain": ["lauraashley.com", "acme.com", None, "lah.example"],
})


@pytest.mark.parametrize("key, expected", [
    ("id:10", [10]), ("ext:10", [1]), ("ID:2", [2]), ("ext:A-7", [10]),
    ("A-7", [10]),                          # only an external id
    ("https://www.acme.com/about", [2]),    # a domain, however written
    ("laura ashley", [1]),                  # an exact name beats a part of another
    ("beta", [10]),                         # a unique part of a name
    ("11", [11]),                           # internal id only
])
def test_one_account_by_any_address(key, expected):
    assert find_accounts(ACCOUNTS, key) == expected


def test_a_bare_number_that_is_two_accounts_ids_is_refused_with_both():
    with pytest.raises(AmbiguousAccount) as error:
        find_accounts(ACCOUNTS, "10", usage="--account {address}")
    assert str(error.value) == (
        "'10' names 2 accounts: id:10 (Beta Ltd, by internal id); ext:10 (Laura Ashley, by "
        "external id); name one of them, e.g. --account id:10")
    assert [c.account_id for c in error.value.candidates] == [10, 1]


def test_a_part_of_several_names_lists_them_unless_several_are_wanted():
    with pytest.raises(AmbiguousAccount, match="'ashley' names 2 accounts: id:1 .*id:11"):
        find_accounts(ACCOUNTS, "ashley")
    assert find_accounts(ACCOUNTS, "ashley", several_parts=True) == [1, 11]


def test_unknown_addresses_are_named():
    with pytest.raises(AccountNotFound, match="no account has the internal id '99'"):
        find_accounts(ACCOUNTS, "id:99")
    with pytest.raises(AccountNotFound, match="after id: comes the workspace's number"):
        find_accounts(ACCOUNTS, "id:acme")
    with pytest.raises(AccountNotFound, match="domain or name 'Gamma'"):
        find_accounts(ACCOUNTS, "Gamma")
