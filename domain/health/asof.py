"""What "as of" means, in one place.

Inside the domain an as-of is an *instant*: everything dated strictly before it counts and
anything dated at or after it changes nothing (``domain.engagement.decayed_points`` reads
touches the same way). People speak in days: "health as of 2026-10-31" means with
everything dated up to and including 31 October, i.e. the instant 2026-11-01 00:00.
``end_of_day`` turns such a day into the instant; ``day_of`` turns an instant back into
the last day it includes, which is what the CLI prints and snapshots store.
"""

from __future__ import annotations

from datetime import date

import pandas as pd


def end_of_day(day: date | str | pd.Timestamp) -> pd.Timestamp:
    """The instant just after ``day``: midnight starting the next day."""
    return pd.Timestamp(day).normalize() + pd.Timedelta(days=1)


def day_of(instant: pd.Timestamp) -> date:
    """The last day wholly before ``instant`` (the inverse of ``end_of_day`` at midnight)."""
    return (pd.Timestamp(instant) - pd.Timedelta(1, unit="ns")).date()
