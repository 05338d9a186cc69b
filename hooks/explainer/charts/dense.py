"""The densest stretch of a timeline: the few months in which a large share of the events fall.

The timeline's default view gives it a panel of its own (charts/timeline_detail.py) and the
story's timeline strips give it more width (charts/story.py): drawn to scale it would be a
column a few pixels wide at the right edge, with no room to write a title."""

from __future__ import annotations

import calendar
import datetime as dt

MAX_MONTHS = 10  # the stretch is at most this many months long
MIN_EVENTS, MIN_SHARE = 8, 0.25  # ... holds at least this many events and this share of all
MAX_SPAN_SHARE = 0.2  # ... and is at most this share of the whole time range


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _first_day(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


def _last_day(month: int) -> dt.date:
    year, number = month // 12, month % 12 + 1
    return dt.date(year, number, calendar.monthrange(year, number)[1])


def densest_window(events: list) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the whole months, at most MAX_MONTHS, that hold the most events (by
    the day a chart puts their mark on), or None when no stretch is crowded enough to need room."""
    months = sorted(_month(event.date.midpoint) for event in events)
    if len(months) < MIN_EVENTS:
        return None
    best, j = (0, 0, 0), 0
    for i, first in enumerate(months):
        j = max(j, i)
        while j < len(months) and months[j] - first < MAX_MONTHS:
            j += 1
        count, span = j - i, months[j - 1] - first
        if count > best[0] or (count == best[0] and span < best[2] - best[1]):
            best = (count, first, months[j - 1])
    count, first, last = best
    whole = months[-1] - months[0] + 1
    if count < max(MIN_EVENTS, MIN_SHARE * len(months)) or (last - first + 1) > MAX_SPAN_SHARE * whole:
        return None
    return _first_day(first), _last_day(last)
