"""Kerbside eligibility: where a chargepoint and its bay may go along each kerb, and why not.

:func:`assess_kerbside_eligibility` turns every constraint into chainage intervals along the
kerbs (linear referencing, vectorised with STRtree queries), then splits each kerb into maximal
runs with one set of reasons (numpy interval arithmetic, see :mod:`.intervals`).

How each input becomes intervals along a kerb
---------------------------------------------
* Lines (restrictions drawn along the kerb...) apply to kerbs they come within ``max_offset``
  (default 1 m) of: their vertices are projected onto the kerb and the stretch of the line
  within that lateral distance is kept (a line drawn as a chord along a curved kerb covers the
  kerb between its ends), then extended by the layer's buffer at both ends.
* Polygons (bays, zones) apply likewise: the part of the polygon within ``max_offset`` of the
  kerb is projected onto it, then extended by the buffer.
* Points (bus stop poles, dropped kerbs, cycle stands, bay centres...) apply to the nearest kerb
  within ``point_max_offset`` (3 m), as their chainage +/- the layer's buffer (bays mapped as
  points are ``point_bay_length`` long). Crossings (points on the road centreline) apply to
  every kerb within ``crossing_max_offset`` (10 m), so to both sides of the road.
* Junctions are nodes of degree >= 3 of the ROADS network (end points snapped within
  ``junction_snap_tolerance``; a road passing through a node counts 2, one ending there 1).
  Kerb within ``junction_setback`` of a node, measured as a straight-line (Euclidean) distance
  from the node, is excluded.
* Footway: from a width field on the kerbs (constant along each kerb; null/negative = unknown)
  or measured on footway polygons every ``transect_spacing`` metres (:mod:`.footway`). The unit
  and its set-back from the kerb edge take ``unit_footprint + unit_setback`` off the clear width;
  what remains must be at least ``min_clear_width``.
* Lamp-column chargers: the kerb within ``lamp_column_reach`` (default one bay length) along the
  kerb of a lamp column standing within ``lamp_column_max_offset`` of the kerb edge; the rest is
  NO_LAMP_COLUMN.
* RUN_TOO_SHORT: a stretch of consecutive runs that are eligible or eligible with a TRO change,
  shorter than ``min_run_length`` (default bay length x bays per unit), becomes ineligible.

Output runs (a public contract): one row per maximal run of one status and one set of reasons
-----------------------------------------------------------------------------------------------
``kerb_id``, ``usrn``, ``street``, ``side``
    copied from the kerb (``kerb_id`` is the kerb's index when the layer has no id field).
``from_m``, ``to_m``, ``length_m``
    chainage along the kerb in metres from its first vertex (parts of a multipart kerb follow
    one another); the runs of a kerb partition it exactly.
``status``
    ``eligible``; ``eligible_with_tro_change`` (only TRO_CHANGE_* reasons: usable once the
    traffic order is changed); ``ineligible`` (at least one other reason).
``eligible``
    True unless ``status`` is ``ineligible``.
``reasons``
    the reason codes (see :data:`REASON_TEXT`), sorted, comma separated; empty when eligible.
``clear_width_m``
    the narrowest footway clear width along the run minus the unit's footprint and set-back:
    what would remain for pedestrians beside the chargepoint (>= 0; null when unknown).
``max_bays``
    floor(length / bay length) for eligible runs (either eligible status), 0 for ineligible.

Summary (``EligibilityResult.summary``)
---------------------------------------
``kerb_length_m``, ``eligible_length_m`` (status eligible), ``tro_change_length_m``,
``excluded_length_m`` (ineligible; each metre once), ``excluded_m_by_reason`` (metres of
ineligible runs per exclusion reason: a metre with two reasons counts under both, so these may
add up to more than ``excluded_length_m``), ``tro_change_m_by_reason``, ``max_bays``,
``kerb_count``, ``run_count``, ``unmapped_restriction_types`` ({value: count}),
``checks_skipped`` (checks without input data), ``charger_type``, ``min_run_length_m``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import intervals as iv
from .errors import ParameterError
from .feedback import Feedback, ensure_feedback
from .footway import (
    DEFAULT_OBSTACLE_SIZE_M,
    DEFAULT_TRANSECT_SPACING_M,
    aggregate_samples,
    measure_parts,
    obstacle_parts,
)
from .kerbs import (
    KerbParts,
    _numeric,
    check_crs,
    clean_geometries,
    feature_ids,
    format_ids,
    normalise_key,
    prepare_kerbs,
    require_fields,
)
from .text import QT_TRANSLATE_NOOP, Message

EXCLUDED = "excluded"
ALLOWED = "allowed"
TRO_CHANGE = "tro_change"
POLICIES = (EXCLUDED, ALLOWED, TRO_CHANGE)

STATUS_ELIGIBLE = "eligible"
STATUS_TRO_CHANGE = "eligible_with_tro_change"
STATUS_INELIGIBLE = "ineligible"

# --- Guidance defaults -----------------------------------------------------------------------
# Inclusive Mobility (DfT, 2021): 2.0 m clear footway width normally, 1.5 m the absolute
# minimum where constrained. The chargepoint is an obstacle on the footway.
MIN_CLEAR_WIDTH_M = 1.5
PREFERRED_CLEAR_WIDTH_M = 2.0
# Highway Code rule 243: do not stop or park opposite or within 10 metres of a junction,
# except in an authorised parking space.
JUNCTION_SETBACK_M = 10.0
# Road ends closer than this are one node (digitising tolerance of centreline data).
JUNCTION_SNAP_TOLERANCE_M = 0.5
# Lines/polygons apply to a kerb they lie within this lateral distance of (restrictions are
# drawn on or just off the kerb line; the opposite kerb is >= 3.7 m away).
FEATURE_MAX_OFFSET_M = 1.0
# Points (poles on the footway, bay centres in the carriageway) apply to the nearest kerb
# within this distance: a 3.6 m deep bay's centre is 1.8 m from the kerb.
POINT_FEATURE_MAX_OFFSET_M = 3.0
# Crossings are mapped on the road centreline: half a wide (4-lane) carriageway plus margin.
CROSSING_MAX_OFFSET_M = 10.0
# Bays mapped as points are taken as a bay of this length centred on the point: 6.6 m is the
# on-street disabled bay length of DfT guidance (Traffic Advisory Leaflet 5/95; Inclusive
# Mobility 6.6 m x 3.6 m parallel bays).
POINT_BAY_LENGTH_M = 6.6
# Extra kerb kept clear beyond the ends of accessible and car club bays: none, the bay
# markings already include the access zone (TAL 5/95 bay dimensions).
ACCESSIBLE_BAY_BUFFER_M = 0.0
CAR_CLUB_BAY_BUFFER_M = 0.0
# Cycle parking: keep 2 m each side of stands clear for access (LTN 1/20 chapter 11 spaces
# Sheffield stands about 1 m apart; a local design choice, not a guidance figure).
CYCLE_PARKING_BUFFER_M = 2.0
# Dropped kerbs mapped as points: 2.5 m each side covers a typical 3-4.5 m vehicle crossover with
# its transition kerbs (council vehicle crossover specifications); Highway Code rule 243: do not
# park where the kerb has been lowered.
DROPPED_KERB_BUFFER_M = 2.5
# Bus stop poles: a bus stop clearway cage for one bus is about 25 m (TSRGD 2016 diagram
# 1025.1 markings; TfL Accessible Bus Stop Design Guidance). The pole's place in the cage is
# unknown, so 12.5 m each side.
BUS_STOP_BUFFER_M = 12.5
# Crossings mapped as points: the zig-zag controlled area normally runs 8 marks, about 15 m, each
# side of a zebra or signal-controlled crossing (TSRGD 2016 diagram 1001.3; Traffic Signs
# Manual chapter 5). Uncontrolled crossings (dropped kerbs, tactile paving) have no zig-zags;
# 5 m each side keeps the crossing point and sight lines clear (local choice).
CROSSING_BUFFER_M = 15.0
UNCONTROLLED_CROSSING_BUFFER_M = 5.0
CROSSING_BUFFER_BY_KIND: dict[str, float] = {
    "zebra": CROSSING_BUFFER_M,
    "signalised": CROSSING_BUFFER_M,
    "signalized": CROSSING_BUFFER_M,
    "traffic_signals": CROSSING_BUFFER_M,
    "pelican": CROSSING_BUFFER_M,
    "puffin": CROSSING_BUFFER_M,
    "toucan": CROSSING_BUFFER_M,
    "pegasus": CROSSING_BUFFER_M,
    "marked": CROSSING_BUFFER_M,
    "uncontrolled": UNCONTROLLED_CROSSING_BUFFER_M,
    "unmarked": UNCONTROLLED_CROSSING_BUFFER_M,
    "informal": UNCONTROLLED_CROSSING_BUFFER_M,
    "dropped_kerb": UNCONTROLLED_CROSSING_BUFFER_M,
}
# Restriction lines/polygons: no extra length beyond their drawn extent.
RESTRICTION_BUFFER_M = 0.0
# Lamp columns at the kerb edge are typically set back 0.45-0.8 m from the kerb face (street
# lighting practice, BS 5489-1); a charger in a column further back would need a cable across
# the footway. 1.0 m allows for that plus positional error.
LAMP_COLUMN_MAX_OFFSET_M = 1.0
# Tolerance for floating point comparisons of widths and lengths (metres).
_EPS = 1e-9


@dataclass(frozen=True)
class ChargerType:
    """A chargepoint unit and the bays it serves.

    ``unit_footprint_m`` is the unit's depth across the footway, ``setback_m`` its distance from
    the kerb edge: together they are taken off the footway's clear width.
    """

    name: str
    label: str
    power_kw: tuple[float, float]
    unit_footprint_m: float
    setback_m: float
    bay_length_m: float
    bays_per_unit: int
    needs_lamp_column: bool

    @property
    def min_run_length_m(self) -> float:
        return self.bay_length_m * self.bays_per_unit


# Bay length 6.6 m: the parallel EV bay length used in many council design guides (room to reach
# the socket at the front or back of the car); Manual for Streets (2007) sizes ordinary parallel
# spaces at about 6 m, DfT accessible bays are 6.6 m. Set-back 0.45 m: the usual minimum
# clearance between the kerb face and street furniture (Traffic Signs Manual lateral clearance;
# council street furniture guides). Footprints are typical manufacturers' base depths, not
# guidance: lamp-column chargers sit inside the existing column (no new footprint), 7 kW posts
# ~0.4 m, 22 kW posts ~0.5 m, 50 kW rapid cabinets ~0.8 m. Posts serve two bays (twin socket).
CHARGER_TYPES: dict[str, ChargerType] = {
    "lamp_column": ChargerType(
        "lamp_column",
        QT_TRANSLATE_NOOP("ChargerTypes", "Lamp-column charger (3-5 kW)"),
        (3.0, 5.5),
        0.0,
        0.0,
        6.6,
        1,
        True,
    ),
    "post_7kw": ChargerType(
        "post_7kw",
        QT_TRANSLATE_NOOP("ChargerTypes", "Standard post (7 kW)"),
        (7.0, 7.4),
        0.4,
        0.45,
        6.6,
        2,
        False,
    ),
    "post_22kw": ChargerType(
        "post_22kw",
        QT_TRANSLATE_NOOP("ChargerTypes", "Fast post (22 kW)"),
        (11.0, 22.0),
        0.5,
        0.45,
        6.6,
        2,
        False,
    ),
    "rapid_50kw": ChargerType(
        "rapid_50kw",
        QT_TRANSLATE_NOOP("ChargerTypes", "Rapid charger (50 kW and more)"),
        (50.0, 150.0),
        0.8,
        0.45,
        6.6,
        2,
        False,
    ),
}
DEFAULT_CHARGER_TYPE = "post_7kw"

# --- Reason codes (a public contract) -----------------------------------------------------------
# Order matters only for the internal bit masks. TRO_CHANGE_* codes make a run
# "eligible_with_tro_change"; every other code makes it "ineligible".
# pylupdate5 misses a QT_TRANSLATE_NOOP call with a trailing comma: keep the format as is.
# fmt: off
REASON_TEXT: dict[str, str] = {
    "NO_FOOTWAY": QT_TRANSLATE_NOOP(
        "ReasonCodes", "There is no footway at this kerb, so nowhere to put a chargepoint."
    ),
    "FOOTWAY_TOO_NARROW": QT_TRANSLATE_NOOP(
        "ReasonCodes",
        "The footway is too narrow: with the chargepoint on it, less than the minimum clear "
        "width would be left for pedestrians (Inclusive Mobility 2021)."
    ),
    "FOOTWAY_WIDTH_UNKNOWN": QT_TRANSLATE_NOOP(
        "ReasonCodes", "The footway width is not known here; measure it before siting."
    ),
    "TRO_NO_WAITING": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Waiting is prohibited here (yellow lines)."
    ),
    "TRO_NO_STOPPING": QT_TRANSLATE_NOOP("ReasonCodes", "Stopping is prohibited here."),
    "TRO_RED_ROUTE": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Red route: stopping is controlled by red lines."
    ),
    "TRO_CLEARWAY": QT_TRANSLATE_NOOP("ReasonCodes", "Clearway: stopping is prohibited."),
    "TRO_LOADING": QT_TRANSLATE_NOOP("ReasonCodes", "Loading bay or loading place."),
    "TRO_NO_LOADING": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Loading is prohibited here (kerb markings)."
    ),
    "TRO_TAXI_RANK": QT_TRANSLATE_NOOP("ReasonCodes", "Taxi rank."),
    "TRO_ZIG_ZAG": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Zig-zag markings (school or other keep-clear): stopping is prohibited."
    ),
    "TRO_BUS_LANE": QT_TRANSLATE_NOOP("ReasonCodes", "Bus lane, bus gate or bus-only street."),
    "TRO_CYCLE_LANE": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Cycle lane: a parked car would block cyclists."
    ),
    "TRO_MOTORCYCLE_BAY": QT_TRANSLATE_NOOP("ReasonCodes", "Motorcycle parking bay."),
    "TRO_PEDESTRIAN_ZONE": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Pedestrian zone or street closed to motor vehicles."
    ),
    "TRO_OTHER": QT_TRANSLATE_NOOP(
        "ReasonCodes",
        "Another traffic order or marking that does not allow a chargepoint bay here."
    ),
    "TRO_UNMAPPED": QT_TRANSLATE_NOOP(
        "ReasonCodes",
        "A restriction of a type that is not in the restriction mapping; treated as excluded "
        "(edit the mapping to decide)."
    ),
    "ACCESSIBLE_BAY": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Disabled badge holders' bay: never replaced by a chargepoint bay."
    ),
    "CYCLE_PARKING": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Cycle parking, or the space needed to reach it."
    ),
    "CAR_CLUB_BAY": QT_TRANSLATE_NOOP("ReasonCodes", "Car club bay."),
    "BUS_STOP": QT_TRANSLATE_NOOP("ReasonCodes", "Bus stop or bus stop clearway."),
    "CROSSING": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Pedestrian crossing or its zig-zag controlled area."
    ),
    "DROPPED_KERB": QT_TRANSLATE_NOOP(
        "ReasonCodes",
        "Dropped kerb (driveway or crossing point) that must be kept clear (Highway Code "
        "rule 243)."
    ),
    "JUNCTION_SETBACK": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Too close to a junction (Highway Code rule 243: not within 10 m)."
    ),
    "NO_LAMP_COLUMN": QT_TRANSLATE_NOOP(
        "ReasonCodes", "No lamp column at the kerb edge close enough for a lamp-column charger."
    ),
    "RUN_TOO_SHORT": QT_TRANSLATE_NOOP(
        "ReasonCodes", "The usable length of kerb here is too short for the chargepoint's bays."
    ),
    "TRO_CHANGE_LIMITED_WAITING": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Limited waiting bay: usable after a traffic order change."
    ),
    "TRO_CHANGE_PERMIT": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Permit (residents') parking: usable after a traffic order change."
    ),
    "TRO_CHANGE_PAY_AND_DISPLAY": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Paid parking bay: usable after a traffic order change."
    ),
    "TRO_CHANGE_PARKING_PLACE": QT_TRANSLATE_NOOP(
        "ReasonCodes", "Designated parking place: usable after a traffic order change."
    ),
    "TRO_CHANGE_OTHER": QT_TRANSLATE_NOOP("ReasonCodes", "Usable after a traffic order change."),
    "TRO_CHANGE_UNMAPPED": QT_TRANSLATE_NOOP(
        "ReasonCodes",
        "A restriction of a type that is not in the restriction mapping; treated as needing a "
        "traffic order change (edit the mapping to decide)."
    ),
}
# fmt: on

REASON_CODES: tuple[str, ...] = tuple(REASON_TEXT)
TRO_CHANGE_CODES = frozenset(c for c in REASON_CODES if c.startswith("TRO_CHANGE_"))
EXCLUSION_CODES = frozenset(c for c in REASON_CODES if c not in TRO_CHANGE_CODES)

_X, _A, _T = EXCLUDED, ALLOWED, TRO_CHANGE
_TEMPORARY = (_A, None)  # temporary orders do not decide where a permanent bay may go
_MOVEMENT = (_A, None)  # movement / dimension orders do not regulate the kerbside

# Restriction type -> (policy, reason code). Every D-TRO v3.4/v4.0 ``regulationType``, then
# common OpenStreetMap (parking:*:restriction, parking:*:condition) and free-text values.
# Lookups ignore case, spaces, underscores and hyphens.
DEFAULT_RESTRICTION_MAPPING: dict[str, tuple[str, str | None]] = {
    # D-TRO kerbside
    "kerbsideControlledParkingZone": (_A, None),  # zone: the bays/lines inside decide
    "kerbsideDisabledBadgeHoldersOnly": (_X, "ACCESSIBLE_BAY"),
    "kerbsideDoubleRedLines": (_X, "TRO_RED_ROUTE"),
    "kerbsideFootwayParking": (_T, "TRO_CHANGE_PARKING_PLACE"),
    "kerbsideFootwayParkingProhibited": (_A, None),  # bans footway parking only
    "kerbsideLimitedWaiting": (_T, "TRO_CHANGE_LIMITED_WAITING"),
    "kerbsideLoadingBay": (_X, "TRO_LOADING"),
    "kerbsideLoadingBayPassengerSetDownPermitted": (_X, "TRO_LOADING"),
    "kerbsideLoadingBayPassengerSetDownProhibited": (_X, "TRO_LOADING"),
    "kerbsideLoadingPlace": (_X, "TRO_LOADING"),
    "kerbsideLoadingPlacePassengerSetDownPermitted": (_X, "TRO_LOADING"),
    "kerbsideLoadingPlacePassengerSetDownProhibited": (_X, "TRO_LOADING"),
    "kerbsideNoLoadingPassengerSetDownPermitted": (_X, "TRO_NO_LOADING"),
    "kerbsideNoLoadingPassengerSetDownProhibited": (_X, "TRO_NO_LOADING"),
    "kerbsideMotorcycleParkingPlace": (_X, "TRO_MOTORCYCLE_BAY"),
    "kerbsideNoLoading": (_X, "TRO_NO_LOADING"),
    "kerbsideNoStopping": (_X, "TRO_NO_STOPPING"),
    "kerbsideNoWaiting": (_X, "TRO_NO_WAITING"),
    "kerbsideOtherYellowZigZagMandatory": (_X, "TRO_ZIG_ZAG"),
    "kerbsideParkingPlace": (_T, "TRO_CHANGE_PARKING_PLACE"),
    "kerbsidePaymentParkingPlace": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "kerbsidePermitParkingArea": (_A, None),  # area: the bays inside decide
    "kerbsidePermitParkingPlace": (_T, "TRO_CHANGE_PERMIT"),
    "kerbsideRedRouteClearway": (_X, "TRO_CLEARWAY"),
    "kerbsideRestrictedParkingZone": (_A, None),  # zone: the bays inside decide
    "kerbsideRedRouteBusStopClearway": (_X, "BUS_STOP"),
    "kerbsideRuralClearway": (_X, "TRO_CLEARWAY"),
    "kerbsideSchoolKeepClearYellowZigZagMandatory": (_X, "TRO_ZIG_ZAG"),
    "kerbsideSingleRedLines": (_X, "TRO_RED_ROUTE"),
    "kerbsideTaxiRank": (_X, "TRO_TAXI_RANK"),
    "kerbsideUrbanClearway": (_X, "TRO_CLEARWAY"),
    # D-TRO not-by-order kerbside features
    "nonOrderKerbsideBusStop": (_X, "BUS_STOP"),
    "nonOrderKerbsidePedestrianCrossing": (_X, "CROSSING"),
    "nonOrderMovementBoxJunction": (_X, "TRO_OTHER"),
    # D-TRO miscellaneous
    "miscBaySuspension": _TEMPORARY,
    "miscBusGate": (_X, "TRO_BUS_LANE"),
    "miscBusLaneWithTrafficFlow": (_X, "TRO_BUS_LANE"),
    "miscBusOnlyStreet": (_X, "TRO_BUS_LANE"),
    "miscCongestionLowEmissionZone": (_A, None),
    "miscContraflow": (_A, None),
    "miscContraflowBusLane": (_X, "TRO_BUS_LANE"),
    "miscCycleHireParking": (_X, "CYCLE_PARKING"),
    "miscCycleLane": (_X, "TRO_CYCLE_LANE"),
    "miscCycleLaneClosure": _TEMPORARY,
    "miscCycleParking": (_X, "CYCLE_PARKING"),
    "miscFootpathClosure": _TEMPORARY,
    "miscFootwayClosure": _TEMPORARY,
    "miscLaneClosure": _TEMPORARY,
    "miscPROWClosure": _TEMPORARY,
    "miscPedestrianZone": (_X, "TRO_PEDESTRIAN_ZONE"),
    "miscRoadClosure": _TEMPORARY,
    "miscRoadClosureCrossingPoint": _TEMPORARY,
    "miscSuspensionOfBusway": _TEMPORARY,
    "miscSuspensionOfOneWay": _TEMPORARY,
    "miscSuspensionOfParkingRestriction": _TEMPORARY,
    "miscSuspensionOfWeightRestriction": _TEMPORARY,
    "miscTemporaryParkingBay": _TEMPORARY,
    "miscTemporaryParkingRestriction": _TEMPORARY,
    # D-TRO movement, direction and dimension orders
    "bannedMovementNoEntry": _MOVEMENT,
    "bannedMovementNoLeftTurn": _MOVEMENT,
    "bannedMovementNoRightTurn": _MOVEMENT,
    "bannedMovementNoUTurn": _MOVEMENT,
    "dimensionMaximumHeightStructural": _MOVEMENT,
    "dimensionMaximumHeightWithTRO": _MOVEMENT,
    "dimensionMaximumLength": _MOVEMENT,
    "dimensionMaximumWeightEnvironmental": _MOVEMENT,
    "dimensionMaximumWeightStructural": _MOVEMENT,
    "dimensionMaximumWidth": _MOVEMENT,
    "mandatoryDirectionAheadOnly": _MOVEMENT,
    "mandatoryDirectionLeftTurnOnly": _MOVEMENT,
    "mandatoryDirectionOneWay": _MOVEMENT,
    "mandatoryDirectionRightTurnOnly": _MOVEMENT,
    "motorVehiclesProhibited": (_X, "TRO_PEDESTRIAN_ZONE"),
    "movementOrderNoOvertaking": _MOVEMENT,
    "movementOrderPriorityOverOncomingTraffic": _MOVEMENT,
    "movementOrderProhibitedAccess": _MOVEMENT,
    # OpenStreetMap and free text
    "no_parking": (_X, "TRO_NO_WAITING"),
    "no_waiting": (_X, "TRO_NO_WAITING"),
    "double_yellow_lines": (_X, "TRO_NO_WAITING"),
    "double_yellow": (_X, "TRO_NO_WAITING"),
    "single_yellow_line": (_X, "TRO_NO_WAITING"),
    "single_yellow": (_X, "TRO_NO_WAITING"),
    "yellow_line": (_X, "TRO_NO_WAITING"),
    "no_stopping": (_X, "TRO_NO_STOPPING"),
    "no_standing": (_X, "TRO_NO_STOPPING"),
    "red_route": (_X, "TRO_RED_ROUTE"),
    "double_red_lines": (_X, "TRO_RED_ROUTE"),
    "single_red_line": (_X, "TRO_RED_ROUTE"),
    "clearway": (_X, "TRO_CLEARWAY"),
    "loading_only": (_X, "TRO_LOADING"),
    "loading": (_X, "TRO_LOADING"),
    "loading_bay": (_X, "TRO_LOADING"),
    "no_loading": (_X, "TRO_NO_LOADING"),
    "taxi": (_X, "TRO_TAXI_RANK"),
    "taxi_rank": (_X, "TRO_TAXI_RANK"),
    "zig_zag": (_X, "TRO_ZIG_ZAG"),
    "school_keep_clear": (_X, "TRO_ZIG_ZAG"),
    "keep_clear": (_X, "TRO_ZIG_ZAG"),
    "bus_stop": (_X, "BUS_STOP"),
    "bus_lane": (_X, "TRO_BUS_LANE"),
    "cycle_lane": (_X, "TRO_CYCLE_LANE"),
    "crossing": (_X, "CROSSING"),
    "pedestrian_crossing": (_X, "CROSSING"),
    "disabled": (_X, "ACCESSIBLE_BAY"),
    "disabled_only": (_X, "ACCESSIBLE_BAY"),
    "blue_badge": (_X, "ACCESSIBLE_BAY"),
    "car_club": (_X, "CAR_CLUB_BAY"),
    "car_sharing": (_X, "CAR_CLUB_BAY"),
    "motorcycle": (_X, "TRO_MOTORCYCLE_BAY"),
    "motorcycles": (_X, "TRO_MOTORCYCLE_BAY"),
    "cycle_parking": (_X, "CYCLE_PARKING"),
    "bicycle_parking": (_X, "CYCLE_PARKING"),
    "limited_waiting": (_T, "TRO_CHANGE_LIMITED_WAITING"),
    "disc": (_T, "TRO_CHANGE_LIMITED_WAITING"),
    "time_limited": (_T, "TRO_CHANGE_LIMITED_WAITING"),
    "maxstay": (_T, "TRO_CHANGE_LIMITED_WAITING"),
    "permit": (_T, "TRO_CHANGE_PERMIT"),
    "residents": (_T, "TRO_CHANGE_PERMIT"),
    "resident": (_T, "TRO_CHANGE_PERMIT"),
    "residents_only": (_T, "TRO_CHANGE_PERMIT"),
    "ticket": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "pay": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "pay_and_display": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "fee": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "metered": (_T, "TRO_CHANGE_PAY_AND_DISPLAY"),
    "free": (_A, None),
    "unrestricted": (_A, None),
    "none": (_A, None),
}

_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass
class EligibilityResult:
    """Runs along the kerbs (GeoDataFrame, fields in the module docstring) and a summary."""

    runs: gpd.GeoDataFrame
    summary: dict


def reason_text(codes: str) -> str:
    """Plain-language sentences for a ``reasons`` value ("A,B")."""
    return " ".join(
        REASON_TEXT.get(c, f"Restriction '{c}' (from the user's mapping).")
        for c in codes.split(",")
        if c
    )


def resolve_charger_type(
    charger_type: str | ChargerType,
    *,
    unit_footprint: float | None = None,
    unit_setback: float | None = None,
    bay_length: float | None = None,
    bays_per_unit: int | None = None,
) -> ChargerType:
    """A preset by name (see :data:`CHARGER_TYPES`) or a :class:`ChargerType`, with overrides."""
    if isinstance(charger_type, ChargerType):
        ct = charger_type
    else:
        try:
            ct = CHARGER_TYPES[str(charger_type)]
        except KeyError:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Unknown charger type '{charger_type}'; choose one of {types}."
                    ),
                    charger_type=charger_type,
                    types=", ".join(CHARGER_TYPES),
                )
            ) from None
    changes = {
        k: v
        for k, v in (
            ("unit_footprint_m", unit_footprint),
            ("setback_m", unit_setback),
            ("bay_length_m", bay_length),
            ("bays_per_unit", bays_per_unit),
        )
        if v is not None
    }
    ct = replace(ct, **changes)
    if ct.unit_footprint_m < 0 or ct.setback_m < 0:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "Unit footprint and set-back must not be negative.")
            )
        )
    if not ct.bay_length_m > 0 or not int(ct.bays_per_unit) >= 1:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Bay length must be above 0 m and bays per unit at least 1."
                )
            )
        )
    return ct


def resolve_restriction_mapping(
    mapping: Mapping | None = None,
) -> dict[str, tuple[str, str | None]]:
    """Default mapping updated with ``mapping``; keys normalised (see :func:`normalise_key`).

    Values may be a policy ("excluded", "allowed", "tro_change"), a (policy, code) pair or a
    dict with "policy" and "code". A policy alone takes the code TRO_OTHER (excluded) or
    TRO_CHANGE_OTHER (tro_change). Custom codes must be UPPER_CASE.
    """
    out: dict[str, tuple[str, str | None]] = {}
    for source in (DEFAULT_RESTRICTION_MAPPING, mapping or {}):
        for key, value in source.items():
            if isinstance(value, str):
                policy, code = value, None
            elif isinstance(value, Mapping):
                policy, code = value.get("policy"), value.get("code")
            else:
                try:
                    policy, code = value
                except (TypeError, ValueError):
                    raise ParameterError(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "Restriction mapping for '{key}': expected a policy or (policy, "
                                "code), got {value!r}.",
                            ),
                            key=key,
                            value=value,
                        )
                    ) from None
            policy = str(policy).strip().lower() if policy is not None else None
            if policy not in POLICIES:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Restriction mapping for '{key}': policy '{policy}' is not one of "
                            "{policies}.",
                        ),
                        key=key,
                        policy=policy,
                        policies=", ".join(POLICIES),
                    )
                )
            if policy == ALLOWED:
                code = None
            elif not code:
                code = "TRO_OTHER" if policy == EXCLUDED else "TRO_CHANGE_OTHER"
            elif not _CODE_RE.match(str(code)):
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Restriction mapping for '{key}': reason code '{code}' must be "
                            "UPPER_CASE letters, digits and underscores.",
                        ),
                        key=key,
                        code=code,
                    )
                )
            if policy == TRO_CHANGE and not str(code).startswith("TRO_CHANGE_"):
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Restriction mapping for '{key}': codes of 'tro_change' types must "
                            "start with TRO_CHANGE_ (got '{code}').",
                        ),
                        key=key,
                        code=code,
                    )
                )
            if policy == EXCLUDED and str(code).startswith("TRO_CHANGE_"):
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Restriction mapping for '{key}': code '{code}' is for 'tro_change' "
                            "types.",
                        ),
                        key=key,
                        code=code,
                    )
                )
            out[normalise_key(key)] = (policy, code)
    return out


# --- Junctions -------------------------------------------------------------------------------


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected component label (smallest member) of n nodes joined by edges (i, j)."""
    labels = np.arange(n, dtype=np.int64)
    if i.size == 0:
        return labels
    while True:
        m = np.minimum(labels[i], labels[j])
        new = labels.copy()
        np.minimum.at(new, i, m)
        np.minimum.at(new, j, m)
        new = new[new]
        if np.array_equal(new, labels):
            return labels
        labels = new


