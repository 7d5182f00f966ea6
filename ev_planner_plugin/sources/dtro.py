"""Digital Traffic Regulation Orders (DfT D-TRO, schema 3.4.x and 4.0.x) as regulated places.

Input
-----
JSON files (or already parsed JSON) holding any of:

- a single record ``{"schemaVersion": "4.0.0", "data": {"source": {...}}}`` (the schema validates
  ``data``, which holds either a ``source`` (a made order) or a ``consultation`` (a proposal with
  a list of ``source``);
- a list of records;
- a consumer-API page ``{"results": [record, ...], "page": 1, "pageSize": 50, "totalCount": 75}``
  (``items``, ``dtros``, ``records`` or a list under ``data`` are accepted as well);
- a bare ``data`` object (``{"source": {...}}``): the schema version is then inferred from the
  structure (``regulation`` is a list in 3.4.x and an object in 4.0.x) and reported.

Version 3.4.x and 4.0.x differ in shape (``regulation``, ``condition`` and ``conditionSet`` are
lists in 3.4.x, objects in 4.0.x; ``maxStayNoReturn`` moved from ``timeValidity`` into the
period); both are read. Other versions are read on a best-effort basis and reported.

Output: :class:`DtroResult`
---------------------------
``places``: a GeoDataFrame with one feature per regulated-place geometry (``pointGeometry``,
``linearGeometry``, ``directedLinear``, ``polygon``; single and multi forms, from
``SRID=<srid>;<WKT>`` strings; other SRIDs than the target are transformed). Geometry types are
mixed; :func:`split_geometry_families` splits them into ``point``/``line``/``polygon`` layers.
Fields (a public contract, all text unless noted):

- ``tro_ref``: ``source.reference`` of the order.
- ``provision_ref``: ``provision.reference``.
- ``regulation_type``: ``generalRegulation.regulationType`` (e.g. ``kerbsideNoWaiting``), or
  ``offListRegulation`` / ``speedLimitValueBased`` / ``speedLimitProfileBased`` (details in
  ``conditions``).
- ``kerbside_category``: coarse class for kerbside eligibility, see
  :data:`KERBSIDE_CATEGORY_BY_REGULATION_TYPE` (values in :data:`KERBSIDE_CATEGORIES`). A
  parking place (``parking``, ``pay_and_display``, ``permit``, ``limited_waiting``) whose
  conditions require a vehicle that is charging / connected to a charger, or an electric fuel
  type, becomes ``ev_charging``; a plain ``parking`` place restricted to disabled badge holders
  or to a permit becomes ``disabled`` / ``permit``. Unknown regulation types give ``other`` and
  a problem.
- ``description``: ``provisionDescription`` and the regulated place's ``description``, joined by
  " | " (a diversion route is prefixed ``[diversion route]``).
- ``lateral_position``: ``linearGeometry.lateralPosition`` (``onKerb``, ``near``, ``far``,
  ``centreline``); null for other geometry forms.
- ``usrn``: the USRNs referenced by the geometry, comma separated, in order of appearance.
- ``time_validity``: readable summary, e.g. ``Mon-Sat 08:00-18:00, max stay 20 min (from
  2024-08-01 08:00)``; ``time_validity_json``: the JSON list of ``timeValidity`` objects.
- ``conditions``: readable conditions (vehicle characteristics, permits, occupants, access,
  EV-charging conditions, rates, speed limits, off-list regulations), combined with AND/OR as
  in the order; ``NOT`` marks negated conditions.
- ``action_type``: the provision's ``actionType`` (else the order's). Provisions of a
  consultation (read only with ``consultations="keep"``) get ``consultation:<actionType>``.
- ``made_date``: ``source.madeDate``; ``in_force_date``: ``provision.comingIntoForceDate``, else
  ``source.comingIntoForceDate`` (ISO date text).
- ``revoked`` (bool): the provision or the whole order has ``actionType`` ``fullRevoke``.
  ``revoked="drop"`` leaves them out (each dropped provision is reported in ``problems``),
  ``revoked="flag"`` keeps them with ``revoked`` true. ``partialRevoke`` provisions are kept
  (not flagged) and reported, since the record does not say which part remains in force.
  A revocation is read per record: a ``fullRevoke`` record does not retroactively revoke the
  same provision read from another record (the consumer API returns the current state).
- ``source_file``: the file the feature came from (``<object N>`` for parsed JSON).

``problems``: a list of ``(file, json_path, message)``: schema violations (with
``validate=True``), parts the reader does not understand, skipped or dropped records and
provisions, doubtful geometries. Nothing is dropped without an entry here.

Validation
----------
With ``validate=True`` every record is checked against the official JSON schema of its version
(``D-TRO-v3.4.1-schema.json`` for 3.4.x, ``D-TRO-v4.0.0-schema.json`` for 4.0.x) read from
``schema_dir``. Every violation is reported with its JSON path and reason; a provision with a
violation inside it is skipped, an order (``source``) with a violation outside its provisions
is skipped whole, and reading carries on with the valid ones. Formats are checked strictly but
locally (no optional packages): ``date`` (YYYY-MM-DD), ``date-time`` (ISO 8601, time zone
optional as in the official examples), ``time``, ``email`` and ``uri``.

Malformed JSON raises :class:`SourceFormatError` naming the file, line and column.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..core.errors import ParameterError, SourceFormatError
from ..core.feedback import Feedback, ensure_feedback
from ..core.text import QT_TRANSLATE_NOOP, Message
from ._files import read_file_bytes

# --------------------------------------------------------------------------------------------
# Public constants

#: Output fields, in order (plus ``geometry``).
DTRO_FIELDS = (
    "tro_ref",
    "provision_ref",
    "regulation_type",
    "kerbside_category",
    "description",
    "lateral_position",
    "usrn",
    "time_validity",
    "time_validity_json",
    "conditions",
    "action_type",
    "made_date",
    "in_force_date",
    "revoked",
    "source_file",
)

#: The CRS D-TRO geometries are published in (the schema requires ``SRID=27700``).
DTRO_DEFAULT_SRID = 27700

#: Schema file of each supported ``major.minor`` version, as shipped in resources/schemas/dtro.
SCHEMA_VERSION_FILES = {
    "3.4": "D-TRO-v3.4.1-schema.json",
    "4.0": "D-TRO-v4.0.0-schema.json",
}

#: Provision / order ``actionType`` values that revoke the provision (D-TRO data model).
REVOKED_ACTION_TYPES = frozenset({"fullRevoke"})
#: ``actionType`` values that revoke part of a provision: kept and reported.
PARTIAL_REVOKE_ACTION_TYPES = frozenset({"partialRevoke"})

#: Keys of a consumer-API page that hold the list of records.
PAGE_RESULT_KEYS = ("results", "items", "dtros", "records", "data")

#: How many problems are repeated as feedback warnings (all are in ``DtroResult.problems``).
MAX_PROBLEMS_IN_WARNINGS = 10

#: Geometry keys of a regulated place and the key of the EWKT string inside each.
GEOMETRY_KEYS = {
    "pointGeometry": "point",
    "linearGeometry": "linestring",
    "directedLinear": "directedLineString",
    "polygon": "polygon",
}
_GEOMETRY_KEY_FAMILY = {
    "pointGeometry": "point",
    "linearGeometry": "line",
    "directedLinear": "line",
    "polygon": "polygon",
}

# Coarse kerbside classes used by kerbside eligibility.
KERBSIDE_CATEGORIES = (
    "no_waiting",  # yellow lines: no waiting (loading may be allowed)
    "no_stopping",  # red lines / no stopping at any time
    "clearway",  # urban, rural, red-route clearways
    "loading",  # loading bays and loading places
    "disabled",  # disabled badge holders' bays
    "limited_waiting",  # free limited-waiting bays
    "permit",  # permit holders' bays or areas
    "pay_and_display",  # payment parking places
    "parking",  # other parking places
    "ev_charging",  # parking places for vehicles that are charging (derived from conditions)
    "motorcycle_parking",
    "cycle_parking",
    "footway_parking",  # parking on the footway permitted
    "controlled_zone",  # controlled / restricted parking zones (area-wide controls)
    "taxi",
    "bus_stop",
    "bus_lane",  # bus lanes, bus gates, bus-only streets
    "cycle_lane",
    "crossing",
    "zig_zag",  # school keep-clear and other yellow zig-zags
    "temporary",  # suspensions and temporary bays or restrictions
    "other",  # not a kerbside regulation (speed limits, closures, turns...) or unknown
)

#: regulationType -> kerbside_category, for every value of the 3.4.1 and 4.0.0 enumerations.
KERBSIDE_CATEGORY_BY_REGULATION_TYPE = {
    # waiting / stopping
    "kerbsideNoWaiting": "no_waiting",
    # a loading ban always comes with waiting restrictions on street (TSRGD 2016 sch. 7)
    "kerbsideNoLoading": "no_waiting",
    "kerbsideNoLoadingPassengerSetDownPermitted": "no_waiting",
    "kerbsideNoLoadingPassengerSetDownProhibited": "no_waiting",
    "kerbsideNoStopping": "no_stopping",
    "kerbsideDoubleRedLines": "no_stopping",
    "kerbsideSingleRedLines": "no_stopping",
    "kerbsideRedRouteClearway": "clearway",
    "kerbsideUrbanClearway": "clearway",
    "kerbsideRuralClearway": "clearway",
    "kerbsideRedRouteBusStopClearway": "bus_stop",
    # loading
    "kerbsideLoadingBay": "loading",
    "kerbsideLoadingBayPassengerSetDownPermitted": "loading",
    "kerbsideLoadingBayPassengerSetDownProhibited": "loading",
    "kerbsideLoadingPlace": "loading",
    "kerbsideLoadingPlacePassengerSetDownPermitted": "loading",
    "kerbsideLoadingPlacePassengerSetDownProhibited": "loading",
    # parking
    "kerbsideDisabledBadgeHoldersOnly": "disabled",
    "kerbsideLimitedWaiting": "limited_waiting",
    "kerbsidePermitParkingArea": "permit",
    "kerbsidePermitParkingPlace": "permit",
    "kerbsidePaymentParkingPlace": "pay_and_display",
    "kerbsideParkingPlace": "parking",
    "kerbsideMotorcycleParkingPlace": "motorcycle_parking",
    "kerbsideFootwayParking": "footway_parking",
    "kerbsideFootwayParkingProhibited": "other",
    "kerbsideControlledParkingZone": "controlled_zone",
    "kerbsideRestrictedParkingZone": "controlled_zone",
    "kerbsideTaxiRank": "taxi",
    "kerbsideOtherYellowZigZagMandatory": "zig_zag",
    "kerbsideSchoolKeepClearYellowZigZagMandatory": "zig_zag",
    "nonOrderKerbsideBusStop": "bus_stop",
    "nonOrderKerbsidePedestrianCrossing": "crossing",
    "miscCycleParking": "cycle_parking",
    "miscCycleHireParking": "cycle_parking",
    "miscBusGate": "bus_lane",
    "miscBusLaneWithTrafficFlow": "bus_lane",
    "miscContraflowBusLane": "bus_lane",
    "miscBusOnlyStreet": "bus_lane",
    "miscCycleLane": "cycle_lane",
    "miscBaySuspension": "temporary",
    "miscSuspensionOfParkingRestriction": "temporary",
    "miscTemporaryParkingBay": "temporary",
    "miscTemporaryParkingRestriction": "temporary",
    # not kerbside regulations
    "bannedMovementNoEntry": "other",
    "bannedMovementNoLeftTurn": "other",
    "bannedMovementNoRightTurn": "other",
    "bannedMovementNoUTurn": "other",
    "dimensionMaximumHeightStructural": "other",
    "dimensionMaximumHeightWithTRO": "other",
    "dimensionMaximumLength": "other",
    "dimensionMaximumWeightEnvironmental": "other",
    "dimensionMaximumWeightStructural": "other",
    "dimensionMaximumWidth": "other",
    "mandatoryDirectionAheadOnly": "other",
    "mandatoryDirectionLeftTurnOnly": "other",
    "mandatoryDirectionOneWay": "other",
    "mandatoryDirectionRightTurnOnly": "other",
    "motorVehiclesProhibited": "other",
    "miscCongestionLowEmissionZone": "other",
    "miscContraflow": "other",
    "miscCycleLaneClosure": "other",
    "miscFootpathClosure": "other",
    "miscFootwayClosure": "other",
    "miscLaneClosure": "other",
    "miscPROWClosure": "other",
    "miscPedestrianZone": "other",
    "miscRoadClosure": "other",
    "miscRoadClosureCrossingPoint": "other",
    "miscSuspensionOfBusway": "other",
    "miscSuspensionOfOneWay": "other",
    "miscSuspensionOfWeightRestriction": "other",
    "movementOrderNoOvertaking": "other",
    "movementOrderPriorityOverOncomingTraffic": "other",
    "movementOrderProhibitedAccess": "other",
    "nonOrderMovementBoxJunction": "other",
    # regulation forms without a regulationType
    "offListRegulation": "other",
    "speedLimitValueBased": "other",
    "speedLimitProfileBased": "other",
}

# Categories a charging condition turns into ``ev_charging``; plain parking refined by conditions.
_EV_REFINABLE = frozenset({"parking", "pay_and_display", "permit", "limited_waiting"})
_EV_FUEL_TYPES = frozenset({"electric", "battery"})

_DAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_ABBR = dict(zip(_DAY_ORDER, ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")))
_MONTH_ORDER = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_EWKT_RE = re.compile(r"^\s*SRID\s*=\s*(\d+)\s*;\s*(.+?)\s*$", re.IGNORECASE | re.DOTALL)
_DURATION_RE = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$"
)


# --------------------------------------------------------------------------------------------
# Result


@dataclass
class DtroResult:
    """Regulated places read from D-TRO records and the problems met on the way."""

    places: gpd.GeoDataFrame
    problems: list = field(default_factory=list)
    records_read: int = 0

    def by_geometry_family(self) -> dict:
        """``{"point": gdf, "line": gdf, "polygon": gdf}`` (see :func:`split_geometry_families`)."""
        return split_geometry_families(self.places)


def split_geometry_families(gdf: gpd.GeoDataFrame) -> dict:
    """Split a mixed-geometry GeoDataFrame into ``point``, ``line`` and ``polygon`` frames.

    Multi forms go with their single form. Every key is present (possibly empty); rows with
    another geometry type (collections, empty) are in none of them.
    """
    type_ids = shapely.get_type_id(gdf.geometry.values)
    families = {
        "point": np.isin(type_ids, (0, 4)),
        "line": np.isin(type_ids, (1, 2, 5)),
        "polygon": np.isin(type_ids, (3, 6)),
    }
    return {name: gdf[mask].copy() for name, mask in families.items()}


# --------------------------------------------------------------------------------------------
# Entry point


def read_dtro(
    paths,
    *,
    validate: bool = False,
    schema_dir=None,
    revoked: str = "drop",
    target_crs="EPSG:27700",
    consultations: str = "drop",
    schema_version: str | None = None,
    feedback: Feedback | None = None,
) -> DtroResult:
    """Read D-TRO JSON (files, or parsed JSON) into one feature per regulated-place geometry.

    ``paths``: a path, a parsed JSON object/list, or a list of paths and/or parsed objects.
    ``revoked``: ``"drop"`` or ``"flag"`` fully revoked provisions. ``consultations``:
    ``"drop"`` (reported) or ``"keep"`` proposals under consultation. ``schema_dir``: folder with
    the official schemas (needed with ``validate=True``; defaults to the plugin's resources).
    ``schema_version``: the schema ``validate=True`` checks records against: None for each
    record's ``schemaVersion`` (or the version its structure shows), ``"3.4"`` or ``"4.0"`` for
    every record (a record declaring another version is then reported). Without validation it
    changes nothing: records of either version are read alike.
    """
    fb = ensure_feedback(feedback)
    if revoked not in ("drop", "flag"):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "revoked must be 'drop' or 'flag', not {value!r}."),
                value=revoked,
            )
        )
    if consultations not in ("drop", "keep"):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "consultations must be 'drop' or 'keep', not {value!r}."
                ),
                value=consultations,
            )
        )
    forced = None
    if schema_version is not None:
        forced = _version_key(schema_version)
        if forced is None:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "schema version {version!r} is not supported; use 3.4 or 4.0, or none "
                        "to read each record as it declares.",
                    ),
                    version=schema_version,
                )
            )
    validators = _Validators(schema_dir) if validate else None
    inputs = _normalise_inputs(paths)
    reader = _Reader(
        revoked=revoked, consultations=consultations, validators=validators, forced_version=forced
    )
    for n, (label, item, is_path) in enumerate(inputs):
        fb.check_canceled()
        doc = _load_json_file(item) if is_path else item
        records = _find_records(doc, label, reader.problems)
        for base, record in records:
            fb.check_canceled()
            reader.read_record(record, base, label)
        fb.set_progress(90.0 * (n + 1) / max(len(inputs), 1))
    places = reader.build(target_crs)
    fb.set_progress(100.0)
    _report(fb, reader.problems, len(places), reader.records_read)
    return DtroResult(places=places, problems=reader.problems, records_read=reader.records_read)


# --------------------------------------------------------------------------------------------
# Inputs


def _normalise_inputs(paths) -> list:
    """List of (label, path-or-object, is_path)."""
    if isinstance(paths, (str, os.PathLike)):
        return [(str(paths), Path(paths), True)]
    if isinstance(paths, dict):
        return [("<object 1>", paths, False)]
    if isinstance(paths, Iterable):
        items = list(paths)
        out = []
        objects = 0
        for item in items:
            if isinstance(item, (str, os.PathLike)):
                out.append((str(item), Path(item), True))
            elif isinstance(item, (dict, list)):
                objects += 1
                out.append((f"<object {objects}>", item, False))
            else:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "D-TRO input must be a file path or parsed JSON, not {type}.",
                        ),
                        type=type(item).__name__,
                    )
                )
        return out
    raise ParameterError(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "D-TRO input must be a file path or parsed JSON, not {type}."
            ),
            type=type(paths),
        )
    )


def _load_json_file(path: Path):
    """Parse a JSON file; malformed JSON raises SourceFormatError with line and column."""
    raw = read_file_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "not UTF-8 text (byte {byte}); D-TRO files are UTF-8 JSON."
                ),
                byte=exc.start,
            ),
            str(path),
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "malformed JSON: {error}. Fix the file or download it again."
                ),
                error=exc.msg,
            ),
            str(path),
            Message(
                QT_TRANSLATE_NOOP("Messages", "line {line}, column {column}"),
                line=exc.lineno,
                column=exc.colno,
            ),
        ) from exc


def _is_record(obj) -> bool:
    data = obj.get("data")
    return isinstance(data, dict) and ("source" in data or "consultation" in data)


def _find_records(doc, label: str, problems: list) -> list:
    """Records in a document: a record, a list of records, or an API page; others reported."""
    found: list = []
    unrecognised: list = []

    def visit(obj, path: str) -> None:
        if isinstance(obj, dict):
            if _is_record(obj):
                found.append((path, obj))
                return
            if "source" in obj or "consultation" in obj:
                found.append((path, {"data": obj, "_bare": True}))
                return
            for key in PAGE_RESULT_KEYS:
                if isinstance(obj.get(key), list):
                    for i, item in enumerate(obj[key]):
                        visit(item, f"{path}.{key}[{i}]")
                    return
            if "_links" in obj or ("troName" in obj and "data" not in obj):
                msg = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "search or event result without the D-TRO record itself; "
                        "download the record (GET /dtros/{id}) and read that.",
                    )
                )
            else:
                msg = Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "not a D-TRO record (expected {schemaVersion, data: "
                        "{source|consultation}}); not imported.",
                    )
                )
            unrecognised.append(path)
            problems.append((label, path, msg))
        elif isinstance(obj, list):
            for i, item in enumerate(obj):
                visit(item, f"{path}[{i}]")
        else:
            unrecognised.append(path)
            problems.append(
                (
                    label,
                    path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "not a D-TRO record but a JSON {type}; not imported."
                        ),
                        type=type(obj).__name__,
                    ),
                )
            )

    visit(doc, "$")
    if not found and unrecognised:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no D-TRO record found: expected a record {schemaVersion, data: {source}}, "
                    "a list of records or a D-TRO API page {results: [...]}.",
                )
            ),
            label,
            unrecognised[0],
        )
    return found


# --------------------------------------------------------------------------------------------
# Validation


def _default_schema_dirs() -> list:
    here = Path(__file__).resolve()
    return [
        here.parents[2] / "resources" / "schemas" / "dtro",  # repository layout
        here.parents[1] / "resources" / "schemas" / "dtro",  # installed plugin layout
    ]


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_RE = re.compile(r"^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$", re.IGNORECASE)
_DATETIME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](.+)$", re.IGNORECASE)


def _check_date(value) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE_RE.match(value):
        return False
    _dt.date.fromisoformat(value)  # raises ValueError on 2024-02-30
    return True


def _check_time(value) -> bool:
    if not isinstance(value, str):
        return True
    m = _TIME_RE.match(value)
    if not m:
        return False
    h, mi, s = (int(m.group(i)) for i in (1, 2, 3))
    return h <= 23 and mi <= 59 and s <= 60


def _check_datetime(value) -> bool:
    if not isinstance(value, str):
        return True
    m = _DATETIME_RE.match(value)
    return bool(m) and _check_date(m.group(1)) and _check_time(m.group(2))


def _check_email(value) -> bool:
    return not isinstance(value, str) or bool(re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value))


def _check_uri(value) -> bool:
    if not isinstance(value, str):
        return True
    parsed = urlparse(value)
    return bool(parsed.scheme) and bool(parsed.netloc or parsed.path)


class _Validators:
    """jsonschema validators per schema version, built on first use."""

    def __init__(self, schema_dir) -> None:
        if schema_dir is None:
            candidates = [d for d in _default_schema_dirs() if d.is_dir()]
            if not candidates:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "D-TRO validation needs the official schemas; none found in the "
                            "plugin's resources/schemas/dtro. Give the folder holding "
                            "D-TRO-v3.4.1-schema.json and D-TRO-v4.0.0-schema.json.",
                        )
                    )
                )
            schema_dir = candidates[0]
        self.schema_dir = Path(schema_dir)
        self._cache: dict = {}

    def get(self, version_key: str):
        if version_key in self._cache:
            return self._cache[version_key]
        import jsonschema  # only needed when validating

        path = self.schema_dir / SCHEMA_VERSION_FILES[version_key]
        if not path.is_file():
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "D-TRO schema file not found: {path}. Validation of schema version "
                        "{version}.x needs it; give the folder of the official schemas.",
                    ),
                    path=path,
                    version=version_key,
                )
            )
        schema = _load_json_file(path)
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        checker = jsonschema.FormatChecker(formats=())
        checker.checks("date", raises=ValueError)(_check_date)
        checker.checks("time", raises=ValueError)(_check_time)
        checker.checks("date-time", raises=ValueError)(_check_datetime)
        checker.checks("email")(_check_email)
        checker.checks("uri")(_check_uri)
        validator = cls(schema, format_checker=checker)
        self._cache[version_key] = validator
        return validator


def _short(text: str, limit: int = 240) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _violation_message(error) -> str:
    if error.validator in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "schema violation: matches none of the allowed forms ({validator}); "
                "closest: {detail}",
            ),
            validator=error.validator,
            detail=_short(best.message, 160),
        )
    return Message(
        QT_TRANSLATE_NOOP("Messages", "schema violation: {detail}"), detail=_short(error.message)
    )


def _path_key(path) -> tuple:
    return tuple((0, x, "") if isinstance(x, int) else (1, 0, str(x)) for x in path)


def _essential_errors(errors: list) -> list:
    """Errors sorted by path, without oneOf/anyOf failures explained by a deeper error.

    A ``oneOf`` fails whenever the branch that should match has an error of its own (the root
    ``oneOf`` of source/consultation fails for any error inside ``source``); reporting the
    deeper error is enough, and scoping by it keeps the valid provisions.
    """
    paths = [tuple(e.absolute_path) for e in errors]
    keep = []
    for k, error in enumerate(errors):
        p = paths[k]
        if error.validator in ("oneOf", "anyOf") and any(
            len(q) > len(p) and q[: len(p)] == p for j, q in enumerate(paths) if j != k
        ):
            continue
        keep.append(error)
    return sorted(keep, key=lambda e: _path_key(e.absolute_path))


def _violation_scope(abs_path: list):
    """('record',) / ('source', i) / ('provision', i, j) for an error path inside ``data``."""
    if abs_path[:1] == ["source"]:
        src, rest = 0, abs_path[1:]
    elif len(abs_path) >= 3 and abs_path[:2] == ["consultation", "source"]:
        if not isinstance(abs_path[2], int):
            return ("record",)
        src, rest = abs_path[2], abs_path[3:]
    else:
        return ("record",)
    if len(rest) >= 2 and rest[0] == "provision" and isinstance(rest[1], int):
        return ("provision", src, rest[1])
    return ("source", src)


# --------------------------------------------------------------------------------------------
# Reading records


def _version_key(version) -> str | None:
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str):
        return None
    parts = version.strip().lstrip("vV").split(".")
    key = ".".join(parts[:2])
    return key if key in SCHEMA_VERSION_FILES else None


def _infer_version_key(data: dict) -> str:
    sources = []
    if isinstance(data.get("source"), dict):
        sources = [data["source"]]
    elif isinstance(data.get("consultation"), dict):
        sources = [s for s in data["consultation"].get("source") or [] if isinstance(s, dict)]
    for src in sources:
        for prov in src.get("provision") or []:
            if isinstance(prov, dict) and "regulation" in prov:
                return "3.4" if isinstance(prov["regulation"], list) else "4.0"
    return "4.0"


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _collect_usrns(obj, out: list) -> None:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key == "usrn" and isinstance(value, (int, str)) and not isinstance(value, bool):
                text = str(value)
                if text not in out:
                    out.append(text)
            else:
                _collect_usrns(value, out)
    elif isinstance(obj, list):
        for item in obj:
            _collect_usrns(item, out)


class _Reader:
    def __init__(self, *, revoked: str, consultations: str, validators, forced_version=None):
        self.forced_version = forced_version
        self.revoked = revoked
        self.consultations = consultations
        self.validators = validators
        self.problems: list = []
        self.records_read = 0
        self.rows: list = []
        self.wkts: list = []
        self.srids: list = []
        self.families: list = []
        self.where: list = []  # (label, json path) of each row's geometry

    def problem(self, label: str, path: str, message: str) -> None:
        self.problems.append((label, path, message))

    def _schema_key(self, record: dict, version, base: str, label: str) -> str:
        """The schema version a record is validated against, with a note where it matters.

        Both versions are read alike (the reader handles either shape), so the version only
        picks the schema for validation: a forced version (FORMAT) overrides the declared one
        and is noted only when validating a record that declares another version.
        """
        data = record["data"]
        declared = _version_key(version)
        forced = self.forced_version
        if declared is not None:
            if forced is not None and forced != declared and self.validators is not None:
                self.problem(
                    label,
                    f"{base}.schemaVersion",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "schema version {version!r} in the record; validated against the "
                            "{forced}.x schema as asked (FORMAT).",
                        ),
                        version=version,
                        forced=forced,
                    ),
                )
            return forced or declared
        if version is not None:  # a version this reader does not know: whatever FORMAT says
            key = forced or _infer_version_key(data)
            self.problem(
                label,
                f"{base}.schemaVersion",
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "schema version {version!r} is not supported (3.4.x, 4.0.x); read as "
                        "{inferred}.x on a best-effort basis, check the result.",
                    ),
                    version=version,
                    inferred=key,
                ),
            )
            return key
        if forced is not None:  # no version in the record: FORMAT's, as asked
            return forced
        key = _infer_version_key(data)
        self.problem(
            label,
            base,
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "no schemaVersion; read as {version}.x (inferred from the structure).",
                ),
                version=key,
            ),
        )
        return key

    # -- record ---------------------------------------------------------------------------
    def read_record(self, record: dict, base: str, label: str) -> None:
        data = record["data"]
        data_path = base if record.get("_bare") else f"{base}.data"
        version = None if record.get("_bare") else record.get("schemaVersion")
        key = self._schema_key(record, version, base, label)
        skip_sources: set = set()
        skip_provisions: set = set()
        if self.validators is not None:
            errors = _essential_errors(list(self.validators.get(key).iter_errors(data)))
            record_invalid = False
            for error in errors:
                json_path = data_path + error.json_path[1:]
                self.problem(label, json_path, _violation_message(error))
                scope = _violation_scope(list(error.absolute_path))
                if scope[0] == "record":
                    record_invalid = True
                elif scope[0] == "source":
                    skip_sources.add(scope[1])
                else:
                    skip_provisions.add(scope[1:])
            if record_invalid:
                self.problem(
                    label,
                    base,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "record skipped: it does not conform to the D-TRO schema."
                        )
                    ),
                )
                return
        self.records_read += 1
        if isinstance(data.get("source"), dict):
            sources = [(data["source"], f"{data_path}.source", False)]
        elif isinstance(data.get("consultation"), dict):
            cons = data["consultation"]
            sources = [
                (src, f"{data_path}.consultation.source[{i}]", True)
                for i, src in enumerate(_as_list(cons.get("source")))
            ]
            if not sources:
                self.problem(
                    label,
                    f"{data_path}.consultation",
                    Message(QT_TRANSLATE_NOOP("Messages", "consultation without source.")),
                )
        else:
            self.problem(
                label,
                data_path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "neither a source nor a consultation; not imported."
                    )
                ),
            )
            return
        for index, (src, src_path, is_consultation) in enumerate(sources):
            if index in skip_sources:
                self.problem(
                    label,
                    src_path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "order skipped: it does not conform to the D-TRO schema."
                        )
                    ),
                )
                continue
            if not isinstance(src, dict):
                self.problem(
                    label,
                    src_path,
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "source is not an object; not imported.")
                    ),
                )
                continue
            if is_consultation and self.consultations == "drop":
                n_places = sum(
                    len(_as_list(p.get("regulatedPlace")))
                    for p in _as_list(src.get("provision"))
                    if isinstance(p, dict)
                )
                self.problem(
                    label,
                    src_path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "proposal under consultation, not an order in force: {count} "
                            "regulated place(s) not imported (use consultations='keep' to "
                            "import them).",
                        ),
                        count=n_places,
                    ),
                )
                continue
            skip = {p for (s, p) in skip_provisions if s == index}
            self.read_source(src, src_path, label, is_consultation, skip)

    # -- order ----------------------------------------------------------------------------
    def read_source(self, src, path, label, is_consultation, skip_provisions) -> None:
        provisions = src.get("provision")
        if not isinstance(provisions, list) or not provisions:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "order without a provision list; nothing imported."
                    )
                ),
            )
            return
        common = {
            "tro_ref": _text(src.get("reference")),
            "made_date": _text(src.get("madeDate")),
            "src_force": _text(src.get("comingIntoForceDate")),
            "src_action": src.get("actionType"),
            "consultation": is_consultation,
        }
        for i, prov in enumerate(provisions):
            ppath = f"{path}.provision[{i}]"
            if i in skip_provisions:
                self.problem(
                    label,
                    ppath,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "provision skipped: it does not conform to the D-TRO schema.",
                        )
                    ),
                )
                continue
            if not isinstance(prov, dict):
                self.problem(
                    label,
                    ppath,
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "provision is not an object; not imported.")
                    ),
                )
                continue
            self.read_provision(prov, ppath, label, common)

    # -- provision ------------------------------------------------------------------------
    def read_provision(self, prov: dict, path: str, label: str, common: dict) -> None:
        action = prov.get("actionType") or common["src_action"]
        is_revoked = action in REVOKED_ACTION_TYPES or common["src_action"] in (
            REVOKED_ACTION_TYPES
        )
        places = prov.get("regulatedPlace")
        if not isinstance(places, list) or not places:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "provision without regulatedPlace; nothing imported."
                    )
                ),
            )
            return
        if "regulation" not in prov:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "provision without regulation: its {count} place(s) not imported.",
                    ),
                    count=len(places),
                ),
            )
            return
        if is_revoked and self.revoked == "drop":
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "provision revoked ({action}): {count} regulated place(s) dropped "
                        "(revoked='drop').",
                    ),
                    action=action,
                    count=len(places),
                ),
            )
            return
        if action in PARTIAL_REVOKE_ACTION_TYPES:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "provision partially revoked (partialRevoke): imported as given, check "
                        "in the order which part remains in force.",
                    )
                ),
            )
        regs = prov["regulation"]
        reg_items = [(regs, f"{path}.regulation")] if isinstance(regs, dict) else []
        if isinstance(regs, list):
            reg_items = [(r, f"{path}.regulation[{k}]") for k, r in enumerate(regs)]
        if not reg_items:
            self.problem(
                label,
                f"{path}.regulation",
                Message(QT_TRANSLATE_NOOP("Messages", "regulation not understood; not imported.")),
            )
            return
        action_text = _text(action)
        if common["consultation"] and action_text is not None:
            action_text = f"consultation:{action_text}"
        prov_desc = _text(prov.get("provisionDescription"))
        for reg, rpath in reg_items:
            info = self.read_regulation(reg, rpath, label)
            if info is None:
                continue
            for q, place in enumerate(places):
                qpath = f"{path}.regulatedPlace[{q}]"
                if not isinstance(place, dict):
                    self.problem(
                        label,
                        qpath,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages", "regulated place is not an object; not imported."
                            )
                        ),
                    )
                    continue
                desc_parts = [prov_desc, _text(place.get("description"))]
                description = " | ".join(d for d in desc_parts if d) or None
                if place.get("type") == "diversionRoute" and description:
                    description = f"[diversion route] {description}"
                for geo_key, ewkt, lateral, usrn in self.place_geometries(place, qpath, label):
                    self.rows.append(
                        {
                            "tro_ref": common["tro_ref"],
                            "provision_ref": _text(prov.get("reference")),
                            "regulation_type": info["regulation_type"],
                            "kerbside_category": info["kerbside_category"],
                            "description": description,
                            "lateral_position": lateral,
                            "usrn": usrn,
                            "time_validity": info["time_validity"],
                            "time_validity_json": info["time_validity_json"],
                            "conditions": info["conditions"],
                            "action_type": action_text,
                            "made_date": common["made_date"],
                            "in_force_date": _text(prov.get("comingIntoForceDate"))
                            or common["src_force"],
                            "revoked": bool(is_revoked),
                            "source_file": label,
                        }
                    )
                    srid, wkt = _split_ewkt(ewkt)
                    if srid is None:
                        self.problem(
                            label,
                            f"{qpath}.{geo_key}",
                            Message(
                                QT_TRANSLATE_NOOP(
                                    "Messages",
                                    "geometry without SRID prefix; assumed EPSG:{srid}.",
                                ),
                                srid=DTRO_DEFAULT_SRID,
                            ),
                        )
                        srid = DTRO_DEFAULT_SRID
                    self.wkts.append(wkt)
                    self.srids.append(srid)
                    self.families.append(_GEOMETRY_KEY_FAMILY[geo_key])
                    self.where.append((label, f"{qpath}.{geo_key}"))

    def place_geometries(self, place: dict, path: str, label: str) -> list:
        keys = [k for k in GEOMETRY_KEYS if k in place]
        if not keys:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "regulated place without geometry (pointGeometry, linearGeometry, "
                        "directedLinear or polygon); not imported.",
                    )
                ),
            )
            return []
        if len(keys) > 1:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "regulated place with {count} geometries; one feature each."
                    ),
                    count=len(keys),
                ),
            )
        out = []
        for key in keys:
            geo = place[key]
            string_key = GEOMETRY_KEYS[key]
            ewkt = geo.get(string_key) if isinstance(geo, dict) else None
            if not isinstance(ewkt, str) or not ewkt.strip():
                self.problem(
                    label,
                    f"{path}.{key}",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "no '{string_key}' geometry string in {key}; not imported."
                        ),
                        string_key=string_key,
                        key=key,
                    ),
                )
                continue
            usrns: list = []
            _collect_usrns(
                {k: v for k, v in geo.items() if k != string_key},
                usrns,
            )
            lateral = _text(geo.get("lateralPosition")) if key == "linearGeometry" else None
            out.append((key, ewkt, lateral, ", ".join(usrns) or None))
        return out

    # -- regulation -----------------------------------------------------------------------
    def read_regulation(self, reg, path: str, label: str) -> dict | None:
        if not isinstance(reg, dict):
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP("Messages", "regulation is not an object; not imported.")
                ),
            )
            return None
        extras: list = []
        reg_type = None
        if isinstance(reg.get("generalRegulation"), dict):
            reg_type = _text(reg["generalRegulation"].get("regulationType"))
        elif isinstance(reg.get("offListRegulation"), dict):
            reg_type = "offListRegulation"
            off = reg["offListRegulation"]
            name = off.get("regulationShortName") or off.get("regulationFullText")
            extras.append(f"off-list regulation: {_short(name, 120)}" if name else "off-list")
        elif isinstance(reg.get("speedLimitValueBased"), dict):
            reg_type = "speedLimitValueBased"
            sl = reg["speedLimitValueBased"]
            detail = ", ".join(_words(v) for v in (sl.get("type"), sl.get("nature")) if v)
            extras.append(
                f"speed limit {sl.get('mphValue')} mph" + (f" ({detail})" if detail else "")
            )
        elif isinstance(reg.get("speedLimitProfileBased"), dict):
            reg_type = "speedLimitProfileBased"
            extras.append(_words(reg["speedLimitProfileBased"].get("type") or "speed limit"))
        if reg_type is None:
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "regulation type not understood (no generalRegulation, "
                        "offListRegulation, speedLimitValueBased or speedLimitProfileBased); "
                        "kerbside_category 'other'.",
                    )
                ),
            )
            category = "other"
        else:
            category = KERBSIDE_CATEGORY_BY_REGULATION_TYPE.get(reg_type)
            if category is None:
                self.problem(
                    label,
                    path,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "regulation type {type!r} is not known to this reader; "
                            "kerbside_category 'other'.",
                        ),
                        type=reg_type,
                    ),
                )
                category = "other"
        walker = _ConditionWalker(self, label)
        parts = []
        for key in ("condition", "conditions", "conditionSet"):
            if key in reg:
                text = walker.render(reg[key], f"{path}.{key}", depth=0, negated=False)
                if text:
                    parts.append(text)
        for tp in _as_list(reg.get("temporaryProvision")):
            ref = (tp.get("temporaryOverriddenProvision") or {}).get("reference")
            if ref:
                extras.append(f"temporarily overrides provision {ref}")
        if reg.get("isDynamic") is True:
            extras.append("dynamic regulation")
        known = {
            "condition",
            "conditions",
            "conditionSet",
            "generalRegulation",
            "offListRegulation",
            "speedLimitValueBased",
            "speedLimitProfileBased",
            "temporaryProvision",
            "isDynamic",
            "timeZone",
        }
        for key in reg:
            if key not in known:
                self.problem(
                    label,
                    f"{path}.{key}",
                    Message(
                        QT_TRANSLATE_NOOP("Messages", "regulation part {key!r} not understood."),
                        key=key,
                    ),
                )
        if category in _EV_REFINABLE and walker.ev_charging:
            category = "ev_charging"
        elif category == "parking" and walker.disabled:
            category = "disabled"
        elif category == "parking" and walker.permit:
            category = "permit"
        tvs = [tv for tv, _neg in walker.time_validities]
        summaries = []
        for tv, neg in walker.time_validities:
            text = summarise_time_validity(tv) if isinstance(tv, dict) else None
            if text:
                summaries.append(f"not {text}" if neg else text)
        conditions = "; ".join(extras + parts) or None
        return {
            "regulation_type": reg_type,
            "kerbside_category": category,
            "time_validity": "; ".join(summaries) or None,
            "time_validity_json": json.dumps(tvs, ensure_ascii=False) if tvs else None,
            "conditions": conditions,
        }

    # -- output ---------------------------------------------------------------------------
    def build(self, target_crs) -> gpd.GeoDataFrame:
        if not self.rows:
            empty = pd.DataFrame({name: pd.Series(dtype=object) for name in DTRO_FIELDS})
            empty["revoked"] = empty["revoked"].astype(bool)
            return gpd.GeoDataFrame(empty, geometry=gpd.GeoSeries([], crs=target_crs))
        geoms = shapely.from_wkt(np.asarray(self.wkts, dtype=object), on_invalid="ignore")
        keep = np.ones(len(geoms), dtype=bool)
        type_ids = shapely.get_type_id(geoms)
        for i in np.flatnonzero(shapely.is_missing(geoms)):
            keep[i] = False
            label, path = self.where[i]
            self.problem(
                label,
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "geometry not understood: {geometry}; not imported."
                    ),
                    geometry=_short(self.wkts[i], 80),
                ),
            )
        family_of = {0: "point", 4: "point", 1: "line", 5: "line", 3: "polygon", 6: "polygon"}
        present = ~shapely.is_missing(geoms)
        empty = present & shapely.is_empty(geoms)
        for i in np.flatnonzero(empty):
            keep[i] = False
            self.problem(
                *self.where[i],
                Message(QT_TRANSLATE_NOOP("Messages", "empty geometry; not imported.")),
            )
        for i in np.flatnonzero(present & ~empty):
            family = family_of.get(int(type_ids[i]))
            if family is None:
                keep[i] = False
                self.problem(
                    *self.where[i],
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "geometry type {type} not supported; not imported."
                        ),
                        type=geoms[i].geom_type,
                    ),
                )
            elif family != self.families[i]:
                self.problem(
                    *self.where[i],
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{found} geometry where a {expected} was expected; imported as is.",
                        ),
                        found=family,
                        expected=self.families[i],
                    ),
                )
        ok = keep.copy()
        valid = np.ones(len(geoms), dtype=bool)
        valid[ok] = shapely.is_valid(geoms[ok])
        for i in np.flatnonzero(ok & ~valid):
            reason = shapely.is_valid_reason(geoms[i])
            self.problem(
                *self.where[i],
                Message(
                    QT_TRANSLATE_NOOP("Messages", "invalid geometry ({reason}); imported as is."),
                    reason=reason,
                ),
            )
        degenerate = np.zeros(len(geoms), dtype=bool)
        lines = ok & np.isin(type_ids, (1, 5))
        polys = ok & np.isin(type_ids, (3, 6))
        degenerate[lines] = shapely.length(geoms[lines]) == 0
        degenerate[polys] = shapely.area(geoms[polys]) == 0
        for i in np.flatnonzero(degenerate):
            self.problem(
                *self.where[i],
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "zero-length or zero-area geometry; imported as is, check it."
                    )
                ),
            )
        srids = np.asarray(self.srids)
        out = np.empty(len(geoms), dtype=object)
        for srid in np.unique(srids[keep]):
            mask = keep & (srids == srid)
            try:
                series = gpd.GeoSeries(geoms[mask], crs=f"EPSG:{int(srid)}").to_crs(target_crs)
            except Exception as exc:  # pyproj CRSError or transformation failure
                for i in np.flatnonzero(mask):
                    self.problem(
                        *self.where[i],
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "cannot transform from EPSG:{srid} ({error}); not imported.",
                            ),
                            srid=int(srid),
                            error=_short(exc, 80),
                        ),
                    )
                keep &= ~mask
                continue
            out[np.flatnonzero(mask)] = series.values
        frame = pd.DataFrame([r for r, k in zip(self.rows, keep) if k], columns=list(DTRO_FIELDS))
        frame["revoked"] = frame["revoked"].astype(bool)
        return gpd.GeoDataFrame(
            frame, geometry=gpd.GeoSeries(list(out[keep]), crs=target_crs), crs=target_crs
        )


def _split_ewkt(text: str):
    m = _EWKT_RE.match(text)
    if m:
        return int(m.group(1)), m.group(2)
    return None, text.strip()


def _text(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _words(camel) -> str:
    """``anyVehicle`` -> ``any vehicle``."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(camel))
    return text.lower()


def _num(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --------------------------------------------------------------------------------------------
# Conditions


class _ConditionWalker:
    """Renders a D-TRO condition tree (3.4.x lists or 4.0.x objects) as readable text."""

    LEAF_KEYS = (
        "vehicleCharacteristics",
        "permitCondition",
        "occupantCondition",
        "driverCondition",
        "accessCondition",
        "roadCondition",
        "nonVehicularRoadUserCondition",
        "otherCondition",
        "rateTable",
    )

    def __init__(self, reader: _Reader, label: str) -> None:
        self.reader = reader
        self.label = label
        self.time_validities: list = []  # (timeValidity, negated)
        self.ev_charging = False
        self.disabled = False
        self.permit = False

    def problem(self, path: str, message: str) -> None:
        self.reader.problem(self.label, path, message)

    def render(self, node, path: str, depth: int, negated: bool) -> str | None:
        if isinstance(node, list):
            texts = [
                self.render(item, f"{path}[{i}]", depth, negated) for i, item in enumerate(node)
            ]
            return _join([t for t in texts if t], "and", depth)
        if not isinstance(node, dict):
            self.problem(
                path,
                Message(QT_TRANSLATE_NOOP("Messages", "condition is not an object; ignored.")),
            )
            return None
        negate = node.get("negate") is True
        neg = negated != negate
        texts = []
        for key, value in node.items():
            kpath = f"{path}.{key}"
            if key in ("negate", "operator"):
                continue
            if key in ("conditions", "conditionSet", "condition"):
                # list items are operands of this node's operator (3.4.x and 4.0.x alike)
                items = (
                    [(item, f"{kpath}[{i}]") for i, item in enumerate(value)]
                    if isinstance(value, list)
                    else [(value, kpath)]
                )
                texts.extend(t for t in (self.render(v, p, depth + 1, neg) for v, p in items) if t)
                continue
            if key == "timeValidity":
                self.time_validities.append((value, neg))
                text = None
            elif key in self.LEAF_KEYS:
                text = getattr(self, f"_{key}")(value, kpath, neg)
            else:
                self.problem(
                    kpath,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "condition part {key!r} not understood; ignored."
                        ),
                        key=key,
                    ),
                )
                text = None
            if text:
                texts.append(text)
        op = node.get("operator") if isinstance(node.get("operator"), str) else "and"
        text = _join(texts, op, depth)
        if text and negate:
            text = f"NOT {text}" if len(texts) == 1 else f"NOT ({text})"
        return text

    # -- leaves --------------------------------------------------------------------------
    def _vehicleCharacteristics(self, vc, path, neg) -> str | None:
        if not isinstance(vc, dict):
            return None
        parts = []
        for key, value in vc.items():
            if key.endswith("Extension"):
                continue
            if key == "vehicleType":
                ext = (vc.get("vehicleTypeExtension") or {}).get("value")
                parts.append(f"type {_words(value)}" + (f" ({ext})" if ext else ""))
            elif key == "vehicleUsage":
                ext = (vc.get("vehicleUsageTypeExtension") or {}).get("value")
                parts.append(f"usage {_words(value)}" + (f" ({ext})" if ext else ""))
            elif key == "fuelType":
                fuels = [str(f) for f in _as_list(value)]
                ext = (vc.get("fuelTypeExtension") or {}).get("value")
                parts.append("fuel " + ", ".join(_words(f) for f in fuels))
                if ext:
                    parts[-1] += f" ({ext})"
                if not neg and _EV_FUEL_TYPES.intersection(fuels):
                    self.ev_charging = True
            elif key == "loadType":
                ext = (vc.get("payloadTypeExtension") or {}).get("value")
                parts.append(f"load {_words(value)}" + (f" ({ext})" if ext else ""))
            elif key == "vehicleEquipment":
                parts.append(f"equipment {_words(value)}")
            elif key == "yearOfFirstRegistration":
                parts.append(f"first registered {value}")
            elif key == "maximumHeightCharacteristic":
                parts.append(f"height {_num((value or {}).get('vehicleHeight'))} m")
            elif key == "maximumWidthCharacteristic":
                parts.append(f"width {_num((value or {}).get('vehicleWidth'))} m")
            elif key == "maximumLengthCharacteristic":
                parts.append(f"length {_num((value or {}).get('vehicleLength'))} m")
            elif key == "maximumGrossWeightCharacteristic":
                value = value or {}
                kind = value.get("typeOfWeight")
                parts.append(
                    f"gross weight {_num(value.get('grossVehicleWeight'))} t"
                    + (f" ({_words(kind)})" if kind else "")
                )
            elif key == "heaviestAxleWeightCharacteristic":
                parts.append(f"axle weight {_num((value or {}).get('heaviestAxleWeight'))} t")
            elif key == "numberOfAxlesCharacteristic":
                for ax in _as_list(value):
                    op = _words(ax.get("comparisonOperator", ""))
                    parts.append(f"axles {op} {ax.get('numberOfAxles')}")
            elif key == "emissions":
                parts.append(self._emissions(value))
            elif key == "electricChargingCharacteristic":
                value = value or {}
                bits = []
                for flag, words in (
                    ("charging", "charging"),
                    ("vehicleConnectedToCharger", "connected to a charger"),
                ):
                    if flag in value:
                        bits.append(words if value[flag] else f"not {words}")
                        if value[flag] and not neg:
                            self.ev_charging = True
                parts.append("EV " + " and ".join(bits))
            else:
                self.problem(
                    f"{path}.{key}",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "vehicle characteristic {key!r} not understood."
                        ),
                        key=key,
                    ),
                )
        return ("vehicle " + ", ".join(p for p in parts if p)) if parts else None

    @staticmethod
    def _emissions(em) -> str:
        em = em or {}
        bits = []
        if em.get("emissionClassificationEuro"):
            bits.append(_words(em["emissionClassificationEuro"]))
        bits.extend(str(x) for x in _as_list(em.get("emissionClassificationOther")))
        for vr in _as_list(em.get("valueRange")):
            bounds = " and ".join(
                f"{_words(b.get('comparisonOperator', ''))} {_num(b.get('value'))}"
                for b in _as_list(vr.get("valueRangeBoundary"))
            )
            bits.append(f"{_words(vr.get('class', ''))} {bounds} {vr.get('unit', '')}".strip())
        return "emissions " + ", ".join(bits)

    def _permitCondition(self, pc, path, neg) -> str:
        pc = pc or {}
        if not neg:
            self.permit = True
        detail = [
            str(x)
            for x in (
                pc.get("schemeIdentifier"),
                pc.get("permitIdentifier"),
                (pc.get("authority") or {}).get("name"),
                (pc.get("permitTypeExtension") or {}).get("value"),
            )
            if x
        ]
        text = f"permit {_words(pc.get('type', ''))}".strip()
        return text + (f" ({', '.join(detail)})" if detail else "")

    def _occupantCondition(self, oc, path, neg) -> str | None:
        oc = oc or {}
        bits = []
        if "disabledWithPermit" in oc:
            bits.append("disabled badge holder" if oc["disabledWithPermit"] else "not disabled")
            if oc["disabledWithPermit"] and not neg:
                self.disabled = True
        for n in _as_list(oc.get("numberOfOccupants")):
            bits.append(f"occupants {_words(n.get('operator', ''))} {n.get('value')}")
        return ", ".join(bits) or None

    def _driverCondition(self, dc, path, neg) -> str:
        kind = (dc or {}).get("driverCharacteristics", "")
        if kind == "disabledWithPermit" and not neg:
            self.disabled = True
        return f"driver {_words(kind)}"

    def _accessCondition(self, ac, path, neg) -> str:
        ac = ac or {}
        kinds = [_words(k) for k in _as_list(ac.get("accessConditionType"))]
        other = ac.get("otherAccessRestriction")
        return "access " + ", ".join(kinds + ([str(other)] if other else []))

    def _roadCondition(self, rc, path, neg) -> str:
        return f"road type {_words((rc or {}).get('roadType', ''))}"

    def _nonVehicularRoadUserCondition(self, nv, path, neg) -> str:
        return f"road user {_words((nv or {}).get('nonVehicularRoadUser', ''))}"

    def _otherCondition(self, oc, path, neg) -> str | None:
        return _text((oc or {}).get("otherConditionDescription"))

    def _rateTable(self, rt, path, neg) -> str:
        rt = rt or {}
        currencies = sorted(
            {
                str(c.get("applicableCurrency"))
                for c in _as_list(rt.get("rateLineCollection"))
                if isinstance(c, dict) and c.get("applicableCurrency")
            }
        )
        detail = [x for x in [rt.get("type")] + currencies if x]
        return "charges apply" + (f" ({', '.join(detail)})" if detail else "")


