"""The texts of resources/layouts/site_layout.qpt that are translated when a layout is printed."""
# ruff: noqa: E501
# fmt: off

from ..core.text import QT_TRANSLATE_NOOP

#: Texts of the label items of resources/layouts/site_layout.qpt, translated when a layout is
#: printed (a council's own template keeps its texts unless they are these). Expressions stay
#: as they are; only their quoted words are translated.
TEMPLATE_TEXTS = (
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Made with EV Planner for QGIS'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", "Printed [% format_date(now(), 'd MMMM yyyy') %]   ·   Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]"),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Indicative proposal for consultation: positions and dimensions are approximate and subject to detailed design and a traffic regulation order.'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'KEY'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", '[% CASE WHEN "score" IS NULL THEN \'–\' ELSE format_number("score", 0) || \' out of 100\' END %]'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Priority score'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Status'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", '[% CASE WHEN "clear_width_m" IS NULL THEN \'not measured\' ELSE format_number("clear_width_m", 2) || \' m\' END %]'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Footway left clear'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", '[% coalesce(to_string("bays"), \'–\') || CASE WHEN "bay_length_m" IS NOT NULL THEN \', each \' || format_number("bay_length_m", 1) || \' m x \' || format_number("bay_width_m", 1) || \' m\' ELSE \'\' END %]'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Bays'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Sockets'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Charger type'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Ward / district'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'USRN'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Street'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'SITE DETAILS'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'LOCATION'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", "[% '1:' || format_number(map_get(item_variables('main_map'), 'map_scale'), 0) %]\nat A4"),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'DRAFT - FOR CONSULTATION'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'SITE'),
    QT_TRANSLATE_NOOP("SiteLayoutTemplate", 'Proposed on-street electric vehicle chargepoint'),
)
