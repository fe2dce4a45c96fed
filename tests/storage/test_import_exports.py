"""Real export shapes: the presets (HubSpot, Salesforce) and the example mappings for the
Maven CRM pipeline and RavenStack files, on small fixtures written in the same shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.importing import ImportInputs, load_mapping, load_preset, run

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def load(workspace, entity, fixture, *, example=None, preset=None):
    mapping = load_mapping(EXAMPLES / example) if example else load_preset(preset, entity)
    return run(ImportInputs(workspace, entity, FIXTURES / fixture, mapping=mapping))


def rows(workspace, sql):
    return workspace.read_frame(sql).astype(object).where(lambda f: f.notna(), None).values.tolist()


def test_maven_accounts_and_deals(workspace):
    accounts = load(workspace, "accounts", "maven_accounts.csv", example="maven_accounts.toml")
    assert (accounts.inserted, accounts.rejected) == (4, 0)
    assert accounts.ignored_columns == ["year_established"]
    assert rows(workspace, "SELECT a.name, a.industry, a.region, a.annual_revenue, p.name "
                           "FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id ORDER BY a.id") == [
        ["Acme Corporation", "technology", "United States", 1_100_040_000.0, None],  # 1100.04 M
        ["Betasoloin", "medical", "United States", 251_410_000.0, None],
        ["Betatech", "medical", "Kenya", 647_180_000.0, "Acme Corporation"],
        ["Cancity", "retail", "Philippines", 718_620_000.0, None],
    ]
    deals = load(workspace, "opportunities", "maven_sales_pipeline.csv", example="maven_deals.toml")
    # rows 5 and 8 have no account; rows 7 and 8 are Prospecting without an engage_date
    assert (deals.inserted, deals.rejected) == (4, 3)
    assert deals.problems[["row", "field"]].values.tolist() == [
        [5, "account"], [7, "created_at"], [8, "account"], [8, "created_at"]]
    assert rows(workspace, "SELECT external_id, name, status, stage, amount, closed_at "
                           "FROM opportunities ORDER BY id") == [
        ["1C1I7A6R", "GTX Plus Basic", "won", "Won", 1054.0, "2017-03-01 00:00:00.000000"],
        ["Z063OYW0", "GTX Pro", "won", "Won", 4514.0, "2017-03-11 00:00:00.000000"],
        ["EC4QE1BX", "MG Special", "lost", "Lost", 0.0, "2017-03-07 00:00:00.000000"],
        ["PE84CX4O", "GTX Pro", "open", "Engaging", None, None],
    ]


def test_ravenstack_accounts_subscriptions_churn_and_tickets(workspace):
    assert load(workspace, "accounts", "ravenstack_accounts.csv",
                example="ravenstack_accounts.toml").inserted == 2
    assert rows(workspace, "SELECT external_id, tier, created_at FROM accounts ORDER BY id") == [
        ["A-2e4581", 3, "2024-10-16 00:00:00.000000"], ["A-43a9e3", 1, "2023-08-17 00:00:00.000000"]]
    subs = load(workspace, "subscriptions", "ravenstack_subscriptions.csv",
                example="ravenstack_subscriptions.toml")
    assert (subs.inserted, subs.rejected) == (3, 0)
    assert rows(workspace, "SELECT external_id, product, arr, end_date, churned_at "
                           "FROM subscriptions ORDER BY id") == [
        ["S-8cec59", "Enterprise", 33432.0, "2024-04-12", "2024-04-12"],  # churn_flag True
        ["S-0f6f44", "Pro", 9996.0, None, None],
        ["S-51c0d1", "Enterprise", 0.0, None, None],
    ]
    notes = load(workspace, "notes", "ravenstack_churn_events.csv",
                 example="ravenstack_churn_events.toml")
    assert notes.inserted == 2
    assert rows(workspace, "SELECT text, created_at, done FROM notes ORDER BY id") == [
        ["Churn event (pricing): switched to competitor", "2024-04-12 00:00:00.000000", 1],
        ["Churn event (support):", "2024-06-25 00:00:00.000000", 1],
    ]
    tickets = load(workspace, "questions", "ravenstack_support_tickets.csv",
                   example="ravenstack_support_tickets.toml")
    assert tickets.inserted == 2
    assert rows(workspace, "SELECT channel, asked_at, answered_at FROM questions ORDER BY id") == [
        ["email", "2023-07-27 00:00:00.000000", "2023-07-28 03:00:00.000000"],
        ["email", "2024-10-17 00:00:00.000000", "2024-10-17 19:00:00.000000"],
    ]


def test_hubspot_companies_contacts_and_deals(workspace):
    assert load(workspace, "accounts", "hubspot_companies.csv", preset="hubspot").inserted == 2
    assert rows(workspace, "SELECT name, domain, tier, is_target, annual_revenue, created_at "
                           "FROM accounts ORDER BY id") == [
        ["Acme Corporation", "acme.com", 1, 1, 1_100_000.0, "2024-01-15 09:31:00.000000"],
        ["Wrocław Data Sp. z o.o.", "wroclawdata.pl", 2, 0, None, "2024-04-15 00:02:00.000000"],
    ]
    contacts = load(workspace, "contacts", "hubspot_contacts.csv", preset="hubspot")
    assert (contacts.inserted, contacts.rejected) == (3, 0)
    assert rows(workspace, "SELECT c.name, c.buying_role, a.name, c.lead_score, c.mql_at "
                           "FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.id") == [
        ["Maria Garcia", "decision_maker", "Acme Corporation", 72.0, "2024-03-20 10:00:00.000000"],
        ["Ola Nowak", "champion", "Wrocław Data Sp. z o.o.", 40.0, None],
        # no name: known by the email; "Select" is a placeholder; the account by its domain
        ["lead@acme.com", "unknown", "Acme Corporation", None, None],
    ]
    deals = load(workspace, "opportunities", "hubspot_deals.csv", preset="hubspot")
    # the workspace is in USD (the default); the Polish deal is in PLN
    assert (deals.inserted, deals.rejected) == (2, 1)
    assert deals.problems[["row", "field"]].values.tolist() == [[4, "amount"], [4, "currency"]]
    assert rows(workspace, "SELECT name, status, type, amount, closed_at FROM opportunities "
                           "ORDER BY id") == [
        ["Acme line automation", "won", "new_business", 48000.0, "2024-07-15 12:00:00.000000"],
        # an open deal's "Close Date" is only expected, so it is not a closed_at
        ["Acme add-on", "open", "expansion", 12000.0, None],
    ]


def test_salesforce_accounts_campaigns_and_opportunities(workspace):
    accounts = load(workspace, "accounts", "salesforce_accounts.csv", preset="salesforce")
    assert (accounts.inserted, accounts.rejected) == (2, 0)
    assert rows(workspace, "SELECT a.name, a.domain, a.employees, a.annual_revenue, a.created_at, "
                           "p.name FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id "
                           "ORDER BY a.id") == [
        ["Globex Holding", "globex.com", 12000, 5_000_000.0, "2023-03-04 00:00:00.000000", None],
        ["Globex GmbH", "globex.de", 800, None, "2023-03-05 00:00:00.000000", "Globex Holding"],
    ]
    campaigns = load(workspace, "campaigns", "salesforce_campaigns.csv", preset="salesforce")
    assert campaigns.inserted == 2
    assert rows(workspace, "SELECT name, channel, start, \"end\", cost FROM campaigns ORDER BY id") == [
        ["Energy Summit 2024", "event", "2024-05-06", "2024-05-08", 25000.0],
        ["Q2 Nurture", "email", "2024-04-01", "2024-06-30", 0.0],
    ]
    opps = load(workspace, "opportunities", "salesforce_opportunities.csv", preset="salesforce")
    assert (opps.inserted, opps.rejected) == (2, 1)
    assert opps.problems[["row", "field", "value"]].values.tolist() == [[4, "currency", "EUR"]]
    assert rows(workspace, "SELECT o.name, o.status, o.type, o.closed_at, c.name FROM opportunities o "
                           "LEFT JOIN campaigns c ON c.id = o.campaign_id ORDER BY o.id") == [
        ["Globex fleet", "won", "new_business", "2024-09-30 00:00:00.000000", "Energy Summit 2024"],
        ["Globex DE expansion", "open", "expansion", None, None],
    ]


def test_unknown_preset_names_the_ones_that_exist():
    from storage.importing import MappingError

    with pytest.raises(MappingError, match="presets for opportunities: hubspot, salesforce"):
        load_preset("pipedrive", "opportunities")


def test_every_preset_and_example_parses():
    from storage.importing import list_presets

    assert {(m.preset, m.entity) for m in list_presets()} >= {
        ("hubspot", "accounts"), ("hubspot", "contacts"), ("hubspot", "opportunities"),
        ("salesforce", "accounts"), ("salesforce", "contacts"),
        ("salesforce", "opportunities"), ("salesforce", "campaigns")}
    for path in EXAMPLES.glob("*.toml"):
        assert load_mapping(path).fields


def test_an_xlsx_export_imports_like_its_csv(workspace, tmp_path):
    import pandas as pd

    frame = pd.read_csv(FIXTURES / "hubspot_companies.csv", dtype=str, keep_default_na=False)
    frame["Create Date"] = [pd.Timestamp("2024-01-15 09:31"), pd.Timestamp("2024-04-15 00:02")]
    frame["Number of Employees"] = [2822, 120]
    path = tmp_path / "companies.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame({"note": ["exported 2024-05-01"]}).to_excel(writer, sheet_name="About", index=False)
        frame.to_excel(writer, sheet_name="Companies", index=False)
    result = run(ImportInputs(workspace, "accounts", path, mapping=load_preset("hubspot", "accounts"),
                              sheet="Companies"))
    assert (result.inserted, result.rejected, result.sheet) == (2, 0, "Companies")
    assert rows(workspace, "SELECT name, employees, created_at FROM accounts ORDER BY id") == [
        ["Acme Corporation", 2822, "2024-01-15 09:31:00.000000"],
        ["Wrocław Data Sp. z o.o.", 120, "2024-04-15 00:02:00.000000"],
    ]
