"""The delivery-plan store: a GeoPackage layer or a PostGIS table, with a history of every change.

Tables: see :mod:`.schema`. Where the plan lives (:class:`PlanLocation`): a ``.gpkg`` file
(created on first use), or a PostgreSQL database given as a connection URI
(``postgresql://user@host:5432/db?schema=ev``) or as QGIS/libpq connection text
(``service=plan schema='ev'``, ``host=... dbname=... authcfg=...``), so several officers can
share one plan. Passwords belong in a QGIS authentication configuration (``authcfg``); a
password written in the text is used but never saved in the project.

How edits flow
    :meth:`PlanStore.add_sites` and :meth:`PlanStore.annotate` change the plan layer's edit
    buffer only (one undo step each on ``plan_layer.undoStack()``), so QGIS's undo works and
    nothing is written until :meth:`PlanStore.save`. Saving reads the buffer and writes the plan
    changes and their history rows in ONE database transaction, then clears the buffer:
    GeoPackage through a GDAL connection of its own (one SQLite transaction over both tables),
    PostGIS through a :class:`QgsTransaction` joining a plan layer and the history layer (one
    PostgreSQL transaction). A crash or kill during the save rolls that transaction back: every
    earlier save is intact and the interrupted one leaves nothing; the buffer is cleared only
    after the commit, so a failed save keeps the officer's changes and their undo steps.
    Input layers are only read.

    Edits made in QGIS's own attribute table and saved with its Save Edits button are recorded
    too (history written right after QGIS's commit, in a transaction of its own).

Several officers on one plan
    When editing starts the store remembers the saved plan. A save then compares, inside its
    transaction, each field the officer changed (and each site deleted) with what is saved now:
    if someone else saved another value meanwhile, nothing is written and
    :class:`PlanEditConflict` names the site, the field, their value and who saved it. The edits
    stay in the buffer; saving again replaces their values (the officer has now seen them).
    Changes to different fields of the same site never conflict. QGIS's own Save Edits cannot be
    stopped, so what it replaced is logged as a warning.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import getpass
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProviderRegistry,
    QgsTransaction,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime

from ..core import delivery_plan as core_plan
from ..core.errors import EvPlannerError, ParameterError
from ..core.text import QT_TRANSLATE_NOOP, Message
from ..processing.bridge import promote_to_multi, python_value, source_to_gdf, write_gdf
from ..toolbelt import compat
from ..toolbelt.i18n import translate
from ..toolbelt.log import log
from . import schema

# Feature request flag across QGIS versions (Qgis.FeatureRequestFlag from 3.36)
_FLAGS = getattr(Qgis, "FeatureRequestFlag", None)
NO_GEOMETRY = _FLAGS.NoGeometry if hasattr(_FLAGS, "NoGeometry") else QgsFeatureRequest.NoGeometry
ACTION_INSERT = "insert"
ACTION_UPDATE = "update"
ACTION_DELETE = "delete"
# Geometries closer than this (metres) to a plan site's are the same site (rounding of
# coordinates written and read back through GeoPackage/PostGIS).
SAME_SITE_TOLERANCE_M = 0.01
_KINDS = {
    "text": compat.FIELD_TYPE_STRING,
    "integer": compat.FIELD_TYPE_LONG,
    "real": compat.FIELD_TYPE_DOUBLE,
    "datetime": compat.FIELD_TYPE_DATETIME,
}
_PG_TYPES = {
    "text": "text",
    "integer": "bigint",
    "real": "double precision",
    "datetime": "timestamptz",
}


#: Conflicting fields named in a save's error message (the rest are counted).
_MAX_CONFLICTS_SHOWN = 5


class PlanStoreError(EvPlannerError):
    """The delivery plan cannot be opened, created or saved (message names the plan)."""


class PlanEditConflict(PlanStoreError):
    """Someone else saved other values into fields this officer changed (nothing was saved).

    ``conflicts``: (fid, field, value when editing started, value saved by the other officer).
    """

    def __init__(self, message, conflicts) -> None:
        super().__init__(message)
        self.conflicts = conflicts


def default_officer() -> str:
    """Who is editing when no officer name is given: the operating-system user."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database (containers): fall back
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def today() -> str:
    return _dt.date.today().isoformat()


# --- where the plan lives ------------------------------------------------------------------


@dataclass(frozen=True)
class PlanLocation:
    """A GeoPackage file (``kind == "gpkg"``) or a PostgreSQL schema (``kind == "postgres"``)."""

    kind: str
    path: str = ""
    conninfo: str = ""
    schema: str = "public"

    @classmethod
    def parse(cls, text) -> PlanLocation:
        """A ``.gpkg`` path, a ``postgresql://`` URI or libpq/QGIS connection text."""
        if isinstance(text, PlanLocation):
            return text
        raw = str(text).strip()
        if not raw:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "No delivery plan given: choose a GeoPackage file (.gpkg) or a PostgreSQL "
                        "connection (postgresql://user@host/database).",
                    )
                )
            )
        if raw.startswith(("postgresql://", "postgres://")):
            return cls._from_url(raw)
        if re.search(r"\b(dbname|service|host)\s*=", raw):
            uri = QgsDataSourceUri(raw)
            schema_name = uri.schema() or "public"
            uri.setSchema("")
            return cls("postgres", conninfo=uri.connectionInfo(False), schema=schema_name)
        path = Path(raw).expanduser()
        if path.suffix.lower() != ".gpkg":
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan '{plan}': give a GeoPackage file ending in .gpkg or a "
                        "PostgreSQL connection (postgresql://user@host/database).",
                    ),
                    plan=raw,
                )
            )
        return cls("gpkg", path=str(path.resolve()))

    @classmethod
    def _from_url(cls, url: str) -> PlanLocation:
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        schema_name = query.pop("schema", "public") or "public"
        uri = QgsDataSourceUri()
        uri.setConnection(
            unquote(parts.hostname or ""),
            str(parts.port or ""),
            unquote(parts.path.lstrip("/")),
            unquote(parts.username or ""),
            unquote(parts.password or ""),
        )
        for key, value in query.items():
            uri.setParam(key, value)
        return cls("postgres", conninfo=uri.connectionInfo(False), schema=schema_name)

    @property
    def provider(self) -> str:
        return "ogr" if self.kind == "gpkg" else "postgres"

    def layer_uri(self, table: str, geometry_column: str | None, wkb_type=None, srid="") -> str:
        if self.kind == "gpkg":
            return f"{self.path}|layername={table}"
        uri = QgsDataSourceUri(self.conninfo)
        uri.setDataSource(self.schema, table, geometry_column, "", schema.KEY_COLUMN)
        if geometry_column and wkb_type is not None:
            uri.setWkbType(wkb_type)
            uri.setSrid(str(srid))
        return uri.uri(False)

    def connection(self):
        """QGIS database connection (GeoPackage file or PostgreSQL)."""
        metadata = QgsProviderRegistry.instance().providerMetadata(self.provider)
        target = self.path if self.kind == "gpkg" else self.conninfo
        return metadata.createConnection(target, {})

    def display(self) -> str:
        """For messages and the project: the path, or the connection without its password."""
        if self.kind == "gpkg":
            return self.path
        uri = QgsDataSourceUri(self.conninfo)
        uri.setPassword("")
        text = uri.connectionInfo(False)
        return f"{text} schema='{self.schema}'"

    @property
    def has_password(self) -> bool:
        return self.kind == "postgres" and bool(QgsDataSourceUri(self.conninfo).password())


