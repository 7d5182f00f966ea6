"""Deterministic synthetic scenes at a chosen size, for benchmarks and scale tests.

:func:`build_synthetic_scene` lays a jittered grid of streets (about ``BLOCK_M`` between
junctions, a few links dropped so the grid has dead ends and corners), derives the kerbs with
:func:`.kerbs.kerbs_from_roads` (trimmed back from the junctions so kerbs of different roads
never cross), and places restrictions, disabled bays, footways, scoring candidates, homes and
the other scoring inputs in proportion to the number of kerbs. ``n_kerbs`` kerbs of about
90 m each: 100,000 is a county (~9,000 km of kerb), 1,000,000 a regional consortium.

Everything is vectorised (numpy, shapely 2 array functions, :class:`.kerbs.KerbParts` linear
referencing): a million kerbs (4 million features, without footway polygons) generate in about
15 s on two cores. The same ``seed`` and size always give identical coordinates and attributes;
each layer draws from its own ``numpy.random.default_rng((seed, layer))`` stream, so adding a
layer never changes another.

Layers (EPSG:27700, field names as in the built-in sample area so the algorithms' default
field choices work):

``roads`` (LineString, 3 vertices, split at every junction)
    road_id ("R0000001"), name, usrn, road_class ("B Road", "Minor Road", "Local Road").
``kerbs`` (LineString, 2 per road)
    kerb_id ("R0000001-L"/"-R"), road_id, usrn, street, side ("left"/"right" of the road's
    direction), footway_width_m (0 = no footway, null = unknown; see the shares below).
``footways`` (Polygon, optional)
    footway_id, kerb_id, width_m: the strip behind each kerb that has a footway.
``restrictions`` (LineString drawn along a kerb)
    restriction_id, regulation_type (D-TRO values, all of them excluded or "TRO change" in the
    default mapping: see :data:`RESTRICTION_TYPE_SHARES`).
``accessible_bays`` (Polygon, ``BAY_LENGTH_M`` x ``BAY_DEPTH_M`` in the carriageway,
    overlapping the kerb line by ``BAY_KERB_OVERLAP_M``)
    bay_id, kerb_id.
``candidates`` (LineString, ``CANDIDATE_LENGTH_M`` along a kerb)
    candidate_id, kerb_id.
``addresses`` (Point, 8-25 m behind the kerb, away from the corners)
    uprn, usrn, has_offstreet_parking, area_code.
``chargepoints`` (Point at the kerb edge)
    cp_id, speed_class, max_power_kw.
``substations`` (Point) substation_id, headroom_kva.
``survey_suggestions`` (Point) suggestion_id.
``areas`` (Polygon, ``AREA_TILE_M`` squares tiling the extent)
    area_code, district, population, households, households_no_offstreet, plugin_evs,
    imd_decile, ruc_code.

Kerbs, restrictions and bays are placed independently: restrictions and bays overlap one
another and the junction set-backs as they would in real data.
"""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .errors import ParameterError
from .kerbs import KerbParts, kerbs_from_roads
from .text import QT_TRANSLATE_NOOP, Message

SYNTHETIC_CRS = "EPSG:27700"
#: South-west corner of the grid (somewhere in the English Midlands, inside British National Grid).
ORIGIN_E = 400_000.0
ORIGIN_N = 250_000.0

# --- Street network (synthetic choices, not guidance) ------------------------------------------
#: Distance between neighbouring junctions of the grid: a typical urban/suburban block.
BLOCK_M = 100.0
#: Junctions move up to this far from their grid position (irregular blocks, oblique junctions).
NODE_JITTER_M = 8.0
#: The middle vertex of each road moves up to this far sideways (gently bent streets).
MID_VERTEX_JITTER_M = 2.0
#: Share of grid links left out (cul-de-sacs, T junctions, corners of degree 2).
DROPPED_LINK_SHARE = 0.10
#: Road classes and their shares; carriageway widths come from the class defaults of
#: :data:`.kerbs.DEFAULT_CARRIAGEWAY_WIDTH_BY_CLASS` (6.5, 5.5 and 4.8 m).
ROAD_CLASS_SHARES = {"B Road": 0.10, "Minor Road": 0.40, "Local Road": 0.50}
#: Kerbs stop this far short of the junction node (where the kerb radius of the corner begins),
#: so kerbs of different roads never cross: with carriageways of up to 6.5 m and junction angles
#: within ~15 degrees of square, offset kerbs meet within 4.5 m of the node.
KERB_TRIM_M = 5.0
#: Roads per USRN (a street of several blocks).
ROADS_PER_STREET = 5

