"""Each account's week-by-week engagement profile, drawn from its story.

Three (accounts × weeks) matrices drive the event generator: ``intensity`` (how much the
account engages), ``intent`` (how much of it is buying intent: forms, CTAs, webinars,
downloads) and ``senior`` (the chance a touch comes from a decision maker or champion).
A churner's intensity, intent and seniority fall over the months before it leaves; a
prospect's rise over the weeks before its opportunity is created.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from storage.demo.stories import CUSTOMER_STORIES, Stories
from storage.demo.timeline import Timeline

# Engagement by calendar month: quiet August and end of year, busy autumn and spring.
SEASON = np.array([0.9, 1.0, 1.05, 1.05, 1.0, 0.95, 0.85, 0.75, 1.05, 1.1, 1.05, 0.75])
BASELINE = 0.4  # a prospect's everyday engagement, relative to a customer's 1.0


@dataclass
class Profile:
    intensity: np.ndarray  # (accounts, weeks)
    shape: np.ndarray  # the story's curve without level and season (1.0 = a customer)
    intent: np.ndarray
    senior: np.ndarray

    @property
    def weeks(self) -> int:
        return self.intensity.shape[1]

    def at(self, matrix: np.ndarray, account: np.ndarray, day: np.ndarray) -> np.ndarray:
        """Values of ``matrix`` for (account index, day) pairs."""
        week = np.clip(np.floor(day / 7.0).astype(int), 0, self.weeks - 1)
        return matrix[account, week]


def build_profile(st: Stories, timeline: Timeline) -> Profile:
    weeks = timeline.weeks
    t = (np.arange(weeks) + 0.5) * 7.0
    T = t[None, :]
    n = len(st)

    def col(values: np.ndarray) -> np.ndarray:
        return np.asarray(values, dtype="float64")[:, None]

    def rows(*names: str) -> np.ndarray:
        return st.has(*names)[:, None]

    shape = np.full((n, weeks), BASELINE)
    intent = np.full((n, weeks), 0.08)
    senior = np.full((n, weeks), 0.35)
    with np.errstate(invalid="ignore"):
        # Customers: steady at 1.0 unless their story says otherwise. Customers who stay
        # use what they bought: release notes, customer webinars, product CTAs, with the
        # people who signed more often among them than at a prospect.
        shape = np.where(rows(*CUSTOMER_STORIES), 1.0, shape)
        intent = np.where(rows("steady", "expanding"), 0.16, intent)
        senior = np.where(rows("steady", "expanding"), 0.45, senior)

        # Churners fade: less engagement, less intent, fewer senior people, then silence.
        c, length = col(st.churn_day), col(st.decline_len)
        amp = np.where(col(st.surprise) > 0, 0.15, 0.9)
        frac = np.nan_to_num(np.clip((T - (c - length)) / length, 0.0, 1.0)) * amp
        fading = rows("churned", "at_risk")
        shape = np.where(fading, 1.0 - frac, shape)
        shape = np.where(rows("churned") & (T >= c), 0.06, shape)
        senior = np.where(fading, 0.35 - 0.3 * frac, senior)
        intent = np.where(fading, 0.08 - 0.06 * frac, intent)

        # Noise: steady customers who dip for a couple of months and recover.
        dip = (T >= col(st.dip_day)) & (T < col(st.dip_day + st.dip_len))
        shape = np.where(dip, shape * 0.45, shape)
        senior = np.where(dip, 0.2, senior)

        # Expansion: a customer warms up towards a bigger deal.
        e = col(st.expand_day)
        ramp_e = np.nan_to_num(np.clip((T - (e - 45.0)) / 45.0, 0.0, 1.0))
        expanding = rows("expanding")
        boost = np.where(T < e, 1.0 + 0.9 * ramp_e, np.where(T < e + 60.0, 1.3, 1.0))
        shape = np.where(expanding, shape * boost, shape)
        intent = np.where(expanding & (T < e), 0.08 + 0.3 * ramp_e, intent)
        senior = np.where(expanding & (T < e), 0.35 + 0.2 * ramp_e, senior)

        # Prospects with an opportunity: ramp up before it is created, busy while open.
        o, ramp_len, peak = col(st.opp_day), col(st.ramp_len), col(st.peak)
        close = np.where(np.isnan(col(st.close_day)), np.inf, col(st.close_day))
        ramp = np.nan_to_num(np.clip((T - (o - ramp_len)) / ramp_len, 0.0, 1.0))
        before, during = T < o, (T >= o) & (T < close)
        after = np.where(rows("won"), 1.0, 0.3)
        opp_shape = np.where(
            before, BASELINE + (peak - BASELINE) * ramp**1.2, np.where(during, 0.8 * peak, after)
        )
        has_opp = rows("won", "lost", "open")
        shape = np.where(has_opp, opp_shape, shape)
        intent = np.where(
            has_opp, np.where(before, 0.08 + 0.55 * ramp, np.where(during, 0.45, 0.1)), intent
        )
        senior = np.where(
            has_opp, np.where(before, 0.35 + 0.3 * ramp, np.where(during, 0.6, 0.35)), senior
        )

        # Warm prospects: the same ramp, then it fades and nothing is bought.
        w = col(st.warm_day)
        ramp_w = np.nan_to_num(np.clip((T - (w - ramp_len)) / ramp_len, 0.0, 1.0))
        after_w = np.exp(-np.clip(T - w, 0.0, None) / 35.0)
        level_w = np.where(T < w, ramp_w**1.5, after_w)
        warm = rows("warm")
        shape = np.where(warm, BASELINE + (0.8 * peak - BASELINE) * level_w, shape)
        intent = np.where(warm, 0.08 + 0.4 * level_w, intent)
        senior = np.where(warm, 0.35 + 0.15 * level_w, senior)

        # Cold prospects fade away; quiet prospects stop altogether.
        f, tau = col(st.fade_day), col(st.fade_tau)
        cold = np.where(T < f, 0.5, 0.5 * np.exp(-(T - f) / tau))
        shape = np.where(rows("cold"), cold, shape)
        q = col(st.quiet_day)
        shape = np.where(rows("quiet"), np.where(T - 3.5 >= q, 0.0, BASELINE), shape)
        shape = np.where(rows("non_target"), 0.12, shape)

    wave = 1.0 + 0.2 * np.sin(2 * np.pi * T / 180.0 + col(st.phase))
    months = (pd.Timestamp(timeline.start) + pd.to_timedelta(t, unit="D")).month.to_numpy()
    season = SEASON[months - 1][None, :]
    intensity = col(st.level) * shape * wave * season
    return Profile(
        intensity=intensity,
        shape=shape,
        intent=np.clip(intent, 0.01, 0.95),
        senior=np.clip(senior, 0.03, 0.9),
    )