# --- the store ----------------------------------------------------------------------------


@dataclass
class AddResult:
    """Site references added to the edit buffer, updated there, or already up to date."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass
class SaveResult:
    """What one save wrote (site references) and how many history rows."""

    inserted: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    history_rows: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)


class PlanStore:
    """One delivery plan: its QGIS layers (``plan_layer``, ``history_layer``) and their edits.

    Open with :meth:`open`; the layers are not added to any project (the dock does that).
    """

    def __init__(self, location: PlanLocation, plan_layer, history_layer) -> None:
        self.location = location
        self.plan_layer: QgsVectorLayer = plan_layer
        self.history_layer: QgsVectorLayer = history_layer
        self.officer: str | None = None
        # PostGIS saves write through a second layer in a QgsTransaction (see _writer)
        self._plan_writer = (
            _open_layer(location, schema.PLAN_TABLE, schema.GEOMETRY_COLUMN, "plan (writer)")
            if location.kind == "postgres"
            else None
        )
        self._pending_history: list[dict] | None = None
        self._saving = False
        # the saved plan as it was when editing started (see _take_baseline)
        self._baseline: dict | None = None
        self._set_up_plan_layer()
        if plan_layer.isEditable():
            self._take_baseline()

    # -- opening and creating

    @classmethod
    def open(
        cls,
        location,
        *,
        create: bool = True,
        crs: str = schema.DEFAULT_CRS,
        wkb_type=None,
        existing=(),
    ) -> PlanStore:
        """Open the plan at ``location`` (see :class:`PlanLocation`), creating its tables on
        first use (``create``) with geometry ``wkb_type`` (default multi-lines) in ``crs``.
        Layers of the plan found in ``existing`` (e.g. the project's) are used, not opened
        again, so the store and QGIS share one edit buffer."""
        location = PlanLocation.parse(location)
        exists = cls._tables_exist(location)
        if not all(exists):
            if not create:
                raise PlanStoreError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Delivery plan {plan}: no delivery plan there yet; add sites "
                            "to create it.",
                        ),
                        plan=location.display(),
                    )
                )
            _create_tables(location, exists, QgsCoordinateReferenceSystem(crs), wkb_type)
        plan = _find_layer(existing, location, schema.PLAN_TABLE) or _open_layer(
            location,
            schema.PLAN_TABLE,
            schema.GEOMETRY_COLUMN,
            translate("DeliveryPlan", "Delivery plan"),
        )
        history = _find_layer(existing, location, schema.HISTORY_TABLE) or _open_layer(
            location, schema.HISTORY_TABLE, None, translate("DeliveryPlan", "Delivery plan history")
        )
        missing = [n for n in schema.PLAN_FIELD_NAMES if plan.fields().indexOf(n) < 0]
        missing += [n for n in schema.HISTORY_FIELD_NAMES if history.fields().indexOf(n) < 0]
        if missing:
            raise PlanStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan {plan}: the table(s) {plan_table} / "
                        "{history_table} lack the field(s) {fields}; it is not an "
                        "EV Planner delivery plan. Choose another file or database schema.",
                    ),
                    plan=location.display(),
                    plan_table=schema.PLAN_TABLE,
                    history_table=schema.HISTORY_TABLE,
                    fields=", ".join(missing),
                )
            )
        return cls(location, plan, history)

    @staticmethod
    def _tables_exist(location: PlanLocation) -> tuple[bool, bool]:
        if location.kind == "gpkg" and not os.path.isfile(location.path):
            return (False, False)
        try:
            connection = location.connection()
            return tuple(
                bool(connection.tableExists(location.schema if location.kind != "gpkg" else "", t))
                for t in (schema.PLAN_TABLE, schema.HISTORY_TABLE)
            )
        except Exception as error:  # noqa: BLE001 - QgsProviderConnectionException and kin
            raise PlanStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan {plan}: cannot connect ({error}). Check the "
                        "file or the database connection.",
                    ),
                    plan=location.display(),
                    error=error,
                )
            ) from error

    def _set_up_plan_layer(self) -> None:
        layer = self.plan_layer
        for name, values in schema.ALLOWED_VALUES.items():
            index = layer.fields().indexOf(name)
            if index >= 0:
                setup = QgsEditorWidgetSetup("ValueMap", {"map": [{v: v} for v in values]})
                layer.setEditorWidgetSetup(index, setup)
        layer.beforeCommitChanges.connect(self._before_qgis_commit)
        layer.afterCommitChanges.connect(self._after_qgis_commit)
        layer.editingStarted.connect(self._take_baseline)

    def _take_baseline(self) -> None:
        """Remember the saved plan as editing starts: a save then checks that nobody else has
        saved other values into the fields this officer changed since (several officers may
        share one plan)."""
        provider = self.plan_layer.dataProvider()
        self._baseline = _layer_rows(provider, None, self.plan_layer.fields().names())

    def close(self) -> None:
        """Stop watching the plan layer (the layers themselves stay where they are)."""
        with contextlib.suppress(TypeError, RuntimeError):
            self.plan_layer.beforeCommitChanges.disconnect(self._before_qgis_commit)
        with contextlib.suppress(TypeError, RuntimeError):
            self.plan_layer.afterCommitChanges.disconnect(self._after_qgis_commit)
        with contextlib.suppress(TypeError, RuntimeError):
            self.plan_layer.editingStarted.disconnect(self._take_baseline)

    # -- reading

    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return self.plan_layer.crs()

    def sites(self, *, geometry: bool = True) -> gpd.GeoDataFrame:
        """The plan's sites as the layer shows them (unsaved edits included); index = fid."""
        frame = source_to_gdf(
            self.plan_layer,
            QgsProcessingContext(),
            self.plan_layer.crs(),
            layer_name=self.plan_layer.name(),
            attributes=list(schema.PLAN_FIELD_NAMES),
        )
        if not geometry:
            frame = frame.set_geometry(np.full(len(frame), None, dtype=object))
        return frame

    def site_fids(self) -> dict[str, int]:
        """site_ref -> feature id (unsaved edits included)."""
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
        request.setSubsetOfAttributes(["site_ref"], self.plan_layer.fields())
        index = self.plan_layer.fields().indexOf("site_ref")
        out = {}
        for feature in self.plan_layer.getFeatures(request):
            ref = python_value(feature.attributes()[index])
            if ref is not None:
                out[str(ref)] = feature.id()
        return out

    def history(self, site_ref: str | None = None) -> list[dict]:
        """Saved history rows (oldest first), of one site or of all."""
        return self._history(None if site_ref is None else [site_ref])

    def _history(self, site_refs=None) -> list[dict]:
        """Saved history rows (oldest first) of the sites ``site_refs`` (None: of all)."""
        request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
        if site_refs is not None:
            quoted = ", ".join(
                "'" + str(ref).replace("'", "''") + "'" for ref in dict.fromkeys(site_refs)
            )
            request.setFilterExpression(f'"site_ref" IN ({quoted})')
        fields = self.history_layer.fields().names()
        self.history_layer.dataProvider().reloadData()
        rows = [
            dict(zip(fields, (python_value(v) for v in f.attributes())))
            for f in self.history_layer.getFeatures(request)
        ]
        return sorted(rows, key=lambda r: r.get(schema.KEY_COLUMN) or 0)

    # -- editing (edit buffer only)

    def has_pending_changes(self) -> bool:
        return self.plan_layer.isEditable() and self.plan_layer.isModified()

    def add_sites(
        self,
        candidates: gpd.GeoDataFrame,
        values: dict | None = None,
        *,
        areas: gpd.GeoDataFrame | None = None,
        areas_field: str | None = None,
        layer_name: str = "sites",
        feedback=None,
    ) -> AddResult:
        """Add candidate sites (any layer of sites, in the plan's CRS) to the edit buffer.

        New sites become delivery-plan sites through :func:`core.delivery_plan.
        build_delivery_plan` (``values`` charger_type, status, funding and officer are its
        defaults; sockets, cost_gbp and notes are taken as given). A candidate that is already
        in the plan (same site_ref, or the same geometry) gets the given ``values`` and its new
        score instead. One undo step.
        """
        values = validate_values(values or {})
        candidates = candidates.copy()
        result = AddResult()
        if len(candidates) == 0:
            return result
        candidates = candidates.set_geometry(promote_to_multi(candidates.geometry.values))
        candidates = candidates.set_crs(self.crs.authid() or None, allow_override=True)
        self._check_geometry_type(candidates, layer_name)
        current = self.sites()
        fid_of_ref = {str(r): fid for fid, r in current["site_ref"].items() if r is not None}
        fid_of_key = dict(zip(geometry_keys(current.geometry.values), current.index))
        given_refs = (
            candidates["site_ref"].astype(object).where(candidates["site_ref"].notna(), None)
            if "site_ref" in candidates.columns
            else pd.Series([None] * len(candidates), index=candidates.index, dtype=object)
        )
        keys = geometry_keys(candidates.geometry.values)
        existing_fid = [
            fid_of_ref.get(str(ref)) if ref is not None else fid_of_key.get(key)
            for ref, key in zip(given_refs, keys)
        ]
        is_new = np.array([fid is None for fid in existing_fid], dtype=bool)
        # the same new site twice in the input is added once
        seen: set = set()
        for row, key in enumerate(keys):
            if is_new[row] and key is not None:
                if key in seen:
                    is_new[row] = False
                seen.add(key)

        self._start_editing()
        layer = self.plan_layer
        layer.beginEditCommand(
            translate("DeliveryPlan", "Add {n} site(s) to the delivery plan").format(
                n=len(candidates)
            )
        )
        try:
            if is_new.any():
                sites = self._new_sites(
                    candidates[is_new], current, values, areas, areas_field, layer_name, feedback
                )
                sites["updated"] = today()
                write_gdf(sites, layer, layer.fields())
                result.added = [str(r) for r in sites["site_ref"]]
            known = [(row, fid) for row, fid in enumerate(existing_fid) if fid is not None]
            old = list(dict.fromkeys(fid for _, fid in known))
            if old:
                scores = None
                if "score" in candidates.columns:
                    values_of = pd.to_numeric(candidates["score"], errors="coerce").to_numpy()
                    scores = {fid: values_of[row] for row, fid in known}
                changed = self._update_sites(current.loc[old], values, scores)
                refs = current.loc[old, "site_ref"].astype(str)
                result.updated = [r for fid, r in refs.items() if fid in changed]
                result.unchanged = [r for fid, r in refs.items() if fid not in changed]
        except BaseException:
            layer.destroyEditCommand()
            raise
        layer.endEditCommand()
        return result

    def annotate(self, site_refs, values: dict) -> list[str]:
        """Set ``values`` (annotation fields) on plan sites, in the edit buffer; one undo step.
        Returns the references of the sites that changed."""
        values = validate_values(values)
        fids = self.site_fids()
        unknown = [r for r in site_refs if r not in fids]
        if unknown:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Delivery plan {plan}: no site(s) {sites}."),
                    plan=self.location.display(),
                    sites=", ".join(map(str, unknown[:5])),
                )
            )
        current = self.sites().loc[list(dict.fromkeys(fids[r] for r in site_refs))]
        self._start_editing()
        self.plan_layer.beginEditCommand(
            translate("DeliveryPlan", "Annotate {n} delivery-plan site(s)").format(n=len(current))
        )
        try:
            changed = self._update_sites(current, values, None)
        except BaseException:
            self.plan_layer.destroyEditCommand()
            raise
        self.plan_layer.endEditCommand()
        return [ref for ref in dict.fromkeys(site_refs) if fids[ref] in changed]

    def undo(self) -> bool:
        """Undo the last add or annotation (False when there is nothing to undo)."""
        stack = self.plan_layer.undoStack()
        if stack is None or not stack.canUndo():
            return False
        stack.undo()
        return True

    def discard(self) -> None:
        """Forget every unsaved change."""
        if self.plan_layer.isEditable():
            self.plan_layer.rollBack()

    def _check_geometry_type(self, candidates, layer_name: str) -> None:
        """Sites must have the plan's kind of geometry (lines, points or polygons)."""
        kinds = {1: "line", 5: "line", 0: "point", 4: "point", 3: "polygon", 6: "polygon"}
        plan_kind = compat.geometry_type_name(self.plan_layer.wkbType())
        geoms = np.asarray(candidates.geometry.values, dtype=object)
        present = geoms[~shapely.is_missing(geoms)]
        found = {kinds.get(int(t), "other") for t in shapely.get_type_id(present)}
        wrong = sorted(found - {plan_kind})
        if wrong:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer '{layer}': its sites are {kinds}s but the delivery plan "
                        "{plan} holds {plan_kind}s; use a layer of {plan_kind}s "
                        "(kerb runs for a plan of lines) or start a new plan.",
                    ),
                    layer=layer_name,
                    kinds=", ".join(wrong),
                    plan=self.location.display(),
                    plan_kind=plan_kind,
                )
            )

    def _start_editing(self) -> None:
        if not self.plan_layer.isEditable() and not self.plan_layer.startEditing():
            raise PlanStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan {plan}: cannot edit it (read-only file or "
                        "no write permission in the database).",
                    ),
                    plan=self.location.display(),
                )
            )

    def _new_sites(self, candidates, current, values, areas, areas_field, layer_name, feedback):
        frame = candidates.copy()
        for name in ("sockets", "cost_gbp", "notes"):
            if name in values:
                frame[name] = values[name]
        # Existing references go in too, so new ones are numbered after them.
        known = gpd.GeoDataFrame(
            {"site_ref": current["site_ref"].astype(object), "district": current["district"]},
            geometry=np.full(len(current), None, dtype=object),
            crs=frame.crs,
        )
        frame.index = pd.RangeIndex(len(frame))
        known.index = pd.RangeIndex(len(frame), len(frame) + len(known))
        defaults = {
            k: values[k] for k in ("charger_type", "status", "funding", "officer") if k in values
        }
        built = core_plan.build_delivery_plan(
            pd.concat([frame, known]),
            areas=areas,
            areas_field=areas_field,
            layer=layer_name,
            feedback=feedback,
            **defaults,
        )
        built = built.loc[built.index < len(frame)]
        return built

    def _update_sites(self, current: gpd.GeoDataFrame, values: dict, scores) -> set:
        """Change the given values (and scores) of existing sites; derived sockets, bays and
        cost follow a new charger type unless given. Returns the fids that changed."""
        layer = self.plan_layer
        fields = layer.fields()
        wanted = current.copy()
        for name, value in values.items():
            wanted[name] = value
        if scores:
            new_score = pd.Series(scores).reindex(wanted.index)
            wanted["score"] = new_score.where(new_score.notna(), wanted["score"])
        if "charger_type" in values:
            retyped = wanted["charger_type"] != current["charger_type"]
            if retyped.any():
                redo = wanted.loc[retyped].copy()
                for name in ("sockets", "bays", "cost_gbp"):
                    if name not in values:
                        redo[name] = None
                built = core_plan.build_delivery_plan(redo, layer="delivery plan")
                for name in ("sockets", "bays", "cost_gbp"):
                    wanted.loc[retyped, name] = built.loc[redo.index, name].to_numpy()
        changed = set()
        names = [n for n in schema.PLAN_FIELD_NAMES if n not in ("site_ref", "updated")]
        stamp_index = fields.indexOf("updated")
        for fid in wanted.index:
            new_values, old_values = {}, {}
            for name in names:
                new, old = _plain(wanted.at[fid, name]), _plain(current.at[fid, name])
                if not _same(new, old):
                    new_values[fields.indexOf(name)] = new
                    old_values[fields.indexOf(name)] = old
            if new_values:
                new_values[stamp_index] = today()
                old_values[stamp_index] = _plain(current.at[fid, "updated"])
                if not layer.changeAttributeValues(int(fid), new_values, old_values):
                    raise PlanStoreError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages", "Delivery plan: cannot change site fid {fid}."
                            ),
                            fid=fid,
                        )
                    )
                changed.add(fid)
        return changed

    # -- saving

    def save(self, who: str | None = None, *, on_applied=None) -> SaveResult:
        """Write the unsaved edits and their history in one transaction, then clear the buffer.

        ``who`` (default: :attr:`officer`, else the OS user) is recorded in the history.
        ``on_applied`` is called inside the transaction once everything is written, just
        before the commit (progress reporting; tests use it to kill a save half-way).
        """
        layer = self.plan_layer
        if not self.has_pending_changes():
            if layer.isEditable():
                layer.rollBack()
            return SaveResult()
        buffer = layer.editBuffer()
        if buffer.addedAttributes() or buffer.deletedAttributeIds():
            raise PlanStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan {plan}: its fields were changed; the "
                        "delivery plan's fields are fixed. Undo the field changes, then save.",
                    ),
                    plan=self.location.display(),
                )
            )
        who = who or self.officer or default_officer()
        edits = _buffer_edits(layer)
        unnamed = sum(1 for values, _ in edits.added if not values.get("site_ref"))
        if unnamed:
            raise PlanStoreError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Delivery plan {plan}: {count} new site(s) have no "
                        "site_ref; type a reference for each (e.g. AP-031), or add sites with "
                        "'Add to delivery plan' from a layer of candidates, which numbers them.",
                    ),
                    plan=self.location.display(),
                    count=unnamed,
                )
            )
        self._saving = True
        try:
            writer = self._writer()
            try:
                old = writer.old_rows(_touched(edits), edits.names)
                conflicts = _edit_conflicts(edits, old, self._baseline)
                if conflicts:
                    writer.rollback()
                else:
                    result, rows = _apply_edits(writer, edits, who, old)
                    writer.add_history(rows)
                    result.history_rows = len(rows)
                    if on_applied is not None:
                        on_applied()
                    writer.commit()
            except BaseException:
                writer.rollback()
                raise
            if conflicts:
                # the officer is now shown their values: saving again replaces them
                for fid, name, _, theirs in conflicts:
                    self._baseline.setdefault(fid, {})[name] = theirs
                raise PlanEditConflict(self._conflict_message(conflicts, old), conflicts)
            layer.rollBack()
        finally:
            self._saving = False
        layer.dataProvider().reloadData()
        layer.triggerRepaint()
        self.history_layer.dataProvider().reloadData()
        return result

    def _conflict_message(self, conflicts, old) -> Message:
        shown = []
        refs = [old[fid].get("site_ref") for fid, *_ in conflicts[:_MAX_CONFLICTS_SHOWN]]
        history = self._history(refs)  # read once for every conflict shown
        for fid, name, _, theirs in conflicts[:_MAX_CONFLICTS_SHOWN]:
            ref = old[fid].get("site_ref")
            value = "" if name == "geometry" else f" = '{_text(theirs)}'"
            by = _last_changed_by(history, ref, name)
            shown.append(f"{ref} {name}{value}" + (f" ({by})" if by else ""))
        if len(conflicts) > _MAX_CONFLICTS_SHOWN:
            shown.append("…")
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Delivery plan {plan}: since you started editing, someone else saved "
                "other values into {count} field(s) you changed: {changes}. Nothing was "
                "saved and your changes are still there. Save again to replace their "
                "values with yours, or undo your changes to these sites.",
            ),
            plan=self.location.display(),
            count=len(conflicts),
            changes="; ".join(shown),
        )

    def _writer(self) -> _Writer:
        if self.location.kind == "gpkg":
            return _GeoPackageWriter(self.location)
        return _TransactionWriter(self.location, self._plan_writer, self.history_layer)

    # Edits saved with QGIS's own "Save Layer Edits" still get their history (own transaction).
    def _before_qgis_commit(self, *args) -> None:
        if self._saving:
            return
        try:
            edits = _buffer_edits(self.plan_layer)
            old = _layer_rows(self.plan_layer.dataProvider(), _touched(edits), edits.names)
            self._pending_history = _history_rows(edits, old, self.officer)
            conflicts = _edit_conflicts(edits, old, self._baseline)
            if conflicts:  # QGIS's own save cannot be stopped here: say what it replaces
                log(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{message} (Saved with QGIS's Save Edits: their values were "
                            "replaced.)",
                        ),
                        message=self._conflict_message(conflicts, old),
                    ),
                    "warning",
                )
        except Exception as error:  # noqa: BLE001 - never block QGIS's own commit
            log(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Delivery plan history not prepared: {error}"),
                    error=getattr(error, "message", str(error)),
                ),
                "warning",
            )
            self._pending_history = None

    def _after_qgis_commit(self) -> None:
        rows, self._pending_history = self._pending_history, None
        # Save Layer Edits keeps editing (commitChanges(False)) without editingStarted: what
        # was just saved is the plan this officer now sees. (After commitChanges(True) the
        # layer is no longer editable; the next editingStarted takes the snapshot.)
        if self.plan_layer.isEditable():
            self._take_baseline()
        if not rows:
            return
        try:
            writer = self._writer()
            try:
                writer.add_history(rows)
                writer.commit()
            except BaseException:
                writer.rollback()
                raise
        except EvPlannerError as error:
            log(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "Delivery plan history not written: {error}"),
                    error=getattr(error, "message", str(error)),
                ),
                "critical",
            )
        self.history_layer.dataProvider().reloadData()


