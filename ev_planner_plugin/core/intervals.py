"""Interval arithmetic along kerbs, vectorised in numpy.

An interval set is three parallel 1-D arrays ``(group, start, end)``: half-open intervals
``[start, end)`` in metres of chainage along a line, ``group`` being the integer index of the
kerb (piece) they lie on. No function loops in Python over intervals or groups: everything is
sorting, vectorised binary search, cumulative sums and ``reduceat``.

Labels are small integers (0-62); :func:`partition` turns labelled intervals into maximal runs
that carry the *set* of labels covering them as a bit mask (``1 << label``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Largest label :func:`partition` accepts (bit masks are int64).
MAX_LABEL = 62

#: Chainages are snapped to this grid in :func:`partition`, so that end points that differ only
#: by floating-point noise (1e-10 m) do not create sliver runs.
DEFAULT_RESOLUTION_M = 1e-6


def _arrays(group, start, end):
    group = np.asarray(group, dtype=np.int64).ravel()
    start = np.asarray(start, dtype=np.float64).ravel()
    end = np.asarray(end, dtype=np.float64).ravel()
    if not (group.shape == start.shape == end.shape):
        raise ValueError("group, start and end must have the same length")
    return group, start, end


def _order(group: np.ndarray, value: np.ndarray, ticks: np.ndarray | None = None) -> np.ndarray:
    """Indices sorting by (group, value).

    ``ticks`` (optional) are integers ordered exactly like ``value`` within a group; then one
    integer argsort of a composite key replaces the slower two-key lexsort.
    """
    if group.size == 0:
        return np.zeros(0, dtype=np.int64)
    if ticks is not None:
        t0, g0 = ticks.min(), group.min()
        span = int(ticks.max() - t0) + 1
        if span * (int(group.max() - g0) + 1) < 2**62:
            return np.argsort((group - g0) * np.int64(span) + (ticks - t0), kind="stable")
    return np.lexsort((value, group))


def _grouped_cummax(group_sorted: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Running maximum of ``values`` that restarts at every new group (groups contiguous)."""
    if values.size == 0:
        return values.copy()
    return pd.Series(values).groupby(group_sorted, sort=False).cummax().to_numpy()


def union(group, start, end, *, gap: float = 0.0, _ticks=None, _end_ticks=None):
    """Union of intervals per group; intervals closer than ``gap`` (and touching ones) merge.

    Returns ``(group, start, end)`` sorted by group then start, disjoint, non-touching.
    Empty intervals (end <= start) are dropped. ``_ticks`` / ``_end_ticks``: integers ordered
    exactly like the starts / ends within a group (values on a grid), for speed only.
    """
    group, start, end = _arrays(group, start, end)
    keep = end > start
    group, start, end = group[keep], start[keep], end[keep]
    if group.size == 0:
        return group, start, end
    order = _order(group, start, None if _ticks is None else _ticks[keep])
    g, s, e = group[order], start[order], end[order]
    new = np.ones(g.size, dtype=bool)
    tick_keys = None
    if _ticks is not None and _end_ticks is not None and gap == 0:
        tick_keys = _group_tick_keys(g, _ticks[keep][order], _end_ticks[keep][order])
    if tick_keys is not None:
        # One integer key per (group, tick), every group's keys above the previous groups':
        # a plain running maximum is then each group's own, exactly (no per-group hashing).
        start_key, end_key = tick_keys
        new[1:] = (g[1:] != g[:-1]) | (start_key[1:] > np.maximum.accumulate(end_key)[:-1])
    else:
        cm = _grouped_cummax(g, e)
        new[1:] = (g[1:] != g[:-1]) | (s[1:] > cm[:-1] + gap)
    first = np.flatnonzero(new)
    return g[first], s[first], np.maximum.reduceat(e, first)


def _group_tick_keys(group_sorted, start_ticks, end_ticks):
    """``(group, tick)`` as one int64 key each for starts and ends, or None on overflow."""
    t0 = min(int(start_ticks.min()), int(end_ticks.min()))
    span = max(int(start_ticks.max()), int(end_ticks.max())) - t0 + 1
    g0 = int(group_sorted.min())
    if span * (int(group_sorted.max()) - g0 + 1) >= 2**62:
        return None
    base = (group_sorted - g0) * np.int64(span) - t0
    return base + start_ticks, base + end_ticks


def lengths_by_group(group, start, end, n_groups: int) -> np.ndarray:
    """Total length per group (overlaps counted twice: union first if they may overlap)."""
    group, start, end = _arrays(group, start, end)
    return np.bincount(group, weights=np.maximum(end - start, 0.0), minlength=n_groups)