def junction_nodes(
    road_geoms: np.ndarray,
    snap_tolerance: float = JUNCTION_SNAP_TOLERANCE_M,
    *,
    enough: int | None = None,
):
    """Network nodes of single-part road lines: ``(x, y, degree)`` arrays.

    Road ends within ``snap_tolerance`` of each other form one node; a road ending there adds 1
    to its degree, a road passing within the tolerance (not ending there) adds 2. Interior
    vertices shared exactly by several roads (OSM ways not split at junctions) are nodes too.
    With ``enough``, nodes whose road ends alone reach that degree are not searched for
    passing roads (their degree is then a lower bound).
    """
    z = np.zeros(0)
    if road_geoms.size == 0:
        return z, z, z.astype(np.int64)
    n = road_geoms.size
    coords, part = shapely.get_coordinates(road_geoms, return_index=True)
    nv = np.bincount(part, minlength=n)
    first = np.cumsum(nv) - nv
    last = first + nv - 1
    ends_xy = np.concatenate([coords[first], coords[last]])
    ends_part = np.concatenate([np.arange(n), np.arange(n)])
    # Exactly coincident ends first (most networks are noded), then snapping between nodes.
    uniq, end_node = np.unique(ends_xy[:, 0] + 1j * ends_xy[:, 1], return_inverse=True)
    end_node = end_node.ravel()
    node_pts = shapely.points(uniq.real, uniq.imag)
    if snap_tolerance > 0:
        i, j = shapely.STRtree(node_pts).query(
            node_pts, predicate="dwithin", distance=snap_tolerance
        )
        keep = i < j
        node_cluster = _components(uniq.size, i[keep], j[keep])
    else:
        node_cluster = np.arange(uniq.size)
    cluster = node_cluster[end_node]
    # Degree from road ends: each road counts its ends in the cluster (a loop counts 2).
    ends_table = pd.DataFrame({"cluster": cluster, "part": ends_part})
    per_part_end = ends_table.groupby(["cluster", "part"], sort=False).size()
    end_deg = np.bincount(
        per_part_end.index.get_level_values(0).to_numpy(),
        weights=per_part_end.to_numpy(),
        minlength=uniq.size,
    )
    # Roads passing through a node without ending there add 2.
    search = np.unique(node_cluster)
    if enough is not None:
        search = search[end_deg[search] < enough]
    through = np.zeros(uniq.size)
    if search.size:
        members = np.flatnonzero(np.isin(node_cluster, search))
        e, p = shapely.STRtree(road_geoms).query(
            node_pts[members], predicate="dwithin", distance=snap_tolerance
        )
        cl = node_cluster[members[e]]
        pairs = pd.DataFrame({"cluster": cl, "part": p}).drop_duplicates()
        if len(pairs):
            key = pairs["cluster"].to_numpy() * np.int64(n) + pairs["part"].to_numpy()
            end_key = np.unique(cluster * np.int64(n) + ends_part)
            passing = ~np.isin(key, end_key)
            through = np.bincount(pairs["cluster"].to_numpy()[passing], minlength=uniq.size) * 2.0
    deg_all = end_deg + through
    reps = np.unique(node_cluster)
    xy = pd.DataFrame({"x": uniq.real, "y": uniq.imag}).groupby(node_cluster).mean()
    xs = xy["x"].reindex(reps).to_numpy()
    ys = xy["y"].reindex(reps).to_numpy()
    deg = deg_all[reps].astype(np.int64)
    # Interior vertices shared exactly by several roads.
    interior = np.ones(coords.shape[0], dtype=bool)
    interior[first] = False
    interior[last] = False
    ic, ip = coords[interior], part[interior]
    if ic.shape[0]:
        frame = pd.DataFrame({"x": ic[:, 0], "y": ic[:, 1], "part": ip}).drop_duplicates()
        n_parts = frame.groupby(["x", "y"], sort=False)["part"].size()
        shared = n_parts[n_parts >= 2]
        if len(shared):
            xs = np.concatenate([xs, shared.index.get_level_values(0).to_numpy(np.float64)])
            ys = np.concatenate([ys, shared.index.get_level_values(1).to_numpy(np.float64)])
            deg = np.concatenate([deg, 2 * shared.to_numpy().astype(np.int64)])
    return xs, ys, deg