# --- values -----------------------------------------------------------------------------------


def validate_values(values: dict) -> dict:
    """Annotation values checked (known fields, vocabularies, numbers >= 0); None/'' dropped."""
    out = {}
    for name, value in values.items():
        if name not in schema.ANNOTATION_FIELDS:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "'{field}' is not an annotation field; use {fields}."
                    ),
                    field=name,
                    fields=", ".join(schema.ANNOTATION_FIELDS),
                )
            )
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        allowed = schema.ALLOWED_VALUES.get(name)
        if allowed is not None and value not in allowed:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{field} '{value}' must be one of: {allowed}."),
                    field=name,
                    value=value,
                    allowed=", ".join(allowed),
                )
            )
        if name in ("sockets", "cost_gbp"):
            number = float(value)
            if not math.isfinite(number) or number < 0:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "{field} must be a number of 0 or more (got {value})."
                        ),
                        field=name,
                        value=value,
                    )
                )
            value = int(number) if name == "sockets" else round(number, 2)
        out[name] = value.strip() if isinstance(value, str) else value
    return out


def geometry_keys(geometries) -> list:
    """A key per geometry, equal for the same site (coordinates to the centimetre)."""
    geoms = promote_to_multi(np.asarray(geometries, dtype=object))
    missing = shapely.is_missing(geoms)
    keys = np.full(len(geoms), None, dtype=object)
    if (~missing).any():
        snapped = shapely.set_precision(geoms[~missing], SAME_SITE_TOLERANCE_M)
        keys[~missing] = shapely.to_wkb(shapely.normalize(snapped), hex=True)
    return [None if k is None else k for k in keys]


