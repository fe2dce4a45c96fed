"""Initial workspace schema: every SPEC §3 table, import batches, settings, health models and snapshots.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 21:39:56.488022
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_models",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("config", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_models")),
        sa.UniqueConstraint("version", name=op.f("uq_health_models_version")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("preset", sa.String(length=64), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_inserted", sa.Integer(), nullable=False),
        sa.Column("rows_updated", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("domain", sa.String(length=255), nullable=True),
        sa.Column("industry", sa.String(length=128), nullable=True),
        sa.Column("region", sa.String(length=128), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("annual_revenue", sa.Float(), nullable=True),
        sa.Column("tier", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=128), nullable=True),
        sa.Column("is_target", sa.Boolean(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("tier IN (1, 2, 3)", name=op.f("ck_accounts_tier")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_accounts_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["accounts.id"],
            name=op.f("fk_accounts_parent_id_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("external_id", name=op.f("uq_accounts_external_id")),
    )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.create_index("ix_accounts_domain", ["domain"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_accounts_import_batch_id"), ["import_batch_id"], unique=False
        )
        batch_op.create_index("ix_accounts_name", ["name"], unique=False)
        batch_op.create_index("ix_accounts_owner", ["owner"], unique=False)

    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("cost", sa.Float(), nullable=False),
        sa.Column("is_paid", sa.Boolean(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "channel IS NULL OR channel = 'email' OR channel = 'paid_search' OR channel = 'paid_social' OR channel = 'display' OR channel = 'event' OR channel = 'webinar' OR channel = 'content' OR channel = 'pr' OR channel = 'other'",
            name=op.f("ck_campaigns_channel"),
        ),
        sa.CheckConstraint("cost >= 0", name=op.f("ck_campaigns_cost")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_campaigns_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("external_id", name=op.f("uq_campaigns_external_id")),
    )
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaigns_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_changes_batch_id"), ["batch_id"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("buying_role", sa.String(length=16), nullable=False),
        sa.Column("lead_source", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("lead_score", sa.Float(), nullable=True),
        sa.Column("mql_at", sa.DateTime(), nullable=True),
        sa.Column("sql_at", sa.DateTime(), nullable=True),
        sa.Column("unsubscribed_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "buying_role IS NULL OR buying_role = 'decision_maker' OR buying_role = 'champion' OR buying_role = 'influencer' OR buying_role = 'user' OR buying_role = 'blocker' OR buying_role = 'unknown'",
            name=op.f("ck_contacts_buying_role"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_contacts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_contacts_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint("external_id", name=op.f("uq_contacts_external_id")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_account_id"), ["account_id"], unique=False)
        batch_op.create_index("ix_contacts_email", ["email"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contacts_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "health_snapshots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("model_version", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("band", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=True),
        sa.Column("components", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_health_snapshots_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_snapshots")),
        sa.UniqueConstraint("account_id", "model_version", "as_of", name="account_version_asof"),
    )
    with op.batch_alter_table("health_snapshots", schema=None) as batch_op:
        batch_op.create_index(
            "ix_health_snapshots_version_asof", ["model_version", "as_of"], unique=False
        )

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=128), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_notes_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_notes_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
        sa.UniqueConstraint("external_id", name=op.f("uq_notes_external_id")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_notes_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("stage", sa.String(length=64), nullable=True),
        sa.Column("promotion", sa.String(length=64), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IS NULL OR status = 'open' OR status = 'won' OR status = 'lost'",
            name=op.f("ck_opportunities_status"),
        ),
        sa.CheckConstraint(
            "type IS NULL OR type = 'new_business' OR type = 'expansion' OR type = 'renewal'",
            name=op.f("ck_opportunities_type"),
        ),
        sa.CheckConstraint("amount IS NULL OR amount >= 0", name=op.f("ck_opportunities_amount")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_opportunities_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_opportunities_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_opportunities_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunities")),
        sa.UniqueConstraint("external_id", name=op.f("uq_opportunities_external_id")),
    )
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunities_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_opportunities_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=128), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("arr", sa.Float(), nullable=False),
        sa.Column("churned_at", sa.Date(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("arr >= 0", name=op.f("ck_subscriptions_arr")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_subscriptions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_subscriptions_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
        sa.UniqueConstraint("external_id", name=op.f("uq_subscriptions_external_id")),
    )
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_subscriptions_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_subscriptions_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("asset", sa.String(length=255), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("session", sa.String(length=64), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "channel IS NULL OR channel = 'organic' OR channel = 'paid' OR channel = 'social' OR channel = 'email' OR channel = 'referral' OR channel = 'direct' OR channel = 'other'",
            name=op.f("ck_events_channel"),
        ),
        sa.CheckConstraint(
            "kind IS NULL OR kind = 'email_sent' OR kind = 'email_delivered' OR kind = 'email_open' OR kind = 'email_click' OR kind = 'email_bounce' OR kind = 'email_unsubscribe' OR kind = 'content_view' OR kind = 'content_download' OR kind = 'web_visit' OR kind = 'page_view' OR kind = 'form_view' OR kind = 'form_fill' OR kind = 'cta_view' OR kind = 'cta_click' OR kind = 'ad_click' OR kind = 'social_engagement' OR kind = 'webinar_registered' OR kind = 'webinar_attended' OR kind = 'media_mention'",
            name=op.f("ck_events_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_events_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_events_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_events_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_events_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("external_id", name=op.f("uq_events_external_id")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_account_time", ["account_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_events_contact", ["contact_id"], unique=False)
        batch_op.create_index("ix_events_kind_time", ["kind", "occurred_at"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IS NULL OR kind = 'call' OR kind = 'demo'", name=op.f("ck_meetings_kind")
        ),
        sa.CheckConstraint(
            "status IS NULL OR status = 'scheduled' OR status = 'held' OR status = 'no_show' OR status = 'cancelled'",
            name=op.f("ck_meetings_status"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_meetings_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_meetings_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_meetings_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_meetings_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("external_id", name=op.f("uq_meetings_external_id")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meetings_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "nps_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("responded_at", sa.DateTime(), nullable=False),
        sa.Column("survey", sa.String(length=128), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("score BETWEEN 0 AND 10", name=op.f("ck_nps_responses_score")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_nps_responses_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_nps_responses_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_nps_responses_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nps_responses")),
        sa.UniqueConstraint("external_id", name=op.f("uq_nps_responses_external_id")),
    )
    with op.batch_alter_table("nps_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nps_responses_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_nps_responses_import_batch_id"), ["import_batch_id"], unique=False
        )

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("asked_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "channel IS NULL OR channel = 'forum' OR channel = 'email' OR channel = 'chat' OR channel = 'community'",
            name=op.f("ck_questions_channel"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_questions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_questions_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_questions_import_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
        sa.UniqueConstraint("external_id", name=op.f("uq_questions_external_id")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_questions_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_questions_import_batch_id"), ["import_batch_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_questions_account_id"))

    op.drop_table("questions")
    with op.batch_alter_table("nps_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nps_responses_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_nps_responses_account_id"))

    op.drop_table("nps_responses")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_account_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_kind_time")
        batch_op.drop_index("ix_events_contact")
        batch_op.drop_index("ix_events_account_time")

    op.drop_table("events")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subscriptions_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_subscriptions_account_id"))

    op.drop_table("subscriptions")
    with op.batch_alter_table("opportunities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunities_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_opportunities_account_id"))

    op.drop_table("opportunities")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_notes_account_id"))

    op.drop_table("notes")
    with op.batch_alter_table("health_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_health_snapshots_version_asof")

    op.drop_table("health_snapshots")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_import_batch_id"))
        batch_op.drop_index("ix_contacts_email")
        batch_op.drop_index(batch_op.f("ix_contacts_account_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_id"))

    op.drop_table("import_changes")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaigns_import_batch_id"))

    op.drop_table("campaigns")
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_index("ix_accounts_owner")
        batch_op.drop_index("ix_accounts_name")
        batch_op.drop_index(batch_op.f("ix_accounts_import_batch_id"))
        batch_op.drop_index("ix_accounts_domain")

    op.drop_table("accounts")
    op.drop_table("settings")
    op.drop_table("import_batches")
    op.drop_table("health_models")
