"""Community and nurture metrics (SPEC §4, seed 000): the engaged community trended year
over year, nurture email trends with alerts, and time to answer questions.

Nurture emails are the emails to accounts that are already customers when they receive
them (seed 000: nurture existing users, and watch that upsell pressure does not drive them
away). An alert is raised for a month whose click-through rate fell below
``CTR_ALERT_FACTOR`` × the mean of the three months before it, or whose unsubscribe rate
rose above ``UNSUB_ALERT_FACTOR`` × that mean.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from domain.distinct import distinct
from domain.metrics.context import KpiContext
from domain.metrics.emails import EmailIndex
from domain.metrics.journey import email_index
from domain.metrics.period import Period, month_starts
from domain.metrics.results import CTR_FALLING, UNSUBSCRIBES_RISING, Measure, clean, ratio

TREND_MONTHS = 24  # engaged community: two years, so each month has its year-earlier twin
NURTURE_MONTHS = 6
CTR_ALERT_FACTOR = 0.8
UNSUB_ALERT_FACTOR = 1.5
# A month's alert in the nurture trend: the flags' ids, or both at once.
CTR_FALLING_AND_UNSUBSCRIBES_RISING = "ctr_falling_and_unsubscribes_rising"
ALERTS = (CTR_FALLING_AND_UNSUBSCRIBES_RISING, CTR_FALLING, UNSUBSCRIBES_RISING)


def _engaged_contacts(ctx: KpiContext, start: pd.Timestamp, end: pd.Timestamp) -> int:
    """Distinct contacts with engagement in ``[start, end)``, kept per interval: the two
    years of monthly counts are mostly the same months from one period to the next."""
    def compute() -> int:
        times, contacts = ctx.engagement_index()
        lo, hi = np.searchsorted(times, [start.value, end.value], side="left")
        return len(distinct(contacts[lo:hi]))
    return ctx.memo(("engaged_contacts", start, end), compute)


def engaged_community(ctx: KpiContext, period: Period) -> Measure:
    count = _engaged_contacts(ctx, period.start, period.end)
    starts = month_starts(period.end - pd.Timedelta(microseconds=1), TREND_MONTHS)
    months = pd.PeriodIndex([s.to_period("M") for s in starts])
    # Each month up to the period's end (the last one cut there).
    per = pd.Series([_engaged_contacts(ctx, s, min(s + pd.offsets.MonthBegin(1), period.end))
                     for s in starts], index=months, dtype="int64")
    detail = pd.DataFrame({"month": months.astype("str"), "contacts": per.to_numpy("int64")})
    year_before = per.shift(12)
    detail["year_before"] = year_before.to_numpy()
    detail["yoy_change"] = [ratio(c - y, y) if y == y else None
                            for c, y in zip(per.to_numpy(), year_before.to_numpy(), strict=True)]
    return Measure(float(count), None, detail.tail(12).reset_index(drop=True))


def _nurture_index(ctx: KpiContext) -> EmailIndex:
    """The scope's email events sent to customers, from the day each account became one:
    the rows of the scope's email index (``journey.email_index``) at or after that day."""
    def compute() -> EmailIndex:
        emails = email_index(ctx)
        since = ctx.customer_since().astype("datetime64[ns]")
        found = since.reindex(emails.accounts).to_numpy("datetime64[ns]")
        dated = ~np.isnat(found)
        keep = dated & (emails.times >= np.where(dated, found.view("int64"), 0))
        return emails.where(keep)
    return ctx.memo("nurture_email_index", compute)


def _nurture(ctx: KpiContext, period: Period) -> tuple[float | None, float | None, int]:
    def compute() -> tuple[float | None, float | None, int]:
        index = _nurture_index(ctx)
        c = index.counts(period)
        return ratio(c.clicked, c.delivered), ratio(c.unsubscribed, c.delivered), c.delivered
    return ctx.memo(("nurture", period), compute)


def nurture_trend(ctx: KpiContext, end: pd.Timestamp, months: int = NURTURE_MONTHS) -> pd.DataFrame:
    """Monthly nurture CTR and unsubscribe rate for the months up to ``end``, with alerts:
    the ``alert`` column holds an id (``ALERTS``), "" for a month without one."""
    starts = month_starts(end - pd.Timedelta(microseconds=1), months + 3)
    rows = []
    for start in starts:
        month = Period(start, min(start + pd.offsets.MonthBegin(1), end))
        ctr, unsub, delivered = _nurture(ctx, month)
        rows.append({"month": start.strftime("%Y-%m"), "delivered": delivered, "ctr": ctr,
                     "unsubscribe_rate": unsub})
    trend = pd.DataFrame(rows)
    ctr = pd.to_numeric(trend["ctr"], errors="coerce")
    unsub = pd.to_numeric(trend["unsubscribe_rate"], errors="coerce")
    base_ctr = ctr.shift(1).rolling(3, min_periods=1).mean()
    base_unsub = unsub.shift(1).rolling(3, min_periods=1).mean()
    trend["ctr_falling"] = (ctr < CTR_ALERT_FACTOR * base_ctr).to_numpy()
    trend["unsubscribes_rising"] = ((unsub > UNSUB_ALERT_FACTOR * base_unsub) & (unsub > 0)).to_numpy()
    trend["alert"] = np.select(
        [trend["ctr_falling"] & trend["unsubscribes_rising"], trend["ctr_falling"],
         trend["unsubscribes_rising"]],
        [CTR_FALLING_AND_UNSUBSCRIBES_RISING, CTR_FALLING, UNSUBSCRIBES_RISING], "")
    return trend.tail(months).reset_index(drop=True)


def nurture_ctr(ctx: KpiContext, period: Period) -> Measure:
    ctr, _, delivered = _nurture(ctx, period)
    previous_ctr, _, _ = _nurture(ctx, period.previous())
    flags = (CTR_FALLING,) if ctr is not None and previous_ctr and ctr < CTR_ALERT_FACTOR * previous_ctr else ()
    return Measure(ctr, delivered, nurture_trend(ctx, period.end), flags)


def nurture_unsubscribe_rate(ctx: KpiContext, period: Period) -> Measure:
    _, unsub, delivered = _nurture(ctx, period)
    _, previous, _ = _nurture(ctx, period.previous())
    rising = unsub is not None and previous is not None and unsub > UNSUB_ALERT_FACTOR * previous and unsub > 0
    return Measure(unsub, delivered, None, (UNSUBSCRIBES_RISING,) if rising else ())


def _asked_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    questions = ctx.frames.questions
    return questions[period.contains(questions["asked_at"])]


def time_to_answer(ctx: KpiContext, period: Period) -> Measure:
    asked = _asked_in(ctx, period)
    hours = ((asked["answered_at"] - asked["asked_at"]).dt.total_seconds() / 3600.0).dropna()
    return Measure(clean(hours.median()) if len(hours) else None, len(hours))


def answered_in_time(ctx: KpiContext, period: Period) -> Measure:
    asked = _asked_in(ctx, period)
    hours = (asked["answered_at"] - asked["asked_at"]).dt.total_seconds() / 3600.0
    within = int((hours <= ctx.settings.answer_within_hours).sum())
    return Measure(ratio(within, len(asked)), len(asked))


COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "engaged_community": engaged_community,
    "nurture_ctr": nurture_ctr,
    "nurture_unsubscribe_rate": nurture_unsubscribe_rate,
    "time_to_answer": time_to_answer,
    "answered_in_time": answered_in_time,
}