def _plain(value):
    value = python_value(value)
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-9)
    return str(a) == str(b)


def _text(value) -> str | None:
    """A value as history text."""
    value = _plain(value)
    if value is None:
        return None
    if isinstance(value, QgsGeometry):
        return value.asWkt(3)
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    return str(value)


# --- tables -----------------------------------------------------------------------------------


def _qgs_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, _KINDS[kind]))
    return fields


def _find_layer(layers, location: PlanLocation, table: str):
    """The layer of ``table`` at ``location`` among ``layers``, or None."""
    for layer in layers or ():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != location.provider:
            continue
        source = layer.source()
        if location.kind == "gpkg":
            path, _, options = source.partition("|")
            names = dict(part.split("=", 1) for part in options.split("|") if "=" in part)
            if (
                os.path.exists(path)
                and os.path.samefile(path, location.path)
                and names.get("layername") == table
            ):
                return layer
        else:
            a, b = QgsDataSourceUri(source), QgsDataSourceUri(location.conninfo)
            if (a.table(), a.schema() or "public") == (table, location.schema) and (
                a.host(),
                a.port(),
                a.database(),
                a.service(),
            ) == (b.host(), b.port(), b.database(), b.service()):
                return layer
    return None


def _open_layer(location: PlanLocation, table: str, geometry_column, name: str):
    layer = QgsVectorLayer(location.layer_uri(table, geometry_column), name, location.provider)
    if not layer.isValid():
        error = layer.error()  # QgsError.summary() crashes QGIS when there is no message
        summary = "" if error.isEmpty() else error.summary()
        raise PlanStoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Delivery plan {plan}: cannot open its table '{table}' ({error}).",
                ),
                plan=location.display(),
                table=table,
                error=summary or Message(QT_TRANSLATE_NOOP("Messages", "invalid layer")),
            )
        )
    return layer