def grouped_searchsorted(
    key_group, key_value, q_group, q_value, side: str = "left", *, bounds=None
):
    """``np.searchsorted`` on keys sorted by (group, value), for queries (group, value).

    Returns for each query the global index of the first key not less than (side="left") or
    greater than (side="right") the query in (group, value) order. Exact: a vectorised binary
    search inside each query's group (no sorting; iterations ~ log2 of the largest group).
    ``bounds`` = (first, end) key index range of each query's group, when already known.
    """
    kg = np.asarray(key_group, dtype=np.int64).ravel()
    kv = np.asarray(key_value, dtype=np.float64).ravel()
    qg = np.asarray(q_group, dtype=np.int64).ravel()
    qv = np.asarray(q_value, dtype=np.float64).ravel()
    nk, nq = kg.size, qg.size
    if nq == 0:
        return np.zeros(0, dtype=np.int64)
    if nk == 0:
        return np.zeros(nq, dtype=np.int64)
    if bounds is None:
        lo = np.searchsorted(kg, qg, side="left").astype(np.int64)
        hi = np.searchsorted(kg, qg, side="right").astype(np.int64)
    else:
        lo = np.asarray(bounds[0], dtype=np.int64).copy()
        hi = np.asarray(bounds[1], dtype=np.int64)
    widest = int((hi - lo).max())
    for _ in range(max(widest, 1).bit_length()):
        mid = (lo + hi) // 2
        v = kv[np.minimum(mid, nk - 1)]
        right = (v < qv) if side == "left" else (v <= qv)
        right &= lo < hi
        lo = np.where(right, mid + 1, lo)
        hi = np.where(right, hi, np.maximum(mid, lo))
    return lo


def locate(run_group, run_start, q_group, q_pos) -> np.ndarray:
    """Index of the run containing each query position (runs sorted, covering each group).

    A position on a boundary belongs to the run that starts there. Returns -1 for queries that
    fall before the first run of their group or in a group without runs.
    """
    run_group = np.asarray(run_group, dtype=np.int64)
    idx = grouped_searchsorted(run_group, run_start, q_group, q_pos, side="right") - 1
    bad = idx < 0
    idx_safe = np.where(bad, 0, idx)
    if run_group.size:
        bad |= run_group[idx_safe] != np.asarray(q_group, dtype=np.int64)
    return np.where(bad, -1, idx)


def _sweep(group, start, end, label, boundaries=None, resolution=None):
    """Elementary segments between consecutive event positions with the mask active on each.

    Intervals must be disjoint per (group, label) (see :func:`partition`). ``boundaries`` is an
    optional (group, position) pair of arrays of extra break points with no label.
    """
    delta = np.left_shift(np.int64(1), label.astype(np.int64))
    g = np.concatenate([group, group])
    p = np.concatenate([start, end])
    d = np.concatenate([delta, -delta])
    if boundaries is not None:
        bg, bp = boundaries
        g = np.concatenate([g, bg])
        p = np.concatenate([p, bp])
        d = np.concatenate([d, np.zeros(bg.size, dtype=np.int64)])
    if g.size == 0:
        z = np.zeros(0)
        return z.astype(np.int64), z, z, z.astype(np.int64)
    ticks = None if resolution is None else np.rint(p / resolution).astype(np.int64)
    order = _order(g, p, ticks)
    g, p, d = g[order], p[order], d[order]
    # Every interval's +mask and -mask are in the same group, so the running sum returns to 0
    # at the end of each group and never needs resetting.
    state = np.cumsum(d)
    last = np.ones(g.size, dtype=bool)
    last[:-1] = (g[1:] != g[:-1]) | (p[1:] != p[:-1])
    g, p, state = g[last], p[last], state[last]
    seg = np.flatnonzero(g[1:] == g[:-1])
    return g[seg], p[seg], p[seg + 1], state[seg]


def merge_runs(group, start, end, mask):
    """Merge consecutive contiguous runs of the same group with equal masks."""
    group, start, end = _arrays(group, start, end)
    mask = np.asarray(mask, dtype=np.int64)
    if group.size == 0:
        return group, start, end, mask
    new = np.ones(group.size, dtype=bool)
    new[1:] = (group[1:] != group[:-1]) | (mask[1:] != mask[:-1]) | (start[1:] != end[:-1])
    first = np.flatnonzero(new)
    last = np.r_[first[1:] - 1, group.size - 1]
    return group[first], start[first], end[last], mask[first]


def snap(values, lengths_of_values, resolution: float = DEFAULT_RESOLUTION_M) -> np.ndarray:
    """Snap chainages to the ``resolution`` grid and clip them to ``[0, length]``.

    Values within ``resolution`` of the length become exactly the length, so runs end exactly
    at the kerb's end.
    """
    v = np.asarray(values, dtype=np.float64)
    ln = np.asarray(lengths_of_values, dtype=np.float64)
    r = np.clip(np.round(v / resolution) * resolution, 0.0, ln)
    return np.where(ln - r < resolution, ln, r)


