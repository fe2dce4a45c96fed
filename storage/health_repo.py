"""Health model versions and weekly health snapshots in the workspace (SPEC §6).

A model version is one row of ``health_models`` (its ``HealthModelConfig`` as JSON); one
version is active. Saving a changed configuration always adds a new version, so the
snapshots written under older versions stay, tagged with theirs. Snapshots are labelled
with the last day their data includes (``domain.health.asof``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    Text,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.sql.elements import TextClause

from domain.health.model import COMPONENTS, ConfigSource, HealthModelConfig
from domain.health.trend import latest_with_trend as trend_table
from storage.bulk_write import copy_rows
from storage.errors import WorkspaceError
from storage.locks import HEALTH_HISTORY, exclusive
from storage.team import require_role
from storage.workspace import Workspace


@dataclass(frozen=True)
class StoredModel:
    version: int
    config: HealthModelConfig
    created_at: datetime
    is_active: bool


def _stored(row) -> StoredModel:
    return StoredModel(
        version=int(row.version),
        config=HealthModelConfig.from_dict(
            json.loads(row.config), source=ConfigSource("model_version", str(row.version))
        ),
        created_at=row.created_at,
        is_active=bool(row.is_active),
    )


# Reads are plain SQL with typed result columns; only writes use the ORM classes of
# ``storage.schema``, whose import costs a third of a second: ``abm-health health`` reads the
# active model and would pay it for one row.
def _models(where: str = "", order: str = "version") -> TextClause:
    return text(f"SELECT version, created_at, config, is_active FROM health_models{where} "
                f"ORDER BY {order}").columns(version=Integer, created_at=DateTime, config=Text,
                                             is_active=Boolean)


def list_models(workspace: Workspace) -> list[StoredModel]:
    with workspace.connect() as conn:
        rows = conn.execute(_models()).all()
    return [_stored(r) for r in rows]


def find_active_model(workspace: Workspace) -> StoredModel | None:
    """The active model version, or None when none was stored yet (reads only)."""
    query = _models(" WHERE is_active = :active", "version DESC").bindparams(
        bindparam("active", True, type_=Boolean))
    with workspace.connect() as conn:
        row = conn.execute(query).first()
    return None if row is None else _stored(row)


def active_model(workspace: Workspace) -> StoredModel:
    """The active model version; a workspace without one gets the defaults as version 1
    (stored, unless the user may only read: then used without storing)."""
    found = find_active_model(workspace)
    if found is not None:
        return found
    try:
        return save_model(workspace, HealthModelConfig())
    except WorkspaceError as exc:
        if exc.kind != "denied":
            raise
        return StoredModel(version=1, config=HealthModelConfig().validated(),
                           created_at=datetime.now().replace(microsecond=0), is_active=True)


def save_model(
    workspace: Workspace,
    config: HealthModelConfig,
    *,
    activate: bool = True,
    created_at: datetime | None = None,
    snapshots: pd.DataFrame | None = None,
) -> StoredModel:
    """Add ``config`` as a new version (one transaction), optionally with its snapshots."""
    from storage.schema import HealthModel

    config = config.validated()
    require_role(workspace, "admin", "save a health model version")
    created = created_at or datetime.now().replace(microsecond=0)
    with workspace.transaction() as conn:
        # One at a time on a shared workspace: the second waits, then takes the next version.
        exclusive(conn, HEALTH_HISTORY, "saving a health model version")
        latest = conn.execute(select(func.max(HealthModel.version))).scalar_one()
        version = int(latest or 0) + 1
        if activate:
            conn.execute(update(HealthModel).values(is_active=False))
        conn.execute(
            insert(HealthModel).values(
                version=version,
                created_at=created,
                config=json.dumps(config.to_dict(), sort_keys=True),
                is_active=activate,
            )
        )
        if snapshots is not None:
            _write(conn, version, snapshots)
    return StoredModel(version=version, config=config, created_at=created, is_active=activate)


def activate_model(workspace: Workspace, version: int) -> None:
    from storage.schema import HealthModel

    with workspace.transaction() as conn:
        found = conn.execute(select(HealthModel.id).where(HealthModel.version == version)).first()
        if found is None:
            raise KeyError(f"there is no health model version {version}")
        conn.execute(update(HealthModel).values(is_active=HealthModel.version == version))


def _as_day(value) -> date:
    return pd.Timestamp(value).date()


SQLITE_INSERT = (
    "INSERT INTO health_snapshots (account_id, model_version, as_of, score, band, stage, "
    "components) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _components_json(matrix: np.ndarray) -> list[str]:
    """One JSON object per row ({component: score with 2 decimals, or null}), built column
    by column: a 26-week history of 10,000 accounts is 260,000 of them."""
    text = np.full(len(matrix), "{", dtype=object)
    for i, name in enumerate(COMPONENTS):
        values = matrix[:, i]
        cells = np.round(np.nan_to_num(values), 2).astype(str).astype(object)
        cells[np.isnan(values)] = "null"
        text = text + (", " if i else "") + f'"{name}": ' + cells
    return list(text + "}")


def _write(conn, version: int, snapshots: pd.DataFrame) -> int:
    from storage.schema import HealthSnapshot

    if snapshots.empty:
        return 0
    days = sorted({_as_day(d) for d in snapshots["as_of"].unique()})
    conn.execute(
        delete(HealthSnapshot).where(
            HealthSnapshot.model_version == version, HealthSnapshot.as_of.in_(days)
        )
    )
    comps_json = _components_json(snapshots[list(COMPONENTS)].to_numpy(dtype="float64"))
    scores = snapshots["score"].to_numpy(dtype="float64").astype(object)
    scores[pd.isna(snapshots["score"]).to_numpy()] = None
    bands = snapshots["band"].to_numpy(dtype=object).copy()
    bands[pd.isna(bands)] = ""  # the column is NOT NULL; "" = no band (no weight applied)
    stages = snapshots["stage"].to_numpy(dtype=object).copy()
    stages[pd.isna(stages)] = None
    accounts = snapshots["account_id"].to_numpy(dtype="int64").tolist()
    if conn.dialect.name == "sqlite":
        # SQLite through the DB-API cursor of this transaction: SQLAlchemy's per-row
        # parameter processing would cost more than the insert itself (260,000 rows for a
        # 26-week history of 10,000 accounts). Dates are stored as SQLAlchemy stores them.
        days = pd.to_datetime(snapshots["as_of"]).dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
        rows = list(zip(accounts, [version] * len(accounts), days, scores, bands, stages,
                        comps_json, strict=True))
        cursor = conn.connection.cursor()
        try:
            cursor.executemany(SQLITE_INSERT, rows)
        finally:
            cursor.close()
        return len(rows)
    days = pd.to_datetime(snapshots["as_of"]).dt.date.to_numpy()
    keys = ("account_id", "model_version", "as_of", "score", "band", "stage", "components")
    rows = zip(accounts, [version] * len(accounts), days, scores, bands, stages, comps_json,
               strict=True)
    if conn.dialect.name == "postgresql":
        return copy_rows(conn, "health_snapshots", keys, rows)
    records = [dict(zip(keys, row, strict=True)) for row in rows]
    conn.execute(insert(HealthSnapshot), records)
    return len(records)


def write_snapshots(workspace: Workspace, version: int, snapshots: pd.DataFrame) -> int:
    """Store snapshots (``domain.health.history.SNAPSHOT_COLUMNS``) under ``version``.

    Dates already stored for that version are replaced; other versions are never touched.
    """
    with workspace.transaction() as conn:
        exclusive(conn, HEALTH_HISTORY, "writing health history")
        return _write(conn, version, snapshots)


def snapshot_days(workspace: Workspace, version: int) -> list[date]:
    query = text("SELECT DISTINCT as_of FROM health_snapshots WHERE model_version = :version "
                 "ORDER BY as_of").columns(as_of=Date)
    with workspace.connect() as conn:
        rows = conn.execute(query, {"version": version}).all()
    return [r[0] for r in rows]


def read_snapshots(
    workspace: Workspace,
    version: int,
    since: date | None = None,
    until: date | None = None,
    account_ids: Iterable[int] | None = None,
    components: bool = False,
    labels: bool = True,
) -> pd.DataFrame:
    """Snapshots of one version: account_id, as_of, score, band and stage (``labels``),
    and the component scores (``components``)."""
    cols = "account_id, as_of, score" + (", band, stage" if labels else "") + (
        ", components" if components else "")
    sql = f"SELECT {cols} FROM health_snapshots WHERE model_version = :version"
    params: dict[str, object] = {"version": version}
    if since is not None:
        sql += " AND as_of >= :since"
        params["since"] = _as_day(since)
    if until is not None:
        sql += " AND as_of <= :until"
        params["until"] = _as_day(until)
    query = text(sql + (" AND account_id IN :ids" if account_ids is not None else ""))
    if account_ids is not None:
        query = query.bindparams(bindparam("ids", expanding=True))
        params["ids"] = [int(a) for a in account_ids]
    with workspace.connect() as conn:
        result = conn.execute(query, params)
        names = list(result.keys())
        rows = result.fetchall()
    # Column-wise from plain tuples: handing pandas the Row objects costs seconds per
    # hundred thousand rows (it probes each row's attributes).
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    frame = pd.DataFrame({n: np.array(c, dtype=object) for n, c in zip(names, columns, strict=True)})
    frame["account_id"] = frame["account_id"].astype("int64")
    frame["as_of"] = pd.to_datetime(frame["as_of"]).astype("datetime64[ns]")
    frame["score"] = pd.to_numeric(frame["score"], errors="coerce").astype("float64")
    for col in ("band", "stage") if labels else ():  # None, not NaN or "", where there is none
        values = frame[col].astype(object)
        frame[col] = values.where(values.notna() & (values != ""), None).astype(object)
    if components and len(frame):
        parsed = pd.DataFrame([json.loads(c) for c in frame.pop("components")], index=frame.index)
        for c in COMPONENTS:
            frame[c] = pd.to_numeric(parsed.get(c), errors="coerce") if c in parsed else np.nan
    return frame


def latest_with_trend(
    workspace: Workspace, version: int | None = None, as_of: date | None = None
) -> pd.DataFrame:
    """Per account: latest stored score, band, stage, change_4w, trend, sparkline (list).

    Reads only the weeks the sparkline needs. ``version`` defaults to the active model.
    """
    model = active_model(workspace) if version is None else None
    config = model.config if model else _config_of(workspace, version)
    version = model.version if model else version
    days = snapshot_days(workspace, version)
    if as_of is not None:
        days = [d for d in days if d <= _as_day(as_of)]
    if not days:
        return trend_table(pd.DataFrame(columns=["account_id", "as_of", "score", "band", "stage"]), config)
    since = pd.Timestamp(days[-1]) - pd.Timedelta(weeks=max(config.sparkline_weeks, config.trend_weeks + 1))
    frame = read_snapshots(workspace, version, since=since.date(), until=days[-1])
    return trend_table(frame, config)


def _config_of(workspace: Workspace, version: int | None) -> HealthModelConfig:
    with workspace.connect() as conn:
        row = conn.execute(_models(" WHERE version = :version"), {"version": version}).first()
    if row is None:
        raise KeyError(f"there is no health model version {version}")
    return _stored(row).config


class StoredHealth:
    """One workspace's stored health history, as the dashboard's contents read it.

    Satisfies ``domain.report_contents.dashboard.StoredHealth``: the domain computes the
    dashboard without knowing where the snapshots live.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def active_version(self) -> int:
        return active_model(self.workspace).version

    def latest_with_trend(self, version: int) -> pd.DataFrame:
        return latest_with_trend(self.workspace, version)

    def read_snapshots(self, version: int, since: date | None = None) -> pd.DataFrame:
        return read_snapshots(self.workspace, version, since=since)