def find_junctions(
    roads: gpd.GeoDataFrame,
    *,
    snap_tolerance: float = JUNCTION_SNAP_TOLERANCE_M,
    min_degree: int = 3,
    feedback: Feedback | None = None,
) -> gpd.GeoDataFrame:
    """Junction points (node degree >= ``min_degree``) of a road centreline layer."""
    geoms, _ = clean_geometries(roads, "roads", "line", feedback=feedback)
    x, y, deg = junction_nodes(geoms, snap_tolerance)
    keep = deg >= min_degree
    return gpd.GeoDataFrame(
        {"degree": deg[keep]}, geometry=shapely.points(x[keep], y[keep]), crs=roads.crs
    )


# --- The assessment --------------------------------------------------------------------------


#: Runs whose geometries are built at once (bounds the temporaries of KerbParts.substrings).
_SUBSTRING_BLOCK = 500_000


class _NoProgress:
    """Forwards warnings and cancel checks of a sub-step, but not its progress."""

    def __init__(self, feedback) -> None:
        self._feedback = feedback

    def set_progress(self, percent: float) -> None:
        pass

    def warn(self, message: str) -> None:
        self._feedback.warn(message)

    def info(self, message: str) -> None:
        self._feedback.info(message)

    def check_canceled(self) -> None:
        self._feedback.check_canceled()


