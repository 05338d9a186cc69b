"""A schema error (pydantic) as a Problem that names the line and says how to fix it."""

from __future__ import annotations

import difflib
import re

from pydantic import BaseModel
from pydantic_core import ErrorDetails
from slugify import slugify

from explainer.content.load import Document, dotted
from explainer.messages import field_name, hint, text
from explainer.problems import Problem

Where = tuple[str, int | None, str]  # a problem's file, line and field
# What YAML made of a plain (unquoted) value that should have been text.
YAML_TYPES = {
    "tag:yaml.org,2002:bool": "yaml_bool",
    "tag:yaml.org,2002:timestamp": "yaml_date",
    "tag:yaml.org,2002:int": "yaml_number",
    "tag:yaml.org,2002:float": "yaml_number",
    "tag:yaml.org,2002:null": "yaml_null",
}
FOUND_KEYS = {
    "string_type": "string_type",
    "list_type": "list_type",
    "tuple_type": "list_type",
    "model_type": "group_type",
    "dict_type": "group_type",
    "model_attributes_type": "group_type",
    "float_type": "number_type",
    "int_type": "number_type",
    "float_parsing": "number_type",
    "int_parsing": "number_type",
    "int_from_float": "number_type",
}


def field_problem(document: Document, loc: tuple, item: ErrorDetails, model) -> Problem:
    kind, value, name = item["type"], item.get("input"), (loc[-1] if loc else "")
    at: Where = (document.path, document.line_of(loc), dotted(loc))
    written = document.written.get(tuple(loc))
    if kind == "missing":
        return Problem.of(*at, "missing", name=name)
    if kind == "extra_forbidden":
        return _unknown_field(at, name, _allowed_fields(model, loc))
    if written and written[0] in YAML_TYPES and kind.endswith("_type") and written[2] is None:
        quoted = f'{name}: "{written[1]}"' if isinstance(name, str) else f'"{written[1]}"'
        return Problem.of(*at, "yaml_type", found=text(YAML_TYPES[written[0]], value=written[1]), quoted=quoted)
    if kind in FOUND_KEYS:
        return Problem.of(*at, FOUND_KEYS[kind], found=kind_of(value), name=name)
    return _value_problem(at, kind, value, name, item)


def _value_problem(at: Where, kind: str, value, name, item: ErrorDetails) -> Problem:
    if kind == "string_pattern_mismatch":
        return Problem.of(*at, "bad_slug", value=value, fixed=slugify(str(value)) or "voorbeeld-slug")
    if kind == "too_short":
        return Problem.of(*at, "empty_list", item=field_name(f"{name}_item"))
    if kind == "literal_error":
        expected = item["ctx"]["expected"]
        close = difflib.get_close_matches(str(value), re.findall(r"'([^']*)'", expected), n=1)
        fix = hint("did_you_mean_value", close=close[0]) if close else ""
        return Problem.of(*at, "not_allowed", value=value, fix=fix, expected=expected)
    if kind in ("greater_than_equal", "less_than_equal"):
        return Problem.of(*at, "latitude_range" if name == "lat" else "longitude_range", value=value)
    message = item["msg"].removeprefix("Value error, ")
    return Problem(*at, message, (item.get("ctx") or {}).get("hint", ""))


def _unknown_field(at: Where, name, allowed: list[str]) -> Problem:
    close = difflib.get_close_matches(str(name), allowed, n=1)
    fix = hint("did_you_mean_field", close=close[0]) if close else hint("remove_field")
    return Problem.of(*at, "unknown_field", fix=fix, allowed=", ".join(allowed))


def kind_of(value) -> str:
    if isinstance(value, bool):
        return text("found_bool")
    if isinstance(value, (int, float)):
        return text("found_number", value=value)
    if isinstance(value, list):
        return text("found_list")
    if isinstance(value, dict):
        return text("found_group")
    if value is None:
        return text("found_nothing")
    return text("found_text", value=value)


def _allowed_fields(model, loc: tuple) -> list[str]:
    """The field names allowed at the place of an unknown key."""
    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        annotation = current.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))
        current = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), current)
        for arg in inner:
            for sub in getattr(arg, "__args__", ()):
                if isinstance(sub, type) and issubclass(sub, BaseModel):
                    current = sub
    return list(current.model_fields)
