"""Tables of the delivery-plan store (GeoPackage or PostGIS).

The plan's fields and vocabularies are the contract of :mod:`..core.delivery_plan`
(``DELIVERY_PLAN_FIELDS``, ``STATUSES``, ``FUNDING_STREAMS``); this module only adds their
storage types, the key and geometry columns and the history table.

Plan table ``delivery_plan``: ``fid`` (integer primary key), the delivery-plan fields in
contract order, and ``geom`` (the site's geometry, multi-part, in the plan's CRS, EPSG:27700 by
default; lines for kerb runs). ``site_ref`` is unique (a unique index).

History table ``delivery_plan_history`` (no geometry), one row per changed field of a site:

==============  ========  ============================================================
field           type      meaning
==============  ========  ============================================================
fid             integer   primary key
site_ref        text      the site
action          text      ``insert``, ``update`` or ``delete``
field           text      the plan field (``geometry`` for a geometry change, as WKT)
old_value       text      value before the change (null for inserts)
new_value       text      value after the change (null for deletes)
changed_by      text      the officer who saved, else the operating-system user
changed_at      datetime  when the change was saved (UTC)
==============  ========  ============================================================
"""

from __future__ import annotations

from ..core import delivery_plan as core_plan

PLAN_TABLE = "delivery_plan"
HISTORY_TABLE = "delivery_plan_history"
GEOMETRY_COLUMN = "geom"
KEY_COLUMN = "fid"
DEFAULT_CRS = "EPSG:27700"

STATUSES = core_plan.STATUSES
FUNDING = core_plan.FUNDING_STREAMS

#: Storage type of every delivery-plan field: text, integer or real.
FIELD_KINDS = {
    "site_ref": "text",
    "street": "text",
    "usrn": "text",
    "district": "text",
    "charger_type": "text",
    "sockets": "integer",
    "bays": "integer",
    "status": "text",
    "funding": "text",
    "cost_gbp": "real",
    "score": "real",
    "notes": "text",
    "officer": "text",
    "updated": "text",  # ISO date YYYY-MM-DD (core contract)
    "kerb_id": "text",
    "side": "text",
    "clear_width_m": "real",
}
_unknown = [f for f in core_plan.DELIVERY_PLAN_FIELDS if f not in FIELD_KINDS]
if _unknown:  # the contract grew: give the new fields a storage type above
    raise ImportError(f"delivery-plan field(s) without a storage type: {', '.join(_unknown)}")

PLAN_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (name, FIELD_KINDS[name]) for name in core_plan.DELIVERY_PLAN_FIELDS
)
PLAN_FIELD_NAMES = tuple(name for name, _ in PLAN_FIELDS)

HISTORY_FIELDS: tuple[tuple[str, str], ...] = (
    ("site_ref", "text"),
    ("action", "text"),
    ("field", "text"),
    ("old_value", "text"),
    ("new_value", "text"),
    ("changed_by", "text"),
    ("changed_at", "datetime"),
)
HISTORY_FIELD_NAMES = tuple(name for name, _ in HISTORY_FIELDS)

#: Fields the officer annotates in the dock; the others come from the candidate site.
ANNOTATION_FIELDS = ("status", "charger_type", "sockets", "funding", "cost_gbp", "notes", "officer")

#: Changes of these fields get no history row (``updated`` changes with every edit).
UNTRACKED_FIELDS = frozenset({"updated"})

#: Values a field may take (checked before anything is written).
ALLOWED_VALUES = {
    "status": STATUSES,
    "funding": FUNDING,
    "charger_type": tuple(core_plan.CHARGER_TYPES),
}
