"""The references an article's front matter makes, read from the raw YAML data.

Read from the data rather than the validated model, so that an article with a broken field
still has its other references checked in the same run. Only values that are well-formed
slugs count: a malformed one already has its own problem.
"""

from __future__ import annotations

import re

from explainer.content.schema import SLUG_PATTERN, UNKNOWN_PLACE


def _is_slug(value) -> bool:
    return isinstance(value, str) and re.match(SLUG_PATTERN, value) is not None


def _items(data, key: str) -> list[tuple[int, dict]]:
    values = data.get(key) if isinstance(data, dict) else None
    return [(i, item) for i, item in enumerate(values) if isinstance(item, dict)] if isinstance(values, list) else []


def _slug_list(data, key: str, kind: str, prefix: tuple = ()) -> list[tuple]:
    values = data.get(key)
    if not isinstance(values, list):
        return []
    return [(prefix + (key, i), value, kind) for i, value in enumerate(values) if _is_slug(value)]


def _slug_value(data, key: str, kind: str, prefix: tuple) -> list[tuple]:
    value = data.get(key)
    return [(prefix + (key,), value, kind)] if _is_slug(value) else []


def slug_references(data) -> list[tuple]:
    """(field path, slug, 'theme' | 'place') for every theme and place the article names."""
    if not isinstance(data, dict):
        return []
    refs = _slug_list(data, "themes", "theme") + _slug_list(data, "locations", "place")
    for i, event in _items(data, "events"):
        refs += _slug_list(event, "themes", "theme", ("events", i))
        if event.get("location") != UNKNOWN_PLACE:  # a source that names no place
            refs += _slug_value(event, "location", "place", ("events", i))
    for i, figure in _items(data, "figures"):
        refs += _slug_value(figure, "location", "place", ("figures", i))
    return refs


def is_event_reference(event: dict) -> bool:
    """Only an id (and the passages of this article's source that report it)."""
    return "id" in event and set(event) <= {"id", "passages"}


def event_ids(data) -> list[tuple[int, str, bool]]:
    """(index, id, is a reference) of every event with a well-formed id."""
    return [(i, event["id"], is_event_reference(event)) for i, event in _items(data, "events") if _is_slug(event.get("id"))]


def figure_ids(data) -> list[tuple[int, str]]:
    return [(i, figure["id"]) for i, figure in _items(data, "figures") if _is_slug(figure.get("id"))]