def _join(texts: list, op: str, depth: int) -> str | None:
    if not texts:
        return None
    if len(texts) == 1:
        return texts[0]
    sep = {"and": " AND ", "or": " OR ", "xOr": " XOR "}.get(op, f" {op.upper()} ")
    joined = sep.join(texts)
    return f"({joined})" if depth > 0 else joined


# --------------------------------------------------------------------------------------------
# Time validity


def summarise_time_validity(tv: dict) -> str:
    """Readable summary of a D-TRO ``timeValidity``: ``Mon-Sat 08:00-18:00 (from 2024-08-01)``."""
    periods = [_period_text(p) for p in _as_list(tv.get("validPeriod")) if isinstance(p, dict)]
    periods = [p for p in periods if p]
    text = "; ".join(periods) if periods else "At any time"
    if isinstance(tv.get("maxStayNoReturn"), dict):  # 3.4.x keeps it on the timeValidity
        text += ", " + _max_stay_text(tv["maxStayNoReturn"])
    exceptions = [
        _period_text(p) for p in _as_list(tv.get("exceptionPeriod")) if isinstance(p, dict)
    ]
    exceptions = [e for e in exceptions if e]
    if exceptions:
        text += " except " + ", ".join(exceptions)
    if tv.get("isPlaceholderTro") is True:
        text += " (placeholder dates)"
    else:
        start, end = _fmt_datetime(tv.get("start")), _fmt_datetime(tv.get("end"))
        if start and end:
            text += f" ({start} to {end})"
        elif start:
            text += f" (from {start})"
        elif end:
            text += f" (until {end})"
    return text


