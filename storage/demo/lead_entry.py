"""How a contact became a lead: the touch that created them, at their ``created_at``.

A CRM records a lead when someone fills in a form, registers for a webinar, downloads a
gated asset or answers a lead-generation ad; the contact's ``lead_source`` says which.
Leads created inside the window get that first touch (leads from a trade show, a
referral, a partner, outbound calls or a list import were entered by hand and have none),
so new-lead cohorts start with the engagement that made them leads.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo import phrases as P
from storage.demo.campaigns import CampaignBook
from storage.demo.event_parts import EventParts
from storage.demo.sampling import pick
from storage.demo.timeline import Timeline

# lead source -> steps of (kind, seconds after the lead was created, asset, channel);
# an asset of "content" or "post" is drawn from that list, "webinar" is the next webinar.
ENTRIES: dict[str, tuple[tuple[str, float, str, str], ...]] = {
    "Website": (("web_visit", 0, "/contact", "organic"), ("page_view", 0, "/contact", "organic"),
                ("form_view", 30, "form:contact-sales", "organic"),
                ("form_fill", 95, "form:contact-sales", "organic")),
    "Content download": (("content_view", 0, "content", "organic"),
                         ("form_view", 20, "form:whitepaper", "organic"),
                         ("form_fill", 70, "form:whitepaper", "organic"),
                         ("content_download", 75, "content", "organic")),
    "Paid search": (("ad_click", 0, "ad", "paid"), ("web_visit", 4, "/demo", "paid"),
                    ("page_view", 4, "/demo", "paid"),
                    ("form_view", 50, "form:demo-request", "paid"),
                    ("form_fill", 130, "form:demo-request", "paid")),
    "LinkedIn": (("social_engagement", 0, "post", "social"),
                 ("form_fill", 40, "form:whitepaper", "social")),
    "Webinar": (("webinar_registered", 0, "webinar", "email"),),
}
SESSION_KINDS = {"web_visit", "page_view", "form_view", "form_fill"}
SECONDS_SPENT = {"web_visit": 140.0, "page_view": 140.0, "content_view": 95.0}


def add_entry_events(
    contacts: pd.DataFrame,
    book: CampaignBook,
    timeline: Timeline,
    rng: np.random.Generator,
    parts: EventParts,
    first_episode: int,
) -> int:
    """Add each new lead's first touch; returns how many episodes (leads) got one."""
    created = contacts["created_at"].to_numpy(float)
    source = contacts["lead_source"].to_numpy(dtype=object)
    new = (created >= 0) & (created < timeline.days) & np.isin(source, list(ENTRIES))
    rows = np.flatnonzero(new)
    episode = first_episode + np.arange(len(rows))
    account = contacts["account_id"].to_numpy()[rows] - 1
    day = created[rows]
    codes = book.frame["external_id"].to_numpy(dtype=object)
    content = pick(rng, P.CONTENT, len(rows))
    post = pick(rng, P.SOCIAL_POSTS, len(rows))
    webinar, _ = book.next_webinar(day)
    ad = book.live("paid_search", day, rng)
    session = ("wl-" + pd.Series(episode).astype(str)).to_numpy(dtype=object)
    for name, steps in ENTRIES.items():
        mine = source[rows] == name
        if not mine.any():
            continue
        campaign = {"webinar": webinar, "ad": ad}
        for kind, seconds, asset, channel in steps:
            linked = campaign.get(asset, np.full(len(rows), np.nan))[mine]
            has = ~np.isnan(linked)
            index = np.where(has, linked, 1).astype(int) - 1
            values = {
                "content": content[mine],
                "post": post[mine],
                "webinar": np.where(has, "webinar:" + codes[index], None),
                "ad": np.where(has, "ad:" + codes[index] + "-a", None),
            }.get(asset, np.full(mine.sum(), asset, dtype=object))
            parts.add(
                kind,
                episode=episode[mine],
                account=account[mine],
                contact=rows[mine],
                day=day[mine] + seconds / 86_400.0,
                campaign=linked if asset in campaign else None,
                asset=values,
                channel=channel,
                session=session[mine] if kind in SESSION_KINDS and name in ("Website", "Paid search") else None,
                duration=np.full(mine.sum(), SECONDS_SPENT[kind]) if kind in SECONDS_SPENT else None,
            )
    return len(rows)