def _create_tables(location: PlanLocation, exists, crs, wkb_type) -> None:
    wkb_type = compat.WKB_MULTILINESTRING if wkb_type is None else wkb_type
    wkb_type = QgsWkbTypes.multiType(wkb_type)
    if location.kind == "gpkg":
        _create_gpkg(location, exists, crs, wkb_type)
    else:
        _create_postgis(location, crs, wkb_type)
    log(
        Message(
            QT_TRANSLATE_NOOP("Messages", "Delivery plan created: {location}"),
            location=location.display(),
        ),
        "info",
    )


def _create_gpkg(location: PlanLocation, exists, crs, wkb_type) -> None:
    path = Path(location.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    new_file = not path.exists()
    # A new file is built beside the target and moved into place complete.
    target = path.with_name(f".{path.stem}.creating{path.suffix}") if new_file else path
    with contextlib.suppress(FileNotFoundError):
        if new_file:
            target.unlink()
    tables = (
        (schema.PLAN_TABLE, schema.PLAN_FIELDS, wkb_type, exists[0]),
        (schema.HISTORY_TABLE, schema.HISTORY_FIELDS, compat.WKB_NOGEOMETRY, exists[1]),
    )
    first = True
    try:
        for table, spec, table_type, present in tables:
            if present:
                continue
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = table
            options.fileEncoding = "UTF-8"
            options.layerOptions = ["FID=fid", f"GEOMETRY_NAME={schema.GEOMETRY_COLUMN}"]
            options.actionOnExistingFile = (
                QgsVectorFileWriter.CreateOrOverwriteFile
                if first and new_file
                else QgsVectorFileWriter.CreateOrOverwriteLayer
            )
            writer = QgsVectorFileWriter.create(
                str(target),
                _qgs_fields(spec),
                table_type,
                crs,
                QgsProcessingContext().transformContext(),
                options,
            )
            error = writer.hasError() != QgsVectorFileWriter.NoError and writer.errorMessage()
            del writer
            if error:
                raise PlanStoreError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Delivery plan {plan}: cannot create '{table}' ({error})."
                        ),
                        plan=path,
                        table=table,
                        error=error,
                    )
                )
            first = False
        # GDAL directly: a QGIS connection would keep the file open in its pool
        dataset = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
        for sql in (
            f'CREATE UNIQUE INDEX IF NOT EXISTS "{schema.PLAN_TABLE}_site_ref" '
            f'ON "{schema.PLAN_TABLE}" ("site_ref")',
            f'CREATE INDEX IF NOT EXISTS "{schema.HISTORY_TABLE}_site_ref" '
            f'ON "{schema.HISTORY_TABLE}" ("site_ref")',
        ):
            dataset.ExecuteSQL(sql)
        dataset = None
        if new_file:
            os.replace(target, path)
    except BaseException:
        if new_file:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        raise


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_postgis(location: PlanLocation, crs, wkb_type) -> None:
    s = _quoted(location.schema)
    plan, history = (f"{s}.{_quoted(t)}" for t in (schema.PLAN_TABLE, schema.HISTORY_TABLE))
    srid = crs.postgisSrid()
    geometry_type = QgsWkbTypes.displayString(wkb_type)
    checks = {
        name: " CHECK ({} IN ({}))".format(
            _quoted(name), ", ".join("'" + v.replace("'", "''") + "'" for v in allowed)
        )
        for name, allowed in schema.ALLOWED_VALUES.items()
        if name in ("status", "funding")
    }
    columns = ",\n  ".join(
        f"{_quoted(name)} {_PG_TYPES[kind]}"
        + (" NOT NULL" if name == "site_ref" else "")
        + checks.get(name, "")
        for name, kind in schema.PLAN_FIELDS
    )
    history_columns = ",\n  ".join(
        f"{_quoted(name)} {_PG_TYPES[kind]}" for name, kind in schema.HISTORY_FIELDS
    )
    sql = f"""
BEGIN;
CREATE SCHEMA IF NOT EXISTS {s};
CREATE TABLE IF NOT EXISTS {plan} (
  fid serial PRIMARY KEY,
  {columns},
  {schema.GEOMETRY_COLUMN} geometry({geometry_type}, {srid})
);
CREATE UNIQUE INDEX IF NOT EXISTS {schema.PLAN_TABLE}_site_ref ON {plan} (site_ref);
CREATE INDEX IF NOT EXISTS {schema.PLAN_TABLE}_geom ON {plan}
  USING gist ({schema.GEOMETRY_COLUMN});
CREATE TABLE IF NOT EXISTS {history} (
  fid serial PRIMARY KEY,
  {history_columns}
);
CREATE INDEX IF NOT EXISTS {schema.HISTORY_TABLE}_site_ref ON {history} (site_ref);
COMMIT;
"""
    try:
        location.connection().executeSql(sql)
    except Exception as error:  # noqa: BLE001 - QgsProviderConnectionException
        raise PlanStoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Delivery plan {plan}: cannot create its tables ({error}). The "
                    "database needs PostGIS (CREATE EXTENSION postgis) and a role allowed to "
                    "create tables in the schema.",
                ),
                plan=location.display(),
                error=error,
            )
        ) from error


