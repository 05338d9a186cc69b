"""The columns of the open data's tables, declared once: publish/data.py writes the files with
them, publish/datapackage.py describes them, and each chart's footer names them (charts/__init__.py)."""

from __future__ import annotations

EVENT_COLUMNS = [
    "id",
    "title",
    "date",
    "start",
    "end",
    "precision",
    "approximate",
    "uncertain",
    "open_start",
    "open_end",
    "location",
    "themes",
    "summary",
    "sources",
    "passages",
    "url",
    "claimed_by",
    "claimed_by_name",
    "status",
]
PLACE_COLUMNS = ["slug", "name", "kind", "country", "lat", "lon", "event_count", "url"]
FIGURE_COLUMNS = [
    "id",
    "label",
    "counted",
    "low",
    "high",
    "qualifier",
    "unit",
    "date",
    "according_to",
    "location",
    "source",
    "passages",
    "url",
]
CORRECTION_COLUMNS = ["date", "text", "kind", "page", "title", "url"]