def partition(lengths, group, start, end, label, *, resolution: float = DEFAULT_RESOLUTION_M):
    """Split every group ``[0, lengths[g]]`` into maximal runs of uniform label sets.

    ``label`` holds integers 0..62. Returns ``(group, start, end, mask)`` sorted by group and
    start; the runs of a group are contiguous and cover it exactly; ``mask`` has bit
    ``1 << label`` set for every label covering the run. Groups of zero length get no run.
    """
    lengths = np.asarray(lengths, dtype=np.float64).ravel()
    group, start, end = _arrays(group, start, end)
    label = np.asarray(label, dtype=np.int64).ravel()
    if label.size and (label.min() < 0 or label.max() > MAX_LABEL):
        raise ValueError(f"labels must be between 0 and {MAX_LABEL}")
    if group.size:
        ln = lengths[group]
        start = snap(start, ln, resolution)
        end = snap(end, ln, resolution)
    # Union per (group, label) so that each label's intervals are disjoint: then a cumulative
    # sum of +/- (1 << label) is exactly the bit mask of the labels active at each point.
    key = group * (MAX_LABEL + 1) + label
    # Snapped chainages are on the resolution grid (or exactly a kerb length, which no other
    # value rounds to): integer ticks order them exactly.
    key, start, end = union(
        key,
        start,
        end,
        _ticks=np.rint(start / resolution).astype(np.int64),
        _end_ticks=np.rint(end / resolution).astype(np.int64),
    )
    group, label = key // (MAX_LABEL + 1), key % (MAX_LABEL + 1)
    n = lengths.size
    ids = np.arange(n, dtype=np.int64)
    bg = np.concatenate([ids, ids])
    bp = np.concatenate([np.zeros(n), lengths])
    g, s, e, m = _sweep(group, start, end, label, boundaries=(bg, bp), resolution=resolution)
    return merge_runs(g, s, e, m)


def subtract(a_group, a_start, a_end, b_group, b_start, b_end):
    """Set difference A minus B per group. Returns a disjoint, sorted interval set."""
    ag, as_, ae = union(a_group, a_start, a_end)
    bg, bs, be = union(b_group, b_start, b_end)
    g = np.concatenate([ag, bg])
    s = np.concatenate([as_, bs])
    e = np.concatenate([ae, be])
    lab = np.concatenate([np.zeros(ag.size, np.int64), np.ones(bg.size, np.int64)])
    sg, ss, se, m = _sweep(g, s, e, lab)
    keep = m == 1
    return union(sg[keep], ss[keep], se[keep])


def intersect(a_group, a_start, a_end, b_group, b_start, b_end):
    """Intersection of A and B per group. Returns a disjoint, sorted interval set."""
    ag, as_, ae = union(a_group, a_start, a_end)
    bg, bs, be = union(b_group, b_start, b_end)
    g = np.concatenate([ag, bg])
    s = np.concatenate([as_, bs])
    e = np.concatenate([ae, be])
    lab = np.concatenate([np.zeros(ag.size, np.int64), np.ones(bg.size, np.int64)])
    sg, ss, se, m = _sweep(g, s, e, lab)
    keep = m == 3
    return union(sg[keep], ss[keep], se[keep])


def complement(lengths, group, start, end):
    """The parts of each group ``[0, lengths[g]]`` not covered by the intervals."""
    lengths = np.asarray(lengths, dtype=np.float64).ravel()
    n = lengths.size
    ids = np.arange(n, dtype=np.int64)
    return subtract(ids, np.zeros(n), lengths, group, start, end)


def overlapping_ranges(iv_group, iv_start, iv_end, q_group, q_start, q_end):
    """For each query interval, the range ``[lo, hi)`` of intervals overlapping it.

    The intervals must be disjoint and sorted by (group, start) (for example runs from
    :func:`partition`). Overlap means a common part of positive length.
    """
    lo = grouped_searchsorted(iv_group, iv_end, q_group, q_start, side="right")
    hi = grouped_searchsorted(iv_group, iv_start, q_group, q_end, side="left")
    return lo, np.maximum(hi, lo)


def expand_ranges(lo, hi):
    """Flatten ranges ``[lo_i, hi_i)`` into (query index, item index) pairs."""
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.asarray(hi, dtype=np.int64)
    counts = np.maximum(hi - lo, 0)
    q = np.repeat(np.arange(lo.size, dtype=np.int64), counts)
    if q.size == 0:
        return q, q.copy()
    starts = np.cumsum(counts) - counts
    item = np.arange(q.size, dtype=np.int64) - np.repeat(starts, counts) + np.repeat(lo, counts)
    return q, item
