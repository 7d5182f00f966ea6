"""Synthetic benchmark scenes: deterministic, proportional, valid and usable by the core."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely

from ev_planner_plugin.core import synthetic as syn
from ev_planner_plugin.core.eligibility import (
    ALLOWED,
    assess_kerbside_eligibility,
    resolve_restriction_mapping,
)
from ev_planner_plugin.core.errors import ParameterError
from ev_planner_plugin.core.kerbs import normalise_key

N = 4000


@pytest.fixture(scope="module")
def scene() -> dict:
    return syn.build_synthetic_scene(N, seed=7)


def geoms(gdf) -> np.ndarray:
    return np.asarray(gdf.geometry.array, dtype=object)


def test_same_seed_same_scene_other_seed_other_scene(scene):
    again = syn.build_synthetic_scene(N, seed=7)
    other = syn.build_synthetic_scene(N, seed=8)
    assert list(again) == list(syn.LAYERS)
    for name, gdf in scene.items():
        pd.testing.assert_frame_equal(
            pd.DataFrame(gdf.drop(columns="geometry")),
            pd.DataFrame(again[name].drop(columns="geometry")),
        )
        assert (shapely.to_wkb(geoms(gdf)) == shapely.to_wkb(geoms(again[name]))).all(), name
    assert not shapely.equals(geoms(scene["kerbs"])[:50], geoms(other["kerbs"])[:50]).all()


def test_sizes_and_proportions(scene):
    assert len(scene["kerbs"]) == N
    assert len(scene["roads"]) == N // 2
    assert scene["kerbs"]["kerb_id"].is_unique
    assert len(scene["restrictions"]) == round(syn.RESTRICTION_SHARE * N) == 1200
    assert len(scene["accessible_bays"]) == round(syn.BAY_SHARE * N) == 200
    assert len(scene["candidates"]) == N
    assert len(scene["addresses"]) == N
    assert len(scene["chargepoints"]) == 40
    assert len(scene["substations"]) == 8
    assert len(scene["survey_suggestions"]) == 20
    width = scene["kerbs"]["footway_width_m"].to_numpy()
    assert np.mean(width == 0) == pytest.approx(syn.NO_FOOTWAY_SHARE, abs=0.015)
    assert np.mean(np.isnan(width)) == pytest.approx(syn.UNKNOWN_FOOTWAY_SHARE, abs=0.01)
    known = width[np.isfinite(width) & (width > 0)]
    assert known.min() >= syn.FOOTWAY_WIDTH_M[0] and known.max() <= syn.FOOTWAY_WIDTH_M[1]
    assert len(scene["footways"]) == known.size
    types = scene["restrictions"]["regulation_type"].value_counts(normalize=True)
    assert set(types.index) == set(syn.RESTRICTION_TYPE_SHARES)
    assert types["kerbsideNoWaiting"] == pytest.approx(0.40, abs=0.04)
    # Every synthetic restriction rules its kerb out (none is "allowed" in the default mapping).
    mapping = resolve_restriction_mapping()
    assert all(mapping[normalise_key(t)][0] != ALLOWED for t in syn.RESTRICTION_TYPE_SHARES)
    assert scene["areas"]["households"].sum() == N
    assert scene["areas"]["households_no_offstreet"].sum() == int(
        (~scene["addresses"]["has_offstreet_parking"]).sum()
    )


def test_odd_and_tiny_sizes():
    assert len(syn.build_synthetic_scene(101, seed=1, footways=False)["kerbs"]) == 102
    with pytest.raises(ParameterError, match="at least 8 kerbs"):
        syn.build_synthetic_scene(4)


def test_grid_has_enough_links_for_every_size():
    # A k x k grid has 2 k (k - 1) links; grid_side leaves a tenth more than needed.
    n = np.arange(1, 300_001)
    k = np.array([syn.grid_side(int(i)) for i in n])
    assert (2 * k * (k - 1) >= n / (1 - syn.DROPPED_LINK_SHARE)).all()
    for n_roads in (1, 2, 3, 4, 5, 13):
        roads = syn.synthetic_roads(n_roads, seed=1)
        assert len(roads) == n_roads and roads["road_id"].is_unique


def test_write_synthetic_scene(tmp_path):
    import pyogrio

    path = tmp_path / "nested" / "scene.gpkg"
    assert syn.write_synthetic_scene(path, 8, seed=1, footways=False) == path
    layers = syn.build_synthetic_scene(8, seed=2)
    assert syn.write_synthetic_scene(path, layers=layers) == path  # replaces the existing file
    assert [p.name for p in path.parent.iterdir()] == ["scene.gpkg"]
    assert [str(n) for n in pyogrio.list_layers(path)[:, 0]] == list(syn.LAYERS)
    kerbs = pyogrio.read_dataframe(path, layer="kerbs")
    assert kerbs["kerb_id"].tolist() == layers["kerbs"]["kerb_id"].tolist()
    assert pyogrio.read_info(path, layer="footways")["features"] == len(layers["footways"]) > 0


def test_geometry_is_valid_and_where_it_should_be(scene):
    for name, gdf in scene.items():
        g = geoms(gdf)
        assert len(g) and shapely.is_valid(g).all() and not shapely.is_empty(g).any(), name
        assert gdf.crs == "EPSG:27700"
    kerbs = geoms(scene["kerbs"])
    # Grid-like: kerbs ~BLOCK_M long (less the trims and jitter), no two kerbs touch.
    length = shapely.length(kerbs)
    assert length.min() > 70 and length.max() < 115
    assert length.mean() == pytest.approx(syn.BLOCK_M - 2 * syn.KERB_TRIM_M, abs=2)
    i, j = shapely.STRtree(kerbs).query(kerbs, predicate="intersects")
    assert (i == j).all()
    # Kerbs run half a carriageway width (2.4-3.25 m) from their road.
    roads = scene["roads"].set_index("road_id").geometry
    own_road = np.asarray(roads.loc[scene["kerbs"]["road_id"]].array, dtype=object)
    gap = shapely.distance(kerbs, own_road)
    assert gap.min() > 2.3 and gap.max() < 3.3
    # Restrictions lie on a kerb; bays cover 6.6 m of the kerb they stand against.
    tree = shapely.STRtree(kerbs)
    r, _ = tree.query(geoms(scene["restrictions"]), predicate="dwithin", distance=1e-6)
    assert np.unique(r).size == len(scene["restrictions"])
    bays = geoms(scene["accessible_bays"])
    kerb_of_bay = kerbs[
        pd.Index(scene["kerbs"]["kerb_id"]).get_indexer(scene["accessible_bays"]["kerb_id"])
    ]
    covered = shapely.length(shapely.intersection(kerb_of_bay, bays))
    assert np.median(covered) == pytest.approx(syn.BAY_LENGTH_M, abs=0.01)
    assert covered.min() > syn.BAY_LENGTH_M - 0.3
    # Bays stick into the carriageway without reaching the opposite kerb; footways lie behind
    # the kerb, away from the road.
    b, _ = tree.query(bays, predicate="intersects")
    assert np.bincount(b, minlength=bays.size).max() == 1
    assert not shapely.intersects(geoms(scene["footways"]), own_road_of(scene, "footways")).any()
    # Addresses stand behind the footway, inside the area tiles.
    a = geoms(scene["addresses"])
    assert shapely.distance(a, shapely.union_all(kerbs)).min() > syn.ADDRESS_SETBACK_M[0] - 3
    assert shapely.covers(shapely.union_all(geoms(scene["areas"])), a).all()


def own_road_of(scene, layer: str) -> np.ndarray:
    kerb_road = scene["kerbs"].set_index("kerb_id")["road_id"]
    roads = scene["roads"].set_index("road_id").geometry
    road_ids = kerb_road.loc[scene[layer]["kerb_id"]].to_numpy()
    return np.asarray(roads.loc[road_ids].array, dtype=object)


def test_eligibility_finds_every_kind_of_exclusion(scene):
    result = assess_kerbside_eligibility(
        scene["kerbs"],
        footway_width_field="footway_width_m",
        restrictions=scene["restrictions"],
        accessible_bays=scene["accessible_bays"],
        roads=scene["roads"],
    )
    summary = result.summary
    assert summary["kerb_count"] == N
    assert 0.25 < summary["eligible_length_m"] / summary["kerb_length_m"] < 0.75
    for code in (
        "NO_FOOTWAY",
        "FOOTWAY_WIDTH_UNKNOWN",
        "FOOTWAY_TOO_NARROW",
        "TRO_NO_WAITING",
        "ACCESSIBLE_BAY",
        "JUNCTION_SETBACK",
        "BUS_STOP",
    ):
        assert summary["excluded_m_by_reason"][code] > 0, code
    assert summary["tro_change_length_m"] > 0
    # About 9 m of set-back at each end of every kerb, and 6.6 m per bay.
    assert summary["excluded_m_by_reason"]["JUNCTION_SETBACK"] / N == pytest.approx(8, abs=3)
    assert summary["excluded_m_by_reason"]["ACCESSIBLE_BAY"] == pytest.approx(
        6.6 * len(scene["accessible_bays"]), rel=0.02
    )
