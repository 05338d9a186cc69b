"""A figure's value in the front matter: a number, or a range {low, high} (its JSON Schema and checks)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from explainer.content.schema_types import custom


class Range(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    low: float
    high: float


RANGE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["low", "high"],
    "properties": {
        "low": {"type": "number", "description": "De laagste waarde die de bron noemt.", "examples": [2500]},
        "high": {"type": "number", "description": "De hoogste waarde die de bron noemt.", "examples": [3000]},
    },
}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def as_range(value: dict) -> Range:
    if set(value) != {"low", "high"} or not all(_is_number(value[k]) for k in value):
        raise custom("range")
    if value["low"] > value["high"]:
        raise custom("range_order", low=value["low"], high=value["high"])
    return Range(**value)


def describe(value: Any) -> str:
    from explainer.content.field_problems import kind_of

    return kind_of(value)
