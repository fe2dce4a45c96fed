"""The domain speaks in ids and facts; ``desktop.shared.wording`` words every one of them.

The English sentences the domain used to write are worked out here from the same test
portfolio (``tests.domain.test_health_components``), and every id family is checked to have
words: a driver kind, a component reason, a movement detail or event kind the domain adds
without words fails here.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from desktop.shared import wording
from desktop.shared.wording import (
    committee,
    components,
    drivers,
    likelihood,
    listed,
    metrics,
    movement,
    reasons,
    segments,
)
from desktop.shared.wording.placeholders import fill
from domain.committee import GAP_KINDS, Gap
from domain.health import driver_table, events_between
from domain.health import drivers as domain_drivers
from domain.health import model as health_model
from domain.health import movement as domain_movement
from domain.health.calibration import SHORTFALLS, fit
from domain.health.drivers import (
    DRIVER_KINDS,
    MISSING_REASONS,
    ComponentLine,
    Driver,
    Renormalisation,
)
from domain.health.evaluation import evaluate
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.movement import ACTIVITY, CAUSES, MODEL, what_moved
from domain.metrics.catalog import CATALOG, GROUPS, UNITS, MetricDef
from domain.metrics.inputs import INPUTS, NEEDS, missing_reason
from domain.report_contents.kpi_lines import KpiLine
from domain.settings import WorkspaceSettings
from domain.vanity import VanityRow
from tests.domain.test_backtest import example
from tests.domain.test_health_components import ACME, AS_OF, BARE, CORP, GONE, portfolio, scored


def test_the_domain_objects_carry_ids_and_facts_and_no_words():
    for cls in (Driver, ComponentLine, Renormalisation, domain_movement.Movement,
                domain_movement.Detail, events_between.NewEvent):
        names = {f.name for f in dataclasses.fields(cls)}
        assert not names & {"sentence", "text", "label", "note", "words"}, cls
    # The word tables left the domain for desktop.shared.wording.
    for gone in ("CAUSE_LABELS", "TIME_WORDS"):
        assert not hasattr(domain_movement, gone)
    assert not hasattr(events_between, "KIND_NOUNS")
    assert not hasattr(domain_drivers, "renormalisation_note")
    assert not hasattr(health_model, "COMPONENT_LABELS")


def test_every_driver_kind_has_words_and_the_domain_emits_only_known_kinds():
    assert set(drivers.WORDS) == set(DRIVER_KINDS)
    source = inspect.getsource(driver_table.driver_table)
    emitted = {line.split('add("')[1].split('"')[0] for line in source.splitlines() if 'add("' in line}
    assert emitted == set(DRIVER_KINDS)
    # Each kind has its place among equal severities and the facts it quotes.
    assert set(driver_table.KIND_ORDER) == set(DRIVER_KINDS)
    assert set(domain_drivers._FACTS) == set(DRIVER_KINDS)


def test_driver_sentences_quote_the_facts_and_dates():
    result = scored()
    corp = {d.kind: drivers.sentence(d) for d in result.explain(CORP).drivers}
    assert corp["renewal_near"] == "renewal in 45 days with no meeting booked"
    assert corp["detractor"] == "detractor response on 2026-04-10 (score 3)"
    assert corp["contraction"] == "ARR down 33% in 180 days ($15k to $10k)"
    assert corp["slow_answers"] == "1 of 3 questions not answered within 24 h"
    acme = {d.kind: drivers.sentence(d) for d in result.explain(ACME).drivers}
    assert acme["no_decision_maker_engaged"] == "no decision maker with a scored touch in 90 days"
    assert "churned on 2026-02-01" in [drivers.sentence(d) for d in result.explain(GONE).drivers]


def test_every_kind_reads_right_from_hand_made_facts():
    on = date(2026, 10, 2)
    cases = [
        (Driver("no_engagement", "engagement", -1, 1.0, on, {"points": 0.0, "window_days": 90}),
         "no scored touch in 90 days; last scored touch on 2026-10-02"),
        (Driver("no_engagement", "engagement", -1, 1.0, None, {"points": 0.0, "window_days": 90}),
         "no scored touch in 90 days"),
        (Driver("low_engagement", "engagement", -1, 1.0, None,
                {"points": 32.6, "reference": 118.2, "window_days": 90, "top_percent": 25.0, "tier": 2}),
         "engagement of 33 points from scored touches in 90 days against 118 for the top 25% of "
         "tier-2 accounts"),
        (Driver("top_engagement", "engagement", 1, 1.0, None,
                {"points": 140.0, "window_days": 60, "top_percent": 10.0, "tier": 1}),
         "engagement among the top 10% of tier-1 accounts (140 points from scored touches in 60 days)"),
        (Driver("no_contacts", "buying_committee", -1, 1.0), "no known contacts"),
        (Driver("no_decision_maker_known", "buying_committee", -1, 1.0, None, {"contacts": 1}),
         "no decision maker among the 1 known contact"),
        (Driver("no_decision_maker_known", "buying_committee", -1, 1.0, None, {"contacts": 4}),
         "no decision maker among the 4 known contacts"),
        (Driver("no_decision_maker_engaged", "buying_committee", -1, 1.0, on,
                {"decision_makers": 2, "window_days": 90}),
         "no decision maker with a scored touch in 90 days (last scored touch on 2026-10-02)"),
        (Driver("thin_committee", "buying_committee", -1, 1.0, None,
                {"engaged": 1, "known": 5, "window_days": 90}),
         "only 1 of 5 known contacts with a scored touch in 90 days"),
        (Driver("committee_engaged", "buying_committee", 1, 1.0, None, {"engaged": 3, "window_days": 90}),
         "3 decision makers and champions with a scored touch in 90 days"),
        (Driver("no_intent", "momentum", -1, 1.0, None, {"window_days": 90}),
         "no form fill, CTA click or meeting in 90 days"),
        (Driver("strong_intent", "momentum", 1, 1.0, None, {"actions": 4, "window_days": 90}),
         "4 form fills, CTA clicks and meetings in 90 days"),
        (Driver("falling_engagement", "momentum", -1, 1.0, None,
                {"recent_per_day": 1.0, "earlier_per_day": 4.0, "recent_days": 30, "earlier_days": 60,
                 "change_percent": 75.0}),
         "points from scored touches in the last 30 days down 75% a day on the 60 days before"),
        (Driver("rising_engagement", "momentum", 1, 1.0, None,
                {"recent_per_day": 1.0, "earlier_per_day": 0.0, "recent_days": 30, "earlier_days": 60,
                 "change_percent": None}),
         "new scored touches in the last 30 days (none in the 60 days before)"),
        (Driver("rising_engagement", "momentum", 1, 1.0, None,
                {"recent_per_day": 3.0, "earlier_per_day": 1.0, "recent_days": 30, "earlier_days": 60,
                 "change_percent": 200.0}),
         "points from scored touches in the last 30 days up 200% a day on the 60 days before"),
        (Driver("no_pipeline", "pipeline", -1, 1.0), "no open opportunity"),
        (Driver("open_pipeline", "pipeline", 1, 1.0, None, {"opportunities": 1, "median": None}),
         "1 open opportunity (no amounts to compare)"),
        (Driver("open_pipeline", "pipeline", -1, 1.0, None,
                {"opportunities": 2, "median": 40_000.0, "amount": 12_000.0, "currency": "EUR"}),
         "2 open opportunities worth €12k against a tier median of €40k"),
        (Driver("recent_win", "pipeline", 1, 1.0, on, {"opportunity": "Expansion 2026"}),
         "won 'Expansion 2026' on 2026-10-02"),
        (Driver("recent_win", "pipeline", 1, 1.0, on, {"opportunity": None}),
         "won an opportunity on 2026-10-02"),
        (Driver("churned", "retention", -1, 1.0, None), "churned"),
        (Driver("renewal_near", "retention", -1, 1.0, on, {"days": 41, "meetings": 2}), "renewal in 41 days"),
        (Driver("secure_renewal", "retention", 1, 1.0, on), "active subscription, renewal on 2026-10-02"),
        (Driver("promoter", "satisfaction", 1, 1.0, on, {"score": 10}),
         "promoter response on 2026-10-02 (score 10)"),
        (Driver("nps", "satisfaction", 1, 1.0, None, {"nps": 50.0, "responses": 1}), "NPS +50 from 1 response"),
        (Driver("nps", "satisfaction", -1, 1.0, None, {"nps": -20.0, "responses": 5}), "NPS -20 from 5 responses"),
    ]
    for driver, expected in cases:
        assert drivers.sentence(driver) == expected, driver.kind
    assert {d.kind for d, _ in cases} | {"detractor", "contraction", "slow_answers"} == set(DRIVER_KINDS)


def test_component_names_reasons_and_the_renormalisation_note():
    assert [components.name(c) for c in COMPONENTS] == [
        "Engagement", "Buying committee", "Momentum", "Pipeline", "Retention", "Satisfaction"]
    for reason in MISSING_REASONS:  # every reason has words
        assert components.reason(ComponentLine("satisfaction", None, 10.0, 0.0, 0.0, reason,
                                               {"nps_window_days": 365}))
    note = scored().explain(ACME).renormalisation
    assert components.note(note) == (
        "Retention (not a customer) and satisfaction (no NPS response in 365 days) do not "
        "apply: their weight (30 of 100) is shared out over the other components.")
    assert components.note(scored().explain(BARE).renormalisation).startswith(
        "No data: no touch, meeting, deal, subscription")
    one = Renormalisation("shared_out", note.missing[:1], 15.0, 100.0)
    assert components.note(one) == ("Retention (not a customer) does not apply: their weight "
                                     "(15 of 100) is shared out over the other components.")


def test_movement_words_name_the_events_and_causes():
    later = pd.Timestamp("2026-06-15")
    frames = portfolio(
        events=[{"account_id": CORP, "contact_id": 21, "kind": "form_fill",
                 "occurred_at": "2026-06-10 10:00", "asset": "Pricing guide"}],
        nps=[{"account_id": CORP, "contact_id": 21, "score": 2, "responded_at": "2026-06-05"}])
    moved = what_moved(frames, WorkspaceSettings(), CORP, AS_OF, later, HealthModelConfig())
    texts = [movement.event_text(e) for e in moved.events]
    assert "form fill on 2026-06-10 (Pricing guide)" in texts
    assert "NPS 2 (detractor) on 2026-06-05" in texts
    assert "form fill on 2026-06-10" in movement.cause_sentence(moved, ACTIVITY)
    assert movement.cause_sentence(moved, MODEL) == "model change +0.0: same model"
    assert [movement.cause_name(c) for c in CAUSES] == ["new activity", "time passing", "model change"]
    assert movement.sentence(moved).startswith(f"{moved.change:+.1f}")
    # The dashboard's lists word a mover by its main cause, an at-risk account by its driver.
    assert listed.why(moved) == (movement.cause_sentence(moved, moved.main_cause, events=2)
                                 if moved.main_cause else "")
    assert listed.why(None) == ""


def test_every_movement_id_has_words():
    for kind in events_between.EVENT_KINDS:
        facts = {"meeting": "demo", "opportunity": "Deal", "product": "Suite", "score": 9,
                 "respondent": "promoter"}
        event = events_between.NewEvent(date(2026, 6, 1), kind, (), 1.0, 2, facts)
        assert movement.event_text(event), kind
    for kind in ("form_fill", "page_view", "an_imported_kind"):
        one = events_between.NewEvent(date(2026, 6, 1), kind, (), 1.0, 1, {"asset": None})
        many = events_between.NewEvent(date(2026, 6, 1), kind, (), 1.0, 3, {"asset": "Guide"})
        assert movement.event_text(one).endswith("on 2026-06-01")
        assert movement.event_text(many).endswith(", latest on 2026-06-01 (Guide)")
    assert movement.event_text(events_between.NewEvent(
        date(2026, 6, 1), "form_fill", (), 1.0, 3, {"asset": None})) == "3 form fills, latest on 2026-06-01"
    facts = {"days": 41, "points_before": 80.0, "points_after": 60.0, "won": date(2026, 3, 1)}
    for kind in domain_movement.DETAIL_KINDS:
        for component in COMPONENTS:
            assert movement.detail_text(component, domain_movement.Detail(kind, facts))
    assert movement.detail_text("engagement", domain_movement.Detail(
        domain_movement.ENGAGEMENT_DECAYED, {"points_before": 80.4, "points_after": 60.0,
                                             "reference_before": 100.0, "reference_after": 90.0})) == (
        "engagement decayed from 80 to 60 points without new touches, the tier's reference moved "
        "from 100 to 90")


def test_the_backtest_comparison_in_words():
    report = evaluate(example(), hot_min=70, warm_min=40)
    assert segments.comparison(report.segment("customer")) == (
        "at-risk customers churned 2.0x as often as healthy ones (50.0% of 4 vs 25.0% of 4)")
    assert segments.comparison(report.segment("prospect")) == (
        "hot prospects opened an opportunity 1.5x as often as cold ones (50.0% of 2 vs 33.3% of 3)")


def test_why_there_is_no_likelihood_in_words():
    short = fit("prospect", np.array([10.0, 30]), np.array([0, 1], bool), min_observations=4)
    assert likelihood.shortfall(short) == "not enough history: 2 prospect observations, 4 needed"
    none = fit("customer", np.array([10.0] * 5), np.zeros(5, bool), min_observations=4)
    assert likelihood.shortfall(none) == "not enough history: no churn outcomes among 5"
    every = fit("prospect", np.array([10.0] * 5), np.ones(5, bool), min_observations=4)
    assert likelihood.shortfall(every) == "not enough history: only opportunity outcomes among 5"
    enough = fit("customer", np.array([10.0, 20, 30, 40]), np.array([1, 0, 0, 0], bool),
                 min_observations=4)
    assert enough.shortfall is None and likelihood.shortfall(enough) is None
    assert {short.shortfall, none.shortfall, every.shortfall} == set(SHORTFALLS)


def test_placeholders_are_filled_once():
    assert fill("%1 of %2", "a %2", "b") == "a %2 of b"
    assert fill("top %1% of tier-%2", 10, 3) == "top 10% of tier-3"


def test_every_metric_id_has_a_name_and_a_formula_and_every_group_and_unit_words():
    assert set(metrics.NAMES) == set(metrics.FORMULAS) == {d.id for d in CATALOG}
    for d in CATALOG:
        assert metrics.name(d.id) and metrics.formula(d.id), d.id
        if d.verdict != "measure":  # a vanity or caution metric says why, from the articles
            assert metrics.reason(d.id), d.id
    assert set(metrics.GROUP_NAMES) == set(GROUPS) and set(metrics.UNIT_WORDS) == set(UNITS)
    assert set(metrics.FALLBACK_REASONS) == {"vanity", "caution"}
    assert metrics.name("cost_per_mql") == "Cost per MQL"
    assert metrics.group_name("funnel_top") == "Top of the funnel"
    assert metrics.fallback_reason("vanity").startswith("Your workspace lists it as a vanity metric")


def test_reasons_people_read_never_say_seed():
    seed = re.compile(r"\bseeds?\b", re.IGNORECASE)
    texts = [*metrics.NAMES.values(), *metrics.FORMULAS.values(), *metrics.REASONS.values(),
             *metrics.FALLBACK_REASONS.values()]
    assert texts and not [t for t in texts if seed.search(t)]
    assert all(t.endswith(".") for t in metrics.REASONS.values())


def test_every_na_reason_has_words_and_a_report_lists_them():
    assert set(reasons.REASONS) == set(INPUTS)
    assert {missing_reason(m, frozenset()) for m in NEEDS} <= set(INPUTS)
    assert reasons.sentence("campaign_costs") == "no campaign costs imported"
    assert reasons.na_sentence([("cost_per_mql", "campaign_costs"), ("email_ctr", None),
                                ("campaign_roi", "campaign_costs"), ("grr", "subscriptions")]) == (
        "Not available: Cost per MQL and Campaign ROI (no campaign costs imported); Gross "
        "revenue retention (no subscriptions imported).")
    assert reasons.na_sentence([("email_ctr", None)]) is None


def test_the_domain_catalog_and_report_lines_hold_no_words():
    names = {f.name for f in dataclasses.fields(MetricDef)}
    assert not names & {"name", "formula", "reason", "description"}
    for cls in (KpiLine, VanityRow):
        fields = {f.name for f in dataclasses.fields(cls)}
        assert not fields & {"name", "formula", "group_name", "reason", "alternative_name"}, cls


def test_committee_gaps_in_words():
    cases = [
        (Gap("no_contacts"),
         "No contacts known at this account: find the decision maker and a champion."),
        (Gap("role_unknown", {"role": "decision_maker"}), "No decision maker known: find and add one."),
        (Gap("role_unknown", {"role": "champion"}), "No champion known: find and add one."),
        (Gap("role_not_engaged", {"role": "champion", "window_days": 90, "last_touch": date(2026, 7, 1)}),
         "No champion with a scored touch in 90 days (last scored touch 2026-07-01)."),
        (Gap("role_not_engaged", {"role": "decision_maker", "window_days": 90, "last_touch": None}),
         "No decision maker with a scored touch in 90 days (no scored touch ever)."),
        (Gap("nobody_engaged", {"window_days": 60}), "Nobody at the account had a scored touch in 60 days."),
        (Gap("partly_engaged", {"engaged": 1, "known": 3, "window_days": 90}),
         "1 of 3 contacts had a scored touch in 90 days."),
    ]
    for gap, expected in cases:
        assert committee.sentence(gap) == expected
    assert {g.kind for g, _ in cases} == set(GAP_KINDS) == set(committee.WORDS)


def test_every_touch_kind_is_counted_and_every_count_is_a_plural_message(tmp_path):
    for kind in movement.TOUCH_NOUNS:
        assert movement._WORDS.touches(kind, 3).startswith("3 "), kind
    # pyside6-lupdate (as the catalog build runs it) records a text with %n as a plural
    # message only when asked through tr(text, "", n): every counted text here must be.
    folder = Path(wording.__file__).parent
    ts = tmp_path / "wording.ts"
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", *map(str, sorted(folder.glob("*.py"))),
                    "-ts", str(ts)], check=True, capture_output=True)
    messages = ET.parse(ts).getroot().iter("message")
    counted = [(m.findtext("source"), m.get("numerus")) for m in messages if "%n" in m.findtext("source")]
    assert len(counted) > 40
    assert [source for source, numerus in counted if numerus != "yes"] == []


def _tool(name: str) -> str:
    here = Path(sys.executable).with_name(name)
    return str(here) if here.exists() else name


def test_every_event_and_meeting_kind_has_its_own_words_and_none_is_built_in_english():
    from domain.enums import EventKind, MeetingKind
    from domain.health.activity import NOT_A_TOUCH

    touches = {k.value for k in EventKind} - NOT_A_TOUCH
    assert touches == set(movement.TOUCH_NOUNS)
    assert all(movement._WORDS.touches(kind, 2) for kind in touches)
    assert set(events_between.EVENT_KINDS) == set(movement.EVENT_WORDS)
    kinds = {k.value for k in MeetingKind}
    assert kinds == set(movement.MEETING_BOOKED) == set(movement.MEETING_HELD)
    on = date(2026, 6, 1)
    # English reads as it did when the kind id was put in: "demo booked on 2026-06-01".
    assert movement.event_text(events_between.NewEvent(
        on, "meeting_booked", (), 1.0, 1, {"meeting": "demo"})) == "demo booked on 2026-06-01"
    assert movement.event_text(events_between.NewEvent(
        on, "meeting_held", (), 1.0, 1, {"meeting": "call"})) == "call held on 2026-06-01"
    assert movement.event_text(events_between.NewEvent(
        on, "meeting_held", (), 1.0, 1, {"meeting": "workshop"})) == "meeting held on 2026-06-01"
    # A kind an import brought is quoted inside a translated sentence, not pluralised by "s".
    assert movement.event_text(events_between.NewEvent(
        on, "trade_show", (), 1.0, 3, {"asset": None})) == "3 touches of kind 'trade_show', latest on 2026-06-01"
    assert movement.event_text(events_between.NewEvent(
        on, "trade_show", (), 1.0, 1, {"asset": None})) == "touch of kind 'trade_show' on 2026-06-01"
    assert movement._WORDS.touches("webinar_attended", 2) == "2 webinars attended"