class _Collector:
    """Accumulates labelled intervals (part, start, end, bit) along kerb parts."""

    def __init__(self, codes: list[str]) -> None:
        self.bit = {c: k for k, c in enumerate(codes)}
        self.parts: list[np.ndarray] = []
        self.starts: list[np.ndarray] = []
        self.ends: list[np.ndarray] = []
        self.labels: list[np.ndarray] = []

    def add(self, part, start, end, code) -> None:
        part = np.asarray(part, dtype=np.int64)
        if part.size == 0:
            return
        if isinstance(code, str):
            labels = np.full(part.size, self.bit[code], dtype=np.int64)
        else:
            labels = pd.Series(code, dtype=object).map(self.bit).to_numpy(dtype=np.int64)
        self.parts.append(part)
        self.starts.append(np.asarray(start, dtype=np.float64))
        self.ends.append(np.asarray(end, dtype=np.float64))
        self.labels.append(labels)

    def arrays(self):
        if not self.parts:
            z = np.zeros(0)
            return z.astype(np.int64), z, z, z.astype(np.int64)
        return (
            np.concatenate(self.parts),
            np.concatenate(self.starts),
            np.concatenate(self.ends),
            np.concatenate(self.labels),
        )


def _column(gdf: gpd.GeoDataFrame, name: str | None, rows: np.ndarray) -> pd.Series:
    if name and name in gdf.columns:
        return pd.Series(gdf[name].to_numpy()[rows], dtype=object)
    return pd.Series([None] * rows.size, dtype=object)