# --- Kerbside features --------------------------------------------------------------------------
#: Restrictions per kerb: 30 % (300,000 per million kerbs, the scale of a regional TRO dataset).
RESTRICTION_SHARE = 0.30
#: Restriction length along the kerb (m), uniform between these bounds.
RESTRICTION_LENGTH_M = (10.0, 40.0)
#: D-TRO regulation types and their shares. None is "allowed" in the default mapping, so every
#: restriction rules its kerb out (eligible_with_tro_change or ineligible).
RESTRICTION_TYPE_SHARES = {
    "kerbsideNoWaiting": 0.40,
    "kerbsidePermitParkingPlace": 0.20,
    "kerbsideLimitedWaiting": 0.15,
    "kerbsidePaymentParkingPlace": 0.10,
    "kerbsideLoadingBay": 0.05,
    "kerbsideNoLoading": 0.05,
    "nonOrderKerbsideBusStop": 0.05,
}
#: Disabled bays per kerb: 5 % (50,000 per million kerbs).
BAY_SHARE = 0.05
#: Bay length along the kerb: the DfT on-street disabled bay length (TAL 5/95, 6.6 m).
BAY_LENGTH_M = 6.6
#: Bay depth into the carriageway (synthetic: a 2.4 m parallel bay).
BAY_DEPTH_M = 2.4
#: Bay polygons reach this far behind the kerb line (the markings include the kerb), so the kerb
#: line lies inside the polygon rather than on its edge.
BAY_KERB_OVERLAP_M = 0.3
#: Footway widths (m) uniform between these bounds; shares of kerbs without a footway (width 0)
#: and with an unknown width (null).
FOOTWAY_WIDTH_M = (1.2, 4.0)
NO_FOOTWAY_SHARE = 0.10
UNKNOWN_FOOTWAY_SHARE = 0.05

# --- Scoring and coverage inputs ---------------------------------------------------------------
#: Candidate sites per kerb and their length along the kerb (two 6.6 m bays).
CANDIDATE_SHARE = 1.0
CANDIDATE_LENGTH_M = 13.2
#: Address points per kerb (~1 per 100 m of kerb, a suburban density on both sides), their
#: distance behind the kerb line, and the share with off-street parking.
ADDRESS_SHARE = 1.0
ADDRESS_SETBACK_M = (8.0, 25.0)
OFFSTREET_SHARE = 0.6
#: Public chargepoints, substations and survey suggestions per kerb.
CHARGEPOINT_SHARE = 0.01
SUBSTATION_SHARE = 0.002
SURVEY_SHARE = 0.005
CHARGEPOINT_SPEED_SHARES = {"slow": 0.6, "fast": 0.3, "rapid": 0.1}
CHARGEPOINT_POWER_KW = {"slow": 7.0, "fast": 22.0, "rapid": 50.0}
#: Side of the square statistical areas (roughly an LSOA in a town) and areas per district side.
AREA_TILE_M = 1000.0
DISTRICT_TILES = 10
RUC_CODES = ("A1", "B1", "C1", "D1", "E1", "F1")
#: People per household (ONS Census 2021, England and Wales: 2.36).
PEOPLE_PER_HOUSEHOLD = 2.36

LAYERS = (
    "roads",
    "kerbs",
    "footways",
    "restrictions",
    "accessible_bays",
    "candidates",
    "addresses",
    "chargepoints",
    "substations",
    "survey_suggestions",
    "areas",
)


def _rng(seed: int, layer: str) -> np.random.Generator:
    return np.random.default_rng((int(seed), LAYERS.index(layer)))


