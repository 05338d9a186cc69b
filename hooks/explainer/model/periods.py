"""The timeline's background periods as frozen records, from the checked entries of
content/periods.yml (content/periods.py)."""

from __future__ import annotations

from explainer.content.schema import PeriodEntry
from explainer.model.records import Event, Period

COLOURS = ["#8C6D1F", "#CC79A7", "#009E73"]


def build_periods(entries: list[PeriodEntry], events: dict[str, Event]) -> list[Period]:
    last = max((e.date.end for e in events.values()), default=None)
    periods = []
    for i, entry in enumerate(entries):
        first = events[entry.from_event]
        end = events[entry.until_event].date.end if entry.until_event else last
        periods.append(
            Period(
                entry.slug,
                entry.title,
                first.date.start.isoformat(),
                end.isoformat() if end else None,
                entry.description or "",
                COLOURS[i % len(COLOURS)],
                tuple(e for e in (entry.from_event, entry.until_event) if e),
            )
        )
    return periods