# --- save internals ---------------------------------------------------------------------------


@dataclass
class _Edits:
    names: list
    added: list  # [{name: value}, geometry]
    changed: dict  # fid -> {name: value}
    geometries: dict  # fid -> QgsGeometry
    deleted: set


def _buffer_edits(layer: QgsVectorLayer) -> _Edits:
    buffer = layer.editBuffer()
    names = layer.fields().names()
    added = []
    added_features = buffer.addedFeatures()
    # new features get ids -1, -2, ... in the order they were added
    for fid in sorted(added_features, key=lambda f: -f):
        feature = added_features[fid]
        attrs = feature.attributes()
        row = {n: _plain(attrs[i]) for i, n in enumerate(names) if n != schema.KEY_COLUMN}
        added.append((row, QgsGeometry(feature.geometry())))
    changed = {
        int(fid): {names[i]: _plain(v) for i, v in values.items()}
        for fid, values in buffer.changedAttributeValues().items()
        if fid >= 0
    }
    geometries = {
        int(fid): QgsGeometry(g) for fid, g in buffer.changedGeometries().items() if fid >= 0
    }
    deleted = {int(fid) for fid in buffer.deletedFeatureIds() if fid >= 0}
    return _Edits(names, added, changed, geometries, deleted)


def _touched(edits: _Edits) -> set:
    return set(edits.changed) | set(edits.geometries) | edits.deleted


def _layer_rows(provider, fids, names) -> dict:
    """{fid: {name: value, "geometry": QgsGeometry}} read through a QGIS data provider
    (``fids`` None: every feature)."""
    old = {}
    if fids is None or fids:
        request = QgsFeatureRequest()
        if fids is not None:
            request.setFilterFids(sorted(fids))
        for feature in provider.getFeatures(request):
            attrs = feature.attributes()
            row = {n: _plain(attrs[i]) for i, n in enumerate(names)}
            row["geometry"] = QgsGeometry(feature.geometry())
            old[feature.id()] = row
    return old


def _tracked_fields(names) -> list[str]:
    """The fields of ``names`` whose changes the history records and saves compare."""
    return [n for n in names if n != schema.KEY_COLUMN and n not in schema.UNTRACKED_FIELDS]


