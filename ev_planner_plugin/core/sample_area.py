"""Deterministic generator of the built-in sample area: the fictional market town of Ashby Parva
and the village of Little Weldon (~4 km to the north-east), in EPSG:27700 near E 452000 N 298000.

Public API
----------
``build_sample_area(seed=42) -> dict[str, GeoDataFrame]`` builds every layer in memory;
``write_sample_area(path, seed=42) -> Path`` writes them to one GeoPackage (atomic replace).
``write_gpkg_atomic(path, layers) -> Path`` writes any such layers that way (also used by
:mod:`.synthetic`).
The same seed always gives identical attribute values and coordinates; only
``numpy.random.default_rng(seed)`` is used.

Layers and fields (the public contract; see :data:`SAMPLE_LAYERS`)
------------------------------------------------------------------
- ``roads`` (LineString): road_id ("RD00001"), name, usrn (8-digit, one per street name),
  road_class ("A Road", "B Road", "Minor Road", "Local Road"), carriageway_width_m (null for
  ~20%), lanes, settlement ("Ashby Parva" / "Little Weldon"). Split at junction nodes.
- ``kerbs`` (LineString): kerb_id ("RD00001-L"/"-R"), road_id, usrn, street, side
  ("left"/"right" of the digitised direction), footway_width_m (0 where there is no footway). The
  centreline offset by half the carriageway width (class default when null, see
  :data:`DEFAULT_CARRIAGEWAY_WIDTH_M`), trimmed back from junction nodes so kerbs of different
  roads never meet.
- ``footways`` (Polygon): footway_id, kerb_id, width_m; the strip behind the kerb.
- ``obstacles`` (Point): obstacle_id, kind ("tree", "sign_pole", "cabinet", "bin"),
  footprint_m.
- ``restrictions`` (LineString along kerbs): restriction_id, tro_ref (null for non-order
  bus stops), regulation_type (D-TRO v4 kerbside values, plus ~2% OSM-ish free text),
  description.
- ``accessible_bays`` (Polygon): bay_id, kerb_id. ``car_club_bays`` (Polygon): bay_id,
  kerb_id, operator.
- ``cycle_parking`` (Point): cycle_parking_id, capacity, kind ("stands").
- ``dropped_kerbs`` (Point on kerbs): dropped_kerb_id, kind ("vehicle_crossover",
  "pedestrian").
- ``bus_stops`` (Point on kerbs): stop_id ("4200F000001"), name.
- ``crossings`` (Point on centrelines): crossing_id, kind ("zebra", "signalised",
  "uncontrolled").
- ``lamp_columns`` (Point): lamp_id, height_m, owner ("council").
- ``chargepoints`` (Point): cp_id, source ("sample"), operator, name, max_power_kw,
  speed_class ("slow", "fast", "rapid", "ultra"), sockets, on_street (bool), status.
- ``survey_suggestions`` (Point): suggestion_id, submitted (ISO date), comment.
- ``areas`` (Polygon, LSOA-like tiling): area_code, area_name, district, population,
  households, households_no_offstreet, cars, plugin_evs, imd_decile, ruc_code, ruc_class.
  households and households_no_offstreet are counted from ``addresses``.
- ``substations`` (Point): substation_id, name, headroom_kva, demand_rag ("green", "amber",
  "red").
- ``addresses`` (Point): uprn, usrn, has_offstreet_parking (bool), area_code.
- ``sessions`` (table, no geometry): a year (2024) of synthetic charging sessions at the
  chargepoints, with the session fields of :data:`.usage.SESSION_FIELDS` (see
  :mod:`.sample_sessions`: daily and weekly patterns, a few faulty chargepoints without any).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.ops import substring

from .sample_sessions import generate_sample_sessions
from .usage import SESSION_FIELDS

SAMPLE_CRS = "EPSG:27700"
TOWN = "Ashby Parva"
VILLAGE = "Little Weldon"

#: Layer name -> (geometry type, None for a table without geometry; field names), in the
#: order written.
SAMPLE_LAYERS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "roads": (
        "LineString",
        (
            "road_id",
            "name",
            "usrn",
            "road_class",
            "carriageway_width_m",
            "lanes",
            "settlement",
        ),
    ),
    "kerbs": ("LineString", ("kerb_id", "road_id", "usrn", "street", "side", "footway_width_m")),
    "footways": ("Polygon", ("footway_id", "kerb_id", "width_m")),
    "obstacles": ("Point", ("obstacle_id", "kind", "footprint_m")),
    "restrictions": ("LineString", ("restriction_id", "tro_ref", "regulation_type", "description")),
    "accessible_bays": ("Polygon", ("bay_id", "kerb_id")),
    "car_club_bays": ("Polygon", ("bay_id", "kerb_id", "operator")),
    "cycle_parking": ("Point", ("cycle_parking_id", "capacity", "kind")),
    "dropped_kerbs": ("Point", ("dropped_kerb_id", "kind")),
    "bus_stops": ("Point", ("stop_id", "name")),
    "crossings": ("Point", ("crossing_id", "kind")),
    "lamp_columns": ("Point", ("lamp_id", "height_m", "owner")),
    "chargepoints": (
        "Point",
        (
            "cp_id",
            "source",
            "operator",
            "name",
            "max_power_kw",
            "speed_class",
            "sockets",
            "on_street",
            "status",
        ),
    ),
    "survey_suggestions": ("Point", ("suggestion_id", "submitted", "comment")),
    "areas": (
        "Polygon",
        (
            "area_code",
            "area_name",
            "district",
            "population",
            "households",
            "households_no_offstreet",
            "cars",
            "plugin_evs",
            "imd_decile",
            "ruc_code",
            "ruc_class",
        ),
    ),
    "substations": ("Point", ("substation_id", "name", "headroom_kva", "demand_rag")),
    "addresses": ("Point", ("uprn", "usrn", "has_offstreet_parking", "area_code")),
    "sessions": (None, SESSION_FIELDS),
}

# ------------------------------------------------------------------ layout
TOWN_CENTRE_EN = (452_000.0, 298_000.0)  # contract: the Midlands, E 452000 N 298000
VILLAGE_OFFSET_EN = (3_200.0, 2_400.0)  # contract: the village ~4 km away (here 4.0 km NE)
GRID_SPACING_X_M = 140.0  # block length of a Victorian/inter-war town grid
GRID_SPACING_Y_M = 115.0  # block depth: two rows of back-to-back plots
TOWN_RADIUS_X_M = 1_000.0  # contract: the town is ~2 km across
TOWN_RADIUS_Y_M = 800.0
DISTRIBUTOR_ROWS = (-4, 4)  # grid rows/columns made "Minor Road" distributors
DISTRIBUTOR_COLS = (-4, 4)
GRID_EDGE_REMOVAL_SHARE = 0.12  # share of local grid links removed -> T junctions
CUL_DE_SAC_COUNT = (20, 27)  # number of closes, [low, high)
WARP_AMPLITUDE_M = 22.0  # smooth bending of the grid so no street is ruler-straight
CENTRE_RADIUS_M = 320.0  # town-centre zone (shops, pay and display)
TERRACE_RADIUS_M = 450.0  # terraces all round the centre within this distance...
TERRACE_SECTOR_RADIUS_M = 760.0  # ...and on the "old town" side up to this distance
CPZ_RADIUS_M = 650.0  # terraced streets within this distance are in a permit zone

# ------------------------------------------------------------------ highway geometry
#: Default carriageway width per road class when carriageway_width_m is null (contract;
#: 7.3 m is the DMRB CD 127 standard single carriageway).
DEFAULT_CARRIAGEWAY_WIDTH_M = {"A Road": 7.3, "B Road": 6.5, "Minor Road": 5.5, "Local Road": 4.8}
CARRIAGEWAY_WIDTH_RANGE_M = {  # surveyed widths drawn per class/zone (Manual for Streets 7.2)
    ("A Road", None): (7.0, 7.6),
    ("B Road", None): (6.2, 7.0),
    ("Minor Road", None): (5.5, 6.5),
    ("Local Road", "centre"): (5.0, 6.0),
    ("Local Road", "terrace"): (5.0, 6.0),
    ("Local Road", "suburban"): (4.8, 5.5),
    ("Local Road", "village"): (4.2, 5.2),
    ("Local Road", "rural"): (3.2, 4.0),
}
SINGLE_TRACK_MAX_WIDTH_M = 4.1  # below this a lane is single track (lanes = 1)
NULL_WIDTH_SHARE = 0.20  # contract: carriageway_width_m null for ~20% of roads
KERB_TRIM_M = (2.0, 5.0)  # contract: kerbs trimmed back ~2-5 m from junction nodes
KERB_TRIM_STEP_M = 0.5  # extra trim per iteration where kerbs of different roads still meet
FOOTWAY_WIDTH_RANGE_M = {  # nominal footway widths by zone (range 1.0-4.0 m)
    "centre": (3.0, 4.0),  # town centre: wide paved footways
    "arterial": (2.0, 3.0),
    "terrace": (1.5, 2.2),  # Victorian terraces: narrow footways, no driveways
    "suburban": (2.0, 3.0),  # inter-war and later estates: 2 m (Manual for Streets) and more
    "village": (1.5, 2.0),
    "rural": None,  # rural lanes: no footway
}
NARROW_FOOTWAY_M = 1.5  # Inclusive Mobility (2021): 1.5 m absolute minimum clear width
NARROW_FOOTWAY_SHARE = 0.125  # contract: 10-15% of footways narrower than 1.5 m
NARROW_FOOTWAY_WEIGHT = {  # where narrow footways are found: older terraces, village streets
    "terrace": 8.0,
    "village": 6.0,
    "centre": 0.5,
    "arterial": 0.3,
    "suburban": 0.5,
}
VILLAGE_ONE_SIDED_SHARE = 0.3  # village lanes with a footway on one side only

# ------------------------------------------------------------------ kerbside
JUNCTION_NO_WAITING_M = (10.0, 15.0)  # contract; Highway Code rule 243: not within 10 m
ZIGZAG_LENGTH_M = 15.0  # zig-zag area each side of a controlled crossing (TSRGD 2016 Sch. 14)
CROSSING_CLEAR_M = 1.5  # crossing half-width kept clear between the two zig-zag runs
SCHOOL_ZIGZAG_LENGTH_M = 40.0  # "school keep clear" marking, TSRGD 2016 diagram 1027.1
BUS_STOP_CAGE_M = 25.0  # bus stop clearway marking for one bus (TSRGD 2016 diagram 1025.1)
LOADING_BAY_M = (12.0, 15.0)  # a loading bay for one or two vans
TAXI_RANK_M = (20.0, 24.0)  # four hackney carriages
ACCESSIBLE_BAY_LENGTH_M = 6.6  # contract; DfT Traffic Advisory Leaflet 5/95 on-street bay
ACCESSIBLE_BAY_DEPTH_M = 3.6  # contract (capped at half the carriageway)
CAR_CLUB_BAY_LENGTH_M = 6.0  # Manual for Streets 8.3.48: parallel bay 6.0 m x 2.0 m
CAR_CLUB_BAY_DEPTH_M = 2.0
MIN_PARKING_GAP_M = 6.0  # a free kerb run shorter than this gets no parking place
LAMP_SPACING_M = 30.0  # contract: every ~30 m (BS 5489-1 residential spacing)
LAMP_SETBACK_M = (0.3, 0.8)  # contract: lamp column 0.3-0.8 m behind the kerb face
FREE_TEXT_SHARE = 0.02  # contract: ~2% OSM-ish regulation values
FREE_TEXT_VALUES = ("no_parking", "no_stopping", "residents", "ticket", "disc")

# ------------------------------------------------------------------ households, grid, areas
#: zone -> (plot frontage m, setback behind the footway m, P(off-street parking),
#: off-street parking reached by a front driveway, i.e. a vehicle crossover on the kerb)
ADDRESS_PLOTS = {
    "centre": (7.0, 0.5, 0.30, False),  # flats over shops, some with a parking court
    "terrace": (5.0, 1.5, 0.32, False),  # terraces: rear yards/garages, no front crossovers
    "arterial": (8.0, 4.0, 0.55, True),
    "suburban": (9.5, 6.0, 0.93, True),  # semis and detached with driveways
    "village": (16.0, 5.0, 0.80, True),
    "rural": (180.0, 12.0, 1.00, True),
}
JUNCTION_PLOT_MARGIN_M = 10.0  # no front doors within this distance of a junction
HOUSEHOLD_SIZE = {  # persons per household, ONS Census 2021 England ~2.4
    "centre": 1.8,
    "terrace": 2.3,
    "arterial": 2.3,
    "suburban": 2.5,
    "village": 2.4,
    "rural": 2.6,
}
CARS_PER_HOUSEHOLD = {  # Census 2021 car availability, urban to rural
    "centre": 0.6,
    "terrace": 0.85,
    "arterial": 1.0,
    "suburban": 1.45,
    "village": 1.7,
    "rural": 2.0,
}
PLUGIN_SHARE_OF_CARS = {  # plug-in share of licensed cars (DfT VEH0142, 2024: ~3-4%)
    "centre": 0.015,
    "terrace": 0.02,
    "arterial": 0.03,
    "suburban": 0.045,
    "village": 0.04,
    "rural": 0.04,
}
HOUSEHOLDS_PER_LSOA = 650  # ONS: an LSOA has 400-1,200 households
HOUSEHOLDS_PER_SUBSTATION = 250  # a secondary substation typically serves 200-300 homes
NEAR_ZERO_HEADROOM_KVA = 5.0  # substations at or below this are effectively full
SUBSTATION_RAG_KVA = (50.0, 150.0)  # sample thresholds: red below 50 kVA, amber below 150
SPEED_CLASS_KW = (8.0, 50.0, 150.0)  # contract: slow < 8, fast 8-49, rapid 50-149, ultra >= 150
UPRN_BASE = 100_031_000_000
USRN_BASE = 38_100_001
NAPTAN_PREFIX = "4200F"

# ------------------------------------------------------------------ word lists
DESTINATIONS = ("Leicester", "Northampton", "Rugby", "Daventry", "Lutterworth", "Welford")
CENTRE_NAMES = (
    "Market Street",
    "Church Street",
    "Silver Street",
    "Gold Street",
    "Chapel Street",
    "Castle Street",
    "Swan Street",
    "Bell Lane",
    "Horsemarket",
    "Abbey Street",
    "Priory Lane",
    "Tanner Street",
    "Crown Lane",
    "Vicarage Lane",
)
DISTRIBUTOR_NAMES = (
    "Station Road",
    "Park Road",
    "Manor Road",
    "Mill Road",
    "Kings Road",
    "Queens Road",
    "Cemetery Road",
    "Hospital Road",
    "Grange Road",
    "Northfield Road",
    "Southfield Road",
    "Eastfield Road",
    "Westfield Road",
    "Brook Road",
)
TERRACE_PREFIXES = (
    "Victoria", "Albert", "Alexandra", "Gladstone", "Cromwell", "Nelson", "Wellington",
    "Stanley", "Palmerston", "Cobden", "Havelock", "Raglan", "Alma", "Inkerman", "Clarence",
    "Edward", "Princess", "Regent", "Waterloo", "Napier", "Milton", "Byron", "Tennyson",
    "Dickens", "Denmark", "Cambridge", "Oxford", "York", "Lancaster", "Windsor", "Adelaide",
    "Baker", "Bath", "Dover", "Garfield", "Hampden", "Kimberley", "Ladysmith", "Mafeking",
    "Salisbury", "Argyle", "Balmoral", "Brunswick", "Cavendish", "Devonshire",
)  # fmt: skip
TERRACE_SUFFIXES = ("Street", "Street", "Road", "Terrace")
SUBURBAN_PREFIXES = (
    "Elm", "Oak", "Ash", "Beech", "Birch", "Cedar", "Chestnut", "Hawthorn", "Hazel", "Holly",
    "Juniper", "Larch", "Laurel", "Lime", "Maple", "Poplar", "Rowan", "Sycamore", "Willow",
    "Yew", "Meadow", "Paddock", "Fern", "Heather", "Bluebell", "Foxglove", "Kingfisher",
    "Heron", "Lark", "Swallow", "Wren", "Robin", "Kestrel", "Falcon", "Badger", "Otter",
    "Linnet", "Thrush", "Finch", "Clover", "Harebell", "Cowslip", "Teasel", "Thistle",
    "Bramble", "Acorn", "Blackthorn", "Sorrel", "Buttercup", "Primrose", "Magnolia", "Aspen",
    "Alder", "Hornbeam", "Wisteria", "Lavender", "Jasmine", "Skylark", "Nightingale", "Plover",
)  # fmt: skip
SUBURBAN_SUFFIXES = ("Avenue", "Drive", "Way", "Crescent", "Gardens", "Road", "Rise", "Grove")
CLOSE_SUFFIXES = ("Close", "Court", "Mews", "Croft")

# ------------------------------------------------------------------ kerbside texts
TRO_TOWN = "APC/TRO/2019/014"  # consolidated waiting, loading and parking order
TRO_CPZ = "APC/TRO/2021/003"
TRO_SCHOOL = "APC/TRO/2022/011"
TRO_CLEARWAY = "APC/TRO/2018/007"
TRO_VILLAGE = "LWP/TRO/2020/002"
DYL_TEXT = "No waiting at any time (double yellow lines)"
ARTERIAL_WAITING_TEXT = "No waiting Mon-Sat 8am-6pm (single yellow line)"
LIMITED_TEXT = "Limited waiting 1 hour, no return within 2 hours, Mon-Sat 8am-6pm"
PAYMENT_TEXT = "Pay and display, max stay 3 hours, Mon-Sat 8am-6pm"
PERMIT_TEXT = "Permit holders only, Zone {zone}, Mon-Sat 8am-6pm"
LOADING_TEXT = "Loading bay: goods vehicles loading only, Mon-Sat 7am-10am"
TAXI_TEXT = "Taxi rank at any time (4 vehicles)"
CLEARWAY_TEXT = "Clearway: no stopping on the main carriageway at any time"
SCHOOL_TEXT = "School keep clear: no stopping Mon-Fri 8am-5pm ({school})"
ZIGZAG_TEXT = "Zig-zag markings at {kind} crossing: no stopping at any time"
BUS_STOP_TEXT = "Bus stop clearway markings (no order)"
SURVEY_COMMENTS = (
    "No driveway on this street - please put a charger near no. {n}",
    "We have an EV and have to trail a cable across the pavement",
    "Lamp post chargers would work well here, most houses are terraced",
    "Parking is permit only but nobody can charge at home",
    "Please add a charger near the corner shop",
    "Thinking of buying an EV but there is nowhere to charge nearby",
    "Two EVs in our row already, one charger would help everyone",
    "Could the bay outside no. {n} become an EV bay?",
    "The nearest public charger is a 15 minute walk away",
    "Happy to have a charger outside our house (no. {n})",
)


# ================================================================== network
@dataclass
class _Edge:
    """One link of the street graph between two nodes, in local metres before BNG placement."""

    u: int
    v: int
    interior: np.ndarray  # (k, 2) vertices strictly between the end nodes
    kind: str  # grid, dist, aroad, btown, spur, link, village_main, village, rural
    line: tuple  # naming group (grid row/column, spur number)
    order: float  # position along its line, for sorting
    name: str | None = None  # fixed street name, or None to draw one
    zone: str | None = None  # fixed zone, or None to derive it from the position
    town: bool = True  # town links are warped; the link road and the village are not


class _Net:
    def __init__(self) -> None:
        self.xy: list[np.ndarray] = []
        self.edges: list[_Edge] = []

    def node(self, xy) -> int:
        self.xy.append(np.asarray(xy, dtype=float))
        return len(self.xy) - 1

    def edge(self, u: int, v: int, interior: np.ndarray, **attrs) -> None:
        self.edges.append(_Edge(u, v, interior, **attrs))


def _interior(a, b, bow=0.0, amp=0.0, waves=1.0, phase=0.0, spacing=20.0) -> np.ndarray:
    """Vertices strictly between a and b: the chord bent by a bow and a sinuous wobble."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    length = float(np.hypot(*d))
    n = max(int(np.ceil(length / spacing)), 2)
    t = np.arange(1, n) / n
    normal = np.array([-d[1], d[0]]) / length
    off = np.sin(np.pi * t) * (bow + amp * np.sin(2 * np.pi * waves * t + phase))
    return a + t[:, None] * d + off[:, None] * normal


