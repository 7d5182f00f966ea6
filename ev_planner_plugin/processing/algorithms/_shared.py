"""Helpers the demand, scoring and data-join algorithms share (no algorithm is defined here).

* Parsing of the short text parameters officers type (years, "year:total" lists, "key:value"
  lists, district quotas, JSON objects), with error messages that show the expected format.
* Reading an input layer with all its fields and checking the chosen field parameters against
  it, so a missing field is reported with the layer's name, the field and the parameter.
* Small output helpers (multi geometry types, attribute-only tables, JSON-safe summaries).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from qgis.core import QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from ...core.eligibility import CHARGER_TYPES
from ...core.errors import InputDataError, ParameterError
from ...core.text import QT_TRANSLATE_NOOP, Message
from ...toolbelt import compat

_YEAR = r"(\d{4})"
_MIN_YEAR, _MAX_YEAR = 1900, 2100


def _items(text: str) -> list[str]:
    """Comma- or semicolon-separated items (semicolons win when present), stripped."""
    separator = ";" if ";" in text else ","
    return [item.strip() for item in text.split(separator) if item.strip()]


def _number(text: str) -> float:
    """A number written with optional spaces or underscores as thousands separators."""
    cleaned = text.strip().replace("_", "").replace(" ", "")
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _check_year(year: int, parameter: str, item: str) -> int:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{parameter}: year {year} in '{item}' is not between {minimum} and {maximum}.",
                ),
                parameter=parameter,
                year=year,
                item=item,
                minimum=_MIN_YEAR,
                maximum=_MAX_YEAR,
            )
        )
    return year


def parse_years(text: str | None, parameter: str = "TARGET_YEARS") -> list[int]:
    """'2025,2030,2035', '2025-2040' (every year), '2025-2040/5' (every 5th) or a mix; sorted."""
    if not text or not text.strip():
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{parameter} is empty; write years separated by commas ('2025,2030,2035'), "
                    "a range of years ('2025-2040', every year) or a range with a step "
                    "('2025-2040/5').",
                ),
                parameter=parameter,
            )
        )
    years: set[int] = set()
    for item in _items(text):
        single = re.fullmatch(_YEAR, item)
        span = re.fullmatch(rf"{_YEAR}\s*-\s*{_YEAR}(?:\s*/\s*(\d+))?", item)
        if single:
            years.add(_check_year(int(single.group(1)), parameter, item))
        elif span:
            start, end = (_check_year(int(span.group(k)), parameter, item) for k in (1, 2))
            step = int(span.group(3) or 1)
            if end < start or step < 1:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{parameter}: '{item}' is not a valid range (the first year must not "
                            "be after the last, the step must be 1 or more); write years "
                            "separated by commas ('2025,2030,2035'), a range of years "
                            "('2025-2040', every year) or a range with a step ('2025-2040/5').",
                        ),
                        parameter=parameter,
                        item=item,
                    )
                )
            years.update(range(start, end + 1, step))
        else:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{item}' is not a year or a range; write years separated "
                        "by commas ('2025,2030,2035'), a range of years ('2025-2040', every "
                        "year) or a range with a step ('2025-2040/5').",
                    ),
                    parameter=parameter,
                    item=item,
                )
            )
    return sorted(years)


def parse_year_values(text: str | None, parameter: str = "COUNTY_TOTALS") -> dict[int, float]:
    """'2024:13000,2030:128300' -> {2024: 13000.0, 2030: 128300.0}."""
    if not text or not text.strip():
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{parameter} is empty; write year:total pairs separated by commas, e.g. "
                    "'2024:13000,2030:128300' (no thousands separators; spaces or underscores "
                    "inside a number are allowed).",
                ),
                parameter=parameter,
            )
        )
    out: dict[int, float] = {}
    for item in _items(text):
        year_text, colon, value_text = item.partition(":")
        if not colon or not re.fullmatch(_YEAR, year_text.strip()):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{item}' is not year:total; write year:total pairs "
                        "separated by commas, e.g. '2024:13000,2030:128300' (no thousands "
                        "separators; spaces or underscores inside a number are allowed).",
                    ),
                    parameter=parameter,
                    item=item,
                )
            )
        year = _check_year(int(year_text), parameter, item)
        try:
            value = _number(value_text)
        except ValueError:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{value}' in '{item}' is not a number; write year:total "
                        "pairs separated by commas, e.g. '2024:13000,2030:128300' (no thousands "
                        "separators; spaces or underscores inside a number are allowed).",
                    ),
                    parameter=parameter,
                    value=value_text.strip(),
                    item=item,
                )
            ) from None
        if year in out:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{parameter}: year {year} is given twice."),
                    parameter=parameter,
                    year=year,
                )
            )
        out[year] = value
    return out


def parse_number_map(
    text: str | None, parameter: str, example: str, *, lower_keys: bool = False
) -> dict[str, float]:
    """'slow:4000,fast:10000' -> {'slow': 4000.0, 'fast': 10000.0} (empty text -> {})."""
    out: dict[str, float] = {}
    if not text or not text.strip():
        return out
    for item in _items(text):
        key, colon, value_text = item.rpartition(":")
        key = key.strip()
        if not colon or not key:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{item}' is not name:number; write name:number pairs "
                        "separated by commas, e.g. '{example}'.",
                    ),
                    parameter=parameter,
                    item=item,
                    example=example,
                )
            )
        try:
            value = _number(value_text)
        except ValueError:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{value}' in '{item}' is not a number; write name:number "
                        "pairs separated by commas, e.g. '{example}'.",
                    ),
                    parameter=parameter,
                    value=value_text.strip(),
                    item=item,
                    example=example,
                )
            ) from None
        key = key.lower() if lower_keys else key
        if key in out:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "{parameter}: '{key}' is given twice."),
                    parameter=parameter,
                    key=key,
                )
            )
        out[key] = value
    return out


def format_number_map(mapping) -> str:
    """{'slow': 4000.0, 'fast': 10000.0} -> 'slow:4000,fast:10000' (the inverse of the above)."""
    return ",".join(f"{key}:{float(value):g}" for key, value in mapping.items())


def parse_quotas(text: str | None, parameter: str = "DISTRICT_QUOTAS") -> dict:
    """'Ashby Parva:5,Little Weldon:2-4' -> {'Ashby Parva': 5, 'Little Weldon': (2, 4)}.

    'name:k' exactly k sites, 'name:min-max', 'name:min-' (at least), 'name:-max' (at most).
    """
    out: dict = {}
    if not text or not text.strip():
        return out
    for item in _items(text):
        name, colon, spec = item.rpartition(":")
        name, spec = name.strip(), spec.strip()
        exact = re.fullmatch(r"\d+", spec)
        span = re.fullmatch(r"(\d*)\s*-\s*(\d*)", spec)
        if not colon or not name or not (exact or (span and any(span.groups()))):
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{parameter}: '{item}' is not a district quota; write district:count or "
                        "district:min-max pairs separated by commas, e.g. 'Ashby Parva:5,Little "
                        "Weldon:2-4' ('2-' means at least 2, '-4' at most 4; separate with "
                        "semicolons instead when a district name contains a comma).",
                    ),
                    parameter=parameter,
                    item=item,
                )
            )
        if name in out:
            raise ParameterError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{parameter}: district '{district}' is given twice."
                    ),
                    parameter=parameter,
                    district=name,
                )
            )
        if exact:
            out[name] = int(spec)
        else:
            low, high = (int(g) if g else None for g in span.groups())
            if low is not None and high is not None and high < low:
                raise ParameterError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{parameter}: in '{item}' the maximum is below the minimum; write "
                            "district:count or district:min-max pairs separated by commas, e.g. "
                            "'Ashby Parva:5,Little Weldon:2-4' ('2-' means at least 2, '-4' at "
                            "most 4; separate with semicolons instead when a district name "
                            "contains a comma).",
                        ),
                        parameter=parameter,
                        item=item,
                    )
                )
            out[name] = (low, high)
    return out


def parse_json_object(text: str | None, parameter: str, example: str, short: str) -> dict:
    """A JSON object such as '{"demand": 3}', or the short form 'demand:3,gap:2'."""
    if not text or not text.strip():
        return {}
    text = text.strip()
    if not text.startswith("{"):
        return parse_number_map(text, parameter, short)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{parameter}: not valid JSON ({error} at character {position}); write an "
                    "object with double-quoted names, e.g. {example}, or the short form "
                    "'{short}'.",
                ),
                parameter=parameter,
                error=error.msg,
                position=error.pos + 1,
                example=example,
                short=short,
            )
        ) from None
    if not isinstance(value, dict):
        raise ParameterError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "{parameter}: expected a JSON object such as {example}."
                ),
                parameter=parameter,
                example=example,
            )
        )
    return value


def jsonable(value):
    """Plain JSON types (numpy scalars unwrapped, NaN/inf -> None), recursively."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [jsonable(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