def _layer_geoms(gdf, layer, kind, feedback):
    if gdf is None or len(gdf) == 0:
        return None, None
    return clean_geometries(gdf, layer, kind, feedback=feedback)


def _footway_samples(
    kp: KerbParts,
    kerbs,
    footway_width_field,
    footways,
    obstacles,
    obstacle_size_field,
    obstacle_default_size,
    transect_spacing,
    feedback,
    id_field=None,
):
    """Width samples per kerb part: (part, from, to, width, clear, is_obstacle) or None."""
    n = len(kp)
    have_field = np.zeros(n, dtype=bool)
    out = []
    og, osz = obstacle_parts(obstacles, obstacle_size_field, obstacle_default_size, feedback)
    if footway_width_field:
        raw = kerbs[footway_width_field]
        w = _numeric(raw)
        nulls = raw.isna().to_numpy()
        negative = np.isfinite(w) & (w < 0)
        other = ~nulls & ~np.isfinite(w)
        # (kerbs with the problem, message when footways measure them, message otherwise)
        for mask, measured, unknown in (
            (
                nulls,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with no footway width (null) in '{field}'; "
                    "measured from the footway polygons (ids: {ids}).",
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with no footway width (null) in '{field}'; "
                    "treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).",
                ),
            ),
            (
                negative,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with a negative footway width in '{field}'; "
                    "measured from the footway polygons (ids: {ids}).",
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with a negative footway width in '{field}'; "
                    "treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).",
                ),
            ),
            (
                other,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with a footway width that is not a number in "
                    "'{field}'; measured from the footway polygons (ids: {ids}).",
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Layer 'kerbs': {count} kerb(s) with a footway width that is not a number in "
                    "'{field}'; treated as unknown (FOOTWAY_WIDTH_UNKNOWN) (ids: {ids}).",
                ),
            ),
        ):
            if mask.any():
                ids = feature_ids(kerbs, np.flatnonzero(mask), id_field)
                feedback.warn(
                    Message(
                        measured if footways is not None else unknown,
                        count=int(mask.sum()),
                        field=footway_width_field,
                        ids=format_ids(ids),
                    )
                )
        w = np.where(np.isfinite(w) & (w >= 0), w, np.nan)
        wp = w[kp.source]
        have_field = np.isfinite(wp)
        idx = np.flatnonzero(have_field)
        out.append((idx, np.zeros(idx.size), kp.length[idx], wp[idx], wp[idx], False))
        if og is not None and idx.size:
            # Point obstacles on kerbs with a width field: the clear width beside the obstacle
            # is the wider of the gaps between it and the kerb / the back of the footway.
            pts = np.flatnonzero(shapely.get_type_id(og) == 0)
            f, k = kp.tree.query(og[pts], predicate="dwithin", distance=float(np.nanmax(wp)))
            f = pts[f]
            ok = have_field[k]
            f, k = f[ok], k[ok]
            c, o, _ = kp.project(k, shapely.get_coordinates(og[f]))
            o = np.abs(o)
            r = osz[f] / 2.0
            wk = wp[k]
            on = (o - r < wk) & (c > 0) & (c < kp.length[k])
            f, k, c, r, o, wk = (a[on] for a in (f, k, c, r, o, wk))
            clear = np.clip(np.maximum(o - r, wk - (o + r)), 0.0, wk)
            lo = np.maximum(c - r, 0.0)
            hi = np.minimum(c + r, kp.length[k])
            out.append((k, lo, hi, wk, clear, True))
    if footways is not None:
        if len(footways) == 0:
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'footways' is empty: kerbs without a footway width are NO_FOOTWAY.",
                    )
                )
            )
        need = np.flatnonzero(~have_field)
        if need.size:
            fw, _ = clean_geometries(footways, "footways", "polygon", feedback=feedback)
            df = measure_parts(
                kp, need, fw, og, osz, spacing=transect_spacing, feedback=_NoProgress(feedback)
            )
            out.append(
                (
                    df["part"].to_numpy(),
                    df["from_m"].to_numpy(),
                    df["to_m"].to_numpy(),
                    df["width_m"].to_numpy(),
                    df["clear_width_m"].to_numpy(),
                    (df["sample"] == "obstacle").to_numpy(),
                )
            )
    elif footway_width_field:
        idx = np.flatnonzero(~have_field)
        nan = np.full(idx.size, np.nan)
        out.append((idx, np.zeros(idx.size), kp.length[idx], nan, nan, False))
    if not out:
        return None
    cols = []
    for k in range(6):
        arrs = [np.broadcast_to(o[k], np.asarray(o[0]).shape) for o in out]
        cols.append(np.concatenate(arrs))
    part, frm, to, width, clear, obstacle = cols
    order = np.lexsort((frm, part))
    return (
        part[order].astype(np.int64),
        frm[order].astype(np.float64),
        to[order].astype(np.float64),
        width[order].astype(np.float64),
        clear[order].astype(np.float64),
        obstacle[order].astype(bool),
    )