def _period_text(period: dict) -> str:
    segments = []
    day_bits = []
    for rec in _as_list(period.get("recurringDayWeekMonthPeriod")):
        if not isinstance(rec, dict):
            continue
        bits = []
        if rec.get("applicableDay"):
            bits.append(_days_text(rec["applicableDay"]))
        if rec.get("applicableInstanceOfDayWithinMonth"):
            bits.append(f"({_words(rec['applicableInstanceOfDayWithinMonth'])} in month)")
        for key in ("applicableWeek", "weekInMonth"):
            if rec.get(key):
                bits.append(f"({_words(rec[key])})")
        if rec.get("applicableDayWithinMonth"):
            bits.append("days " + _ranges([int(d) for d in rec["applicableDayWithinMonth"]]))
        if rec.get("applicableMonth"):
            bits.append("in " + _months_text(rec["applicableMonth"]))
        if bits:
            day_bits.append(" ".join(bits))
    if day_bits:
        segments.append(", ".join(day_bits))
    times = [
        f"{_fmt_time(t.get('startTimeOfPeriod'))}-{_fmt_time(t.get('endTimeOfPeriod'))}"
        for t in _as_list(period.get("recurringTimePeriodOfDay"))
        if isinstance(t, dict)
    ]
    if times:
        segments.append(", ".join(times))
    text = " ".join(segments)
    extra = []
    start, end = (
        _fmt_datetime(period.get("startOfPeriod")),
        _fmt_datetime(period.get("endOfPeriod")),
    )
    if start or end:
        extra.append(f"{start or '...'} to {end or '...'}")
    specials = [
        _words(s.get("specialDayType", "")) + "s"
        for s in _as_list(period.get("recurringSpecialDay"))
        if isinstance(s, dict)
    ]
    if specials:
        extra.append(", ".join(specials))
    for key, word in (("periodStart", "start"), ("periodEnd", "end")):
        if isinstance(period.get(key), dict):
            ch = period[key]
            kind = ch.get("startType") or ch.get("endType") or ""
            definition = (ch.get("changeableTimePeriodSource") or {}).get("definition")
            extra.append(
                f"{_words(kind)} {word}".strip()
                + (f" ({_short(definition, 80)})" if definition else "")
            )
    if extra:
        text = ", ".join([t for t in [text] if t] + extra)
    if isinstance(period.get("maxStayNoReturn"), dict):
        msnr = _max_stay_text(period["maxStayNoReturn"])
        text = f"{text}, {msnr}" if text else msnr
    if period.get("periodName"):
        text = f"{period['periodName']}: {text}" if text else str(period["periodName"])
    return text


