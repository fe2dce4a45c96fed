"""The demo's accounts: names in their market's script, domains, firmographics, owners.

Accounts are rows of a frame whose columns are the ``accounts`` table's, plus ``locale``
and ``utc_offset_h`` (not stored) that the contact, event and comment generators use.
The first three accounts are always 株式会社さくら精機, 北京华信科技有限公司 and Zakład
Mechaniczny Łódź sp. z o.o., so every demo, however small, shows the three markets.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from storage.demo import names as N
from storage.demo.stories import Stories

SHOWCASE_COUNTRIES = ("Japan", "China", "Poland")
SHOWCASE_INDUSTRIES = ("Manufacturing", "Software", "Manufacturing")
PARENT_SHARE = 0.04  # accounts that are a subsidiary of a strategic account in their region


def build_accounts(st: Stories, rng: np.random.Generator) -> pd.DataFrame:
    n = len(st)
    countries = pd.DataFrame([vars(c) for c in N.COUNTRIES])
    weights = countries["weight"].to_numpy() / countries["weight"].sum()
    country = rng.choice(len(countries), size=n, p=weights)
    industry = rng.choice(len(N.INDUSTRIES), size=n, p=_normalised(N.INDUSTRY_WEIGHTS))
    stem = rng.integers(0, 10_000, n)
    sector_first = rng.random(n) < 0.5  # Japanese: 株式会社 before or after the name
    suffix = rng.integers(0, 10, n)
    k = min(n, 3)
    by_name = {name: i for i, name in enumerate(countries["name"])}
    country[:k] = [by_name[c] for c in SHOWCASE_COUNTRIES[:k]]
    industry[:k] = [N.INDUSTRIES.index(i) for i in SHOWCASE_INDUSTRIES[:k]]
    stem[:k], suffix[:k], sector_first[:k] = 0, 0, True

    locale = countries["locale"].to_numpy()[country]
    name = np.empty(n, dtype=object)
    slug = np.empty(n, dtype=object)
    for loc in np.unique(locale):
        rows = np.flatnonzero(locale == loc)
        name[rows], slug[rows] = _company_names(
            loc, stem[rows], industry[rows], sector_first[rows], suffix[rows], country[rows]
        )
    # Names are unique per market already; across markets a repeat is rare, and gets a word.
    name = _unique(name, lambda k: " " + N.qualifier("en", k))
    tld = countries["tld"].to_numpy()[country]
    domain = _unique(slug, lambda k: str(k + 1))
    domain = pd.Series(domain).str.lower().to_numpy(dtype=object) + "." + tld

    tier = st.tier
    employees = np.round(
        np.array([0, 6000, 900, 160])[tier] * rng.lognormal(0.0, 0.6, n)
    ).clip(12, None)
    revenue = np.round(employees * rng.lognormal(np.log(220_000), 0.4, n), -4)
    region = countries["region"].to_numpy()[country]
    owner = np.empty(n, dtype=object)
    for reg, people in N.OWNERS.items():
        rows = np.flatnonzero(region == reg)
        owner[rows] = np.asarray(people, dtype=object)[rng.integers(0, len(people), len(rows))]

    created = np.fmin(st.sub_start - rng.uniform(30, 300, n), -rng.uniform(5, 900, n))
    frame = pd.DataFrame(
        {
            "id": np.arange(1, n + 1),
            "external_id": "ACC-" + pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(6),
            "name": name,
            "domain": domain,
            "industry": np.asarray(N.INDUSTRIES, dtype=object)[industry],
            "region": region,
            "employees": employees,
            "annual_revenue": revenue,
            "tier": tier,
            "owner": owner,
            "is_target": st.is_target,
            "parent_id": _parents(tier, region, rng),
            "created_at": np.floor(created) + rng.uniform(0.3, 0.7, n),
            "locale": locale,
            "utc_offset_h": countries["utc_offset_h"].to_numpy()[country],
        }
    )
    # A CRM export is never complete: a few accounts lack an industry or a head count.
    frame.loc[rng.random(n) < 0.02, "industry"] = None
    frame.loc[rng.random(n) < 0.03, ["employees", "annual_revenue"]] = np.nan
    return frame


def _normalised(weights: tuple[float, ...]) -> np.ndarray:
    w = np.asarray(weights, dtype="float64")
    return w / w.sum()


def _company_names(
    locale: str,
    stem: np.ndarray,
    industry: np.ndarray,
    sector_first: np.ndarray,
    suffix: np.ndarray,
    country: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Display names and ASCII slugs for accounts of one locale."""

    def part(pairs: tuple[tuple[str, str], ...], index: np.ndarray, which: int) -> np.ndarray:
        return np.asarray([p[which] for p in pairs], dtype=object)[index % len(pairs)]

    if locale == "ja":
        s, sec = part(N.JA_STEMS, stem, 0), part(N.JA_SECTORS, industry, 0)
        core = _qualified(s + sec, np.where(sector_first, "first", "last"), locale, "")
        name = np.where(sector_first, "株式会社" + core, core + "株式会社")
        slug = part(N.JA_STEMS, stem, 1) + "-" + part(N.JA_SECTORS, industry, 1)
        return name, slug
    if locale == "zh":
        city = part(N.ZH_CITIES, stem // 7, 0)
        core = city + part(N.ZH_STEMS, stem, 0) + part(N.ZH_SECTORS, industry, 0)
        name = _qualified(core, np.full(len(core), ""), locale, "") + "有限公司"
        slug = part(N.ZH_STEMS, stem, 1) + "-" + part(N.ZH_SECTORS, industry, 1)
        return name, slug
    suffixes = np.empty(len(stem), dtype=object)
    for c in np.unique(country):
        rows = country == c
        options = np.asarray(N.COUNTRIES[c].suffixes, dtype=object)
        suffixes[rows] = options[suffix[rows] % len(options)]
    sectors = np.asarray(N.SECTORS[locale], dtype=object)[industry]
    if locale == "en":
        prefixes = np.asarray(N.EN_PREFIXES, dtype=object)
        roots = np.asarray(N.EN_ROOTS, dtype=object)
        stems = prefixes[stem % len(prefixes)] + roots[(stem // len(prefixes)) % len(roots)]
    else:
        options = np.asarray(N.LATIN_STEMS[locale], dtype=object)
        stems = options[stem % len(options)]
    first, second = (sectors, stems) if locale in N.SECTOR_FIRST else (stems, sectors)
    # The qualifier goes before the legal form: "Oakridge Logistics Holdings Ltd".
    name = _qualified(first + " " + second, suffixes, locale, " ") + " " + suffixes
    slug = pd.Series(first + " " + second).str.translate(N.SLUG).to_numpy(dtype=object)
    return name, slug


def _qualified(core: np.ndarray, tail: np.ndarray, locale: str, joiner: str) -> np.ndarray:
    """``core`` with a qualifier word added where ``core + tail`` repeats an earlier name."""
    series = pd.Series(core.astype(object) + "\x00" + tail.astype(object))
    repeat = series.groupby(series).cumcount().to_numpy()
    out = np.asarray(core, dtype=object).copy()
    for k in np.unique(repeat[repeat > 0]):
        rows = repeat == k
        out[rows] = out[rows] + joiner + N.qualifier(locale, int(k))
    return out


def _unique(values: np.ndarray, mark: Callable[[int], str]) -> np.ndarray:
    """Make repeated values distinct: the k-th repeat (k >= 1) gets ``mark(k)`` appended."""
    series = pd.Series(values)
    repeat = series.groupby(series).cumcount().to_numpy()
    out = series.to_numpy(dtype=object).copy()
    for k in np.unique(repeat[repeat > 0]):
        rows = repeat == k
        out[rows] = out[rows] + mark(int(k))
    return out


def _parents(tier: np.ndarray, region: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A few accounts belong to a strategic (tier 1) account of their region."""
    n = len(tier)
    parent = np.full(n, np.nan)
    child = (rng.random(n) < PARENT_SHARE) & (tier > 1)
    child[:3] = False
    for reg in np.unique(region):
        heads = np.flatnonzero((tier == 1) & (region == reg))
        rows = np.flatnonzero(child & (region == reg))
        if len(heads) and len(rows):
            parent[rows] = heads[rng.integers(0, len(heads), len(rows))] + 1
    return parent