def _check_non_negative(**values) -> None:
    for name, value in values.items():
        if value is None or not (value >= 0) or not math.isfinite(value):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Parameter '{name}' must be a number of metres >= 0 ({value})."
                    ),
                    name=name,
                    value=value,
                )
            )


def assess_kerbside_eligibility(
    kerbs: gpd.GeoDataFrame,
    *,
    footway_width_field: str | None = None,
    footways: gpd.GeoDataFrame | None = None,
    obstacles: gpd.GeoDataFrame | None = None,
    restrictions: gpd.GeoDataFrame | None = None,
    restriction_type_field: str = "regulation_type",
    restriction_mapping: Mapping | None = None,
    unmapped_restriction_policy: str = EXCLUDED,
    accessible_bays: gpd.GeoDataFrame | None = None,
    cycle_parking: gpd.GeoDataFrame | None = None,
    car_club_bays: gpd.GeoDataFrame | None = None,
    dropped_kerbs: gpd.GeoDataFrame | None = None,
    bus_stops: gpd.GeoDataFrame | None = None,
    crossings: gpd.GeoDataFrame | None = None,
    roads: gpd.GeoDataFrame | None = None,
    lamp_columns: gpd.GeoDataFrame | None = None,
    charger_type: str | ChargerType = DEFAULT_CHARGER_TYPE,
    unit_footprint: float | None = None,
    unit_setback: float | None = None,
    bay_length: float | None = None,
    bays_per_unit: int | None = None,
    min_clear_width: float = MIN_CLEAR_WIDTH_M,
    min_run_length: float | None = None,
    junction_setback: float = JUNCTION_SETBACK_M,
    junction_snap_tolerance: float = JUNCTION_SNAP_TOLERANCE_M,
    accessible_bay_buffer: float = ACCESSIBLE_BAY_BUFFER_M,
    car_club_bay_buffer: float = CAR_CLUB_BAY_BUFFER_M,
    point_bay_length: float = POINT_BAY_LENGTH_M,
    cycle_parking_buffer: float = CYCLE_PARKING_BUFFER_M,
    dropped_kerb_buffer: float = DROPPED_KERB_BUFFER_M,
    bus_stop_buffer: float = BUS_STOP_BUFFER_M,
    crossing_buffer: float = CROSSING_BUFFER_M,
    crossing_kind_field: str | None = None,
    crossing_buffers_by_kind: Mapping[str, float] = CROSSING_BUFFER_BY_KIND,
    restriction_buffer: float = RESTRICTION_BUFFER_M,
    max_offset: float = FEATURE_MAX_OFFSET_M,
    point_max_offset: float = POINT_FEATURE_MAX_OFFSET_M,
    crossing_max_offset: float = CROSSING_MAX_OFFSET_M,
    lamp_column_max_offset: float = LAMP_COLUMN_MAX_OFFSET_M,
    lamp_column_reach: float | None = None,
    unknown_footway_width_policy: str = EXCLUDED,
    transect_spacing: float = DEFAULT_TRANSECT_SPACING_M,
    obstacle_size_field: str | None = "footprint_m",
    obstacle_default_size: float = DEFAULT_OBSTACLE_SIZE_M,
    kerb_id_field: str | None = "kerb_id",
    usrn_field: str | None = "usrn",
    street_field: str | None = "street",
    side_field: str | None = "side",
    feedback: Feedback | None = None,
) -> EligibilityResult:
    """Split kerbs into runs that can or cannot take a chargepoint bay, with reasons.

    All layers must share one projected CRS. See the module docstring for the method, the
    output fields and the summary. ``unmapped_restriction_policy`` ("excluded", "allowed" or
    "tro_change") applies to restriction types not in the mapping (warned and listed);
    ``unknown_footway_width_policy`` ("excluded" or "allowed") to kerbs whose footway width is
    null or negative and cannot be measured.
    """
    feedback = ensure_feedback(feedback)
    layers = {
        "kerbs": kerbs,
        "footways": footways,
        "obstacles": obstacles,
        "restrictions": restrictions,
        "accessible_bays": accessible_bays,
        "cycle_parking": cycle_parking,
        "car_club_bays": car_club_bays,
        "dropped_kerbs": dropped_kerbs,
        "bus_stops": bus_stops,
        "crossings": crossings,
        "roads": roads,
        "lamp_columns": lamp_columns,
    }
    crs = check_crs(layers)
    ct = resolve_charger_type(
        charger_type,
        unit_footprint=unit_footprint,
        unit_setback=unit_setback,
        bay_length=bay_length,
        bays_per_unit=bays_per_unit,
    )
    if min_run_length is None:
        min_run_length = ct.min_run_length_m
    if lamp_column_reach is None:
        lamp_column_reach = ct.bay_length_m
    _check_non_negative(
        min_clear_width=min_clear_width,
        min_run_length=min_run_length,
        junction_setback=junction_setback,
        junction_snap_tolerance=junction_snap_tolerance,
        accessible_bay_buffer=accessible_bay_buffer,
        car_club_bay_buffer=car_club_bay_buffer,
        point_bay_length=point_bay_length,
        cycle_parking_buffer=cycle_parking_buffer,
        dropped_kerb_buffer=dropped_kerb_buffer,
        bus_stop_buffer=bus_stop_buffer,
        crossing_buffer=crossing_buffer,
        restriction_buffer=restriction_buffer,
        max_offset=max_offset,
        point_max_offset=point_max_offset,
        crossing_max_offset=crossing_max_offset,
        lamp_column_max_offset=lamp_column_max_offset,
        lamp_column_reach=lamp_column_reach,
    )
    if not transect_spacing > 0:
        raise ParameterError(
            Message(QT_TRANSLATE_NOOP("Messages", "Transect spacing must be above 0 m."))
        )
    unmapped_restriction_policy = str(unmapped_restriction_policy).strip().lower()
    if unmapped_restriction_policy not in POLICIES:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Policy for unmapped restriction types must be one of {policies}."
                ),
                policies=", ".join(POLICIES),
            )
        )
    unknown_footway_width_policy = str(unknown_footway_width_policy).strip().lower()
    if unknown_footway_width_policy not in (EXCLUDED, ALLOWED):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Policy for unknown footway widths must be 'excluded' or 'allowed'."
                )
            )
        )
    if ct.needs_lamp_column and (lamp_columns is None or len(lamp_columns) == 0):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The charger type '{charger_type}' is installed in lamp columns: give a lamp "
                    "column layer, or choose a post-mounted charger type.",
                ),
                charger_type=ct.name,
            )
        )
    mapping = resolve_restriction_mapping(restriction_mapping)
    if footway_width_field:
        require_fields(kerbs, "kerbs", [footway_width_field])
    if restrictions is not None and len(restrictions):
        require_fields(restrictions, "restrictions", [restriction_type_field])
    if crossings is not None and crossing_kind_field:
        require_fields(crossings, "crossings", [crossing_kind_field])
    for template, value in (
        (
            QT_TRANSLATE_NOOP(
                "Messages", "Layer 'kerbs' has no kerb id field '{field}'; left empty."
            ),
            kerb_id_field,
        ),
        (
            QT_TRANSLATE_NOOP("Messages", "Layer 'kerbs' has no USRN field '{field}'; left empty."),
            usrn_field,
        ),
        (
            QT_TRANSLATE_NOOP(
                "Messages", "Layer 'kerbs' has no street field '{field}'; left empty."
            ),
            street_field,
        ),
        (
            QT_TRANSLATE_NOOP("Messages", "Layer 'kerbs' has no side field '{field}'; left empty."),
            side_field,
        ),
    ):
        if value and value not in kerbs.columns:
            feedback.info(Message(template, field=value))
    kerb_id_field = kerb_id_field if kerb_id_field in kerbs.columns else None

    codes = list(REASON_CODES)
    for _policy, code in mapping.values():
        if code and code not in codes:
            codes.append(code)
    codes.append("_LAMP_OK")
    if len(codes) > iv.MAX_LABEL + 1:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Too many distinct reason codes in the restriction mapping."
                )
            )
        )
    bits = {c: np.int64(1) << np.int64(k) for k, c in enumerate(codes)}
    tro_codes = [c for c in codes if c.startswith("TRO_CHANGE_")]
    excl_codes = [c for c in codes if c not in tro_codes and c != "_LAMP_OK"]
    tro_mask = np.int64(sum(int(bits[c]) for c in tro_codes))
    excl_mask = np.int64(sum(int(bits[c]) for c in excl_codes))

    kp = prepare_kerbs(kerbs, "kerbs", id_field=kerb_id_field, feedback=feedback)
    feedback.set_progress(5)
    col = _Collector(codes)
    checks_skipped: list[str] = []
    unmapped_counts: dict[str, int] = {}

    # Footway width.
    footway_known = footway_width_field is not None or footways is not None
    samples = None
    if not footway_known:
        checks_skipped.append("footway width (no width field and no footway layer)")
        feedback.info(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Footway width not checked: no footway width field and no footway layer.",
                )
            )
        )
    elif len(kp):
        samples = _footway_samples(
            kp,
            kerbs,
            footway_width_field,
            footways,
            obstacles,
            obstacle_size_field,
            obstacle_default_size,
            transect_spacing,
            feedback,
            kerb_id_field,
        )
    feedback.set_progress(35)
    feedback.check_canceled()
    unit_take = ct.unit_footprint_m + ct.setback_m
    if samples is not None:
        sp, sf, st, sw, sc, so = samples
        no_fw = ~so & (sw == 0)
        col.add(sp[no_fw], sf[no_fw], st[no_fw], "NO_FOOTWAY")
        if unknown_footway_width_policy == EXCLUDED:
            unk = ~so & np.isnan(sw)
            col.add(sp[unk], sf[unk], st[unk], "FOOTWAY_WIDTH_UNKNOWN")
        narrow = (sw > 0) & (sc - unit_take < min_clear_width - _EPS)
        col.add(sp[narrow], sf[narrow], st[narrow], "FOOTWAY_TOO_NARROW")

    # Restrictions.
    if restrictions is not None and len(restrictions):
        rg, rpos = clean_geometries(restrictions, "restrictions", "any", feedback=feedback)
        raw = pd.Series(restrictions[restriction_type_field].to_numpy()[rpos], dtype=object)
        value_idx, values = pd.factorize(raw)  # nulls get -1
        unmapped_code = {EXCLUDED: "TRO_UNMAPPED", TRO_CHANGE: "TRO_CHANGE_UNMAPPED"}.get(
            unmapped_restriction_policy
        )
        value_code = np.empty(values.size + 1, dtype=object)
        value_mapped = np.zeros(values.size + 1, dtype=bool)
        for n_value, value in enumerate(values):
            hit = mapping.get(normalise_key(value))
            value_mapped[n_value] = hit is not None
            value_code[n_value] = hit[1] if hit is not None else unmapped_code
        value_code[-1] = unmapped_code  # null type
        counts = np.bincount(
            np.where(value_idx < 0, values.size, value_idx), minlength=values.size + 1
        )
        for n_value in np.flatnonzero(~value_mapped & (counts > 0)):
            label = "<empty>" if n_value == values.size else str(values[n_value])
            unmapped_counts[label] = int(counts[n_value])
        if unmapped_counts:
            listed = ", ".join(f"'{v}' ({c})" for v, c in sorted(unmapped_counts.items()))
            feedback.warn(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Layer 'restrictions': restriction types not in the mapping, treated as "
                        "'{policy}': {types}. Add them to the mapping to decide.",
                    ),
                    policy=unmapped_restriction_policy,
                    types=listed,
                )
            )
        code_of = value_code[value_idx]  # index -1 is the null slot
        applies = pd.notna(code_of)
        rg, code_of = rg[applies], code_of[applies]
        is_pt = shapely.get_type_id(rg) == 0
        point_half = {
            "BUS_STOP": bus_stop_buffer,
            "CROSSING": crossing_buffer,
            "DROPPED_KERB": dropped_kerb_buffer,
            "CYCLE_PARKING": cycle_parking_buffer,
            "ACCESSIBLE_BAY": point_bay_length / 2 + accessible_bay_buffer,
            "CAR_CLUB_BAY": point_bay_length / 2 + car_club_bay_buffer,
        }
        half = (
            pd.Series(code_of, dtype=object)
            .map(point_half)
            .fillna(point_bay_length / 2 + restriction_buffer)
            .to_numpy(dtype=np.float64)
        )
        buf = np.where(is_pt, 0.0, restriction_buffer)
        crossing_pt = is_pt & (code_of == "CROSSING")
        for sel, nearest, pmax in (
            (~crossing_pt, True, point_max_offset),
            (crossing_pt, False, crossing_max_offset),
        ):
            idx = np.flatnonzero(sel)
            if idx.size == 0:
                continue
            f, k, a, b = kp.feature_intervals(
                rg[idx],
                max_offset=max_offset,
                buffer=buf[idx],
                point_half_length=half[idx],
                point_max_offset=pmax,
                nearest_points=nearest,
            )
            col.add(k, a, b, code_of[idx][f])
    else:
        checks_skipped.append("traffic regulation orders (no restrictions layer)")
    feedback.set_progress(50)
    feedback.check_canceled()

    # Feature layers.
    for gdf, layer, code, buffer, half, nearest, pmax in (
        (
            accessible_bays,
            "accessible_bays",
            "ACCESSIBLE_BAY",
            accessible_bay_buffer,
            point_bay_length / 2,
            True,
            point_max_offset,
        ),
        (
            car_club_bays,
            "car_club_bays",
            "CAR_CLUB_BAY",
            car_club_bay_buffer,
            point_bay_length / 2,
            True,
            point_max_offset,
        ),
        (cycle_parking, "cycle_parking", "CYCLE_PARKING", cycle_parking_buffer, 0.0, True, None),
        (dropped_kerbs, "dropped_kerbs", "DROPPED_KERB", dropped_kerb_buffer, 0.0, True, None),
        (bus_stops, "bus_stops", "BUS_STOP", bus_stop_buffer, 0.0, True, None),
        (crossings, "crossings", "CROSSING", crossing_buffer, 0.0, False, crossing_max_offset),
    ):
        geoms, pos = _layer_geoms(gdf, layer, "any", feedback)
        if geoms is None:
            checks_skipped.append(f"{layer.replace('_', ' ')} (no layer)")
            continue
        buf = np.full(geoms.size, float(buffer))
        if layer == "crossings" and crossing_kind_field:
            table = {normalise_key(k): float(v) for k, v in crossing_buffers_by_kind.items()}
            kinds = gdf[crossing_kind_field].to_numpy()[pos]
            by_kind = np.array(
                [np.nan if pd.isna(v) else table.get(normalise_key(v), np.nan) for v in kinds]
            )
            buf = np.where(np.isfinite(by_kind), by_kind, buf)
        f, k, a, b = kp.feature_intervals(
            geoms,
            max_offset=max_offset,
            buffer=buf,
            point_half_length=half,
            point_max_offset=pmax if pmax is not None else point_max_offset,
            nearest_points=nearest,
        )
        col.add(k, a, b, code)
    feedback.set_progress(60)
    feedback.check_canceled()

    # Junctions.
    if roads is not None and len(roads):
        road_geoms, _ = clean_geometries(roads, "roads", "line", feedback=feedback)
        x, y, deg = junction_nodes(road_geoms, junction_snap_tolerance, enough=3)
        keep = deg >= 3
        x, y = x[keep], y[keep]
        if x.size and len(kp) and junction_setback > 0:
            nodes = shapely.points(x, y)
            n_idx, k = kp.tree.query(nodes, predicate="dwithin", distance=junction_setback)
            pair, a, b = kp.circle_intervals(k, x[n_idx], y[n_idx], junction_setback)
            col.add(k[pair], a, b, "JUNCTION_SETBACK")
    else:
        checks_skipped.append("junction set-back (no roads layer)")
    feedback.set_progress(70)
    feedback.check_canceled()

    # Lamp columns.
    if ct.needs_lamp_column:
        lg, _ = clean_geometries(lamp_columns, "lamp_columns", "point", feedback=feedback)
        f, k, a, b = kp.feature_intervals(
            lg,
            max_offset=lamp_column_max_offset,
            point_half_length=lamp_column_reach,
            nearest_points=False,
        )
        col.add(k, a, b, "_LAMP_OK")

    # Partition into runs.
    g, s, e, lab = col.arrays()
    del col  # memory: the collected intervals are not needed once partitioned
    rg_, rs, re_, mask = iv.partition(kp.length, g, s, e, lab)
    del g, s, e, lab
    if ct.needs_lamp_column:
        lamp_ok = (mask & bits["_LAMP_OK"]) != 0
        mask = np.where(lamp_ok, mask & ~bits["_LAMP_OK"], mask | bits["NO_LAMP_COLUMN"])
        rg_, rs, re_, mask = iv.merge_runs(rg_, rs, re_, mask)
    feedback.set_progress(80)
    feedback.check_canceled()

    # Runs too short: stretches of consecutive usable runs shorter than the minimum.
    length = re_ - rs
    usable = (mask & excl_mask) == 0
    if rg_.size and min_run_length > 0:
        prev_ok = np.r_[False, usable[:-1] & (rg_[1:] == rg_[:-1])]
        new = usable & ~prev_ok
        stretch = np.cumsum(new) - 1
        stretch_len = np.bincount(stretch[usable], weights=length[usable])
        short = np.zeros(rg_.size, dtype=bool)
        short[usable] = stretch_len[stretch[usable]] < min_run_length - _EPS
        mask = np.where(short, mask | bits["RUN_TOO_SHORT"], mask)
        usable &= ~short
    tro = usable & ((mask & tro_mask) != 0)
    # Memory: one shared str object per status, not a fixed-width array and a new str per run.
    status_codes = np.where(~usable, 0, np.where(tro, 1, 2)).astype(np.int8)
    status = np.array([STATUS_INELIGIBLE, STATUS_TRO_CHANGE, STATUS_ELIGIBLE], dtype=object)[
        status_codes
    ]

    # Clear width left for pedestrians along each run.
    clear_width = np.full(rg_.size, np.nan)
    if samples is not None and rg_.size:
        sp, sf, st, sw, sc, so = samples
        # On the partition's grid, so a sample that ends where a run starts does not overlap it
        # by a rounding sliver (an obstacle beside a run must not set the run's clear width).
        lengths = kp.length[sp]
        sf, st = iv.snap(sf, lengths), iv.snap(st, lengths)
        agg = aggregate_samples(sp, sf, st, sw, sc, so, rg_, rs, re_)
        clear_width = np.round(np.maximum(agg["clear_width_min_m"] - unit_take, 0.0), 6)
        del agg, sp, sf, st, sw, sc, so
    samples = None
    max_bays = np.where(usable, np.floor(length / ct.bay_length_m + _EPS), 0).astype(np.int64)

    # Reason strings, built once per distinct mask.
    umask, inv = np.unique(mask, return_inverse=True)
    strings = np.array(
        [",".join(sorted(c for c in codes if int(m) & int(bits[c]))) for m in umask], dtype=object
    )
    reasons = strings[inv] if umask.size else np.zeros(0, dtype=object)

    src = kp.source[rg_]
    offset = kp.offset[rg_]
    # In blocks, so the temporaries of one block, not of all runs, add to the geometries' memory.
    geometry = np.concatenate(
        [np.zeros(0, dtype=object)]
        + [
            kp.substrings(
                rg_[i : i + _SUBSTRING_BLOCK],
                rs[i : i + _SUBSTRING_BLOCK],
                re_[i : i + _SUBSTRING_BLOCK],
            )
            for i in range(0, rg_.size, _SUBSTRING_BLOCK)
        ]
    )
    frame = pd.DataFrame(
        {
            "kerb_id": (
                _column(kerbs, kerb_id_field, src)
                if kerb_id_field
                else pd.Series(kerbs.index.to_numpy()[src], dtype=object)
            ),
            "usrn": _column(kerbs, usrn_field, src),
            "street": _column(kerbs, street_field, src),
            "side": _column(kerbs, side_field, src),
            "from_m": rs + offset,
            "to_m": re_ + offset,
            "length_m": length,
            "status": pd.Series(status, dtype=object, copy=False),
            "eligible": usable,
            "reasons": pd.Series(reasons, dtype=object),
            "clear_width_m": clear_width,
            "max_bays": max_bays,
        },
        copy=False,
    )
    # copy=False: geopandas copies a DataFrame by default (2-3 s and a second frame at 1M runs)
    runs = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=crs), crs=crs, copy=False)
    ineligible = ~usable
    summary = {
        "charger_type": ct.name,
        "min_run_length_m": float(min_run_length),
        "kerb_count": int(np.unique(kp.source).size),
        "run_count": int(rg_.size),
        "kerb_length_m": float(kp.length.sum()),
        "eligible_length_m": float(length[status_codes == 2].sum()),
        "tro_change_length_m": float(length[tro].sum()),
        "excluded_length_m": float(length[ineligible].sum()),
        "excluded_m_by_reason": {
            c: float(length[ineligible & ((mask & bits[c]) != 0)].sum()) for c in excl_codes
        },
        "tro_change_m_by_reason": {
            c: float(length[tro & ((mask & bits[c]) != 0)].sum()) for c in tro_codes
        },
        "max_bays": int(max_bays.sum()),
        "unmapped_restriction_types": unmapped_counts,
        "checks_skipped": checks_skipped,
    }
    feedback.set_progress(100)
    return EligibilityResult(runs=runs, summary=summary)


__all__ = [
    "ALLOWED",
    "CHARGER_TYPES",
    "DEFAULT_RESTRICTION_MAPPING",
    "EXCLUDED",
    "EXCLUSION_CODES",
    "REASON_CODES",
    "REASON_TEXT",
    "TRO_CHANGE",
    "TRO_CHANGE_CODES",
    "ChargerType",
    "EligibilityResult",
    "assess_kerbside_eligibility",
    "find_junctions",
    "junction_nodes",
    "reason_text",
    "resolve_charger_type",
    "resolve_restriction_mapping",
]