def _max_stay_text(msnr: dict) -> str:
    bits = []
    if msnr.get("maximumOccupancy"):
        bits.append(f"max stay {_duration(msnr['maximumOccupancy'])}")
    if msnr.get("minimumPeriodForReturn"):
        bits.append(f"no return within {_duration(msnr['minimumPeriodForReturn'])}")
    return ", ".join(bits)


def _duration(iso: str) -> str:
    m = _DURATION_RE.match(str(iso))
    if not m:
        return str(iso)
    units = ("y", "mo", "wk", "day", "h", "min", "s")
    bits = [f"{_num(float(v)) if '.' in v else v} {u}" for v, u in zip(m.groups(), units) if v]
    return " ".join(bits) or str(iso)


def _fmt_time(value) -> str:
    text = str(value or "?")
    return text[:-3] if re.match(r"^\d{2}:\d{2}:00$", text) else text


def _fmt_datetime(value) -> str | None:
    if not value:
        return None
    m = _DATETIME_RE.match(str(value))
    if not m:
        return str(value)
    time = m.group(2)
    if re.match(r"^00:00(:00)?(\.0+)?$", time):
        return m.group(1)
    return f"{m.group(1)} {_fmt_time(time)}"


def _days_text(days) -> str:
    idx = sorted({_DAY_ORDER.index(d) for d in days if d in _DAY_ORDER})
    unknown = [str(d) for d in days if d not in _DAY_ORDER]
    runs = _runs(idx)
    parts = [
        _DAY_ABBR[_DAY_ORDER[a]]
        if a == b
        else f"{_DAY_ABBR[_DAY_ORDER[a]]}-{_DAY_ABBR[_DAY_ORDER[b]]}"
        for a, b in runs
    ]
    return ", ".join(parts + unknown)