def _connected(nodes: list, links: list) -> bool:
    adj: dict = {n: [] for n in nodes}
    for a, b, *_ in links:
        adj[a].append(b)
        adj[b].append(a)
    seen = {nodes[0]}
    stack = [nodes[0]]
    while stack:
        for m in adj[stack.pop()]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return len(seen) == len(nodes)


def _build_town(net: _Net, rng: np.random.Generator) -> dict:
    """Perturbed grid with an A road along row 0, a B road/high street along column 0,
    distributor rows/columns, removed links (T junctions), closes and rural lanes."""
    sx, sy = GRID_SPACING_X_M, GRID_SPACING_Y_M
    ny = int(TOWN_RADIUS_Y_M // sy)
    ph = rng.uniform(0, 2 * np.pi, 2)
    extents = {}
    for j in range(-ny, ny + 1):
        half = TOWN_RADIUS_X_M * np.sqrt(max(1.0 - (j * sy / TOWN_RADIUS_Y_M) ** 2, 0.0))
        west = half * (1.0 + 0.15 * np.sin(0.8 * j + ph[0]))
        east = half * (1.0 + 0.15 * np.sin(0.7 * j + ph[1]))
        extents[j] = (-int(west // sx), int(east // sx))
    # row 0 (the A road) is the widest so its rural extensions leave the town cleanly
    lo0, hi0 = extents[0]
    extents = {j: (max(lo, lo0), min(hi, hi0)) for j, (lo, hi) in extents.items()}
    keys = [(i, j) for j in range(-ny, ny + 1) for i in range(extents[j][0], extents[j][1] + 1)]
    jitter = np.clip(rng.normal(0.0, 9.0, (len(keys), 2)), -20.0, 20.0)
    pos = {}
    for (i, j), d in zip(keys, jitter):
        d = d * (0.3 if j == 0 else 1.0, 1.0) * (1.0, 0.3 if i == 0 else 1.0)
        pos[(i, j)] = np.array([i * sx, j * sy]) + d

    def kind_of(a, horizontal):
        i, j = a
        if horizontal:
            return "aroad" if j == 0 else "dist" if j in DISTRIBUTOR_ROWS else "grid"
        return "btown" if i == 0 else "dist" if i in DISTRIBUTOR_COLS else "grid"

    links = []  # (a, b, horizontal, kind)
    for i, j in keys:
        for b, horizontal in (((i + 1, j), True), ((i, j + 1), False)):
            if b in pos:
                links.append(((i, j), b, horizontal, kind_of((i, j), horizontal)))

    # remove some local links: T junctions, larger blocks
    n_remove = round(GRID_EDGE_REMOVAL_SHARE * sum(k == "grid" for *_, k in links))
    for link in [links[i] for i in rng.permutation(len(links))]:
        if n_remove == 0:
            break
        a, b, _, kind = link
        if kind != "grid":
            continue
        if min(sum(n in lk[:2] for lk in links) for n in (a, b)) < 3:
            continue
        trial = [lk for lk in links if lk is not link]
        if _connected(keys, trial):
            links = trial
            n_remove -= 1

    # nodes of the graph
    node_of = {k: net.node(pos[k]) for k in keys}

    # closes: a spur from the middle of a suburban link into an unused block
    n_spurs = int(rng.integers(*CUL_DE_SAC_COUNT))
    used_blocks: set = set()
    spur_host: dict = {}
    for idx in rng.permutation(len(links)):
        if len(spur_host) == n_spurs:
            break
        a, b, horizontal, kind = links[idx]
        mid = (pos[a] + pos[b]) / 2
        if kind != "grid" or np.hypot(*mid) < TERRACE_RADIUS_M + 60:
            continue
        i, j = a
        options = []
        for side in (1, -1):
            # the block on that side, named by its lower-left grid node
            lower = 0 if side == 1 else -1
            block = (i, j + lower) if horizontal else (i + lower, j)
            corners = [(block[0] + di, block[1] + dj) for di in (0, 1) for dj in (0, 1)]
            if block not in used_blocks and all(c in pos for c in corners):
                options.append((side, block))
        if not options:
            continue
        side, block = options[int(rng.integers(len(options)))]
        used_blocks.add(block)
        spur_host[(a, b)] = side

    for a, b, horizontal, kind in links:
        line = ("row", a[1]) if horizontal else ("col", a[0])
        order = float(a[0] if horizontal else a[1])
        name = zone = None
        mid = (pos[a] + pos[b]) / 2
        if kind == "aroad":
            name = "Bridge Street" if abs(mid[0]) < 250 else None
            zone = "centre" if abs(mid[0]) < CENTRE_RADIUS_M else "arterial"
        elif kind == "btown":
            if 0 <= mid[1] <= 3 * sy:
                name, zone = "High Street", "centre"
            elif -2 * sy <= mid[1] < 0:
                name, zone = "Sheep Street", "centre"
        attrs = dict(kind=kind, line=line, name=name, zone=zone)
        u, v = node_of[a], node_of[b]
        if (a, b) not in spur_host:
            bow = float(np.clip(rng.normal(0, 4.0), -9, 9)) if kind == "grid" else 0.0
            net.edge(u, v, _interior(pos[a], pos[b], bow=bow), order=order, **attrs)
            continue
        side = spur_host[(a, b)]
        m = net.node(mid)
        net.edge(u, m, _interior(pos[a], mid), order=order, **attrs)
        net.edge(m, v, _interior(mid, pos[b]), order=order + 0.5, **attrs)
        d = (pos[b] - pos[a]) / np.hypot(*(pos[b] - pos[a]))
        left = np.array([-d[1], d[0]])  # +y for a row link, -x for a column link
        inward = left * (side if horizontal else -side)  # into the chosen block
        depth = (sy if horizontal else sx) * rng.uniform(0.45, 0.6)
        turn = np.deg2rad(rng.uniform(-30, 30))
        rot = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
        knee = mid + inward * depth * 0.6
        end = knee + rot @ inward * depth * 0.45
        e = net.node(end)
        pts = np.vstack([_interior(mid, knee, spacing=15), knee, _interior(knee, end, spacing=15)])
        net.edge(m, e, pts, kind="spur", line=("spur", len(net.edges)), order=0.0)

    # the A road leaves the town both ways, with a rural lane off each arm
    names = [str(n) for n in rng.permutation(DESTINATIONS)]
    a_names = {-1: f"{names[0]} Road", 1: f"{names[1]} Road"}
    b_names = {1: f"{names[2]} Road", -1: f"{names[3]} Road"}
    for e in net.edges:
        if e.kind == "aroad" and e.name is None:
            e.name = a_names[int(np.sign(net.xy[e.u][0] + net.xy[e.v][0]))]
        if e.kind == "btown" and e.name is None:
            e.name = b_names[int(np.sign(net.xy[e.u][1] + net.xy[e.v][1]))]
    lanes = {-1: "Gravel Pit Lane", 1: "Brickyard Lane"}
    for sgn, (i_end, first, last) in ((-1, (lo0, 450.0, 1000.0)), (1, (hi0, 380.0, 950.0))):
        p0 = pos[(i_end, 0)]
        pj = p0 + (sgn * (first + rng.uniform(-40, 40)), rng.uniform(-30, 30))
        pe = p0 + (sgn * (last + rng.uniform(-50, 50)), rng.uniform(-60, 60))
        nj, ne = net.node(pj), net.node(pe)
        ph2 = rng.uniform(0, 2 * np.pi, 3)
        attrs = dict(kind="aroad", line=("aroad", sgn), name=a_names[sgn], zone="rural")
        net.edge(node_of[(i_end, 0)], nj, _interior(p0, pj, amp=12, phase=ph2[0]), order=0, **attrs)
        net.edge(nj, ne, _interior(pj, pe, amp=15, phase=ph2[1]), order=1, **attrs)
        lane_end = pj + (rng.uniform(-80, 80), -sgn * rng.uniform(400, 480))
        ln = net.node(lane_end)
        net.edge(
            nj,
            ln,
            _interior(pj, lane_end, amp=25, waves=1.5, phase=ph2[2]),
            kind="rural",
            line=("lane", sgn),
            order=0,
            name=lanes[sgn],
            zone="rural",
        )
    return node_of


def _warp(xy: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Smooth, low-frequency displacement bending the whole grid."""
    x, y = xy[:, 0], xy[:, 1]
    two_pi = 2 * np.pi
    dx = np.sin(two_pi * y / 1700 + p[0]) + 0.6 * np.sin(two_pi * (x + y) / 2300 + p[1])
    dy = np.sin(two_pi * x / 1900 + p[2]) + 0.6 * np.sin(two_pi * (x - y) / 2100 + p[3])
    return xy + WARP_AMPLITUDE_M * np.column_stack([dx, dy])


def _warp_town(net: _Net, rng: np.random.Generator) -> None:
    p = rng.uniform(0, 2 * np.pi, 4)
    net.xy = [row for row in _warp(np.array(net.xy), p)]
    for e in net.edges:
        if e.town and len(e.interior):
            e.interior = _warp(e.interior, p)


VILLAGE_NODES = {  # offsets from the village centre (m)
    "W": (-320, -20),
    "J1": (-150, 10),
    "C": (0, 0),
    "J3": (80, -5),
    "J2": (165, -15),
    "E": (330, 10),
    "B0": (5, 140),
    "CH": (20, 260),
    "M": (-30, -420),
    "O1": (85, -90),
    "O2": (60, -160),
    "O3": (170, -120),
    "HE": (900, 150),
    "P": (-250, -400),
}
VILLAGE_LINKS = (  # (from, to, street, kind, zone)
    ("W", "J1", "Main Street", "village_main", "village"),
    ("J1", "C", "Main Street", "village_main", "village"),
    ("C", "J3", "Main Street", "village_main", "village"),
    ("J3", "J2", "Main Street", "village_main", "village"),
    ("J2", "E", "Main Street", "village_main", "village"),
    ("J1", "B0", "Back Lane", "village", "village"),
    ("B0", "J2", "Back Lane", "village", "village"),
    ("C", "B0", "Church Lane", "village", "village"),
    ("B0", "CH", "Church Lane", "village", "village"),
    ("C", "M", "Mill Lane", "rural", "rural"),
    ("J3", "O1", "Orchard Close", "village", "suburban"),
    ("O1", "O2", "Orchard Close", "village", "suburban"),
    ("O1", "O3", "The Paddocks", "village", "suburban"),
    ("E", "HE", "Holme Lane", "rural", "rural"),
    ("W", "P", "Pinfold Lane", "rural", "rural"),
)
UNLIT_STREETS = ("Back Lane",)  # a dark village lane


def _build_link_and_village(net: _Net, rng, node_of: dict, village_xy: np.ndarray) -> None:
    """The village lanes and the B road from the town's edge to the village."""
    turn = np.deg2rad(rng.uniform(-20, 20))
    rot = np.array([[np.cos(turn), -np.sin(turn)], [np.sin(turn), np.cos(turn)]])
    vid = {}
    for key, off in VILLAGE_NODES.items():
        jit = np.clip(rng.normal(0, 6, 2), -12, 12)
        vid[key] = net.node(village_xy + rot @ (np.asarray(off, float) + jit))
    for order, (a, b, street, kind, zone) in enumerate(VILLAGE_LINKS):
        pa, pb = net.xy[vid[a]], net.xy[vid[b]]
        amp = 10.0 if kind == "rural" else 3.0
        pts = _interior(pa, pb, amp=amp, waves=rng.uniform(0.5, 1.5), phase=rng.uniform(0, 6.3))
        net.edge(
            vid[a],
            vid[b],
            pts,
            kind=kind,
            line=("village", street),
            order=order,
            name=street,
            zone=zone,
            town=False,
        )
    # the link road leaves from the grid node furthest towards the village, well clear of
    # the A road (row 0) so the two never run side by side
    start_xy = net.xy[vid["W"]]
    town_nodes = np.array([n for (_, j), n in node_of.items() if j >= 2])
    heading = start_xy / np.hypot(*start_xy)
    start = int(town_nodes[np.argmax(np.array([net.xy[n] @ heading for n in town_nodes]))])
    p0 = net.xy[start]
    t_mid = rng.uniform(0.45, 0.55)
    mid_xy = p0 + (start_xy - p0) * t_mid
    side = np.array([-heading[1], heading[0]])
    mid_xy = mid_xy + side * rng.uniform(-40, 40)
    mid = net.node(mid_xy)
    ph = rng.uniform(0, 2 * np.pi, 3)
    attrs = dict(kind="link", line=("link",), name="Weldon Road", zone="rural", town=False)
    net.edge(
        start,
        mid,
        _interior(p0, mid_xy, amp=45, waves=1.0, phase=ph[0], spacing=30),
        order=0,
        **attrs,
    )
    net.edge(
        mid,
        vid["W"],
        _interior(mid_xy, start_xy, amp=45, waves=1.0, phase=ph[1], spacing=30),
        order=1,
        **attrs,
    )
    # a lane to a hamlet, off the link road on the side away from the A road
    lane_end = mid_xy + side * rng.uniform(450, 600) + heading * rng.uniform(-100, 100)
    ln = net.node(lane_end)
    net.edge(
        mid,
        ln,
        _interior(mid_xy, lane_end, amp=30, waves=1.2, phase=ph[2]),
        kind="rural",
        line=("lane", 0),
        order=0,
        name="Spinney Lane",
        zone="rural",
        town=False,
    )


# ================================================================== roads and streets
ROAD_CLASS_OF_KIND = {
    "aroad": "A Road",
    "btown": "B Road",
    "link": "B Road",
    "dist": "Minor Road",
    "village_main": "Minor Road",
    "grid": "Local Road",
    "spur": "Local Road",
    "village": "Local Road",
    "rural": "Local Road",
}
_KIND_RANK = {k: n for n, k in enumerate(ROAD_CLASS_OF_KIND)}


@dataclass
class _Road:
    """A road centreline feature: a chain of links between junctions (or dead ends)."""

    coords: np.ndarray
    start: int
    end: int
    kind: str
    line: tuple
    order: float
    name: str | None
    zone: str | None


def _rotation(theta: float) -> np.ndarray:
    return np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])


def _chain_roads(net: _Net, theta: float) -> tuple[list[_Road], np.ndarray]:
    """Place the graph in BNG (rotated by theta about the town centre) and merge links
    through plain bends into road features.

    Returns the roads and each node's degree. Shared end nodes carry bit-identical
    coordinates, so junctions can be found by comparing end points.
    """
    rot = _rotation(theta)
    origin = np.asarray(TOWN_CENTRE_EN)
    nodes = np.round(np.array(net.xy) @ rot.T + origin, 2)
    link_coords = []
    for e in net.edges:
        inner = np.round(e.interior @ rot.T + origin, 2).reshape(-1, 2)
        link_coords.append(np.vstack([nodes[e.u], inner, nodes[e.v]]))
    adj: list[list[int]] = [[] for _ in net.xy]
    for k, e in enumerate(net.edges):
        adj[e.u].append(k)
        adj[e.v].append(k)
    sig = [(e.kind, e.name, e.zone) for e in net.edges]
    is_break = [len(a) != 2 or sig[a[0]] != sig[a[1]] for a in adj]
    visited = np.zeros(len(net.edges), dtype=bool)
    roads: list[_Road] = []
    for first in [v for v in range(len(adj)) if is_break[v]] + list(range(len(adj))):
        for k0 in adj[first]:
            if visited[k0]:
                continue
            node, k, seq = first, k0, []
            while True:
                e = net.edges[k]
                forward = e.u == node
                seq.append((k, forward))
                visited[k] = True
                node = e.v if forward else e.u
                if is_break[node]:
                    break
                k = adj[node][0] if adj[node][1] == k else adj[node][1]
                if visited[k]:
                    break
            # a block perimeter hanging off one junction is split in two: no ring roads
            pieces = [seq[: len(seq) // 2], seq[len(seq) // 2 :]] if node == first else [seq]
            for piece in pieces:
                roads.append(_make_road(net, link_coords, piece))
    return roads, np.array([len(a) for a in adj])


def _make_road(net: _Net, link_coords: list, seq: list) -> _Road:
    """A road from a chain of (link, forward) pairs."""
    parts = [link_coords[k] if fwd else link_coords[k][::-1] for k, fwd in seq]
    coords = np.vstack([parts[0]] + [p[1:] for p in parts[1:]])
    first, last = net.edges[seq[0][0]], net.edges[seq[-1][0]]
    start = first.u if seq[0][1] else first.v
    end = last.v if seq[-1][1] else last.u
    order = min(net.edges[k].order for k, _ in seq)
    return _Road(
        coords,
        start,
        end,
        first.kind,
        first.line,
        order,
        first.name,
        first.zone,
    )


def _zone_at(rel: np.ndarray, old_dir: float) -> str:
    """Character of the town at a point relative to the centre: centre, terrace or suburban."""
    d = float(np.hypot(*rel))
    if d < CENTRE_RADIUS_M:
        return "centre"
    toward_old_town = np.cos(np.arctan2(rel[1], rel[0]) - old_dir) > 0.3
    if d < TERRACE_RADIUS_M or (d < TERRACE_SECTOR_RADIUS_M and toward_old_town):
        return "terrace"
    return "suburban"


@dataclass
class _Street:
    name: str | None
    roads: list
    kind: str
    zone: str | None = None
    settlement: str = TOWN


def _group_streets(roads: list[_Road], rng: np.random.Generator) -> list[_Street]:
    """Group roads into named streets: fixed names, then runs along each grid line."""
    fixed: dict[str, list[int]] = {}
    lines: dict[tuple, list[int]] = {}
    for r, road in enumerate(roads):
        if road.name:
            fixed.setdefault(road.name, []).append(r)
        else:
            lines.setdefault(road.line, []).append(r)
    streets = [_Street(name, idx, roads[idx[0]].kind) for name, idx in fixed.items()]
    for line in sorted(lines):
        idx = sorted(lines[line], key=lambda r: roads[r].order)
        runs = [[idx[0]]]
        for prev, r in zip(idx, idx[1:]):
            ends_prev = {roads[prev].start, roads[prev].end}
            if ends_prev & {roads[r].start, roads[r].end}:
                runs[-1].append(r)
            else:
                runs.append([r])
        low, high = (3, 7) if roads[idx[0]].kind == "dist" else (2, 6)
        for run in runs:
            while run:
                size = int(rng.integers(low, high))
                if len(run) - size < 2:  # no one-block leftovers
                    size = len(run)
                streets.append(_Street(None, run[:size], roads[run[0]].kind))
                run = run[size:]
    return streets


def _name_streets(streets: list[_Street], rng: np.random.Generator) -> None:
    """Draw a unique name for every street without a fixed one (no prefix used twice)."""

    def combos(prefixes, suffixes):
        return [
            f"{p} {suffixes[int(rng.integers(len(suffixes)))]}" for p in rng.permutation(prefixes)
        ]

    pools = {
        "centre": [str(n) for n in rng.permutation(CENTRE_NAMES)],
        "dist": [str(n) for n in rng.permutation(DISTRIBUTOR_NAMES)],
        "terrace": combos(TERRACE_PREFIXES, TERRACE_SUFFIXES),
        "suburban": combos(SUBURBAN_PREFIXES, SUBURBAN_SUFFIXES),
        "close": combos(SUBURBAN_PREFIXES, CLOSE_SUFFIXES),
    }
    fallback = {
        "centre": ("centre", "terrace", "suburban"),
        "dist": ("dist", "suburban", "terrace"),
        "terrace": ("terrace", "suburban"),
        "suburban": ("suburban", "terrace"),
        "close": ("close", "suburban", "terrace"),
    }
    used_names = {s.name for s in streets if s.name}
    used_prefixes: set = set()
    for street in streets:
        if street.name:
            continue
        pool = (
            "close" if street.kind == "spur" else "dist" if street.kind == "dist" else street.zone
        )
        for key in fallback[pool]:
            while pools[key]:
                name = pools[key].pop(0)
                prefix = name.rsplit(" ", 1)[0]
                if name not in used_names and prefix not in used_prefixes:
                    street.name = name
                    break
            if street.name:
                break
        if street.name is None:  # pragma: no cover - word lists are sized for the layout
            raise RuntimeError("sample area: street word lists exhausted")
        used_names.add(street.name)
        used_prefixes.add(street.name.rsplit(" ", 1)[0])


def _build_roads(rng: np.random.Generator) -> tuple[pd.DataFrame, np.ndarray]:
    """The road network: one row per road feature with internal planning columns.

    Returns the roads table (with a ``geometry`` column of shapely lines) and node degrees.
    """
    net = _Net()
    theta = float(np.deg2rad(rng.uniform(5.0, 20.0)))
    village_local = _rotation(-theta) @ np.asarray(VILLAGE_OFFSET_EN)
    node_of = _build_town(net, rng)
    _warp_town(net, rng)
    _build_link_and_village(net, rng, node_of, village_local)
    roads, degree = _chain_roads(net, theta)
    streets = _group_streets(roads, rng)

    centre = np.asarray(TOWN_CENTRE_EN)
    village = centre + np.asarray(VILLAGE_OFFSET_EN)
    old_dir = rng.uniform(-np.pi, np.pi)
    for st in streets:
        mid = np.mean([roads[r].coords.mean(axis=0) for r in st.roads], axis=0)
        st.zone = "suburban" if st.kind == "spur" else _zone_at(mid - centre, old_dir)
        near_village = np.hypot(*(mid - village)) < np.hypot(*(mid - centre))
        st.settlement = VILLAGE if near_village else TOWN

    def street_length(st):
        return sum(float(np.hypot(*np.diff(roads[r].coords, axis=0).T).sum()) for r in st.roads)

    candidates = [
        n
        for n, st in enumerate(streets)
        if st.kind == "grid" and st.zone in ("terrace", "suburban") and street_length(st) > 200
    ]
    school_street = candidates[int(rng.integers(len(candidates)))]
    streets[school_street].name = "School Lane"
    _name_streets(streets, rng)

    order = sorted(
        range(len(streets)),
        key=lambda n: (streets[n].settlement != TOWN, _KIND_RANK[streets[n].kind], n),
    )
    rows = []
    for usrn_idx, n in enumerate(order):
        st = streets[n]
        for r in sorted(st.roads, key=lambda r: (roads[r].line, roads[r].order)):
            road = roads[r]
            mid = road.coords[len(road.coords) // 2]
            near_village = np.hypot(*(mid - village)) < np.hypot(*(mid - centre))
            rows.append(
                dict(
                    name=st.name,
                    usrn=USRN_BASE + usrn_idx,
                    road_class=ROAD_CLASS_OF_KIND[road.kind],
                    settlement=VILLAGE if near_village else TOWN,
                    kind=road.kind,
                    zone=road.zone or st.zone,
                    start=road.start,
                    end=road.end,
                    school=n == school_street,
                    geometry=shapely.linestrings(road.coords),
                )
            )
    table = pd.DataFrame(rows)
    table.insert(0, "road_id", [f"RD{i + 1:05d}" for i in range(len(table))])

    # surveyed widths; ~20% left null as in real highway inventories
    widths = []
    for cls, zone, kind in zip(table.road_class, table.zone, table.kind):
        key = (cls, None) if cls != "Local Road" else (cls, "suburban" if kind == "spur" else zone)
        low, high = CARRIAGEWAY_WIDTH_RANGE_M[key]
        widths.append(round(float(rng.uniform(low, high)), 1))
    widths = np.array(widths)
    table["lanes"] = np.where(widths < SINGLE_TRACK_MAX_WIDTH_M, 1, 2).astype("int64")
    reported = widths.copy()
    reported[rng.choice(len(table), round(NULL_WIDTH_SHARE * len(table)), replace=False)] = np.nan
    table["carriageway_width_m"] = reported
    default = table.road_class.map(DEFAULT_CARRIAGEWAY_WIDTH_M).to_numpy(dtype=float)
    table["half_width"] = np.where(np.isnan(reported), default, reported) / 2.0
    table["lit"] = (table.zone != "rural") & ~table.name.isin(UNLIT_STREETS)
    return table, degree


# ================================================================== kerbs and footways
def _kerb_lines(
    roads: pd.DataFrame, degree: np.ndarray, max_iter: int = 40
) -> tuple[np.ndarray, np.ndarray]:
    """Left/right kerb lines (interleaved), trimmed back from junction nodes until kerbs of
    different roads neither touch each other nor another road's centreline."""
    geoms = roads.geometry.to_numpy()
    hw = roads.half_width.to_numpy()
    n = len(roads)
    raw = np.empty(2 * n, dtype=object)
    raw[0::2] = shapely.offset_curve(geoms, hw)
    raw[1::2] = shapely.offset_curve(geoms, -hw)
    for k, g in enumerate(raw):
        if g.geom_type != "LineString":  # an offset folding on itself: keep the longest part
            parts = shapely.get_parts(shapely.line_merge(g))
            raw[k] = parts[np.argmax(shapely.length(parts))]
    road_of = np.repeat(np.arange(n), 2)
    # start trim from the widest other road at the node
    ends = pd.DataFrame(
        {"node": np.r_[roads.start, roads.end], "road": np.r_[np.arange(n), np.arange(n)]}
    )
    ends["hw"] = hw[ends.road]
    trims = np.zeros((2 * n, 2))
    for node, grp in ends.groupby("node", sort=True):
        if degree[node] < 2:
            continue
        for pos, road in enumerate(grp.road):
            others = np.delete(grp.hw.to_numpy(), pos)
            t = float(np.clip(others.max() + 0.5, *KERB_TRIM_M)) if len(others) else 0.0
            col = 0 if roads.start.iat[road] == node else 1
            trims[2 * road : 2 * road + 2, col] = t
    shared = trims > 0
    length = shapely.length(raw)
    kerbs = raw
    road_tree = shapely.STRtree(geoms)
    for _ in range(max_iter):
        kerbs = np.array(
            [substring(g, a, max(a + 1.0, ln - b)) for g, (a, b), ln in zip(raw, trims, length)],
            dtype=object,
        )
        tree = shapely.STRtree(kerbs)
        k1, k2 = tree.query(kerbs, predicate="intersects")
        bad_k = k1[road_of[k1] != road_of[k2]]
        hit_k = k2[road_of[k1] != road_of[k2]]
        ra, rb = road_tree.query(kerbs, predicate="intersects")
        keep = road_of[ra] != rb
        bad = np.r_[bad_k, ra[keep]]
        other = np.r_[kerbs[hit_k], geoms[rb[keep]]]
        if len(bad) == 0:
            break
        where = shapely.centroid(shapely.intersection(kerbs[bad], other))
        d_start = shapely.distance(where, shapely.get_point(kerbs[bad], 0))
        d_end = shapely.distance(where, shapely.get_point(kerbs[bad], -1))
        col = (d_end < d_start).astype(int)
        grow = np.zeros_like(trims)
        grow[bad, col] = KERB_TRIM_STEP_M
        trims += grow * shared
    return kerbs, trims


class _Kerbside:
    """Kerb lines with their attributes and the kerb space already taken (intervals in m)."""

    def __init__(self, geoms: np.ndarray, table: pd.DataFrame) -> None:
        self.geoms = geoms
        self.t = table
        self.length = shapely.length(geoms)
        self.busy: list[list[tuple[float, float]]] = [[] for _ in range(len(geoms))]
        self.tree = shapely.STRtree(geoms)

    def is_free(self, k: int, a: float, b: float) -> bool:
        if a < 0 or b > self.length[k]:
            return False
        return all(b <= x0 or a >= x1 for x0, x1 in self.busy[k])

    def take(self, k: int, a: float, b: float) -> None:
        self.busy[k].append((a, b))

    def gaps(self, k: int, min_length: float = 0.0) -> list[tuple[float, float]]:
        out, pos = [], 0.0
        for a, b in sorted(self.busy[k]):
            if a - pos >= min_length and a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        if self.length[k] - pos >= min_length and self.length[k] > pos:
            out.append((pos, float(self.length[k])))
        return out

    def place(self, k: int, length: float, rng: np.random.Generator, margin: float = 1.0):
        """A free interval of ``length`` somewhere on kerb k, or None."""
        fits = [(a, b) for a, b in self.gaps(k) if b - a >= length + 2 * margin]
        if not fits:
            return None
        a, b = fits[int(rng.integers(len(fits)))]
        start = a + margin + rng.uniform(0.0, b - a - length - 2 * margin)
        return start, start + length

    def stands_clear(self, k, points, lateral, tolerance: float = 0.05) -> np.ndarray:
        """True where a point really stands ``lateral`` m behind its own kerb and no nearer to
        any other kerb (false near the inside of sharp bends and tight junction corners)."""
        own = shapely.distance(points, self.geoms[np.asarray(k, dtype=int)])
        _, nearest = self.tree.query_nearest(points, all_matches=False)
        closest = shapely.distance(points, self.geoms[nearest])
        return (np.abs(own - np.abs(lateral)) <= tolerance) & (closest >= own - 1e-9)

    def points(self, k, s, lateral) -> np.ndarray:
        """Points at distance s along kerbs k, ``lateral`` metres towards the footway side
        (negative: into the carriageway)."""
        k = np.asarray(k, dtype=int)
        lines = self.geoms[k]
        length = self.length[k]
        s = np.clip(np.asarray(s, dtype=float), 0.0, length)
        p = shapely.get_coordinates(shapely.line_interpolate_point(lines, s))
        a = shapely.get_coordinates(shapely.line_interpolate_point(lines, np.maximum(s - 0.5, 0)))
        b = shapely.get_coordinates(
            shapely.line_interpolate_point(lines, np.minimum(s + 0.5, length))
        )
        tangent = (b - a) / np.hypot(*(b - a).T)[:, None]
        left = np.column_stack([-tangent[:, 1], tangent[:, 0]])
        side = self.t.sign.to_numpy()[k]
        return shapely.points(p + left * (np.asarray(lateral, float) * side)[:, None])


def _build_kerbs(roads: pd.DataFrame, degree: np.ndarray, rng: np.random.Generator) -> _Kerbside:
    geoms, _trims = _kerb_lines(roads, degree)
    n = len(roads)
    rep = np.repeat(np.arange(n), 2)
    t = pd.DataFrame(
        {
            "kerb_id": [f"{rid}-{s}" for rid in roads.road_id for s in ("L", "R")],
            "road": rep,
            "road_id": roads.road_id.to_numpy()[rep],
            "usrn": roads.usrn.to_numpy()[rep],
            "street": roads.name.to_numpy()[rep],
            "side": np.tile(["left", "right"], n),
            "sign": np.tile([1.0, -1.0], n),
        }
    )
    for col in ("zone", "kind", "road_class", "settlement", "half_width", "lit", "school"):
        t[col] = roads[col].to_numpy()[rep]
    start_deg = degree[roads.start.to_numpy()][rep]
    end_deg = degree[roads.end.to_numpy()][rep]
    t["junction_start"] = start_deg >= 3
    t["junction_end"] = end_deg >= 3
    t["shared_start"] = start_deg >= 2
    t["shared_end"] = end_deg >= 2

    # footway widths: by zone, none on rural lanes, one side only on some village lanes
    fw = np.full(2 * n, np.nan)
    for k, zone in enumerate(t.zone):
        rng_m = FOOTWAY_WIDTH_RANGE_M[zone]
        if rng_m is not None:
            fw[k] = round(float(rng.uniform(*rng_m)), 1)
    one_sided = (roads.zone == "village").to_numpy() & (rng.random(n) < VILLAGE_ONE_SIDED_SHARE)
    drop_side = rng.integers(0, 2, n)
    for r in np.flatnonzero(one_sided):
        fw[2 * r + drop_side[r]] = np.nan
    # narrow footways, mostly on terraces and in the village, a fixed share of all footways
    has = np.flatnonzero(~np.isnan(fw))
    weight = np.array([NARROW_FOOTWAY_WEIGHT[z] for z in t.zone.to_numpy()[has]])
    weight = weight * shapely.length(geoms[has])
    n_narrow = round(NARROW_FOOTWAY_SHARE * len(has))
    narrow = rng.choice(has, n_narrow, replace=False, p=weight / weight.sum())
    fw[narrow] = np.round(rng.uniform(1.0, NARROW_FOOTWAY_M - 0.05, n_narrow), 1)
    t["fw"] = fw
    return _Kerbside(geoms, t)


def _footway_width_field(fw: np.ndarray) -> np.ndarray:
    """footway_width_m as published: 0 where the kerb has no footway (NO_FOOTWAY), never null."""
    return np.where(np.isnan(fw), 0.0, fw)


# ================================================================== kerbside features
class _Records:
    """Collects features of one layer: attribute rows plus shapely geometries."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.geoms: list = []

    def add(self, geom, **attrs) -> None:
        self.rows.append(attrs)
        self.geoms.append(geom)

    def frame(self, id_field: str, id_fmt: str, fields: tuple[str, ...]) -> gpd.GeoDataFrame:
        df = pd.DataFrame(self.rows, columns=[f for f in fields if f != id_field])
        df.insert(0, id_field, [id_fmt.format(i + 1) for i in range(len(df))])
        return gpd.GeoDataFrame(df, geometry=list(self.geoms), crs=SAMPLE_CRS)


def _tro(kb: _Kerbside, k: int, town_ref: str = TRO_TOWN) -> str:
    return TRO_VILLAGE if kb.t.settlement.iat[k] == VILLAGE else town_ref


def _junction_no_waiting(kb: _Kerbside, rng, restr: list) -> None:
    """Double yellow lines 10-15 m back from every junction, on every kerb."""
    for k in range(len(kb.geoms)):
        length = kb.length[k]
        a, b = (
            round(float(rng.uniform(*JUNCTION_NO_WAITING_M)), 1) if at_junction else 0.0
            for at_junction in (kb.t.junction_start.iat[k], kb.t.junction_end.iat[k])
        )
        if a + b > length - MIN_PARKING_GAP_M and (a or b):
            runs = [(0.0, length)]
        else:
            runs = ([(0.0, a)] if a else []) + ([(length - b, length)] if b else [])
        for x0, x1 in runs:
            kb.take(k, x0, x1)
            restr.append((k, x0, x1, "kerbsideNoWaiting", _tro(kb, k), DYL_TEXT))


def _crossings(kb: _Kerbside, roads: pd.DataFrame, rng, restr: list, crossings, dropped) -> None:
    """Zebras in the centre, signals on the A road, uncontrolled crossings elsewhere."""
    zone, kind = roads.zone.to_numpy(), roads.kind.to_numpy()
    fw = kb.t.fw.to_numpy()
    plans = (
        ("zebra", 4, (zone == "centre") & (kind != "aroad")),
        ("signalised", 3, (kind == "aroad") & (zone != "rural")),
        ("uncontrolled", 12, np.isin(zone, ("terrace", "suburban", "village")) & (kind != "spur")),
    )
    geoms = roads.geometry.to_numpy()
    for crossing_kind, count, mask in plans:
        reach = ZIGZAG_LENGTH_M + CROSSING_CLEAR_M if crossing_kind != "uncontrolled" else 3.0
        placed = 0
        for r in rng.permutation(np.flatnonzero(mask)):
            if placed == count:
                break
            left, right = 2 * r, 2 * r + 1
            if np.isnan(fw[left]) or np.isnan(fw[right]) or geoms[r].length < 70:
                continue
            pt = geoms[r].interpolate(geoms[r].length * rng.uniform(0.35, 0.65))
            s = {k: kb.geoms[k].project(pt) for k in (left, right)}
            if not all(kb.is_free(k, s[k] - reach, s[k] + reach) for k in s):
                continue
            crossings.add(pt, kind=crossing_kind)
            for k, sk in s.items():
                kb.take(k, sk - reach, sk + reach)
                dropped.add(kb.geoms[k].interpolate(sk), kind="pedestrian")
                if crossing_kind == "uncontrolled":
                    continue
                text = ZIGZAG_TEXT.format(kind=crossing_kind)
                for x0, x1 in (
                    (sk - reach, sk - CROSSING_CLEAR_M),
                    (sk + CROSSING_CLEAR_M, sk + reach),
                ):
                    restr.append(
                        (k, x0, x1, "kerbsideOtherYellowZigZagMandatory", _tro(kb, k), text)
                    )
            placed += 1


def _schools(kb: _Kerbside, roads: pd.DataFrame, rng, restr: list) -> None:
    """School keep-clear zig-zags outside the town school (on School Lane) and the village
    school (on Church Lane)."""
    for mask, school in (
        (roads.school.to_numpy(), f"{TOWN} Primary School"),
        ((roads.name == "Church Lane").to_numpy(), f"{VILLAGE} C of E Primary School"),
    ):
        done = False
        for r in sorted(np.flatnonzero(mask), key=lambda r: -roads.geometry.iat[r].length):
            for k in rng.permutation([2 * r, 2 * r + 1]):
                mid = kb.length[k] / 2
                a, b = mid - SCHOOL_ZIGZAG_LENGTH_M / 2, mid + SCHOOL_ZIGZAG_LENGTH_M / 2
                if np.isnan(kb.t.fw.iat[k]) or not kb.is_free(k, a, b):
                    continue
                kb.take(k, a, b)
                text = SCHOOL_TEXT.format(school=school)
                code = "kerbsideSchoolKeepClearYellowZigZagMandatory"
                restr.append((k, a, b, code, _tro(kb, k, TRO_SCHOOL), text))
                done = True
                break
            if done:
                break


def _bus_stops(kb: _Kerbside, roads: pd.DataFrame, rng, restr: list, stops) -> None:
    """Staggered pairs of stops along the bus route: A road, high street, village main street."""
    kind, zone = roads.kind.to_numpy(), roads.zone.to_numpy()
    route = np.flatnonzero(
        ((kind == "aroad") & (zone != "rural")) | np.isin(kind, ("btown", "village_main"))
    )
    lengths = np.array([g.length for g in roads.geometry])
    village_main = route[kind[route] == "village_main"]
    forced = village_main[np.argmax(lengths[village_main])]  # the village always has a stop
    letters = iter("ABCDEFGHJKLMNPQRSTUVWXYZ")
    half = BUS_STOP_CAGE_M / 2
    for r in route:
        if r != forced and rng.random() > 0.5:
            continue
        for k, frac in ((2 * r, rng.uniform(0.3, 0.45)), (2 * r + 1, rng.uniform(0.55, 0.7))):
            s = kb.length[k] * frac
            if np.isnan(kb.t.fw.iat[k]) or not kb.is_free(k, s - half, s + half):
                continue
            kb.take(k, s - half, s + half)
            restr.append((k, s - half, s + half, "nonOrderKerbsideBusStop", None, BUS_STOP_TEXT))
            street = kb.t.street.iat[k]
            if zone[r] == "centre":
                label = f"Stop {next(letters)}"
            else:
                label = "adj" if kb.t.side.iat[k] == "left" else "opp"
            stops.add(kb.geoms[k].interpolate(s), name=f"{street} ({label})")


def _bays(kb: _Kerbside, rng, restr: list, accessible, car_clubs) -> None:
    """Loading bays and taxi ranks in the centre; disabled-badge and car club bays."""
    t = kb.t
    has_fw = ~np.isnan(t.fw.to_numpy())
    centre = np.flatnonzero(has_fw & (t.zone == "centre").to_numpy())
    terrace = np.flatnonzero(has_fw & (t.zone == "terrace").to_numpy())
    high_street = np.flatnonzero(has_fw & (t.kind == "btown").to_numpy() & (t.zone == "centre"))

    def spread(candidates, count, length_range, take_as):
        placed = 0
        for k in rng.permutation(candidates):
            if placed == count:
                return
            length = round(float(rng.uniform(*length_range)), 1)
            where = kb.place(int(k), length, rng)
            if where is None:
                continue
            piece = substring(kb.geoms[k], *where)
            ends = shapely.get_coordinates(piece)[[0, -1]]
            if np.hypot(*(ends[1] - ends[0])) < 0.99 * piece.length:  # not on a sharp bend
                continue
            kb.take(int(k), *where)
            take_as(int(k), *where)
            placed += 1

    def loading(k, a, b):
        restr.append((k, a, b, "kerbsideLoadingBay", _tro(kb, k), LOADING_TEXT))

    def taxi(k, a, b):
        restr.append((k, a, b, "kerbsideTaxiRank", _tro(kb, k), TAXI_TEXT))

    def bay_polygon(k, a, b, depth):
        depth = min(depth, float(t.half_width.iat[k]))
        piece = substring(kb.geoms[k], a, b)
        return shapely.buffer(piece, -t.sign.iat[k] * depth, single_sided=True, cap_style="flat")

    def disabled(k, a, b):
        accessible.add(bay_polygon(k, a, b, ACCESSIBLE_BAY_DEPTH_M), kerb_id=t.kerb_id.iat[k])

    operators = ("Enterprise Car Club", "Co Wheels")

    def car_club(k, a, b):
        operator = operators[int(rng.integers(len(operators)))]
        polygon = bay_polygon(k, a, b, CAR_CLUB_BAY_DEPTH_M)
        car_clubs.add(polygon, kerb_id=t.kerb_id.iat[k], operator=operator)

    spread(high_street, 3, LOADING_BAY_M, loading)
    spread(centre, 3, LOADING_BAY_M, loading)
    spread(centre, 2, TAXI_RANK_M, taxi)
    spread(centre, 8, (ACCESSIBLE_BAY_LENGTH_M, ACCESSIBLE_BAY_LENGTH_M), disabled)
    spread(terrace, 8, (ACCESSIBLE_BAY_LENGTH_M, ACCESSIBLE_BAY_LENGTH_M), disabled)
    spread(centre, 2, (CAR_CLUB_BAY_LENGTH_M, CAR_CLUB_BAY_LENGTH_M), car_club)
    spread(terrace, 3, (CAR_CLUB_BAY_LENGTH_M, CAR_CLUB_BAY_LENGTH_M), car_club)


def _parking_regimes(kb: _Kerbside, restr: list, centre_xy: np.ndarray) -> None:
    """Fill the remaining kerb space with the street's regime: pay and display and limited
    waiting in the centre, permit zones on inner terraces, yellow lines on the A road."""
    t = kb.t
    mids = shapely.get_coordinates(shapely.line_interpolate_point(kb.geoms, 0.5, normalized=True))
    rel = mids - centre_xy
    dist = np.hypot(*rel.T)
    cpz = np.array(list("ABCD"))[
        ((np.arctan2(rel[:, 1], rel[:, 0]) + np.pi) // (np.pi / 2)).astype(int) % 4
    ]
    for k in range(len(kb.geoms)):
        zone, kind = t.zone.iat[k], t.kind.iat[k]
        if zone == "centre" and kind == "aroad":
            regime = ("kerbsideNoWaiting", TRO_TOWN, DYL_TEXT)
        elif zone == "centre" and kind == "btown":
            regime = ("kerbsideLimitedWaiting", TRO_TOWN, LIMITED_TEXT)
        elif zone == "centre":
            regime = ("kerbsidePaymentParkingPlace", TRO_TOWN, PAYMENT_TEXT)
        elif zone == "terrace" and dist[k] < CPZ_RADIUS_M:
            text = PERMIT_TEXT.format(zone=cpz[k])
            regime = ("kerbsidePermitParkingPlace", TRO_CPZ, text)
        elif zone == "arterial":
            regime = ("kerbsideNoWaiting", TRO_TOWN, ARTERIAL_WAITING_TEXT)
        elif zone == "rural" and kind == "aroad":
            regime = ("kerbsideNoStopping", TRO_CLEARWAY, CLEARWAY_TEXT)
        else:
            continue
        for a, b in kb.gaps(k, MIN_PARKING_GAP_M):
            kb.take(k, a, b)
            restr.append((k, a, b, *regime))


def _restrictions_frame(kb: _Kerbside, restr: list, rng) -> gpd.GeoDataFrame:
    """The restriction records as a layer; ~2% carry OSM-ish free-text values."""
    k, a, b, reg, tro, text = (list(col) for col in zip(*restr))
    reg = np.array(reg, dtype=object)
    text = np.array(text, dtype=object)
    pool = np.flatnonzero(reg == "kerbsideNoWaiting")
    chosen = rng.choice(pool, round(FREE_TEXT_SHARE * len(reg)), replace=False)
    values = rng.choice(FREE_TEXT_VALUES, len(chosen))
    reg[chosen] = values
    text[chosen] = [f"Imported from OpenStreetMap (parking:condition={v})" for v in values]
    geoms = [
        substring(kb.geoms[ki], max(ai, 0.0), min(bi, kb.length[ki])) for ki, ai, bi in zip(k, a, b)
    ]
    df = pd.DataFrame({"tro_ref": tro, "regulation_type": reg, "description": text})
    df.insert(0, "restriction_id", [f"RS{i + 1:05d}" for i in range(len(df))])
    return gpd.GeoDataFrame(df, geometry=geoms, crs=SAMPLE_CRS)


# ================================================================== street furniture
def _junction_dropped_kerbs(kb: _Kerbside, dropped: _Records) -> None:
    """Pedestrian dropped kerbs at every junction corner with a footway."""
    t = kb.t
    has_fw = ~np.isnan(t.fw.to_numpy())
    k_start = np.flatnonzero(has_fw & t.junction_start.to_numpy())
    k_end = np.flatnonzero(has_fw & t.junction_end.to_numpy())
    k = np.r_[k_start, k_end]
    s = np.r_[np.full(len(k_start), 0.5), kb.length[k_end] - 0.5]
    order = np.argsort(k, kind="stable")
    for geom in shapely.line_interpolate_point(kb.geoms[k[order]], s[order]):
        dropped.add(geom, kind="pedestrian")


def _addresses(kb: _Kerbside, rng) -> pd.DataFrame:
    """Front doors along residential kerbs, one household each, with off-street parking drawn
    per zone. Returns kerb, s, zone, usrn, settlement, has_offstreet, crossover, geometry."""
    t = kb.t
    ks, ss = [], []
    for k in range(len(kb.geoms)):
        frontage = ADDRESS_PLOTS[t.zone.iat[k]][0]
        m0 = JUNCTION_PLOT_MARGIN_M if t.shared_start.iat[k] else 4.0
        m1 = JUNCTION_PLOT_MARGIN_M if t.shared_end.iat[k] else 4.0
        usable = kb.length[k] - m0 - m1
        steps = frontage * rng.uniform(0.9, 1.1, max(int(usable // (0.9 * frontage)), 0) + 1)
        s = m0 + rng.uniform(0.0, 0.5) * frontage + np.cumsum(steps) - steps / 2
        s = s[s <= kb.length[k] - m1]
        ks.append(np.full(len(s), k))
        ss.append(s)
    k = np.concatenate(ks)
    s = np.concatenate(ss)
    zone = t.zone.to_numpy()[k]
    fw = t.fw.to_numpy()[k]
    setback = np.array([ADDRESS_PLOTS[z][1] for z in zone])
    p_off = np.array([ADDRESS_PLOTS[z][2] for z in zone])
    driveway = np.array([ADDRESS_PLOTS[z][3] for z in zone])
    has_off = rng.random(len(k)) < p_off
    lateral = np.nan_to_num(fw, nan=2.0) + setback
    points = kb.points(k, s, lateral)
    addresses = pd.DataFrame(
        {
            "kerb": k,
            "s": s,
            "zone": zone,
            "usrn": t.usrn.to_numpy()[k],
            "street": t.street.to_numpy()[k],
            "settlement": t.settlement.to_numpy()[k],
            "has_offstreet_parking": has_off,
            "crossover": has_off & driveway & ~np.isnan(fw),
            "geometry": points,
        }
    )
    # no front doors inside sharp bends or in the mouth of a junction
    clear = kb.stands_clear(k, points, lateral, tolerance=0.5)
    return addresses[clear].reset_index(drop=True)


def _lamp_columns(kb: _Kerbside, roads: pd.DataFrame, rng) -> pd.DataFrame:
    """Columns every ~30 m on lit streets: staggered on wide roads, one side on narrow ones."""
    fw = kb.t.fw.to_numpy()
    heights = {
        "A Road": (10.0, 12.0),
        "B Road": (8.0,),
        "Minor Road": (6.0, 8.0),
        "Local Road": (5.0, 6.0),
    }
    ks, ss, hs = [], [], []
    for r in np.flatnonzero(roads.lit.to_numpy()):
        sides = [k for k in (2 * r, 2 * r + 1) if not np.isnan(fw[k])]
        if not sides:
            continue
        spacing = LAMP_SPACING_M * rng.uniform(0.9, 1.1)
        start = rng.uniform(4.0, 12.0)
        if 2 * roads.half_width.iat[r] >= 6.5 and len(sides) == 2:
            plan, step = [(sides[0], 0.0), (sides[1], spacing)], 2 * spacing
        else:
            plan, step = [(sides[int(rng.integers(len(sides)))], 0.0)], spacing
        choices = heights[roads.road_class.iat[r]]
        height = choices[int(rng.integers(len(choices)))]
        for k, offset in plan:
            s = np.arange(start + offset, kb.length[k] - 4.0, step)
            ks.append(np.full(len(s), k))
            ss.append(s)
            hs.append(np.full(len(s), height))
    k = np.concatenate(ks)
    lateral = np.minimum(rng.uniform(*LAMP_SETBACK_M, len(k)), fw[k] - 0.1)
    points = kb.points(k, np.concatenate(ss), lateral)
    lamps = pd.DataFrame({"kerb": k, "height_m": np.concatenate(hs), "geometry": points})
    return lamps[kb.stands_clear(k, points, lateral)].reset_index(drop=True)


def _obstacles(kb: _Kerbside, rng) -> gpd.GeoDataFrame:
    """Trees, sign poles, cabinets and bins on footways."""
    t = kb.t
    fw = t.fw.to_numpy()
    has = ~np.isnan(fw)
    zone = t.zone.to_numpy()
    junction = t.junction_start.to_numpy() | t.junction_end.to_numpy()
    plans = (  # kind, count range, eligible kerbs, footprint range, lateral rule
        ("tree", (100, 140), has & (fw >= 2.0) & np.isin(zone, ("suburban", "centre", "arterial")),
         (0.8, 1.5), "kerb"),
        ("sign_pole", (80, 110), has & junction, (0.1, 0.1), "kerb"),
        ("cabinet", (35, 50), has & (zone != "rural"), (0.6, 1.2), "back"),
        ("bin", (25, 40), has & (zone == "centre"), (0.5, 0.7), "kerb"),
    )  # fmt: skip
    frames = []
    for kind, (low, high), eligible, (f0, f1), rule in plans:
        cand = np.flatnonzero(eligible)
        weight = kb.length[cand] / kb.length[cand].sum()
        k = rng.choice(cand, int(rng.integers(low, high)), p=weight)
        length = kb.length[k]
        if kind == "sign_pole":  # a few metres back from a junction end
            at_start = t.junction_start.to_numpy()[k] & (
                ~t.junction_end.to_numpy()[k] | (rng.random(len(k)) < 0.5)
            )
            back = rng.uniform(3.0, 8.0, len(k))
            s = np.where(at_start, back, length - back)
        else:
            s = rng.uniform(5.0, length - 5.0)
        footprint = np.round(rng.uniform(f0, f1, len(k)), 1)
        if rule == "kerb":
            lateral = np.minimum(np.maximum(0.45, footprint / 2 + 0.2), fw[k] - 0.1)
        else:
            lateral = np.maximum(fw[k] - 0.4, 0.3)
        points = kb.points(k, s, lateral)
        found = pd.DataFrame({"kind": kind, "footprint_m": footprint, "geometry": points})
        frames.append(found[kb.stands_clear(k, points, lateral)])
    df = pd.concat(frames, ignore_index=True)
    df.insert(0, "obstacle_id", [f"OB{i + 1:05d}" for i in range(len(df))])
    return gpd.GeoDataFrame(df, geometry="geometry", crs=SAMPLE_CRS)


def _cycle_parking(kb: _Kerbside, rng) -> gpd.GeoDataFrame:
    t = kb.t
    cand = np.flatnonzero((t.zone == "centre").to_numpy() & (t.fw.to_numpy() >= 2.4))
    k = rng.choice(cand, int(rng.integers(12, 19)), replace=False)
    s = rng.uniform(5.0, kb.length[k] - 5.0)
    lateral = np.full(len(k), 0.8)
    points = kb.points(k, s, lateral)
    clear = kb.stands_clear(k, points, lateral)
    df = pd.DataFrame(
        {
            "capacity": (2 * rng.integers(2, 6, len(k))).astype("int64"),
            "kind": "stands",
            "geometry": points,
        }
    )[clear]
    df.insert(0, "cycle_parking_id", [f"CY{i + 1:04d}" for i in range(len(df))])
    return gpd.GeoDataFrame(df, geometry="geometry", crs=SAMPLE_CRS)


def _speed_class(kw: float) -> str:
    slow, fast, rapid = SPEED_CLASS_KW
    return "slow" if kw < slow else "fast" if kw < fast else "rapid" if kw < rapid else "ultra"


def _chargepoints(kb: _Kerbside, lamps: pd.DataFrame, rng) -> gpd.GeoDataFrame:
    """Existing public chargepoints, mostly in the town: lamp column and kerbside posts on
    terraces, a car park, a superstore and services on the A road, two in the village."""
    t = kb.t
    fw = t.fw.to_numpy()
    zone, kind, settlement = t.zone.to_numpy(), t.kind.to_numpy(), t.settlement.to_numpy()
    has = ~np.isnan(fw)
    recs = _Records()

    def add(geom, operator, name, kw, sockets, on_street):
        recs.add(
            geom,
            source="sample",
            operator=operator,
            name=name,
            max_power_kw=kw,
            speed_class=_speed_class(kw),
            sockets=sockets,
            on_street=on_street,
            status="AVAILABLE",
        )

    lamp_zone = zone[lamps.kerb.to_numpy()]
    for i in rng.choice(np.flatnonzero(lamp_zone == "terrace"), 7, replace=False):
        k = int(lamps.kerb.iat[i])
        operator = ("char.gy", "ubitricity")[int(rng.integers(2))]
        add(lamps.geometry.iat[i], operator, f"{t.street.iat[k]} lamp column", 5.5, 1, True)
    posts = np.flatnonzero(has & (fw >= 1.8) & np.isin(zone, ("terrace", "centre")))
    placed = 0
    for k in rng.permutation(posts):
        if placed == 3:
            break
        s = rng.uniform(10.0, kb.length[k] - 10.0)
        geom = kb.points([k], [s], [0.5])[0]
        if not kb.stands_clear([k], [geom], [0.5])[0]:
            continue
        add(geom, "Connected Kerb", f"{t.street.iat[k]} kerbside charger", 7.0, 2, True)
        placed += 1
    offstreet = (
        ("centre", has & (zone == "centre") & (kind != "aroad"), 2, 25.0,
         ("Pod Point", "Market Place car park", 22.0, 2)),
        ("superstore", (kind == "aroad") & (zone == "arterial"), 2, 45.0,
         ("InstaVolt", f"{TOWN} Superstore", 50.0, 2)),
        ("services", (kind == "aroad") & (zone == "rural"), 1, 40.0,
         ("Gridserve", f"{TOWN} Services", 150.0, 2)),
    )  # fmt: skip
    for _, mask, count, back, (operator, name, kw, sockets) in offstreet:
        k = int(rng.choice(np.flatnonzero(mask)))
        for n in range(count):
            s = kb.length[k] / 2 + 6.0 * n
            geom = kb.points([k], [s], [np.nan_to_num(fw[k], nan=2.0) + back])[0]
            add(geom, operator, name, kw, sockets, False)
    village_lamps = np.flatnonzero(settlement[lamps.kerb.to_numpy()] == VILLAGE)
    i = int(rng.choice(village_lamps))
    k = int(lamps.kerb.iat[i])
    add(lamps.geometry.iat[i], "char.gy", f"{t.street.iat[k]} lamp column", 5.5, 1, True)
    hall = np.flatnonzero(has & (settlement == VILLAGE))
    k = int(rng.choice(hall))
    geom = kb.points([k], [kb.length[k] / 2], [fw[k] + 15.0])[0]
    add(geom, "Pod Point", f"{VILLAGE} Village Hall", 7.0, 2, False)
    fields = SAMPLE_LAYERS["chargepoints"][1]
    gdf = recs.frame("cp_id", "CP{:04d}", fields)
    return gdf.astype({"max_power_kw": "float64", "sockets": "int64", "on_street": "bool"})


def _survey_suggestions(kb: _Kerbside, rng) -> gpd.GeoDataFrame:
    """Residents' requests: clusters on terraced streets, a few scattered elsewhere."""
    t = kb.t
    has = ~np.isnan(t.fw.to_numpy())
    terrace = np.flatnonzero(has & (t.zone == "terrace").to_numpy() & (kb.length > 60))
    elsewhere = np.flatnonzero(has & (t.zone != "terrace").to_numpy())
    total = int(rng.integers(55, 66))
    n_clusters = 6
    sizes = rng.multinomial(round(total * 0.8), np.full(n_clusters, 1 / n_clusters))
    ks, ss = [], []
    for k, size in zip(rng.choice(terrace, n_clusters, replace=False), sizes):
        centre = rng.uniform(20.0, kb.length[k] - 20.0)
        ks.append(np.full(size, k))
        ss.append(np.clip(centre + rng.normal(0.0, 12.0, size), 1.0, kb.length[k] - 1.0))
    n_rest = total - int(sizes.sum())
    k_rest = rng.choice(elsewhere, n_rest, replace=False)
    ks.append(k_rest)
    ss.append(rng.uniform(5.0, kb.length[k_rest] - 5.0))
    k = np.concatenate(ks)
    s = np.concatenate(ss)
    lateral = t.fw.to_numpy()[k] + rng.uniform(0.5, 3.0, len(k))
    first = dt.date(2023, 3, 1)
    days = rng.integers(0, 580, len(k))
    texts = rng.integers(0, len(SURVEY_COMMENTS), len(k))
    numbers = rng.integers(1, 120, len(k))
    df = pd.DataFrame(
        {
            "suggestion_id": [f"SG{i + 1:04d}" for i in range(len(k))],
            "submitted": [(first + dt.timedelta(days=int(d))).isoformat() for d in days],
            "comment": [SURVEY_COMMENTS[c].format(n=n) for c, n in zip(texts, numbers)],
            "geometry": kb.points(k, s, lateral),
        }
    )
    return gpd.GeoDataFrame(df, geometry="geometry", crs=SAMPLE_CRS)


# ================================================================== areas and the grid
def _kmeans(xy: np.ndarray, k: int, rng, iterations: int = 30) -> np.ndarray:
    centres = xy[rng.choice(len(xy), k, replace=False)].copy()
    for _ in range(iterations):
        label = ((xy[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2).argmin(axis=1)
        count = np.bincount(label, minlength=k)
        for dim in (0, 1):
            total = np.bincount(label, weights=xy[:, dim], minlength=k)
            centres[:, dim] = np.where(count > 0, total / np.maximum(count, 1), centres[:, dim])
    return centres


def _areas(addresses: pd.DataFrame, roads: pd.DataFrame, rng, centre_xy) -> gpd.GeoDataFrame:
    """LSOA-like areas: a Voronoi tiling of household clusters over the whole sample extent.
    Sets ``addresses.area_code`` and counts households from the addresses."""
    xy = shapely.get_coordinates(addresses.geometry.to_numpy())
    in_town = (addresses.settlement == TOWN).to_numpy()
    built_up = in_town & (addresses.zone != "rural").to_numpy()  # farms join the nearest area
    k_town = int(np.clip(round(in_town.sum() / HOUSEHOLDS_PER_LSOA), 7, 12))
    seeds = _kmeans(xy[built_up], k_town, rng)
    seeds = seeds[np.argsort(np.hypot(*(seeds - centre_xy).T), kind="stable")]
    seeds = np.vstack([seeds, xy[~in_town].mean(axis=0)])
    district = np.array([TOWN] * k_town + [VILLAGE])
    x0, y0, x1, y1 = shapely.total_bounds(roads.geometry.to_numpy())
    extent = shapely.box(x0 - 400.0, y0 - 400.0, x1 + 400.0, y1 + 400.0)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=extent)
    )
    seed_idx, cell_idx = shapely.STRtree(cells).query(shapely.points(seeds), predicate="within")
    cell_of_seed = np.empty(len(seeds), dtype=int)
    cell_of_seed[seed_idx] = cell_idx
    polygons = shapely.set_precision(shapely.intersection(cells[cell_of_seed], extent), 0.01)

    a_idx, p_idx = shapely.STRtree(polygons).query(
        addresses.geometry.to_numpy(), predicate="intersects"
    )
    first = np.unique(a_idx, return_index=True)[1]
    area_of = np.full(len(addresses), -1)
    area_of[a_idx[first]] = p_idx[first]

    codes = [f"E0199{i + 1:04d}" for i in range(len(seeds))]
    addresses["area_code"] = np.array(codes)[area_of]
    zone = addresses.zone.to_numpy()
    rows = []
    town_rank = 0
    size_km2 = shapely.area(polygons) / 1e6
    fringe = set(np.argsort(-size_km2[:k_town], kind="stable")[:2])
    for a in range(len(seeds)):
        inside = area_of == a
        zones = zone[inside]
        jitter = rng.uniform(0.95, 1.05, 3)
        persons = sum(HOUSEHOLD_SIZE[z] for z in zones) * jitter[0]
        cars = sum(CARS_PER_HOUSEHOLD[z] for z in zones) * jitter[1]
        evs = sum(CARS_PER_HOUSEHOLD[z] * PLUGIN_SHARE_OF_CARS[z] for z in zones)
        evs *= rng.uniform(0.8, 1.25)
        dense = np.isin(zones, ("terrace", "centre")).mean() if len(zones) else 0.0
        imd = int(np.clip(round(9.5 - 8.0 * dense + rng.normal(0.0, 0.7)), 1, 10))
        if district[a] == VILLAGE:
            name, ruc = f"{VILLAGE} 001A", ("E1", "Rural village and dispersed")
        else:
            name = f"{TOWN} {town_rank // 4 + 1:03d}{'ABCD'[town_rank % 4]}"
            town_rank += 1
            ruc = ("D1", "Rural town and fringe") if a in fringe else ("C1", "Urban city and town")
        rows.append(
            dict(
                area_code=codes[a],
                area_name=name,
                district=str(district[a]),
                population=round(persons),
                households=int(inside.sum()),
                households_no_offstreet=int((inside & ~addresses.has_offstreet_parking).sum()),
                cars=round(cars),
                plugin_evs=round(evs),
                imd_decile=imd,
                ruc_code=ruc[0],
                ruc_class=ruc[1],
            )
        )
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=list(polygons), crs=SAMPLE_CRS)


def _substations(addresses: pd.DataFrame, rng) -> gpd.GeoDataFrame:
    """Secondary substations spread among the households; older terraced areas have less
    headroom and a few are effectively full."""
    xy = shapely.get_coordinates(addresses.geometry.to_numpy())
    picked = []
    for settlement, separation in ((TOWN, 150.0), (VILLAGE, 100.0)):
        pool = np.flatnonzero((addresses.settlement == settlement).to_numpy())
        wanted = max(int(np.ceil(len(pool) / HOUSEHOLDS_PER_SUBSTATION)), 2)
        chosen: list[int] = []
        for i in rng.permutation(pool):
            if len(chosen) == wanted:
                break
            if not chosen or np.hypot(*(xy[chosen] - xy[i]).T).min() >= separation:
                chosen.append(int(i))
        picked.extend(chosen)
    picked = np.array(picked)
    zone = addresses.zone.to_numpy()[picked]
    old = np.isin(zone, ("terrace", "centre"))
    headroom = rng.uniform(40.0, 450.0, len(picked)) * np.where(old, 0.6, 1.0)
    n_full = max(3, round(0.12 * len(picked)))
    weight = np.where(old, 3.0, 1.0)
    full = rng.choice(len(picked), n_full, replace=False, p=weight / weight.sum())
    headroom[full] = rng.uniform(0.0, NEAR_ZERO_HEADROOM_KVA, n_full)
    headroom = np.round(headroom, 1)
    red, amber = SUBSTATION_RAG_KVA
    rag = np.where(headroom < red, "red", np.where(headroom < amber, "amber", "green"))
    names, seen = [], {}
    for street in addresses.street.to_numpy()[picked]:
        seen[street] = seen.get(street, 0) + 1
        names.append(f"{street} S/S" + (f" {seen[street]}" if seen[street] > 1 else ""))
    offset = rng.uniform(-5.0, 5.0, (len(picked), 2))
    df = pd.DataFrame(
        {
            "substation_id": [f"SUB{i + 1:04d}" for i in range(len(picked))],
            "name": names,
            "headroom_kva": headroom,
            "demand_rag": rag,
        }
    )
    return gpd.GeoDataFrame(df, geometry=shapely.points(xy[picked] + offset), crs=SAMPLE_CRS)


# ================================================================== public API
def build_sample_area(seed: int = 42) -> dict[str, gpd.GeoDataFrame]:
    """Build every layer of the sample area (EPSG:27700), deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    roads, degree = _build_roads(rng)
    kb = _build_kerbs(roads, degree, rng)
    t = kb.t

    restr: list = []
    crossings, dropped, stops = _Records(), _Records(), _Records()
    accessible, car_clubs = _Records(), _Records()
    _junction_no_waiting(kb, rng, restr)
    _crossings(kb, roads, rng, restr, crossings, dropped)
    _schools(kb, roads, rng, restr)
    _bus_stops(kb, roads, rng, restr, stops)
    _bays(kb, rng, restr, accessible, car_clubs)
    _parking_regimes(kb, restr, np.asarray(TOWN_CENTRE_EN))
    _junction_dropped_kerbs(kb, dropped)

    addresses = _addresses(kb, rng)
    crossover = addresses[addresses.crossover]
    points = shapely.line_interpolate_point(kb.geoms[crossover.kerb.to_numpy()], crossover.s)
    for geom in points:
        dropped.add(geom, kind="vehicle_crossover")
    lamps = _lamp_columns(kb, roads, rng)

    layers: dict[str, gpd.GeoDataFrame] = {}
    layers["roads"] = gpd.GeoDataFrame(
        roads[
            ["road_id", "name", "usrn", "road_class", "carriageway_width_m", "lanes", "settlement"]
        ],
        geometry=roads.geometry.to_numpy(),
        crs=SAMPLE_CRS,
    )
    kerbs = t[["kerb_id", "road_id", "usrn", "street", "side"]].assign(
        footway_width_m=_footway_width_field(t.fw.to_numpy())
    )
    layers["kerbs"] = gpd.GeoDataFrame(kerbs, geometry=kb.geoms, crs=SAMPLE_CRS)
    has_fw = np.flatnonzero(~np.isnan(t.fw.to_numpy()))
    strips = shapely.buffer(
        kb.geoms[has_fw], (t.sign * t.fw).to_numpy()[has_fw], single_sided=True, cap_style="flat"
    )
    layers["footways"] = gpd.GeoDataFrame(
        {
            "footway_id": ["FW" + kid[2:] for kid in t.kerb_id.to_numpy()[has_fw]],
            "kerb_id": t.kerb_id.to_numpy()[has_fw],
            "width_m": t.fw.to_numpy()[has_fw],
        },
        geometry=strips,
        crs=SAMPLE_CRS,
    )
    layers["obstacles"] = _obstacles(kb, rng)
    layers["restrictions"] = _restrictions_frame(kb, restr, rng)
    layers["accessible_bays"] = accessible.frame("bay_id", "AB{:04d}", ("bay_id", "kerb_id"))
    layers["car_club_bays"] = car_clubs.frame(
        "bay_id", "CC{:04d}", ("bay_id", "kerb_id", "operator")
    )
    layers["cycle_parking"] = _cycle_parking(kb, rng)
    layers["dropped_kerbs"] = dropped.frame(
        "dropped_kerb_id", "DK{:05d}", ("dropped_kerb_id", "kind")
    )
    layers["bus_stops"] = stops.frame("stop_id", NAPTAN_PREFIX + "{:06d}", ("stop_id", "name"))
    layers["crossings"] = crossings.frame("crossing_id", "CR{:04d}", ("crossing_id", "kind"))
    layers["lamp_columns"] = gpd.GeoDataFrame(
        {
            "lamp_id": [f"LC{i + 1:05d}" for i in range(len(lamps))],
            "height_m": lamps.height_m.to_numpy(dtype=float),
            "owner": "council",
        },
        geometry=lamps.geometry.to_numpy(),
        crs=SAMPLE_CRS,
    )
    layers["chargepoints"] = _chargepoints(kb, lamps, rng)
    layers["survey_suggestions"] = _survey_suggestions(kb, rng)
    layers["areas"] = _areas(addresses, roads, rng, np.asarray(TOWN_CENTRE_EN))
    layers["substations"] = _substations(addresses, rng)
    layers["addresses"] = gpd.GeoDataFrame(
        {
            "uprn": UPRN_BASE + np.arange(len(addresses), dtype="int64"),
            "usrn": addresses.usrn.to_numpy(dtype="int64"),
            "has_offstreet_parking": addresses.has_offstreet_parking.to_numpy(dtype=bool),
            "area_code": addresses.area_code.to_numpy(),
        },
        geometry=addresses.geometry.to_numpy(),
        crs=SAMPLE_CRS,
    )
    # its own random stream (seeded from `seed`), so the other layers stay as they were
    sessions = generate_sample_sessions(layers["chargepoints"].drop(columns="geometry"), seed=seed)
    layers["sessions"] = gpd.GeoDataFrame(sessions, geometry=[None] * len(sessions))
    for name, (_, fields) in SAMPLE_LAYERS.items():
        gdf = layers[name]
        layers[name] = gdf[[*fields, "geometry"]].reset_index(drop=True)
    return {name: layers[name] for name in SAMPLE_LAYERS}


def write_gpkg_atomic(path, layers: dict) -> Path:
    """Write ``layers`` (name -> GeoDataFrame, or DataFrame for a table without geometry) to
    one GeoPackage at ``path``, replacing it atomically: they are written to a temporary file
    beside it, which is removed if writing fails."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".gpkg", dir=path.parent)
    os.close(fd)
    os.remove(tmp_name)  # GDAL creates the GeoPackage itself
    try:
        for name, frame in layers.items():
            pyogrio.write_dataframe(frame, tmp_name, layer=name, driver="GPKG")
        os.replace(tmp_name, path)
    finally:
        if os.path.exists(tmp_name):
            os.remove(tmp_name)
    return path


def write_sample_area(path, seed: int = 42) -> Path:
    """Write every layer to one GeoPackage at ``path``, replacing it atomically."""
    layers = {
        # a table: written without a geometry column
        name: pd.DataFrame(gdf.drop(columns="geometry")) if SAMPLE_LAYERS[name][0] is None else gdf
        for name, gdf in build_sample_area(seed).items()
    }
    return write_gpkg_atomic(path, layers)
