"""OpenStreetMap kerbside data: kerbs with street-parking and pavement tags, restrictions, points.

Input
-----
The layers GDAL's OSM driver makes of an ``.osm`` or ``.osm.pbf`` file (what QGIS hands over),
as GeoDataFrames already transformed to one projected CRS (EPSG:27700):

- ``lines`` (required): the ``lines`` layer (ways that are not areas). Columns of the default
  ``osmconf.ini``: ``osm_id``, ``name``, ``highway``, ``waterway``, ``aerialway``, ``barrier``,
  ``man_made``, (``railway``), ``z_order``, ``other_tags``.
- ``points`` (optional): the ``points`` layer (tagged nodes): ``osm_id``, ``name``,
  ``barrier``, ``highway``, ``ref``, ``address``, ``is_in``, ``place``, ``man_made``,
  ``other_tags``.
- ``polygons`` (optional): the ``multipolygons`` layer (closed ways and multipolygon relations
  that are areas: ``osm_id`` for relations, ``osm_way_id`` for ways). Bicycle parking, disabled
  bays and charging stations drawn as areas are only found here.

Tags are read from every column that is an OSM key plus ``other_tags`` (and ``all_tags`` when
the driver is configured to write it), in the ``hstore`` form of the driver
(``"k"=>"v","k2"=>"v2"``, see :func:`parse_other_tags`) or the JSON form (``TAGS_FORMAT=json``,
GDAL >= 3.7). A custom ``osmconf.ini`` that moves keys into columns works the same.

Output: :class:`OsmKerbsideResult`
----------------------------------
``kerbs``: a line GeoDataFrame, one row per kerb line (left and right of each carriageway way)
made by :func:`~ev_planner_plugin.core.kerbs.kerbs_from_roads`. Fields (a public contract):

- ``kerb_id``, ``road_id``, ``usrn`` (always null: OSM has no USRNs), ``street``, ``side``,
  ``carriageway_width_m``, ``width_source``: as :func:`kerbs_from_roads` documents, with
  ``road_id`` the way's ``osm_id`` (``<osm_id>#<n>`` when an id repeats) and ``street`` its
  ``name``. ``side`` is ``left``/``right`` of the OSM way's direction, exactly as OSM side
  suffixes are (also on one-way roads, whatever ``oneway=-1`` says).
- ``osm_id``, ``highway``, ``oneway`` (raw tag value).
- ``carriageway_width_provenance``: ``tagged`` (``width:carriageway``, ``width``, ``est_width``
  tag, in that order), ``inferred`` (``lanes`` x lane width), ``default`` (highway class
  default or the global default).
- ``parking_position``: where vehicles park: ``lane``, ``street_side``, ``on_kerb``,
  ``half_on_kerb``, ``shoulder``, ``separate`` (mapped as its own feature), ``yes`` or ``no``
  (the current ``parking:{side}`` scheme vocabulary; deprecated
  ``parking:lane:{side}:<orientation>`` values are translated: ``on_street`` and
  ``painted_area_only`` -> ``lane``, ``lay_by`` -> ``street_side``).
- ``parking_orientation``: ``parallel``, ``diagonal`` or ``perpendicular``.
- ``parking_restriction``: ``no_parking``, ``no_stopping``, ``no_standing``, ``loading_only``,
  ``charging_only``, ``fire_lane``... (``parking:{side}:restriction``; deprecated
  ``parking:lane:{side}`` prohibitions and ``parking:condition:{side}`` = ``no_parking``,
  ``no_stopping``, ``no_standing``, ``loading`` (-> ``loading_only``);
  ``parking:{side}:access=no`` -> ``no_parking``).
- ``parking_condition``: the deprecated ``parking:condition:{side}`` vocabulary: ``free``,
  ``ticket``, ``disc``, ``residents``, ``customers``, ``private``, ``disabled``... Read from
  ``parking:condition:{side}``, or translated from the current scheme:
  ``parking:{side}:disabled=designated`` (with ``access`` no/private/absent) -> ``disabled``,
  ``access=private|customers`` -> ``private``/``customers``, ``access=permit|residents`` ->
  ``residents``, ``fee=yes`` -> ``ticket``, ``maxstay`` or ``authentication:disc=yes`` ->
  ``disc``, ``fee=no`` -> ``free``.
- ``parking_source_key``: the OSM keys the four parking fields were read from, ", "
  separated (null when none).
- ``sidewalk``: ``yes``, ``no``, ``separate`` or ``unknown`` (``sidewalk:{side}``,
  ``sidewalk:both``, ``sidewalk``, then the old UK ``footway=both|left|right|none`` on the
  road).
- ``footway_width_m``: the footway width in metres: the narrower of the width
  (``sidewalk:{side}:width``, ``sidewalk:both:width``, ``sidewalk:width``, or ``est_width``
  variants) and the minimum width (``...:minwidth``, ``...:width:minimum``,
  ``...:minimum_width``) when both are tagged; 0 where there is no sidewalk (the kerbside
  eligibility reads 0 as NO_FOOTWAY); else the narrowest width of separately mapped
  ``footway=sidewalk`` ways running along the kerb (see below); null when unknown.
- ``<field>_provenance`` for ``parking_position``, ``parking_orientation``,
  ``parking_restriction``, ``parking_condition``, ``sidewalk`` and ``footway_width``:
  ``tagged`` (read from a tag on the road for that side), ``inferred`` (derived from other
  tags or from nearby features, rules below) or ``default`` (nothing in OSM: the value is the
  documented default: null for the parking fields and the footway width, ``unknown`` for
  ``sidewalk``). Check ``inferred`` and ``default`` values on site.

Side resolution: for each side, ``parking:{side}:*`` wins over ``parking:both:*``; the
deprecated ``parking:lane:*`` / ``parking:condition:*`` keys are read only for a side that has
no current-scheme key at all (a half-migrated way never mixes the two schemes).

Inference rules: ``parking_position`` ``no`` from a deprecated prohibition
(``parking:lane:{side}=no_parking|no_stopping|no_standing|fire_lane``), ``lane`` from a
deprecated orientation value without its position sub-key (``on_street`` was the default);
``parking_orientation`` ``parallel`` from the old ``inline`` and ``perpendicular`` from
``orthogonal``, and from a position sub-key alone (``parking:lane:left:parallel=lay_by``
without ``parking:lane:left``); ``parking_restriction`` ``no_parking`` where the position is
``no`` and no restriction is tagged (GB kerbs without parking are nearly always
yellow-lined; physically impossible parking is excluded as well); ``sidewalk`` ``yes`` from
``sidewalk=yes`` (side not given) or from a tagged footway width, ``no`` on motorways,
``separate`` where ``footway=sidewalk`` ways run along at least :data:`SIDEWALK_MIN_COVERAGE`
of the kerb; ``footway_width_m`` 0 where the sidewalk is ``no``, or from those separate ways.

Separately mapped sidewalks: ways tagged ``footway=sidewalk`` (or ``is_sidepath=yes`` on a
footway, path or cycleway) are sampled every :data:`SIDEWALK_SAMPLE_SPACING_M`; each sample
goes to the nearest kerb within :data:`SIDEWALK_MATCH_MAX_DISTANCE_M` when the two run within
:data:`SIDEWALK_MATCH_MAX_ANGLE_DEG` of parallel. Their width is ``width`` (else
``est_width``), narrowed by ``minwidth``/``width:minimum`` when tagged.

``restrictions``: one GeoDataFrame with lines and points (``kind`` tells them apart; split with
:meth:`OsmKerbsideResult.restriction_layers` or
:func:`~ev_planner_plugin.sources.dtro.split_geometry_families`). Fields:

- ``restriction_id``: ``<kerb_id>`` for kerb restrictions, ``<kind>:<osm_type>/<osm_id>``
  for points.
- ``kind``: ``kerb_restriction`` (line: the whole kerb the side tags apply to), ``bus_stop``
  (point: ``highway=bus_stop``, or ``public_transport=platform`` with ``bus=yes``; platforms
  drawn as ways become a point on them), ``crossing`` (point: ``highway=crossing``, or a node
  with ``crossing=*`` other than ``no`` and not a railway crossing).
- ``kerb_id``, ``side``: the kerb (kerb restrictions only).
- ``osm_type`` (``node``/``way``/``relation``), ``osm_id``.
- ``regulation_type``: the D-TRO ``regulationType`` where OSM has a clear equivalent
  (:data:`OSM_REGULATION_TYPES`), else the OSM value itself (the kerbside eligibility mapping
  knows common OSM values and reports the others as unmapped).
- ``kerbside_category``: the D-TRO reader's coarse class of that regulation type
  (:data:`~ev_planner_plugin.sources.dtro.KERBSIDE_CATEGORY_BY_REGULATION_TYPE`; ``charging_only``
  gives ``ev_charging``; ``other`` for values without an equivalent).
- ``osm_key``, ``osm_value``: the tag the restriction was read from and its raw value
  (``parking:lane:both`` / ``no`` for an inferred no-waiting kerb).
- ``conditions``: readable conditions (``EV charging only``, ``max stay 2 hours``, time
  intervals, zones, ``*:conditional`` values), "; " separated; null when none.
- ``crossing_kind``: ``crossing_ref`` (zebra, pelican, puffin, toucan, pegasus, tiger) if
  tagged, else ``crossing`` (traffic_signals, marked, uncontrolled, unmarked, informal...);
  feed it to the eligibility's ``crossing_kind_field``.
- ``name``: ``name``, else ``ref``/``local_ref`` (bus stops).
- ``provenance``: ``tagged``, or ``inferred`` (no waiting from ``parking=no``).

``points``: one point GeoDataFrame with a ``kind`` field (one QGIS layer with a categorised
style; split with :meth:`OsmKerbsideResult.points_of_kind`). Ways and areas become a point on
them (middle of a line, ``point_on_surface`` of an area). Fields:

- ``point_id`` (``<kind>:<osm_type>/<osm_id>``), ``kind``: ``charging_station``
  (``amenity=charging_station``), ``disabled_parking`` (``amenity=parking_space`` with
  ``parking_space=disabled`` or ``disabled=designated|yes|only``; or street parking,
  ``amenity=parking`` with ``parking`` in :data:`STREET_PARKING_VALUES`, with
  ``capacity:disabled``), ``bicycle_parking`` (``amenity=bicycle_parking``), ``street_lamp``
  (``highway=street_lamp``).
- ``osm_type``, ``osm_id``, ``name``, ``ref``, ``operator``, ``access``, ``fee``.
- ``osm_value``: the sub-type (``bicycle_parking``, ``parking_space``, ``lamp_mount``... value).
- ``capacity`` (nullable int): ``capacity`` (vehicles or bicycles); for disabled street
  parking ``capacity:disabled``; a ``parking_space`` without one is 1 space.
- ``sockets`` (nullable int): sum of the numeric ``socket:<type>`` counts.
- ``connectors``: the socket types, normalised as the chargepoint reader does
  (``Type 2``, ``CCS2``, ``CHAdeMO``...), ", " separated.
- ``max_power_kw``: the highest of ``socket:<type>:output`` and ``charging_station:output``
  (``22 kW``, ``7kW;22kW``, ``11000 W``; a bare number is kW, or W when 1000 or more).
- ``speed_class``: ``slow``/``fast``/``rapid``/``ultra`` as the chargepoint reader classes.

``summary`` (dict): ``lines_in``, ``roads`` (ways used as carriageways), ``roads_by_highway``,
``centreline_length_m``, ``kerb_count``, ``kerb_length_m``, ``provenance`` ({field: {tagged,
inferred, default}} kerb counts), ``values`` ({field: {value: {provenance: count}}}, null
values as ``"null"``), ``restrictions`` ({kind: count}), ``regulation_types`` ({type: count}),
``points`` ({kind: count}), ``malformed_tags`` (rows whose ``other_tags`` could not be fully
parsed).

Problems (malformed ``other_tags``, tag values not understood, implausible widths) are
reported through ``feedback.warn`` with counts and the first ids; nothing is dropped silently.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..core.errors import InputDataError
from ..core.feedback import Feedback, ProgressRange, ensure_feedback
from ..core.kerbs import (
    DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    DEFAULT_CARRIAGEWAY_WIDTH_M,
    DEFAULT_LANE_WIDTH_M,
    KerbParts,
    check_crs,
    format_ids,
    kerbs_from_roads,
)
from ..core.text import QT_TRANSLATE_NOOP, Message
from ._files import read_file_bytes
from .chargepoints import normalise_connector, speed_class
from .dtro import KERBSIDE_CATEGORY_BY_REGULATION_TYPE

# --------------------------------------------------------------------------------------------
# Public constants

#: ``highway=*`` values read as carriageways (kerbs both sides). Footways, cycleways, paths,
#: steps, tracks, bridleways, pedestrian streets, busways and construction/proposed are not.
DEFAULT_CARRIAGEWAY_HIGHWAYS = (
    "motorway",
    "motorway_link",
    "trunk",
    "trunk_link",
    "primary",
    "primary_link",
    "secondary",
    "secondary_link",
    "tertiary",
    "tertiary_link",
    "unclassified",
    "residential",
    "living_street",
    "service",
    "road",
)

#: ``service=*`` values of ``highway=service`` left out by default: car park aisles, private
#: driveways and drive-throughs have no public on-street kerbside.
DEFAULT_EXCLUDED_SERVICE_TYPES = ("parking_aisle", "driveway", "drive-through")

PROVENANCE_TAGGED = "tagged"
PROVENANCE_INFERRED = "inferred"
PROVENANCE_DEFAULT = "default"
PROVENANCES = (PROVENANCE_TAGGED, PROVENANCE_INFERRED, PROVENANCE_DEFAULT)

KIND_KERB_RESTRICTION = "kerb_restriction"
KIND_BUS_STOP = "bus_stop"
KIND_CROSSING = "crossing"
RESTRICTION_KINDS = (KIND_KERB_RESTRICTION, KIND_BUS_STOP, KIND_CROSSING)

KIND_CHARGING_STATION = "charging_station"
KIND_DISABLED_PARKING = "disabled_parking"
KIND_BICYCLE_PARKING = "bicycle_parking"
KIND_STREET_LAMP = "street_lamp"
POINT_KINDS = (KIND_CHARGING_STATION, KIND_DISABLED_PARKING, KIND_BICYCLE_PARKING, KIND_STREET_LAMP)

#: Side-specific kerb fields that carry a ``<field>_provenance`` companion.
SIDE_FIELDS = (
    "parking_position",
    "parking_orientation",
    "parking_restriction",
    "parking_condition",
    "sidewalk",
    "footway_width",
)

#: Output fields of ``kerbs``, in order (plus ``geometry``).
KERB_FIELDS = (
    "kerb_id",
    "road_id",
    "osm_id",
    "usrn",
    "street",
    "highway",
    "oneway",
    "side",
    "carriageway_width_m",
    "width_source",
    "carriageway_width_provenance",
    "parking_position",
    "parking_position_provenance",
    "parking_orientation",
    "parking_orientation_provenance",
    "parking_restriction",
    "parking_restriction_provenance",
    "parking_condition",
    "parking_condition_provenance",
    "parking_source_key",
    "sidewalk",
    "sidewalk_provenance",
    "footway_width_m",
    "footway_width_provenance",
)

#: Output fields of ``restrictions``, in order (plus ``geometry``).
RESTRICTION_FIELDS = (
    "restriction_id",
    "kind",
    "kerb_id",
    "side",
    "osm_type",
    "osm_id",
    "regulation_type",
    "kerbside_category",
    "osm_key",
    "osm_value",
    "conditions",
    "crossing_kind",
    "name",
    "provenance",
)

#: Output fields of ``points``, in order (plus ``geometry``).
POINT_FIELDS = (
    "point_id",
    "kind",
    "osm_type",
    "osm_id",
    "name",
    "ref",
    "operator",
    "access",
    "fee",
    "osm_value",
    "capacity",
    "sockets",
    "connectors",
    "max_power_kw",
    "speed_class",
)

#: OSM restriction / condition value -> D-TRO ``regulationType`` (clear equivalents only).
#: ``no_parking`` is ``kerbsideNoWaiting``: in GB, "no parking" on a kerb is a waiting
#: restriction (yellow lines, TSRGD 2016 sch. 7): loading and boarding stay allowed, which is
#: what OSM's no_parking means; ``no_stopping`` (red routes, clearways, zig-zags) forbids even
#: that. ``no_standing`` (OSM: only brief stops to set down passengers) is GB's "no loading,
#: passenger set-down permitted".
OSM_REGULATION_TYPES: dict[str, str] = {
    "no_parking": "kerbsideNoWaiting",
    "no_waiting": "kerbsideNoWaiting",
    "no_stopping": "kerbsideNoStopping",
    "no_standing": "kerbsideNoLoadingPassengerSetDownPermitted",
    "loading_only": "kerbsideLoadingPlace",
    "loading": "kerbsideLoadingPlace",
    "charging_only": "kerbsideParkingPlace",  # with the condition "EV charging only"
    "disabled": "kerbsideDisabledBadgeHoldersOnly",
    "residents": "kerbsidePermitParkingPlace",
    "permit": "kerbsidePermitParkingPlace",
    "ticket": "kerbsidePaymentParkingPlace",
    "fee": "kerbsidePaymentParkingPlace",
    "disc": "kerbsideLimitedWaiting",
    "maxstay": "kerbsideLimitedWaiting",
    "taxi": "kerbsideTaxiRank",
    "bus_stop": "nonOrderKerbsideBusStop",
    "crossing": "nonOrderKerbsidePedestrianCrossing",
}

#: ``parking_condition`` values that do not regulate the kerb (no restriction row).
UNREGULATED_CONDITIONS = frozenset({"free", "yes", "none", "no"})

#: ``amenity=parking`` + ``parking=*`` values that are street parking (disabled bays counted).
STREET_PARKING_VALUES = frozenset(
    {"lane", "street_side", "on_kerb", "half_on_kerb", "shoulder", "layby", "lay_by"}
)

# Separately mapped sidewalks. A footway's centreline lies half its width (0.75-3 m; Inclusive
# Mobility 2021 asks for 2.0 m) behind the kerb, and a kerb offset from a class-default
# carriageway width can be ~2 m off: 6 m catches both without reaching the next street.
SIDEWALK_MATCH_MAX_DISTANCE_M = 6.0
# Footway and kerb must run within this angle of parallel (rejects footways of side streets).
SIDEWALK_MATCH_MAX_ANGLE_DEG = 30.0
# Share of a kerb's length the separate footways must run along before they count for it.
SIDEWALK_MIN_COVERAGE = 0.5
# Sampling step along separate footways (metres).
SIDEWALK_SAMPLE_SPACING_M = 2.0

# Carriageway ``width`` tags outside this range are mistakes (a lane or a footway width, or a
# width in the wrong unit): 2 m is narrower than any vehicle track; 40 m wider than a
# six-lane dual carriageway with its reservation (DMRB CD 127). Ignored with a warning.
MIN_PLAUSIBLE_CARRIAGEWAY_WIDTH_M = 2.0
MAX_PLAUSIBLE_CARRIAGEWAY_WIDTH_M = 40.0

#: Below this share of kerbs with any tagged street-parking value a warning reminds the
#: officer that parking values are defaults to check on site.
LOW_PARKING_TAG_SHARE = 0.1

#: How many ids a warning lists.
MAX_IDS_IN_WARNING = 10

_SIDES = ("left", "right")
_NON_TAG_COLUMNS = frozenset(
    {
        "osm_id",
        "osm_way_id",
        "osm_version",
        "osm_timestamp",
        "osm_uid",
        "osm_user",
        "osm_changeset",
        "z_order",
        "other_tags",
        "all_tags",
        "fid",
        "ogc_fid",
    }
)
_POSITION_VALUES = frozenset(
    {"lane", "street_side", "on_kerb", "half_on_kerb", "shoulder", "no", "separate", "yes"}
)
_POSITION_ALIASES = {
    "none": "no",
    "on_street": "lane",
    "painted_area_only": "lane",
    "lay_by": "street_side",
    "layby": "street_side",
}
_ORIENTATIONS = {
    "parallel": "parallel",
    "diagonal": "diagonal",
    "perpendicular": "perpendicular",
    "inline": "parallel",
    "orthogonal": "perpendicular",
}
_DEPRECATED_PROHIBITIONS = frozenset({"no_parking", "no_stopping", "no_standing", "fire_lane"})
_CONDITION_RESTRICTIONS = {
    "no_parking": "no_parking",
    "no_stopping": "no_stopping",
    "no_standing": "no_standing",
    "loading": "loading_only",
    "loading_only": "loading_only",
}
_SIDEWALK_VALUES = {
    "yes": "yes",
    "no": "no",
    "none": "no",
    "separate": "separate",
}
_CROSSING_REFS = frozenset({"zebra", "pelican", "puffin", "toucan", "pegasus", "tiger"})

_QUOTED_RE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)
_BARE_RE = re.compile(r'[^\s,"]+?(?==>|[\s,]|$)', re.S)
_ARROW_RE = re.compile(r"\s*=>\s*")
_SEP_RE = re.compile(r"\s*,\s*")
_UNESCAPE_RE = re.compile(r"\\(.)", re.S)
_LENGTH_RE = re.compile(
    r"^\s*(?:~|ca\.?|approx\.?)?\s*(\d+(?:[.,]\d+)?)\s*"
    r"(m|metres?|meters?|cm|mm|km|ft|feet|foot|'|\")?\s*$",
    re.I,
)
_FEET_INCHES_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*'\s*(\d+(?:\.\d+)?)\s*\"?\s*$")
_LENGTH_UNITS = {
    None: 1.0,
    "m": 1.0,
    "metre": 1.0,
    "metres": 1.0,
    "meter": 1.0,
    "meters": 1.0,
    "cm": 0.01,
    "mm": 0.001,
    "km": 1000.0,
    "ft": 0.3048,
    "feet": 0.3048,
    "foot": 0.3048,
    "'": 0.3048,
    '"': 0.0254,
}
_POWER_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(kw|kva|mw|w)?", re.I)
_INT_RE = re.compile(r"^\s*(\d+)\s*$")


# --------------------------------------------------------------------------------------------
# Result


@dataclass
class OsmKerbsideResult:
    """Kerbs, restrictions and points read from OSM layers, and a summary (module docstring)."""

    kerbs: gpd.GeoDataFrame
    restrictions: gpd.GeoDataFrame
    points: gpd.GeoDataFrame
    summary: dict = field(default_factory=dict)

    def points_of_kind(self, kind: str) -> gpd.GeoDataFrame:
        """The points of one ``kind`` (see :data:`POINT_KINDS`)."""
        return self.points[self.points["kind"] == kind].copy()

    def restriction_layers(self) -> dict:
        """``{"kerb_restriction": lines, "bus_stop": points, "crossing": points}``.

        What the kerbside eligibility takes as ``restrictions``, ``bus_stops`` and
        ``crossings`` (with ``crossing_kind_field="crossing_kind"``).
        """
        return {
            kind: self.restrictions[self.restrictions["kind"] == kind].copy()
            for kind in RESTRICTION_KINDS
        }


# --------------------------------------------------------------------------------------------
# Tags


def _unescape(text: str) -> str:
    return _UNESCAPE_RE.sub(r"\1", text) if "\\" in text else text


def _hstore_token(text: str, pos: int, allow_null: bool):
    """(value, next position) of a quoted or bare token at ``pos``; ``None`` position on error."""
    m = _QUOTED_RE.match(text, pos)
    if m:
        return _unescape(m.group(1)), m.end()
    m = _BARE_RE.match(text, pos)
    if m and m.group(0):
        token = m.group(0)
        if allow_null and token.upper() == "NULL":
            return None, m.end()
        return token, m.end()
    return None, None


def _parse_hstore(text: str) -> tuple[dict, bool]:
    """Tags of one hstore string and whether it parsed completely."""
    out: dict = {}
    n = len(text)
    pos = len(text) - len(text.lstrip())
    while pos < n:
        key, pos = _hstore_token(text, pos, allow_null=False)
        if pos is None:
            return out, False
        m = _ARROW_RE.match(text, pos)
        if not m:
            return out, False
        value, pos = _hstore_token(text, m.end(), allow_null=True)
        if pos is None:
            return out, False
        out[key] = value
        m = _SEP_RE.match(text, pos)
        rest = text[pos:].strip()
        if not rest:
            break
        if not m or not text[pos : m.end()].strip().startswith(","):
            return out, False
        pos = m.end()
    return out, True


def _parse_one(value) -> tuple[dict, bool]:
    if value is None:
        return {}, True
    if isinstance(value, Mapping):
        return {str(k): (None if v is None else str(v)) for k, v in value.items()}, True
    if isinstance(value, float) and math.isnan(value):
        return {}, True
    try:
        if pd.isna(value):
            return {}, True
    except (TypeError, ValueError):
        pass
    text = str(value)
    if not text.strip():
        return {}, True
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if isinstance(data, dict):
            return {str(k): (None if v is None else str(v)) for k, v in data.items()}, True
    return _parse_hstore(text)


def parse_other_tags(series, *, malformed: list | None = None) -> list[dict]:
    """Tags of each value of an ``other_tags`` column, as dicts.

    Reads GDAL's hstore form (``"k"=>"v","k2"=>"v2"``; ``\\"`` and ``\\\\`` escapes, ``=>``
    and commas inside quoted values, ``NULL`` values, bare tokens), the JSON form
    (``TAGS_FORMAT=json``) and dicts. None, NaN and empty strings give ``{}``. A malformed
    string gives the pairs read before the error; its position is appended to ``malformed``
    when given.
    """
    out = []
    for i, value in enumerate(list(series) if series is not None else []):
        tags, ok = _parse_one(value)
        if not ok and malformed is not None:
            malformed.append(i)
        out.append(tags)
    return out


def _layer_tags(gdf: gpd.GeoDataFrame, malformed: list) -> list[dict]:
    """Tags of every row: the OSM key columns merged with ``other_tags``/``all_tags``."""
    n = len(gdf)
    tags = [{} for _ in range(n)]
    geom_name = gdf.geometry.name if isinstance(gdf, gpd.GeoDataFrame) else None
    for col in ("all_tags", "other_tags"):
        if col in gdf.columns:
            bad: list = []
            parsed = parse_other_tags(gdf[col].to_numpy(dtype=object), malformed=bad)
            for t, extra in zip(tags, parsed):
                for k, v in extra.items():
                    t.setdefault(k, v)
            malformed.extend(bad)
    for col in gdf.columns:
        if col == geom_name or str(col).lower() in _NON_TAG_COLUMNS:
            continue
        values = gdf[col].to_numpy(dtype=object)
        present = ~pd.isna(values)
        for i in np.flatnonzero(present):
            text = str(values[i])
            if text != "":
                tags[i][str(col)] = text
    return tags


class _Tags:
    """Column access to the tags of a layer: stripped text arrays, None when absent."""

    def __init__(self, dicts: list[dict]) -> None:
        self.dicts = dicts
        self.n = len(dicts)
        self._raw: dict[str, np.ndarray] = {}

    def raw(self, key: str) -> np.ndarray:
        if key not in self._raw:
            values = np.empty(self.n, dtype=object)
            for i, t in enumerate(self.dicts):
                v = t.get(key)
                if v is not None:
                    v = str(v).strip()
                    if v == "":
                        v = None
                values[i] = v
            self._raw[key] = values
        return self._raw[key]

    def low(self, key: str) -> np.ndarray:
        raw = self.raw(key)
        out = raw.copy()
        has = _has(raw)
        out[has] = np.array([str(v).lower() for v in raw[has]], dtype=object)
        return out

    def pick(self, keys, lower: bool = True):
        """First present value of ``keys`` per row, and the key it came from."""
        value = np.full(self.n, None, dtype=object)
        source = np.full(self.n, None, dtype=object)
        for key in keys:
            arr = self.low(key) if lower else self.raw(key)
            take = ~_has(value) & _has(arr)
            value[take] = arr[take]
            source[take] = key
        return value, source


def _has(values: np.ndarray) -> np.ndarray:
    return ~pd.isna(values) if values.size else np.zeros(0, dtype=bool)


def _osm_ids(gdf: gpd.GeoDataFrame, layer: str) -> tuple[np.ndarray, np.ndarray]:
    """(osm_type, osm_id) of each row of a driver layer; ids as text."""
    n = len(gdf)

    def ids(col):
        if col not in gdf.columns:
            return np.full(n, None, dtype=object)
        values = gdf[col].to_numpy(dtype=object)
        out = np.full(n, None, dtype=object)
        has = ~pd.isna(values)
        out[has] = [_id_text(v) for v in values[has]]
        return out

    osm_id = ids("osm_id")
    if layer == "points":
        osm_type = np.full(n, "node", dtype=object)
    elif layer == "lines":
        osm_type = np.full(n, "way", dtype=object)
    else:
        way_id = ids("osm_way_id")
        is_way = ~_has(osm_id) & _has(way_id)
        osm_type = np.where(is_way, "way", "relation").astype(object)
        osm_id = np.where(is_way, way_id, osm_id).astype(object)
    missing = ~_has(osm_id)
    if missing.any():
        osm_id[missing] = [f"{layer}#{i}" for i in gdf.index.to_numpy()[missing]]
    return osm_type, osm_id


def _id_text(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --------------------------------------------------------------------------------------------
# Value parsing


def parse_length_m(value) -> float:
    """Metres from an OSM length value (``2.5``, ``2,5 m``, ``250 cm``, ``6'6"``, ``10 ft``).

    The first of ``;``-separated values is read. NaN when it cannot be read.
    """
    if value is None:
        return math.nan
    text = str(value).split(";")[0].strip().lower()
    if not text:
        return math.nan
    m = _FEET_INCHES_RE.match(text)
    if m:
        return float(m.group(1)) * 0.3048 + float(m.group(2)) * 0.0254
    m = _LENGTH_RE.match(text)
    if not m:
        return math.nan
    number = float(m.group(1).replace(",", "."))
    unit = m.group(2)
    return number * _LENGTH_UNITS[unit.lower() if unit else None]


def parse_power_kw(value) -> float:
    """Highest power in kW of an OSM output value (``22 kW``, ``7kW;22kW``, ``11000 W``).

    Units kW, kVA (as kW), MW and W; a bare number is kW, or W when 1000 or more. NaN if none.
    """
    if value is None:
        return math.nan
    best = math.nan
    for number, unit in _POWER_RE.findall(str(value)):
        kw = float(number.replace(",", "."))
        unit = unit.lower()
        if unit == "w" or (not unit and kw >= 1000):
            kw /= 1000.0
        elif unit == "mw":
            kw *= 1000.0
        if kw > 0 and not (best >= kw):
            best = kw
    return best


def _lengths(values: np.ndarray) -> np.ndarray:
    cache: dict = {}
    out = np.full(values.size, np.nan)
    for i in np.flatnonzero(_has(values)):
        v = values[i]
        if v not in cache:
            cache[v] = parse_length_m(v)
        out[i] = cache[v]
    return out


def _ints(values: np.ndarray) -> np.ndarray:
    out = np.full(values.size, np.nan)
    for i in np.flatnonzero(_has(values)):
        m = _INT_RE.match(str(values[i]))
        if m:
            out[i] = float(m.group(1))
    return out


def _narrowest(width: np.ndarray, minimum: np.ndarray) -> np.ndarray:
    """Elementwise min of two width arrays, ignoring NaN (NaN where both are)."""
    both = np.vstack([width, minimum])
    out = np.full(width.size, np.nan)
    has = np.isfinite(both).any(axis=0)
    out[has] = np.nanmin(both[:, has], axis=0)
    return out


# --------------------------------------------------------------------------------------------
# Side attributes of carriageway ways


def _join_keys(*sources: np.ndarray) -> np.ndarray:
    n = sources[0].size if sources else 0
    out = np.full(n, None, dtype=object)
    for i in range(n):
        keys = []
        for src in sources:
            k = src[i]
            if k is not None and k not in keys:
                keys.extend(x for x in str(k).split(", ") if x not in keys)
        if keys:
            out[i] = ", ".join(keys)
    return out


def _unknown_values(report: Counter, key_arr: np.ndarray, value_arr: np.ndarray, ok) -> None:
    bad = _has(value_arr) & ~ok
    for k, v in zip(key_arr[bad], value_arr[bad]):
        report[(k, v)] += 1


def _parking_side(t: _Tags, side: str, report: Counter) -> dict:
    """Parking fields of one side of every road (arrays), with provenance and source keys."""
    n = t.n
    cur = f"parking:{side}"
    dep = f"parking:lane:{side}"
    cnd = f"parking:condition:{side}"

    def cur_pick(suffix):
        return t.pick([f"{cur}{suffix}", f"parking:both{suffix}"])

    # Current scheme.
    c_pos, c_pos_key = cur_pick("")
    c_pos = np.array([_POSITION_ALIASES.get(v, v) if v else v for v in c_pos], dtype=object)
    _unknown_values(report, c_pos_key, c_pos, np.isin(c_pos, list(_POSITION_VALUES)))
    c_or, c_or_key = cur_pick(":orientation")
    c_or_ok = np.isin(c_or, list(_ORIENTATIONS))
    _unknown_values(report, c_or_key, c_or, c_or_ok)
    c_or = np.array([_ORIENTATIONS.get(v, v) if v else v for v in c_or], dtype=object)
    c_res, c_res_key = cur_pick(":restriction")
    access, access_key = cur_pick(":access")
    fee, fee_key = cur_pick(":fee")
    maxstay, maxstay_key = cur_pick(":maxstay")
    disabled, disabled_key = cur_pick(":disabled")
    disc, disc_key = cur_pick(":authentication:disc")
    # access=no (without a designation for disabled badge holders) is "no parking".
    is_disabled = np.isin(disabled, ["designated", "yes", "only"]) & (
        ~_has(access) | np.isin(access, ["no", "private"])
    )
    access_no = (access == "no") & ~is_disabled
    from_access = ~_has(c_res) & access_no
    c_res = np.where(from_access, "no_parking", c_res).astype(object)
    c_res_key = np.where(from_access, access_key, c_res_key).astype(object)
    conds = [
        is_disabled,
        access == "private",
        access == "customers",
        np.isin(access, ["permit", "residents", "resident"]),
        fee == "yes",
        _has(maxstay) | (disc == "yes"),
        fee == "no",
    ]
    values = ["disabled", "private", "customers", "residents", "ticket", "disc", "free"]
    c_cond = np.select(conds, values, default=None).astype(object)
    maxstay_or_disc = np.where(_has(maxstay), maxstay_key, disc_key).astype(object)
    keys = [disabled_key, access_key, access_key, access_key, fee_key, maxstay_or_disc, fee_key]
    c_cond_key = np.select(conds, keys, default=None).astype(object)

    # Deprecated scheme: read only for sides the current scheme says nothing about, so that
    # a half-migrated way never mixes the two.
    has_current = np.zeros(n, dtype=bool)
    for arr in (c_pos, c_or, c_res, access, fee, maxstay, disabled, disc):
        has_current |= _has(arr)

    def dep_pick(keys):
        value, key = t.pick(keys)
        return np.where(has_current, None, value).astype(object), key

    d_lane, d_lane_key = dep_pick([dep, "parking:lane:both"])
    d_sub = np.full(n, None, dtype=object)
    d_sub_key = np.full(n, None, dtype=object)
    implied = np.full(n, None, dtype=object)  # orientation named only by a position sub-key
    for orientation in (*_ORIENTATIONS, "marked"):
        sub, sub_key = dep_pick([f"{dep}:{orientation}", f"parking:lane:both:{orientation}"])
        take = ((d_lane == orientation) | (~_has(d_lane) & ~_has(d_sub))) & _has(sub)
        d_sub[take], d_sub_key[take] = sub[take], sub_key[take]
        implied[take & ~_has(d_lane)] = orientation
    d_sub = np.array([_POSITION_ALIASES.get(v, v) if v else v for v in d_sub], dtype=object)
    is_orient = np.isin(d_lane, list(_ORIENTATIONS))
    is_prohibition = np.isin(d_lane, list(_DEPRECATED_PROHIBITIONS))
    is_plain = np.isin(d_lane, ["no", "none", "separate", "yes"])
    _unknown_values(
        report, d_lane_key, d_lane, is_orient | is_prohibition | is_plain | (d_lane == "marked")
    )
    d_cond, d_cond_key = dep_pick([cnd, "parking:condition:both"])
    d_cond_res = np.array(
        [_CONDITION_RESTRICTIONS.get(v) if v else None for v in d_cond], dtype=object
    )

    # parking_position
    pos = c_pos.copy()
    pos_prov = np.where(_has(pos), PROVENANCE_TAGGED, None).astype(object)
    pos_key = c_pos_key.copy()
    plain = np.array([_POSITION_ALIASES.get(v, v) for v in d_lane], dtype=object)
    rules = [
        (_has(d_sub), d_sub, PROVENANCE_TAGGED, d_sub_key),
        (is_plain, plain, PROVENANCE_TAGGED, d_lane_key),
        (is_prohibition, np.full(n, "no", dtype=object), PROVENANCE_INFERRED, d_lane_key),
        (
            is_orient | (d_lane == "marked"),
            np.full(n, "lane", dtype=object),
            PROVENANCE_INFERRED,
            d_lane_key,
        ),
    ]
    for mask, value, prov, key in rules:
        take = ~_has(pos) & mask
        pos[take], pos_prov[take], pos_key[take] = value[take], prov, key[take]

    # parking_orientation
    orient = np.where(c_or_ok, c_or, None).astype(object)
    orient_prov = np.where(c_or_ok, PROVENANCE_TAGGED, None).astype(object)
    orient_key = np.where(c_or_ok, c_or_key, None).astype(object)
    take = ~_has(orient) & is_orient
    orient[take] = [_ORIENTATIONS[v] for v in d_lane[take]]
    orient_prov[take] = np.where(
        np.isin(d_lane[take], ["inline", "orthogonal"]), PROVENANCE_INFERRED, PROVENANCE_TAGGED
    )
    orient_key[take] = d_lane_key[take]
    take = ~_has(orient) & np.isin(implied, list(_ORIENTATIONS))
    orient[take] = [_ORIENTATIONS[v] for v in implied[take]]
    orient_prov[take], orient_key[take] = PROVENANCE_INFERRED, d_sub_key[take]

    # parking_restriction (and the raw OSM value it was read from)
    res = c_res.copy()
    res_raw = np.where(from_access, access, c_res).astype(object)
    res_prov = np.where(_has(res), PROVENANCE_TAGGED, None).astype(object)
    res_key = c_res_key.copy()
    for mask, value, raw, key in (
        (is_prohibition, d_lane, d_lane, d_lane_key),
        (_has(d_cond_res), d_cond_res, d_cond, d_cond_key),
    ):
        take = ~_has(res) & mask
        res[take], res_raw[take], res_key[take] = value[take], raw[take], key[take]
        res_prov[take] = PROVENANCE_TAGGED
    take = ~_has(res) & (pos == "no")
    res[take], res_prov[take], res_key[take] = "no_parking", PROVENANCE_INFERRED, pos_key[take]
    res_raw[take] = "no"

    # parking_condition
    cond = c_cond.copy()
    cond_prov = np.where(_has(cond), PROVENANCE_TAGGED, None).astype(object)
    cond_key = c_cond_key.copy()
    take = ~_has(cond) & _has(d_cond) & ~_has(d_cond_res)
    cond[take], cond_prov[take], cond_key[take] = d_cond[take], PROVENANCE_TAGGED, d_cond_key[take]

    # Conditions text for restriction rows.
    texts = [[] for _ in range(n)]

    def add(values, fmt):
        for i in np.flatnonzero(_has(values)):
            texts[i].append(fmt.format(values[i]))

    for i in np.flatnonzero(res == "charging_only"):
        texts[i].append("EV charging only")

    def raw(suffix_current=None, suffix_deprecated=None):
        if suffix_current is not None:
            keys = [f"{cur}{suffix_current}", f"parking:both{suffix_current}"]
        else:
            keys = [f"{cnd}{suffix_deprecated}", f"parking:condition:both{suffix_deprecated}"]
        return t.pick(keys, lower=False)[0]

    add(raw(":restriction:conditional"), "restriction {}")
    add(raw(":maxstay"), "max stay {}")
    add(raw(":maxstay:conditional"), "max stay {}")
    add(raw(":access:conditional"), "access {}")
    add(raw(":zone"), "zone {}")
    add(raw(suffix_deprecated=":time_interval"), "{}")
    add(raw(suffix_deprecated=":maxstay"), "max stay {}")
    add(raw(suffix_deprecated=":residents"), "zone {}")
    conditions = np.array(["; ".join(x) if x else None for x in texts], dtype=object)

    def finish(values, prov):
        prov = prov.copy()
        prov[~_has(prov)] = PROVENANCE_DEFAULT
        return values, prov

    out = {}
    out["parking_position"], out["parking_position_provenance"] = finish(pos, pos_prov)
    out["parking_orientation"], out["parking_orientation_provenance"] = finish(orient, orient_prov)
    out["parking_restriction"], out["parking_restriction_provenance"] = finish(res, res_prov)
    out["parking_condition"], out["parking_condition_provenance"] = finish(cond, cond_prov)
    out["parking_source_key"] = _join_keys(pos_key, orient_key, res_key, cond_key)
    out["_restriction_key"] = res_key
    out["_restriction_raw"] = res_raw
    out["_condition_key"] = cond_key
    out["_conditions"] = conditions
    return out


def _sidewalk_side(t: _Tags, side: str, highway: np.ndarray, report: Counter) -> dict:
    """Sidewalk presence and tagged footway width of one side of every road."""
    n = t.n
    specific, specific_key = t.pick([f"sidewalk:{side}", "sidewalk:both"])
    mapped = np.array([_SIDEWALK_VALUES.get(v) if v else None for v in specific], dtype=object)
    _unknown_values(report, specific_key, specific, _has(mapped))
    value = mapped
    prov = np.where(_has(value), PROVENANCE_TAGGED, None).astype(object)

    for key in ("sidewalk", "footway"):
        raw = t.low(key)
        if key == "footway":
            # The old UK tagging footway=both|left|right|none on a road, not footway=sidewalk.
            raw = np.where(np.isin(raw, ["both", "left", "right", "none", "no"]), raw, None)
        general = np.select(
            [
                np.isin(raw, ["both", side]),
                np.isin(raw, ["left", "right"]),
                np.isin(raw, ["no", "none"]),
                raw == "separate",
                raw == "yes",
            ],
            ["yes", "no", "no", "separate", "yes"],
            default=None,
        ).astype(object)
        if key == "sidewalk":
            _unknown_values(report, np.full(n, key, dtype=object), raw, _has(general))
        take = ~_has(value) & _has(general)
        value[take] = general[take]
        prov[take] = np.where(raw[take] == "yes", PROVENANCE_INFERRED, PROVENANCE_TAGGED)

    def width_of(prefixes):
        width = np.full(n, np.nan)
        minimum = np.full(n, np.nan)
        for prefix in prefixes:
            for suffix, target in (
                (":width", width),
                (":est_width", width),
                (":minwidth", minimum),
                (":width:minimum", minimum),
                (":minimum_width", minimum),
            ):
                w = _lengths(t.raw(prefix + suffix))
                take = np.isnan(target) & np.isfinite(w)
                target[take] = w[take]
        return _narrowest(width, minimum)

    fw = width_of([f"sidewalk:{side}", "sidewalk:both"])
    general_w = width_of(["sidewalk"])
    # sidewalk:width applies to the sides that have one (or may have one).
    take = np.isnan(fw) & np.isfinite(general_w) & (value != "no")
    fw[take] = general_w[take]
    fw_prov = np.where(np.isfinite(fw), PROVENANCE_TAGGED, None).astype(object)

    take = ~_has(value) & np.isfinite(fw) & (fw > 0)
    value[take], prov[take] = "yes", PROVENANCE_INFERRED
    take = ~_has(value) & np.isin(highway, ["motorway", "motorway_link"])
    value[take], prov[take] = "no", PROVENANCE_INFERRED
    return {
        "sidewalk": value,
        "sidewalk_provenance": prov,
        "footway_width_m": fw,
        "footway_width_provenance": fw_prov,
    }


def _match_separate_sidewalks(
    kerb_geoms: np.ndarray,
    sidewalk_geoms: np.ndarray,
    sidewalk_width: np.ndarray,
    *,
    max_distance: float,
    max_angle_deg: float,
    spacing: float,
):
    """Share of each kerb run along by separate sidewalks, and their narrowest width."""
    nk = kerb_geoms.size
    coverage = np.zeros(nk)
    width = np.full(nk, np.nan)
    if nk == 0 or sidewalk_geoms.size == 0:
        return coverage, width
    lengths = shapely.length(sidewalk_geoms)
    counts = np.maximum(np.ceil(lengths / spacing), 1).astype(np.int64)
    line = np.repeat(np.arange(sidewalk_geoms.size), counts)
    starts = np.cumsum(counts) - counts
    k = np.arange(line.size) - np.repeat(starts, counts)
    step = lengths[line] / counts[line]
    along = (k + 0.5) * step
    geoms = sidewalk_geoms[line]
    pts = shapely.line_interpolate_point(geoms, along)
    a = shapely.get_coordinates(shapely.line_interpolate_point(geoms, along - 0.25 * step))
    b = shapely.get_coordinates(shapely.line_interpolate_point(geoms, along + 0.25 * step))
    d = b - a
    norm = np.hypot(d[:, 0], d[:, 1])
    norm[norm == 0] = 1.0
    sx, sy = d[:, 0] / norm, d[:, 1] / norm

    kp = KerbParts(kerb_geoms, np.arange(nk))
    sample, part = kp.tree.query(pts, predicate="dwithin", distance=max_distance)
    if sample.size == 0:
        return coverage, width
    dist = shapely.distance(pts[sample], kerb_geoms[part])
    order = np.lexsort((dist, sample))
    sample, part = sample[order], part[order]
    first = np.r_[True, sample[1:] != sample[:-1]]
    sample, part = sample[first], part[first]
    chainage = kp.locate(part, pts[sample])
    tx, ty = kp.tangent(part, chainage)
    parallel = np.abs(tx * sx[sample] + ty * sy[sample]) >= math.cos(math.radians(max_angle_deg))
    sample, part = sample[parallel], part[parallel]
    covered = np.bincount(part, weights=step[sample], minlength=nk)
    coverage = np.minimum(covered / np.maximum(kp.length, 1e-9), 1.0)
    w = sidewalk_width[line[sample]]
    has_w = np.isfinite(w)
    np.fmin.at(width, part[has_w], w[has_w])
    return coverage, width


# --------------------------------------------------------------------------------------------
# Points


def _representative_points(geoms: np.ndarray) -> np.ndarray:
    """Points as they are; the middle of lines; a point on the surface of polygons."""
    out = np.asarray(geoms, dtype=object).copy()
    if out.size == 0:
        return out
    type_id = shapely.get_type_id(out)
    lines = np.isin(type_id, (1, 2, 5))
    if lines.any():
        merged = shapely.line_merge(out[lines])
        single = shapely.get_type_id(merged) == 1
        pts = shapely.point_on_surface(out[lines])
        pts[single] = shapely.line_interpolate_point(merged[single], 0.5, normalized=True)
        out[lines] = pts
    other = ~np.isin(type_id, (0, -1)) & ~lines
    if other.any():
        out[other] = shapely.point_on_surface(out[other])
    multipoint = type_id == 4
    if multipoint.any():
        out[multipoint] = shapely.centroid(out[multipoint])
    return out


def _charging_details(tags: list[dict]) -> tuple[list, list, list]:
    """(sockets, connectors, max_power_kw) of charging station tag dicts."""
    sockets, connectors, power = [], [], []
    for t in tags:
        total = 0
        counted = False
        names = []
        best = parse_power_kw(t.get("charging_station:output"))
        for key, value in t.items():
            if not key.startswith("socket:"):
                continue
            parts = key.split(":")
            if len(parts) == 2:
                if str(value).strip().lower() in ("no", "0"):
                    continue
                name = normalise_connector(parts[1].replace("_", " "))
                if name and name not in names:
                    names.append(name)
                m = _INT_RE.match(str(value or ""))
                if m:
                    total += int(m.group(1))
                    counted = True
            elif len(parts) == 3 and parts[2] == "output":
                kw = parse_power_kw(value)
                if np.isfinite(kw) and not (best >= kw):
                    best = kw
        sockets.append(total if counted else None)
        connectors.append(", ".join(sorted(names)) if names else None)
        power.append(best)
    return sockets, connectors, power


def _collect_points(tags: _Tags, osm_type, osm_id, geoms):
    """Point features and bus stops / crossings of one layer (two lists of frames)."""
    amenity = tags.low("amenity")
    highway = tags.low("highway")
    pt_frames = []
    kinds = {
        KIND_CHARGING_STATION: amenity == "charging_station",
        KIND_DISABLED_PARKING: (
            (amenity == "parking_space")
            & (
                (tags.low("parking_space") == "disabled")
                | np.isin(tags.low("disabled"), ["designated", "yes", "only"])
            )
        )
        | (
            (amenity == "parking")
            & np.isin(tags.low("parking"), list(STREET_PARKING_VALUES))
            & _has(tags.raw("capacity:disabled"))
            & (tags.low("capacity:disabled") != "no")
            & (tags.low("capacity:disabled") != "0")
        ),
        KIND_BICYCLE_PARKING: amenity == "bicycle_parking",
        KIND_STREET_LAMP: highway == "street_lamp",
    }
    sub_type_key = {
        KIND_CHARGING_STATION: "amenity",
        KIND_DISABLED_PARKING: "parking_space",
        KIND_BICYCLE_PARKING: "bicycle_parking",
        KIND_STREET_LAMP: "lamp_mount",
    }
    name = tags.raw("name")
    ref = tags.raw("ref")
    for kind, mask in kinds.items():
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            continue
        capacity = _ints(tags.raw("capacity")[rows])
        if kind == KIND_DISABLED_PARKING:
            dis = _ints(tags.raw("capacity:disabled")[rows])
            street = amenity[rows] == "parking"
            capacity = np.where(street, dis, capacity)
            # One parking_space is one space unless its capacity says otherwise.
            capacity = np.where(~street & np.isnan(capacity), 1.0, capacity)
        frame = pd.DataFrame(
            {
                "point_id": [f"{kind}:{a}/{b}" for a, b in zip(osm_type[rows], osm_id[rows])],
                "kind": kind,
                "osm_type": osm_type[rows],
                "osm_id": osm_id[rows],
                "name": name[rows],
                "ref": ref[rows],
                "operator": tags.raw("operator")[rows],
                "access": tags.raw("access")[rows],
                "fee": tags.raw("fee")[rows],
                "osm_value": tags.raw(sub_type_key[kind])[rows],
                "capacity": capacity,
            }
        )
        if kind == KIND_CHARGING_STATION:
            sockets, connectors, power = _charging_details([tags.dicts[i] for i in rows])
            frame["sockets"] = pd.array(sockets, dtype="Int64")
            frame["connectors"] = connectors
            frame["max_power_kw"] = np.asarray(power, dtype=float)
        frame["geometry"] = _representative_points(geoms[rows])
        pt_frames.append(frame)

    res_frames = []
    bus = (highway == "bus_stop") | (
        (tags.low("public_transport") == "platform") & (tags.low("bus") == "yes")
    )
    crossing = tags.low("crossing")
    railway = tags.raw("railway")
    # Crossings are nodes; footway=crossing ways (which carry crossing=* too) would repeat them.
    cross = (highway == "crossing") | (_has(crossing) & (crossing != "no") & ~_has(railway))
    cross &= osm_type == "node"
    for kind, mask in ((KIND_BUS_STOP, bus), (KIND_CROSSING, cross)):
        rows = np.flatnonzero(mask)
        if rows.size == 0:
            continue
        if kind == KIND_BUS_STOP:
            key = np.where(highway[rows] == "bus_stop", "highway", "public_transport")
            value = np.where(highway[rows] == "bus_stop", "bus_stop", "platform")
            label = name[rows].copy()
            for alt in ("ref", "local_ref"):
                alt_values = tags.raw(alt)[rows]
                take = ~_has(label) & _has(alt_values)
                label[take] = alt_values[take]
            kind_value = np.full(rows.size, None, dtype=object)
        else:
            key = np.where(highway[rows] == "crossing", "highway", "crossing")
            value = np.where(highway[rows] == "crossing", "crossing", crossing[rows])
            label = name[rows]
            cref = tags.low("crossing_ref")[rows]
            kind_value = np.where(np.isin(cref, list(_CROSSING_REFS)), cref, crossing[rows])
            kind_value = np.where(kind_value == "no", None, kind_value).astype(object)
        reg = OSM_REGULATION_TYPES[kind]
        res_frames.append(
            pd.DataFrame(
                {
                    "restriction_id": [
                        f"{kind}:{a}/{b}" for a, b in zip(osm_type[rows], osm_id[rows])
                    ],
                    "kind": kind,
                    "kerb_id": None,
                    "side": None,
                    "osm_type": osm_type[rows],
                    "osm_id": osm_id[rows],
                    "regulation_type": reg,
                    "kerbside_category": KERBSIDE_CATEGORY_BY_REGULATION_TYPE[reg],
                    "osm_key": key.astype(object),
                    "osm_value": value.astype(object),
                    "conditions": None,
                    "crossing_kind": kind_value,
                    "name": label,
                    "provenance": PROVENANCE_TAGGED,
                    "geometry": _representative_points(geoms[rows]),
                }
            )
        )
    return pt_frames, res_frames


# --------------------------------------------------------------------------------------------
# Helpers


def _warn_ids(fb: Feedback, template: str, ids, **values) -> None:
    """Warn ``template`` (a whole message ending in ``(ids: {ids}).``) when there are ids."""
    ids = list(ids)
    if ids:
        fb.warn(Message(template, ids=format_ids(ids, MAX_IDS_IN_WARNING), **values))


def _empty_restrictions(crs) -> gpd.GeoDataFrame:
    frame = pd.DataFrame({name: pd.Series(dtype=object) for name in RESTRICTION_FIELDS})
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries([], crs=crs), crs=crs)


def _finish_points(frames: list, crs) -> gpd.GeoDataFrame:
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame({"geometry": []})
    for col in POINT_FIELDS:
        if col not in frame.columns:
            frame[col] = None
    frame["capacity"] = pd.to_numeric(frame["capacity"], errors="coerce").round().astype("Int64")
    frame["sockets"] = pd.to_numeric(frame["sockets"], errors="coerce").round().astype("Int64")
    frame["max_power_kw"] = pd.to_numeric(frame["max_power_kw"], errors="coerce").astype(float)
    frame["speed_class"] = speed_class(frame["max_power_kw"].to_numpy())
    for col in POINT_FIELDS:
        if col not in ("capacity", "sockets", "max_power_kw"):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    frame = frame.drop_duplicates("point_id").reset_index(drop=True)
    return gpd.GeoDataFrame(
        frame[list(POINT_FIELDS)],
        geometry=gpd.GeoSeries(frame["geometry"].to_numpy(dtype=object), crs=crs),
        crs=crs,
    )


def _finish_restrictions(frames: list, crs) -> gpd.GeoDataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return _empty_restrictions(crs)
    frame = pd.concat(frames, ignore_index=True)
    frame = frame.drop_duplicates("restriction_id").reset_index(drop=True)
    for col in RESTRICTION_FIELDS:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return gpd.GeoDataFrame(
        frame[list(RESTRICTION_FIELDS)],
        geometry=gpd.GeoSeries(frame["geometry"].to_numpy(dtype=object), crs=crs),
        crs=crs,
    )


def _counts(values) -> dict:
    return {str(k): int(v) for k, v in Counter(values).most_common()}


# --------------------------------------------------------------------------------------------
# Entry point


def read_osm_kerbside(
    lines: gpd.GeoDataFrame,
    points: gpd.GeoDataFrame | None = None,
    *,
    polygons: gpd.GeoDataFrame | None = None,
    carriageway_classes: Iterable[str] = DEFAULT_CARRIAGEWAY_HIGHWAYS,
    include_service: bool = True,
    excluded_service_types: Iterable[str] = DEFAULT_EXCLUDED_SERVICE_TYPES,
    lane_width: float = DEFAULT_LANE_WIDTH_M,
    class_widths: Mapping[str, float] = DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS,
    default_width: float = DEFAULT_CARRIAGEWAY_WIDTH_M,
    sidewalk_max_distance: float = SIDEWALK_MATCH_MAX_DISTANCE_M,
    sidewalk_max_angle: float = SIDEWALK_MATCH_MAX_ANGLE_DEG,
    sidewalk_min_coverage: float = SIDEWALK_MIN_COVERAGE,
    feedback: Feedback | None = None,
) -> OsmKerbsideResult:
    """Kerbs with side-specific parking and pavement values, restrictions and points from OSM.

    ``lines``, ``points`` and ``polygons`` are GDAL OSM driver layers (``lines``, ``points``,
    ``multipolygons``) in one projected CRS. ``include_service=False`` leaves every
    ``highway=service`` out; ``excluded_service_types`` leaves out some ``service=*`` kinds.
    Widths and lane width go to :func:`kerbs_from_roads`. See the module docstring for the
    fields, the inference rules and the summary.
    """
    fb = ensure_feedback(feedback)
    if lines is None:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "no lines layer given; read the 'lines' layer of the OSM file."
                )
            )
        )
    crs = check_crs({"lines": lines, "points": points, "polygons": polygons})
    classes = {str(c).strip().lower() for c in carriageway_classes}
    if not include_service:
        classes.discard("service")
    excluded_service = {str(s).strip().lower() for s in excluded_service_types}

    # Tags.
    layers = [("lines", lines), ("points", points), ("multipolygons", polygons)]
    layer_tags = {}
    malformed_total = 0
    for name, gdf in layers:
        if gdf is None:
            continue
        bad: list = []
        layer_tags[name] = _Tags(_layer_tags(gdf, bad))
        if bad:
            malformed_total += len(set(bad))
            _, ids = _osm_ids(gdf, name)
            _warn_ids(
                fb,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer '{layer}': {count} feature(s) with 'other_tags' that could not be "
                    "read completely; the tags before the error were kept (ids: {ids}).",
                ),
                ids[sorted(set(bad))],
                layer=name,
                count=len(set(bad)),
            )
        fb.check_canceled()
    fb.set_progress(15)

    lt = layer_tags["lines"]
    _, l_ids = _osm_ids(lines, "lines")
    highway = lt.low("highway")
    geom_type = shapely.get_type_id(np.asarray(lines.geometry.array, dtype=object))
    # Null geometries (-1) go on to kerbs_from_roads, which skips them with a warning.
    is_road = np.isin(highway, list(classes)) & np.isin(geom_type, (-1, 1, 2, 5))
    is_road &= ~((highway == "service") & np.isin(lt.low("service"), list(excluded_service)))
    is_road &= lt.low("area") != "yes"
    road_rows = np.flatnonzero(is_road)
    roads_tags = _Tags([lt.dicts[i] for i in road_rows])
    road_ids = l_ids[road_rows].astype(object)
    dup = pd.Series(road_ids).duplicated(keep=False).to_numpy()
    if dup.any():
        n_dup = pd.Series(road_ids).groupby(road_ids).cumcount().to_numpy() + 1
        road_ids = np.where(dup, [f"{a}#{b}" for a, b in zip(road_ids, n_dup)], road_ids)
        _warn_ids(
            fb,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Layer 'lines': {count} ways share an osm_id; numbered #1, #2 (ids: {ids}).",
            ),
            np.unique(road_ids[dup]),
            count=int(dup.sum()),
        )

    # Carriageway width from tags (plausible values only), lanes.
    width_raw, _ = roads_tags.pick(["width:carriageway", "width", "est_width"])
    width = _lengths(width_raw)
    bad = np.isfinite(width) & (
        (width < MIN_PLAUSIBLE_CARRIAGEWAY_WIDTH_M) | (width > MAX_PLAUSIBLE_CARRIAGEWAY_WIDTH_M)
    )
    unread = _has(width_raw) & ~np.isfinite(width)
    if bad.any():
        _warn_ids(
            fb,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Layer 'lines': {count} carriageway width tag(s) outside "
                "{minimum:g}-{maximum:g} m ignored; used lanes or the class default "
                "(ids: {ids}).",
            ),
            road_ids[bad],
            count=int(bad.sum()),
            minimum=MIN_PLAUSIBLE_CARRIAGEWAY_WIDTH_M,
            maximum=MAX_PLAUSIBLE_CARRIAGEWAY_WIDTH_M,
        )
        width[bad] = np.nan
    if unread.any():
        _warn_ids(
            fb,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Layer 'lines': {count} carriageway width tag(s) not understood "
                "({values}); used lanes or the class default (ids: {ids}).",
            ),
            road_ids[unread],
            count=int(unread.sum()),
            values=", ".join(sorted(set(map(str, width_raw[unread])))[:5]),
        )
    lanes = _ints(roads_tags.raw("lanes"))
    fwd, bwd = _ints(roads_tags.raw("lanes:forward")), _ints(roads_tags.raw("lanes:backward"))
    take = np.isnan(lanes) & np.isfinite(fwd) & np.isfinite(bwd)
    lanes[take] = fwd[take] + bwd[take]
    roads = gpd.GeoDataFrame(
        {
            "road_id": pd.Series(road_ids, dtype=object),
            "street": pd.Series(roads_tags.raw("name"), dtype=object),
            "highway": pd.Series(highway[road_rows], dtype=object),
            "cw_width": width,
            "cw_lanes": lanes,
        },
        geometry=gpd.GeoSeries(np.asarray(lines.geometry.array, dtype=object)[road_rows], crs=crs),
        crs=crs,
    )
    sub = ProgressRange(fb, 15, 45, hold=("without a carriageway width in",))
    kerbs = kerbs_from_roads(
        roads,
        width_field="cw_width",
        lanes_field="cw_lanes",
        class_field="highway",
        id_field="road_id",
        name_field="street",
        lane_width=lane_width,
        class_widths=class_widths,
        default_width=default_width,
        feedback=sub,
    )
    fb.check_canceled()

    # Side attributes, joined to the kerbs by (road, side).
    report: Counter = Counter()
    sides = {}
    for side in _SIDES:
        attrs = _parking_side(roads_tags, side, report)
        attrs.update(_sidewalk_side(roads_tags, side, highway[road_rows], report))
        sides[side] = attrs
    if report:
        listed = ", ".join(f"{k}={v} ({c})" for (k, v), c in report.most_common(10))
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'lines': street-parking or sidewalk tag values not understood, kept "
                    "as tagged or ignored: {values}.",
                ),
                values=listed,
            )
        )
    fb.set_progress(55)
    pos_of_road = {rid: i for i, rid in enumerate(road_ids)}
    k_row = np.array([pos_of_road[r] for r in kerbs["road_id"].to_numpy()], dtype=np.int64)
    k_side = kerbs["side"].to_numpy(dtype=object)
    is_left = k_side == "left"

    def side_column(name):
        left, right = sides["left"][name], sides["right"][name]
        out = np.where(is_left, left[k_row], right[k_row])
        return out.astype(float) if left.dtype.kind == "f" else out.astype(object)

    columns = {name: side_column(name) for name in sides["left"]}

    # Separately mapped sidewalks along the kerbs.
    is_sidewalk = (lt.low("footway") == "sidewalk") | (
        (lt.low("is_sidepath") == "yes") & np.isin(highway, ["footway", "path", "cycleway"])
    )
    is_sidewalk &= ~is_road & np.isin(geom_type, (1, 2))
    sw_rows = np.flatnonzero(is_sidewalk)
    sw_geoms = shapely.force_2d(np.asarray(lines.geometry.array, dtype=object)[sw_rows])
    ok = ~shapely.is_missing(sw_geoms)
    ok[ok] = ~shapely.is_empty(sw_geoms[ok]) & (shapely.length(sw_geoms[ok]) > 0)
    sw_rows, sw_geoms = sw_rows[ok], sw_geoms[ok]
    sw_width = _narrowest(
        np.where(
            np.isfinite(_lengths(lt.raw("width")[sw_rows])),
            _lengths(lt.raw("width")[sw_rows]),
            _lengths(lt.raw("est_width")[sw_rows]),
        ),
        _narrowest(
            _lengths(lt.raw("minwidth")[sw_rows]), _lengths(lt.raw("width:minimum")[sw_rows])
        ),
    )
    kerb_geoms = np.asarray(kerbs.geometry.array, dtype=object)
    coverage, sep_width = _match_separate_sidewalks(
        kerb_geoms,
        sw_geoms,
        sw_width,
        max_distance=sidewalk_max_distance,
        max_angle_deg=sidewalk_max_angle,
        spacing=SIDEWALK_SAMPLE_SPACING_M,
    )
    along = coverage >= sidewalk_min_coverage
    sw = columns["sidewalk"]
    sw_prov = columns["sidewalk_provenance"]
    take = ~_has(sw) & along
    sw[take], sw_prov[take] = "separate", PROVENANCE_INFERRED
    sw[~_has(sw)] = "unknown"
    sw_prov[~_has(sw_prov)] = PROVENANCE_DEFAULT
    fw = columns["footway_width_m"]
    fw_prov = columns["footway_width_provenance"]
    take = np.isnan(fw) & (sw == "no")
    fw[take], fw_prov[take] = 0.0, PROVENANCE_INFERRED
    take = np.isnan(fw) & along & np.isfinite(sep_width) & (sw != "no")
    fw[take], fw_prov[take] = sep_width[take], PROVENANCE_INFERRED
    fw_prov[~_has(fw_prov)] = PROVENANCE_DEFAULT
    fb.set_progress(70)
    fb.check_canceled()

    cw_source = kerbs["width_source"].to_numpy(dtype=object)
    out = kerbs.copy()
    out["osm_id"] = l_ids[road_rows][k_row]
    out["highway"] = highway[road_rows][k_row]
    out["oneway"] = roads_tags.raw("oneway")[k_row]
    out["carriageway_width_provenance"] = np.select(
        [cw_source == "field", cw_source == "lanes"],
        [PROVENANCE_TAGGED, PROVENANCE_INFERRED],
        default=PROVENANCE_DEFAULT,
    ).astype(object)
    for name in KERB_FIELDS:
        if name in columns:
            out[name] = columns[name]
    out["footway_width_m"] = fw.astype(float)
    kerbs_out = gpd.GeoDataFrame(
        out[list(KERB_FIELDS)], geometry=out.geometry.to_numpy(), crs=crs
    ).reset_index(drop=True)

    # Kerb restrictions.
    res = columns["parking_restriction"]
    cond = columns["parking_condition"]
    regulated_cond = _has(cond) & ~np.isin(cond, list(UNREGULATED_CONDITIONS))
    has_res = _has(res)
    rows = np.flatnonzero(has_res | regulated_cond)
    value = np.where(has_res, res, cond)[rows].astype(object)
    raw_value = np.where(has_res, columns["_restriction_raw"], cond)[rows].astype(object)
    key = np.where(has_res, columns["_restriction_key"], columns["_condition_key"])[rows]
    prov = np.where(
        has_res, columns["parking_restriction_provenance"], columns["parking_condition_provenance"]
    )[rows]
    reg = np.array([OSM_REGULATION_TYPES.get(v, v) for v in value], dtype=object)
    category = np.array(
        [
            "ev_charging"
            if v == "charging_only"
            else KERBSIDE_CATEGORY_BY_REGULATION_TYPE.get(r) or "other"
            for v, r in zip(value, reg)
        ],
        dtype=object,
    )
    kerb_ids = kerbs_out["kerb_id"].to_numpy(dtype=object)
    kerb_frame = pd.DataFrame(
        {
            "restriction_id": kerb_ids[rows],
            "kind": KIND_KERB_RESTRICTION,
            "kerb_id": kerb_ids[rows],
            "side": k_side[rows],
            "osm_type": "way",
            "osm_id": kerbs_out["osm_id"].to_numpy(dtype=object)[rows],
            "regulation_type": reg,
            "kerbside_category": category,
            "osm_key": key.astype(object),
            "osm_value": raw_value,
            "conditions": columns["_conditions"][rows],
            "crossing_kind": None,
            "name": kerbs_out["street"].to_numpy(dtype=object)[rows],
            "provenance": prov.astype(object),
            "geometry": kerb_geoms[rows],
        }
    )
    fb.set_progress(80)

    # Points, bus stops and crossings from every layer.
    point_frames: list = []
    restriction_frames = [kerb_frame]
    for name, gdf in layers:
        if gdf is None or len(gdf) == 0:
            continue
        tags = layer_tags[name]
        osm_type, osm_id = _osm_ids(gdf, name)
        geoms = shapely.force_2d(np.asarray(gdf.geometry.array, dtype=object))
        valid = ~shapely.is_missing(geoms)
        valid[valid] = ~shapely.is_empty(geoms[valid])
        if name == "lines":
            valid &= ~is_road
        if not valid.all():
            keep_tags = _Tags([tags.dicts[i] for i in np.flatnonzero(valid)])
            if name != "lines":
                _warn_ids(
                    fb,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer '{layer}': {count} feature(s) without geometry skipped "
                        "(ids: {ids}).",
                    ),
                    osm_id[~valid],
                    layer=name,
                    count=int((~valid).sum()),
                )
        else:
            keep_tags = tags
        p_frames, r_frames = _collect_points(
            keep_tags, osm_type[valid], osm_id[valid], geoms[valid]
        )
        point_frames.extend(p_frames)
        restriction_frames.extend(r_frames)
        fb.check_canceled()
    points_out = _finish_points(point_frames, crs)
    restrictions_out = _finish_restrictions(restriction_frames, crs)
    fb.set_progress(95)

    summary = _summary(lines, roads, kerbs_out, restrictions_out, points_out, malformed_total)
    _report(fb, summary)
    fb.set_progress(100)
    return OsmKerbsideResult(kerbs_out, restrictions_out, points_out, summary)


def _summary(lines, roads, kerbs, restrictions, points, malformed) -> dict:
    prov_fields = {"carriageway_width": "carriageway_width_provenance"}
    prov_fields.update({f: f"{f}_provenance" for f in SIDE_FIELDS})
    value_fields = {
        "carriageway_width": "width_source",
        "parking_position": "parking_position",
        "parking_orientation": "parking_orientation",
        "parking_restriction": "parking_restriction",
        "parking_condition": "parking_condition",
        "sidewalk": "sidewalk",
        "footway_width": "footway_width_m",
    }
    provenance = {}
    values = {}
    for name, col in prov_fields.items():
        counts = Counter(kerbs[col].to_numpy(dtype=object))
        provenance[name] = {p: int(counts.get(p, 0)) for p in PROVENANCES}
        per_value: dict = {}
        for v, p in zip(kerbs[value_fields[name]].to_numpy(dtype=object), kerbs[col]):
            label = "null" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)
            per_value.setdefault(label, {q: 0 for q in PROVENANCES})[p] += 1
        values[name] = per_value
    return {
        "lines_in": int(len(lines)),
        "roads": int(len(roads)),
        "roads_by_highway": _counts(roads["highway"]),
        "centreline_length_m": float(shapely.length(roads.geometry.array).sum()),
        "kerb_count": int(len(kerbs)),
        "kerb_length_m": float(shapely.length(kerbs.geometry.array).sum()),
        "provenance": provenance,
        "values": values,
        "restrictions": {k: int((restrictions["kind"] == k).sum()) for k in RESTRICTION_KINDS},
        "regulation_types": _counts(restrictions["regulation_type"]),
        "points": {k: int((points["kind"] == k).sum()) for k in POINT_KINDS},
        "malformed_tags": int(malformed),
    }


def _report(fb: Feedback, summary: dict) -> None:
    n = summary["kerb_count"]
    if n == 0:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No carriageway ways (highway=residential, primary... as chosen in the "
                    "carriageway classes) in the lines layer: no kerbs were made. Check the layer "
                    "is the 'lines' layer of the OSM file.",
                )
            )
        )
        return
    prov = summary["provenance"]
    shares = {
        f"{short}_{source}": prov[name][source]
        for short, name in (
            ("position", "parking_position"),
            ("restriction", "parking_restriction"),
            ("sidewalk", "sidewalk"),
            ("footway", "footway_width"),
            ("carriageway", "carriageway_width"),
        )
        for source in ("tagged", "inferred", "default")
    }
    message = Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "OpenStreetMap kerbside: {kerbs} kerbs from {ways} ways. Parking position: "
            "{position_tagged} tagged, {position_inferred} inferred, {position_default} default; "
            "restriction: {restriction_tagged} tagged, {restriction_inferred} inferred, "
            "{restriction_default} default; sidewalk: {sidewalk_tagged} tagged, "
            "{sidewalk_inferred} inferred, {sidewalk_default} default; footway width: "
            "{footway_tagged} tagged, {footway_inferred} inferred, {footway_default} default; "
            "carriageway width: {carriageway_tagged} tagged, {carriageway_inferred} inferred, "
            "{carriageway_default} default.",
        ),
        kerbs=n,
        ways=summary["roads"],
        **shares,
    )
    info = getattr(fb, "info", None)
    if info:
        info(message)
    parking_tagged = max(
        prov[f]["tagged"]
        for f in (
            "parking_position",
            "parking_orientation",
            "parking_restriction",
            "parking_condition",
        )
    )
    if parking_tagged < LOW_PARKING_TAG_SHARE * n:
        fb.warn(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "OpenStreetMap has street-parking tags on only {tagged} of {kerbs} kerbs: the "
                    "parking values of the others are defaults (no restriction known). Check "
                    "parking and footways on site, or use D-TRO data.",
                ),
                tagged=parking_tagged,
                kerbs=n,
            )
        )


def detect_osm_format(path) -> str | None:
    """'pbf' or 'xml' from the first bytes of an OpenStreetMap file; None if it is neither.

    A PBF file starts with a 4-byte header length and a BlobHeader of type "OSMHeader"; an XML
    file with an ``<?xml`` declaration or the ``<osm`` element.
    """
    head = read_file_bytes(path, 64)
    if b"OSMHeader" in head[4:32]:
        return "pbf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<?xml") or text.startswith(b"<osm"):
        return "xml"
    return None