# --- input layers and their fields ---------------------------------------------------------


@dataclass
class Layer:
    """An input layer read for core: the GeoDataFrame (all fields), a label for messages and
    the source's WKB type."""

    gdf: gpd.GeoDataFrame
    label: str
    wkb_type: int

    @property
    def fields(self) -> list[str]:
        return [c for c in self.gdf.columns if c != self.gdf.geometry.name]


def charger_name(value) -> str:
    """The name of a charger type (a key of CHARGER_TYPES) in the user's language; any other
    value as it is."""
    if value in CHARGER_TYPES:
        return QCoreApplication.translate("ChargerTypes", CHARGER_TYPES[value].label)
    return str(value)


def charger_labels(names) -> list[str]:
    """The translated names of the charger types ``names`` (keys of CHARGER_TYPES)."""
    return [charger_name(n) for n in names]


def read_layer(algorithm, parameters, name, context, crs, feedback, required=False):
    """The layer of parameter ``name`` with all its fields (None when optional and not given)."""
    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        if required:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "the layer for {parameter} could not be opened; check the path"
                    ),
                    parameter=name,
                )
            )
        return None
    label = algorithm.layer_label(parameters, name, context, source)
    gdf = algorithm.source_gdf(parameters, name, context, crs, feedback, required=required)
    return Layer(gdf=gdf, label=label, wkb_type=source.wkbType())


