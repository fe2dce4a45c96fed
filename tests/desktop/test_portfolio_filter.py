"""Portfolio filters: masks combine as AND, saved filters round-trip through settings."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from desktop.portfolio.filter import FilterIndex, PortfolioFilter
from domain.settings import WorkspaceSettings

OWNERS = ["Ewa", "Ken", "Ana", None]
BANDS = ["healthy", "watch", "at-risk", "churned", None]
STAGES = ["target", "aware", "customer", None]

rows = st.lists(
    st.fixed_dictionaries({
        "name": st.text(min_size=0, max_size=8),
        "owner": st.sampled_from(OWNERS),
        "tier": st.sampled_from([1, 2, 3, None]),
        "stage": st.sampled_from(STAGES),
        "band": st.sampled_from(BANDS),
    }),
    min_size=0, max_size=30,
)
filters = st.builds(
    PortfolioFilter,
    owners=st.frozensets(st.sampled_from(OWNERS[:3])),
    tiers=st.frozensets(st.sampled_from([1, 2, 3])),
    stages=st.frozensets(st.sampled_from(STAGES[:3])),
    bands=st.frozensets(st.sampled_from(BANDS[:4])),
    text=st.sampled_from(["", "a", "E", "zz"]),
)


@given(rows, filters)
def test_mask_is_the_and_of_each_part(data, flt):
    frame = pd.DataFrame(data, columns=["name", "owner", "tier", "stage", "band"])
    index = FilterIndex(frame)
    mask = index.mask(flt)
    parts = [
        index.mask(PortfolioFilter(owners=flt.owners)),
        index.mask(PortfolioFilter(tiers=flt.tiers)),
        index.mask(PortfolioFilter(stages=flt.stages)),
        index.mask(PortfolioFilter(bands=flt.bands)),
        index.mask(PortfolioFilter(text=flt.text)),
    ]
    assert np.array_equal(mask, np.logical_and.reduce(parts) if len(frame) else mask)
    # An empty filter keeps everything; a filter never adds rows.
    assert index.mask(PortfolioFilter()).all()
    assert mask.sum() <= len(frame)


def test_saved_filters_round_trip_through_workspace_settings():
    flt = PortfolioFilter(owners=frozenset({"Ewa"}), tiers=frozenset({1}), bands=frozenset({"at-risk"}))
    settings = WorkspaceSettings(saved_filters={"Ewa tier 1 at risk": flt.to_mapping()})
    again = WorkspaceSettings.from_mapping(settings.to_mapping())
    assert PortfolioFilter.from_mapping(again.saved_filters["Ewa tier 1 at risk"]) == flt