def _history_rows(edits: _Edits, old: dict, who) -> list[dict]:
    """History rows of ``edits`` against ``old`` (the values now in the database)."""
    gone = sorted(_touched(edits) - set(old))
    if gone:
        raise PlanStoreError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Delivery plan: site(s) with fid {fids} were deleted "
                    "by someone else meanwhile; discard your changes to them and reload the plan.",
                ),
                fids=", ".join(map(str, gone[:5])),
            )
        )
    who = who or default_officer()
    now = QDateTime.currentDateTimeUtc()
    rows = []

    def row(ref, action, name, before, after):
        rows.append(
            {
                "site_ref": ref,
                "action": action,
                "field": name,
                "old_value": _text(before),
                "new_value": _text(after),
                "changed_by": who,
                "changed_at": now,
            }
        )

    tracked = _tracked_fields(edits.names)
    for values, geometry in edits.added:
        for name in tracked:
            if values.get(name) is not None:
                row(values.get("site_ref"), ACTION_INSERT, name, None, values[name])
        if not geometry.isNull():
            row(values.get("site_ref"), ACTION_INSERT, "geometry", None, geometry)
    for fid in sorted(set(edits.changed) | set(edits.geometries)):
        if fid in edits.deleted:
            continue
        before = old[fid]
        ref = edits.changed.get(fid, {}).get("site_ref", before.get("site_ref"))
        for name, value in edits.changed.get(fid, {}).items():
            if name in tracked and not _same(value, before.get(name)):
                row(ref, ACTION_UPDATE, name, before.get(name), value)
        if fid in edits.geometries and not edits.geometries[fid].equals(before["geometry"]):
            row(ref, ACTION_UPDATE, "geometry", before["geometry"], edits.geometries[fid])
    for fid in sorted(edits.deleted):
        before = old[fid]
        for name in tracked:
            if before.get(name) is not None:
                row(before.get("site_ref"), ACTION_DELETE, name, before[name], None)
    return rows


def _last_changed_by(history: list[dict], site_ref, name) -> str | None:
    """Who saved the last change of ``name`` on ``site_ref``, and when (``history``: the
    history rows, oldest first)."""
    rows = [
        h for h in history if h.get("field") == name and str(h.get("site_ref")) == str(site_ref)
    ]
    if not rows:
        return None
    last = rows[-1]
    when = last.get("changed_at")
    when = when.strftime("%Y-%m-%d %H:%M") if hasattr(when, "strftime") else when
    return ", ".join(str(v) for v in (last.get("changed_by"), when) if v)


def _edit_conflicts(edits: _Edits, old: dict, baseline: dict | None) -> list:
    """Fields this officer changed (or sites deleted) whose saved value in ``old`` is no longer
    the one in ``baseline`` (the plan when editing started), unless both now agree: [(fid,
    field, baseline value, saved value)]. Sites deleted meanwhile are :func:`_history_rows`'s
    to report."""
    if baseline is None:
        return []
    tracked = _tracked_fields(edits.names)
    conflicts = []
    for fid in sorted(_touched(edits)):
        seen, now = baseline.get(fid), old.get(fid)
        if seen is None or now is None:
            continue
        if fid in edits.deleted:
            mine = dict.fromkeys([*tracked, "geometry"])
        else:
            mine = {n: v for n, v in edits.changed.get(fid, {}).items() if n in tracked}
            if fid in edits.geometries:
                mine["geometry"] = edits.geometries[fid]
        for name, value in mine.items():
            if name == "geometry":
                moved = not _same_geometry(seen.get(name), now.get(name))
                agree = fid not in edits.deleted and _same_geometry(value, now.get(name))
            else:
                moved = not _same(seen.get(name), now.get(name))
                agree = fid not in edits.deleted and _same(value, now.get(name))
            if moved and not agree:
                conflicts.append((fid, name, seen.get(name), now.get(name)))
    return conflicts


def _same_geometry(a, b) -> bool:
    empty_a = a is None or a.isNull()
    empty_b = b is None or b.isNull()
    return (empty_a and empty_b) or (not empty_a and not empty_b and a.equals(b))


def _apply_edits(writer: _Writer, edits: _Edits, who, old: dict):
    """Write ``edits`` through ``writer``; ``old``: the touched rows as saved now (read in the
    same transaction). Returns (SaveResult, history rows)."""
    rows = _history_rows(edits, old, who)
    result = SaveResult()
    writer.add_sites(edits.added)
    result.inserted = [str(v.get("site_ref")) for v, _ in edits.added]
    changes = {f: v for f, v in edits.changed.items() if f not in edits.deleted}
    geometries = {f: g for f, g in edits.geometries.items() if f not in edits.deleted}
    writer.change_sites(changes, geometries)
    writer.delete_sites(sorted(edits.deleted))
    result.updated = [str(old[f].get("site_ref")) for f in sorted(set(changes) | set(geometries))]
    result.deleted = [str(old[f].get("site_ref")) for f in sorted(edits.deleted)]
    return result, rows


# What a save failed to do (the key given to _Writer.fail), each a whole message.
_SAVE_FAILURES = {
    "open it for writing": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot open it for writing ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "start a transaction": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot start a transaction ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "add sites": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot add sites ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "change a site": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot change a site ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "change sites": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot change sites ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "change site geometries": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot change site geometries ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "delete sites": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot delete sites ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "write the history": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot write the history ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
    "commit": QT_TRANSLATE_NOOP(
        "Messages",
        "Delivery plan {plan}: cannot commit ({detail}); nothing was "
        "saved and your changes are still there.",
    ),
}


class _Writer:
    """One open transaction over the plan and history tables."""

    location: PlanLocation

    def fail(self, what: str, detail: str = "") -> PlanStoreError:
        """The error of a failed save step ``what`` (a key of ``_SAVE_FAILURES``)."""
        return PlanStoreError(
            Message(
                _SAVE_FAILURES[what],
                plan=self.location.display(),
                detail=detail
                or Message(QT_TRANSLATE_NOOP("Messages", "no details from the data source")),
            )
        )