def _choice(rng: np.random.Generator, shares: dict, size: int) -> np.ndarray:
    keys = np.array(list(shares), dtype=object)
    p = np.array(list(shares.values()), dtype=np.float64)
    return keys[rng.choice(keys.size, size=size, p=p / p.sum())]


def grid_side(n_roads: int, dropped_share: float = DROPPED_LINK_SHARE) -> int:
    """Nodes per side of a square grid with enough links for ``n_roads`` after dropping some."""
    links = n_roads / (1.0 - dropped_share)
    # A k x k grid has 2 k (k - 1) links.
    return max(2, math.ceil((1.0 + math.sqrt(1.0 + 2.0 * links)) / 2.0))


def synthetic_roads(n_roads: int, seed: int = 0) -> gpd.GeoDataFrame:
    """``n_roads`` road centrelines of a jittered grid, each from one junction to the next."""
    rng = _rng(seed, "roads")
    k = grid_side(n_roads)
    gx, gy = np.meshgrid(np.arange(k), np.arange(k), indexing="xy")
    node_x = ORIGIN_E + gx.ravel() * BLOCK_M + rng.uniform(-1, 1, k * k) * NODE_JITTER_M
    node_y = ORIGIN_N + gy.ravel() * BLOCK_M + rng.uniform(-1, 1, k * k) * NODE_JITTER_M
    node = np.arange(k * k).reshape(k, k)
    horizontal = np.stack([node[:, :-1].ravel(), node[:, 1:].ravel()], axis=1)
    vertical = np.stack([node[:-1, :].ravel(), node[1:, :].ravel()], axis=1)
    # grid_side leaves at least n_roads / (1 - DROPPED_LINK_SHARE) links to choose from.
    links = np.concatenate([horizontal, vertical])
    keep = np.sort(rng.choice(links.shape[0], size=n_roads, replace=False))
    a, b = links[keep, 0], links[keep, 1]
    ax, ay, bx, by = node_x[a], node_y[a], node_x[b], node_y[b]
    length = np.hypot(bx - ax, by - ay)
    side = rng.uniform(-1, 1, n_roads) * MID_VERTEX_JITTER_M
    mx = (ax + bx) / 2 - (by - ay) / length * side
    my = (ay + by) / 2 + (bx - ax) / length * side
    coords = np.stack([np.stack([ax, mx, bx], 1), np.stack([ay, my, by], 1)], axis=2)
    geoms = shapely.linestrings(coords.reshape(-1, 2), indices=np.repeat(np.arange(n_roads), 3))
    number = np.arange(1, n_roads + 1)
    street = (number - 1) // ROADS_PER_STREET + 1
    return gpd.GeoDataFrame(
        {
            "road_id": pd.Series(np.char.add("R", np.char.zfill(number.astype(str), 7))),
            "name": pd.Series(np.char.add("Street ", street.astype(str))),
            "usrn": 10_000_000 + street,
            "road_class": pd.Series(_choice(rng, ROAD_CLASS_SHARES, n_roads)),
        },
        geometry=gpd.GeoSeries(geoms, crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )


def _carriageway_normal(kp: KerbParts, part, start, end, side):
    """Points at ``start``/``end`` along kerbs and the unit normal pointing into the road."""
    p0 = kp.interpolate(part, start)
    p1 = kp.interpolate(part, end)
    d = p1 - p0
    n = np.hypot(d[:, 0], d[:, 1])
    n[n == 0] = 1.0
    tx, ty = d[:, 0] / n, d[:, 1] / n
    # Kerbs keep the road's direction: the left kerb has the carriageway on its right.
    sign = np.where(side == "left", -1.0, 1.0)
    return p0, p1, np.stack([-ty * sign, tx * sign], axis=1)


def _rectangles(p0, p1, normal, behind: float, ahead: float) -> np.ndarray:
    """Quadrilaterals from the segments p0-p1, ``behind`` against and ``ahead`` along normal."""
    ring = np.stack(
        [
            p0 - normal * behind,
            p1 - normal * behind,
            p1 + normal * ahead,
            p0 + normal * ahead,
            p0 - normal * behind,
        ],
        axis=1,
    )
    return shapely.polygons(ring)


def _along_kerbs(rng, kp: KerbParts, count: int, length):
    """Random kerb, start and end chainage of ``count`` stretches of ``length`` metres."""
    part = rng.integers(0, len(kp), size=count)
    total = kp.length[part]
    length = np.minimum(np.broadcast_to(length, (count,)), total)
    start = rng.uniform(0.0, 1.0, count) * (total - length)
    return part, start, start + length


def _ids(prefix: str, count: int, width: int = 7) -> pd.Series:
    return pd.Series(np.char.add(prefix, np.char.zfill(np.arange(1, count + 1).astype(str), width)))


def build_synthetic_scene(
    n_kerbs: int = 10_000,
    *,
    seed: int = 0,
    footways: bool = True,
) -> dict[str, gpd.GeoDataFrame]:
    """Every layer of a synthetic scene with ``n_kerbs`` kerbs (rounded up to even).

    See the module docstring for layers, fields and proportions. ``footways=False`` leaves
    the footway polygons out (an empty layer), which saves time and memory at a million kerbs.
    """
    n_kerbs = int(n_kerbs)
    if n_kerbs < 8:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "A synthetic scene needs at least 8 kerbs (asked for {count})."
                ),
                count=n_kerbs,
            )
        )
    n_roads = (n_kerbs + 1) // 2
    roads = synthetic_roads(n_roads, seed)
    kerbs = kerbs_from_roads(
        roads,
        class_field="road_class",
        id_field="road_id",
        name_field="name",
        usrn_field="usrn",
    )
    kerbs = kerbs.drop(columns=["carriageway_width_m", "width_source"])
    # Trim back from the junctions (whole kerbs are ~90 m, far longer than both trims).
    full = KerbParts(np.asarray(kerbs.geometry.array, dtype=object), np.arange(len(kerbs)))
    rows = np.arange(len(kerbs))
    trimmed = full.substrings(rows, np.full(rows.size, KERB_TRIM_M), full.length - KERB_TRIM_M)
    kerbs = kerbs.set_geometry(gpd.GeoSeries(trimmed, crs=SYNTHETIC_CRS))
    kp = KerbParts(trimmed, rows)
    side = kerbs["side"].to_numpy()
    n = len(kerbs)

    rng = _rng(seed, "kerbs")
    width = np.round(rng.uniform(*FOOTWAY_WIDTH_M, n), 1)
    draw = rng.uniform(0, 1, n)
    width[draw < NO_FOOTWAY_SHARE] = 0.0
    width[(draw >= NO_FOOTWAY_SHARE) & (draw < NO_FOOTWAY_SHARE + UNKNOWN_FOOTWAY_SHARE)] = np.nan
    kerbs["footway_width_m"] = width

    layers: dict[str, gpd.GeoDataFrame] = {"roads": roads, "kerbs": kerbs}

    # Footways: the strip behind the kerb (left kerbs have the footway on their left).
    has = np.flatnonzero(np.isfinite(width) & (width > 0)) if footways else np.zeros(0, int)
    signed = np.where(side[has] == "left", 1.0, -1.0) * width[has]
    strips = (
        shapely.buffer(trimmed[has], signed, single_sided=True)
        if has.size
        else np.zeros(0, dtype=object)
    )
    layers["footways"] = gpd.GeoDataFrame(
        {
            "footway_id": _ids("F", has.size),
            "kerb_id": pd.Series(kerbs["kerb_id"].to_numpy()[has]),
            "width_m": width[has],
        },
        geometry=gpd.GeoSeries(strips, crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Restrictions drawn along the kerb.
    rng = _rng(seed, "restrictions")
    count = int(round(RESTRICTION_SHARE * n))
    part, start, end = _along_kerbs(rng, kp, count, rng.uniform(*RESTRICTION_LENGTH_M, count))
    layers["restrictions"] = gpd.GeoDataFrame(
        {
            "restriction_id": _ids("T", count),
            "regulation_type": pd.Series(_choice(rng, RESTRICTION_TYPE_SHARES, count)),
        },
        geometry=gpd.GeoSeries(kp.substrings(part, start, end), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Disabled bays: rectangles in the carriageway against the kerb.
    rng = _rng(seed, "accessible_bays")
    count = int(round(BAY_SHARE * n))
    part, start, end = _along_kerbs(rng, kp, count, BAY_LENGTH_M)
    p0, p1, normal = _carriageway_normal(kp, part, start, end, side[part])
    layers["accessible_bays"] = gpd.GeoDataFrame(
        {"bay_id": _ids("B", count), "kerb_id": pd.Series(kerbs["kerb_id"].to_numpy()[part])},
        geometry=gpd.GeoSeries(
            _rectangles(p0, p1, normal, BAY_KERB_OVERLAP_M, BAY_DEPTH_M), crs=SYNTHETIC_CRS
        ),
        crs=SYNTHETIC_CRS,
    )

    # Candidate sites along the kerbs (what scoring ranks).
    rng = _rng(seed, "candidates")
    count = int(round(CANDIDATE_SHARE * n))
    part, start, end = _along_kerbs(rng, kp, count, CANDIDATE_LENGTH_M)
    layers["candidates"] = gpd.GeoDataFrame(
        {"candidate_id": _ids("C", count), "kerb_id": pd.Series(kerbs["kerb_id"].to_numpy()[part])},
        geometry=gpd.GeoSeries(kp.substrings(part, start, end), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Addresses behind the footway.
    rng = _rng(seed, "addresses")
    count = int(round(ADDRESS_SHARE * n))
    # Not too near the corners, where a house set back from one street would stand in another.
    part = rng.integers(0, n, size=count)
    margin = np.minimum(ADDRESS_SETBACK_M[1], kp.length[part] / 2 - 1.0)
    start = margin + rng.uniform(0, 1, count) * (kp.length[part] - 2 * margin - 1.0)
    _, p1, normal = _carriageway_normal(kp, part, start, start + 1.0, side[part])
    xy = p1 - normal * rng.uniform(*ADDRESS_SETBACK_M, count)[:, None]
    offstreet = rng.uniform(0, 1, count) < OFFSTREET_SHARE
    bounds = np.array(kerbs.total_bounds)
    tiles_x = max(1, math.ceil((bounds[2] - ORIGIN_E + BLOCK_M) / AREA_TILE_M))
    tiles_y = max(1, math.ceil((bounds[3] - ORIGIN_N + BLOCK_M) / AREA_TILE_M))
    x0, y0 = ORIGIN_E - BLOCK_M, ORIGIN_N - BLOCK_M
    tile = _tile_of(xy, x0, y0, tiles_x, tiles_y)
    area_codes = np.char.add("S", np.char.zfill(np.arange(1, tiles_x * tiles_y + 1).astype(str), 8))
    layers["addresses"] = gpd.GeoDataFrame(
        {
            "uprn": np.arange(1, count + 1, dtype=np.int64) + 100_000_000_000,
            "usrn": kerbs["usrn"].to_numpy()[part],
            "has_offstreet_parking": offstreet,
            "area_code": pd.Series(area_codes[tile]),
        },
        geometry=gpd.GeoSeries(shapely.points(xy), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Public chargepoints at the kerb edge.
    rng = _rng(seed, "chargepoints")
    count = max(1, int(round(CHARGEPOINT_SHARE * n)))
    part, start, end = _along_kerbs(rng, kp, count, 1.0)
    _, p1, normal = _carriageway_normal(kp, part, start, end, side[part])
    speed = _choice(rng, CHARGEPOINT_SPEED_SHARES, count)
    layers["chargepoints"] = gpd.GeoDataFrame(
        {
            "cp_id": _ids("CP", count),
            "speed_class": pd.Series(speed),
            "max_power_kw": pd.Series(speed).map(CHARGEPOINT_POWER_KW).to_numpy(np.float64),
        },
        geometry=gpd.GeoSeries(shapely.points(p1 - normal * 0.5), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Substations anywhere in the extent; survey suggestions on the footway.
    rng = _rng(seed, "substations")
    count = max(1, int(round(SUBSTATION_SHARE * n)))
    sx = rng.uniform(bounds[0], bounds[2], count)
    sy = rng.uniform(bounds[1], bounds[3], count)
    layers["substations"] = gpd.GeoDataFrame(
        {"substation_id": _ids("SS", count), "headroom_kva": np.round(rng.uniform(0, 500, count))},
        geometry=gpd.GeoSeries(shapely.points(sx, sy), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )
    rng = _rng(seed, "survey_suggestions")
    count = max(1, int(round(SURVEY_SHARE * n)))
    part, start, end = _along_kerbs(rng, kp, count, 1.0)
    _, p1, normal = _carriageway_normal(kp, part, start, end, side[part])
    layers["survey_suggestions"] = gpd.GeoDataFrame(
        {"suggestion_id": _ids("SV", count)},
        geometry=gpd.GeoSeries(shapely.points(p1 - normal * 1.0), crs=SYNTHETIC_CRS),
        crs=SYNTHETIC_CRS,
    )

    # Statistical areas: households counted from the addresses.
    rng = _rng(seed, "areas")
    n_tiles = tiles_x * tiles_y
    households = np.bincount(tile, minlength=n_tiles)
    no_offstreet = np.bincount(tile[~offstreet], minlength=n_tiles)
    col, row = np.arange(n_tiles) % tiles_x, np.arange(n_tiles) // tiles_x
    district = (row // DISTRICT_TILES) * math.ceil(tiles_x / DISTRICT_TILES) + col // DISTRICT_TILES
    layers["areas"] = gpd.GeoDataFrame(
        {
            "area_code": pd.Series(area_codes),
            "district": pd.Series(np.char.add("District ", (district + 1).astype(str))),
            "population": np.round(households * PEOPLE_PER_HOUSEHOLD).astype(np.int64),
            "households": households.astype(np.int64),
            "households_no_offstreet": no_offstreet.astype(np.int64),
            "plugin_evs": np.round(households * rng.uniform(0.02, 0.06, n_tiles)).astype(np.int64),
            "imd_decile": rng.integers(1, 11, n_tiles),
            "ruc_code": pd.Series(np.array(RUC_CODES)[rng.integers(0, len(RUC_CODES), n_tiles)]),
        },
        geometry=gpd.GeoSeries(
            shapely.box(
                x0 + col * AREA_TILE_M,
                y0 + row * AREA_TILE_M,
                x0 + (col + 1) * AREA_TILE_M,
                y0 + (row + 1) * AREA_TILE_M,
            ),
            crs=SYNTHETIC_CRS,
        ),
        crs=SYNTHETIC_CRS,
    )
    return {name: layers[name] for name in LAYERS}


def _tile_of(xy: np.ndarray, x0: float, y0: float, tiles_x: int, tiles_y: int) -> np.ndarray:
    col = np.clip(((xy[:, 0] - x0) // AREA_TILE_M).astype(np.int64), 0, tiles_x - 1)
    row = np.clip(((xy[:, 1] - y0) // AREA_TILE_M).astype(np.int64), 0, tiles_y - 1)
    return row * tiles_x + col


def write_synthetic_scene(
    path, n_kerbs: int = 10_000, *, seed: int = 0, footways: bool = True, layers=None
) -> Path:
    """Write a synthetic scene to one GeoPackage at ``path`` (replaced atomically).

    ``layers``: an already built scene (from :func:`build_synthetic_scene`) to write instead
    of building one.
    """
    from .sample_area import write_gpkg_atomic

    if layers is None:
        layers = build_synthetic_scene(n_kerbs, seed=seed, footways=footways)
    return write_gpkg_atomic(path, layers)


__all__ = [
    "BAY_SHARE",
    "BLOCK_M",
    "LAYERS",
    "RESTRICTION_SHARE",
    "RESTRICTION_TYPE_SHARES",
    "build_synthetic_scene",
    "grid_side",
    "synthetic_roads",
    "write_synthetic_scene",
]