def column_mapping(algorithm, parameters, context, names_and_keys) -> dict:
    """{reader key: column name} for the text parameters naming CSV columns: ``names_and_keys``
    pairs each parameter with the key the reader expects; empty parameters are left out."""
    mapping = {}
    for name, key in names_and_keys:
        column = (algorithm.parameterAsString(parameters, name, context) or "").strip()
        if column:
            mapping[key] = column
    return mapping


def chosen_fields(algorithm, parameters, name, context) -> list[str]:
    """The field name(s) of a field parameter (parameterAsStrings where QGIS >= 3.40 has it;
    parameterAsFields is deprecated there)."""
    getter = getattr(algorithm, "parameterAsStrings", None) or algorithm.parameterAsFields
    return [v for v in getter(parameters, name, context) if v]


def field_choice(
    algorithm, parameters, name, context, layer: Layer | None, feedback, required=False
) -> str | None:
    """The field chosen for parameter ``name``, checked against ``layer``.

    A field the user chose that the layer lacks is an error naming the layer, the field and the
    parameter. A field that is only the parameter's default (the sample area's name) and is
    absent is dropped with a note, unless ``required``. None when nothing is chosen.
    """
    values = chosen_fields(algorithm, parameters, name, context)
    value = values[0] if values else None
    definition = algorithm.parameterDefinition(name)
    what = definition.description() if definition is not None else name
    if layer is None:
        return value
    if not value:
        if required:
            raise InputDataError(
                Message(
                    QT_TRANSLATE_NOOP("Messages", "choose the field for '{what}' ({parameter})"),
                    what=what,
                    parameter=name,
                ),
                layer.label,
            )
        return None
    if value in layer.fields:
        return value
    explicit = parameters.get(name) not in (None, "", [])
    if explicit or required:
        raise InputDataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "field '{field}' chosen for '{what}' ({parameter}) not found; choose one "
                    "of: {fields}",
                ),
                field=value,
                what=what,
                parameter=name,
                fields=", ".join(layer.fields),
            ),
            layer.label,
        )
    feedback.info(
        Message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Layer '{layer}' has no field '{field}' (the default of {parameter}); it is not "
                "used.",
            ),
            layer=layer.label,
            field=value,
            parameter=name,
        )
    )
    return None


def optional_number(algorithm, parameters, name, context, integer=False):
    """The value of an optional number parameter without a default; None when not set."""
    value = parameters.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if integer:
        return algorithm.parameterAsInt(parameters, name, context)
    return algorithm.parameterAsDouble(parameters, name, context)


# --- outputs -------------------------------------------------------------------------------


def multi_wkb_type(wkb_type):
    """The 2D multi form of a source's WKB type (outputs keep the input's geometry family)."""
    return QgsWkbTypes.multiType(QgsWkbTypes.flatType(wkb_type))


def attribute_table(frame: pd.DataFrame, drop=("geometry",)) -> gpd.GeoDataFrame:
    """A geometry-less GeoDataFrame for a no-geometry sink (``drop``: columns left out)."""
    table = pd.DataFrame(frame).drop(columns=[c for c in drop if c in frame.columns])
    table = table.reset_index(drop=True)
    return gpd.GeoDataFrame(table, geometry=[None] * len(table))


def score_style(wkb_type) -> str:
    """QML style graduated on ``score`` for a geometry family: site_scores (lines),
    site_scores_point, site_scores_polygon."""
    kind = compat.geometry_type_name(wkb_type)
    return {"point": "site_scores_point", "polygon": "site_scores_polygon"}.get(kind, "site_scores")