class _GeoPackageWriter(_Writer):
    """GeoPackage: one GDAL connection of our own and one SQLite transaction. (QGIS would
    share its dataset between layers in ways that can put the two tables on different
    connections, outside one transaction.)"""

    def __init__(self, location: PlanLocation) -> None:
        self.location = location
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            self.dataset = gdal.OpenEx(location.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
            if self.dataset is None:
                raise self.fail("open it for writing", gdal.GetLastErrorMsg())
            self.plan = self.dataset.GetLayerByName(schema.PLAN_TABLE)
            self.history = self.dataset.GetLayerByName(schema.HISTORY_TABLE)
            if self.dataset.StartTransaction() != 0:
                raise self.fail("start a transaction", gdal.GetLastErrorMsg())
        finally:
            gdal.PopErrorHandler()

    def old_rows(self, fids, names) -> dict:
        old = {}
        for fid in sorted(fids):
            feature = self.plan.GetFeature(int(fid))
            if feature is None:
                continue
            row = {n: _ogr_value(feature, n) for n in names if n != schema.KEY_COLUMN}
            row[schema.KEY_COLUMN] = int(fid)
            geometry = QgsGeometry()
            ref = feature.GetGeometryRef()
            if ref is not None:
                geometry.fromWkb(bytes(ref.ExportToIsoWkb()))
            row["geometry"] = geometry
            old[int(fid)] = row
        return old

    def _set(self, feature, values: dict) -> None:
        for name, value in values.items():
            if name == schema.KEY_COLUMN or feature.GetFieldIndex(name) < 0:
                continue
            value = _plain(value)
            if value is None:
                feature.SetFieldNull(name)
            elif isinstance(value, _dt.datetime):
                utc = value.astimezone(_dt.timezone.utc) if value.tzinfo else value
                seconds = utc.second + utc.microsecond / 1e6
                feature.SetField(
                    name, utc.year, utc.month, utc.day, utc.hour, utc.minute, seconds, 100
                )
            elif isinstance(value, bool):
                feature.SetFieldInteger64(feature.GetFieldIndex(name), int(value))
            elif isinstance(value, int):
                feature.SetFieldInteger64(feature.GetFieldIndex(name), value)
            elif isinstance(value, float):
                feature.SetField(name, value)
            else:
                feature.SetField(name, str(value))

    def _geometry(self, geometry: QgsGeometry):
        if geometry is None or geometry.isNull():
            return None
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        return ogr.CreateGeometryFromWkb(bytes(geometry.asWkb()))

    def _check(self, code: int, what: str) -> None:
        if code != 0:
            raise self.fail(what, gdal.GetLastErrorMsg())

    def add_sites(self, added) -> None:
        definition = self.plan.GetLayerDefn()
        for values, geometry in added:
            feature = ogr.Feature(definition)
            self._set(feature, values)
            feature.SetGeometry(self._geometry(geometry))
            self._check(self.plan.CreateFeature(feature), "add sites")

    def change_sites(self, changes: dict, geometries: dict) -> None:
        for fid in sorted(set(changes) | set(geometries)):
            feature = self.plan.GetFeature(int(fid))
            if feature is None:
                raise self.fail(
                    "change a site",
                    Message(QT_TRANSLATE_NOOP("Messages", "fid {fid} is gone"), fid=fid),
                )
            self._set(feature, changes.get(fid, {}))
            if fid in geometries:
                feature.SetGeometry(self._geometry(geometries[fid]))
            self._check(self.plan.SetFeature(feature), "change sites")

    def delete_sites(self, fids) -> None:
        for fid in fids:
            self._check(self.plan.DeleteFeature(int(fid)), "delete sites")

    def add_history(self, rows) -> None:
        definition = self.history.GetLayerDefn()
        for values in rows:
            feature = ogr.Feature(definition)
            self._set(feature, values)
            self._check(self.history.CreateFeature(feature), "write the history")

    def commit(self) -> None:
        code = self.dataset.CommitTransaction()
        self.dataset = self.plan = self.history = None
        self._check(code, "commit")

    def rollback(self) -> None:
        if self.dataset is not None:
            self.dataset.RollbackTransaction()
        self.dataset = self.plan = self.history = None


def _ogr_value(feature, name):
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return None
    return feature.GetField(index)


class _TransactionWriter(_Writer):
    """PostGIS: the plan and history layers joined in one QgsTransaction (one connection)."""

    def __init__(self, location: PlanLocation, plan: QgsVectorLayer, history) -> None:
        self.location = location
        self.plan, self.history = plan, history
        self.transaction = QgsTransaction.create({plan, history})
        if self.transaction is None:
            raise self.fail(
                "start a transaction",
                Message(QT_TRANSLATE_NOOP("Messages", "the data provider offers none")),
            )
        ok, error = self.transaction.begin()
        if not ok:
            self.transaction = None
            raise self.fail("start a transaction", error)

    def old_rows(self, fids, names) -> dict:
        return _layer_rows(self.plan.dataProvider(), fids, names)

    def _features(self, fields: QgsFields, rows) -> list[QgsFeature]:
        features = []
        for values, geometry in rows:
            feature = QgsFeature(fields)
            for name, value in values.items():
                if fields.indexOf(name) >= 0 and name != schema.KEY_COLUMN:
                    feature.setAttribute(fields.indexOf(name), value)
            if geometry is not None:
                feature.setGeometry(geometry)
            features.append(feature)
        return features

    def add_sites(self, added) -> None:
        if added:
            ok, _ = self.plan.dataProvider().addFeatures(self._features(self.plan.fields(), added))
            if not ok:
                raise self.fail("add sites", _provider_error(self.plan))

    def change_sites(self, changes: dict, geometries: dict) -> None:
        fields = self.plan.fields()
        provider = self.plan.dataProvider()
        attribute_changes = {
            fid: {fields.indexOf(n): v for n, v in values.items() if fields.indexOf(n) >= 0}
            for fid, values in changes.items()
        }
        if attribute_changes and not provider.changeAttributeValues(attribute_changes):
            raise self.fail("change sites", _provider_error(self.plan))
        if geometries and not provider.changeGeometryValues(geometries):
            raise self.fail("change site geometries", _provider_error(self.plan))

    def delete_sites(self, fids) -> None:
        if fids and not self.plan.dataProvider().deleteFeatures(list(fids)):
            raise self.fail("delete sites", _provider_error(self.plan))

    def add_history(self, rows) -> None:
        if rows:
            features = self._features(self.history.fields(), [(r, None) for r in rows])
            ok, _ = self.history.dataProvider().addFeatures(features)
            if not ok:
                raise self.fail("write the history", _provider_error(self.history))

    def commit(self) -> None:
        ok, error = self.transaction.commit()
        if not ok:
            raise self.fail("commit", error)
        self.transaction = None

    def rollback(self) -> None:
        if self.transaction is not None:
            self.transaction.rollback()
        self.transaction = None


def _provider_error(layer: QgsVectorLayer) -> str:
    provider = layer.dataProvider()
    errors = provider.errors() if hasattr(provider, "errors") else []
    return "; ".join(errors[-3:]) or Message(
        QT_TRANSLATE_NOOP("Messages", "no details from the data provider")
    )


__all__ = [
    "AddResult",
    "PlanLocation",
    "PlanStore",
    "PlanStoreError",
    "SaveResult",
    "default_officer",
    "geometry_keys",
    "validate_values",
]
