"""Interval arithmetic along kerbs: exact results on hand-made sets, and against brute force."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ev_planner_plugin.core import intervals as iv


def as_list(*arrays):
    return [
        tuple(float(x) if isinstance(x, np.floating) else int(x) for x in row)
        for row in zip(*arrays)
    ]


def test_union_merges_overlapping_and_touching_per_group():
    g, s, e = iv.union([0, 0, 0, 1, 0], [5, 0, 10, 0, 20], [10, 6, 12, 3, 25])
    assert as_list(g, s, e) == [(0, 0.0, 12.0), (0, 20.0, 25.0), (1, 0.0, 3.0)]


def test_union_closes_small_gaps_and_drops_empty():
    g, s, e = iv.union([0, 0, 0], [0, 2.04, 7], [2, 4, 7], gap=0.05)
    assert as_list(g, s, e) == [(0, 0.0, 4.0)]


def test_subtract_intersect_complement():
    a = ([0, 0, 1], [0, 50, 0], [40, 100, 10])
    b = ([0, 0, 1], [10, 35, 5], [20, 60, 20])
    assert as_list(*iv.subtract(*a, *b)) == [
        (0, 0.0, 10.0),
        (0, 20.0, 35.0),
        (0, 60.0, 100.0),
        (1, 0.0, 5.0),
    ]
    assert as_list(*iv.intersect(*a, *b)) == [
        (0, 10.0, 20.0),
        (0, 35.0, 40.0),
        (0, 50.0, 60.0),
        (1, 5.0, 10.0),
    ]
    assert as_list(*iv.complement([100, 10, 5], *b)) == [
        (0, 0.0, 10.0),
        (0, 20.0, 35.0),
        (0, 60.0, 100.0),
        (1, 0.0, 5.0),
        (2, 0.0, 5.0),
    ]


def test_partition_gives_maximal_runs_with_label_masks():
    # kerb 0: 100 m, label 0 on 0-15, label 1 on 10-30 and 30-40 (touching: one run), label 0
    # again on 90-120 (clipped); kerb 1 (20 m) untouched; kerb 2 zero length: no run.
    g, s, e, m = iv.partition(
        [100.0, 20.0, 0.0],
        [0, 0, 0, 0],
        [0, 10, 30, 90],
        [15, 30, 40, 120],
        [0, 1, 1, 0],
    )
    assert as_list(g, s, e, m) == [
        (0, 0.0, 10.0, 1),
        (0, 10.0, 15.0, 3),
        (0, 15.0, 40.0, 2),
        (0, 40.0, 90.0, 0),
        (0, 90.0, 100.0, 1),
        (1, 0.0, 20.0, 0),
    ]


def test_partition_snaps_floating_point_noise():
    g, s, e, m = iv.partition([30.0], [0, 0], [0, 15.0000000001], [15.0, 30.0000000004], [0, 1])
    assert as_list(g, s, e, m) == [(0, 0.0, 15.0, 1), (0, 15.0, 30.0, 2)]


def test_merge_runs_joins_equal_neighbours_only_when_contiguous():
    g, s, e, m = iv.merge_runs([0, 0, 0, 1], [0, 5, 9, 0], [5, 9, 12, 3], [1, 1, 2, 2])
    assert as_list(g, s, e, m) == [(0, 0.0, 9.0, 1), (0, 9.0, 12.0, 2), (1, 0.0, 3.0, 2)]


def test_grouped_searchsorted_and_locate():
    kg = np.array([0, 0, 0, 2, 2])
    kv = np.array([0.0, 10.0, 20.0, 0.0, 5.0])
    qg = np.array([0, 0, 0, 1, 2, 2, 2])
    qv = np.array([-1.0, 10.0, 25.0, 3.0, 0.0, 4.0, 5.0])
    assert iv.grouped_searchsorted(kg, kv, qg, qv, side="left").tolist() == [0, 1, 3, 3, 3, 4, 4]
    assert iv.grouped_searchsorted(kg, kv, qg, qv, side="right").tolist() == [0, 2, 3, 3, 4, 4, 5]
    assert iv.locate(kg, kv, qg, qv).tolist() == [-1, 1, 2, -1, 3, 3, 4]


def test_overlapping_ranges_and_expand():
    # runs of group 0: [0,10) [10,20) [20,30); queries: [5,15) [10,20) [30,40) [25,25.5)
    lo, hi = iv.overlapping_ranges(
        [0, 0, 0], [0, 10, 20], [10, 20, 30], [0, 0, 0, 0], [5, 10, 30, 25], [15, 20, 40, 25.5]
    )
    q, item = iv.expand_ranges(lo, hi)
    assert list(zip(q.tolist(), item.tolist())) == [(0, 0), (0, 1), (1, 1), (3, 2)]


def test_partition_rejects_labels_out_of_range():
    with pytest.raises(ValueError):
        iv.partition([10.0], [0], [0], [5], [63])


# Chainages to the millimetre: partition snaps ends to DEFAULT_RESOLUTION_M (1e-6 m), so
# slivers thinner than that (which no survey can produce) legitimately disappear.
millimetres = st.integers(-10_000, 110_000).map(lambda mm: mm / 1000)
interval_sets = st.lists(
    st.tuples(
        st.integers(0, 3),
        millimetres,
        st.integers(0, 40_000).map(lambda mm: mm / 1000),
        st.integers(0, 5),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(interval_sets)
def test_partition_matches_brute_force(rows):
    lengths = np.array([100.0, 37.5, 1.0, 60.0])
    g = np.array([r[0] for r in rows], dtype=np.int64)
    s = np.array([r[1] for r in rows])
    e = s + np.array([r[2] for r in rows])
    lab = np.array([r[3] for r in rows], dtype=np.int64)
    rg, rs, re_, m = iv.partition(lengths, g, s, e, lab)
    for k, length in enumerate(lengths):
        mine = rg == k
        # exact cover of [0, L], sorted, contiguous
        assert rs[mine][0] == 0.0 and re_[mine][-1] == length
        assert np.all(rs[mine][1:] == re_[mine][:-1])
        assert np.all(re_[mine] > rs[mine])
        # maximal: neighbours differ
        assert np.all(m[mine][1:] != m[mine][:-1])
        # mask = labels covering the run's middle
        for a, b, mask in zip(rs[mine], re_[mine], m[mine]):
            mid = (a + b) / 2
            cover = (g == k) & (s <= mid) & (e > mid)
            expected = 0
            for label in set(lab[cover].tolist()):
                expected |= 1 << label
            assert mask == expected


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 4), st.floats(-50, 50, allow_nan=False)), max_size=30),
    st.lists(st.tuples(st.integers(0, 4), st.floats(-50, 50, allow_nan=False)), max_size=30),
)
def test_grouped_searchsorted_matches_per_group_searchsorted(keys, queries):
    keys = sorted(keys)
    kg = np.array([k[0] for k in keys], dtype=np.int64)
    kv = np.array([k[1] for k in keys], dtype=np.float64)
    qg = np.array([q[0] for q in queries], dtype=np.int64)
    qv = np.array([q[1] for q in queries], dtype=np.float64)
    for side in ("left", "right"):
        got = iv.grouped_searchsorted(kg, kv, qg, qv, side=side)
        for n, (g, v) in enumerate(queries):
            first = int(np.searchsorted(kg, g, side="left"))
            last = int(np.searchsorted(kg, g, side="right"))
            assert got[n] == first + np.searchsorted(kv[first:last], v, side=side)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 40), st.integers(0, 40)),
        min_size=0,
        max_size=60,
    )
)
def test_union_on_grid_ticks_equals_the_general_union(rows):
    """Grid values with their integer ticks (partition's case) merge exactly as the float path:
    overlapping and touching intervals, per group, any input order."""
    group = np.array([r[0] for r in rows], dtype=np.int64)
    start = np.array([min(r[1], r[2]) * 0.01 for r in rows])
    end = np.array([max(r[1], r[2]) * 0.01 for r in rows])
    plain = iv.union(group, start, end)
    ticked = iv.union(
        group,
        start,
        end,
        _ticks=np.rint(start / 0.01).astype(np.int64),
        _end_ticks=np.rint(end / 0.01).astype(np.int64),
    )
    for a, b in zip(plain, ticked):
        np.testing.assert_array_equal(a, b)