def _months_text(months) -> str:
    idx = sorted({_MONTH_ORDER.index(m) for m in months if m in _MONTH_ORDER})
    unknown = [str(m) for m in months if m not in _MONTH_ORDER]
    names = [m[:3].title() for m in _MONTH_ORDER]
    parts = [names[a] if a == b else f"{names[a]}-{names[b]}" for a, b in _runs(idx)]
    return ", ".join(parts + unknown)


def _ranges(numbers: list) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in _runs(sorted(set(numbers))))


def _runs(sorted_ints: list) -> list:
    runs: list = []
    for value in sorted_ints:
        if runs and value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    return [tuple(r) for r in runs]


# --------------------------------------------------------------------------------------------
# Feedback


def _report(fb: Feedback, problems: list, n_places: int, n_records: int) -> None:
    fb.info(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages", "D-TRO: {places} regulated place(s) from {records} record(s)."
            ),
            places=n_places,
            records=n_records,
        )
    )
    if not problems:
        return
    for label, path, message in problems[:MAX_PROBLEMS_IN_WARNINGS]:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP("Messages", "D-TRO {file} at {path}: {problem}"),
                file=label,
                path=path,
                problem=message,
            )
        )
    if len(problems) > MAX_PROBLEMS_IN_WARNINGS:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "D-TRO: {count} problems in total; the first {listed} "
                    "are listed above, all are in the problems report.",
                ),
                count=len(problems),
                listed=MAX_PROBLEMS_IN_WARNINGS,
            )
        )
