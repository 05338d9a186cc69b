"""Dutch words for EDTF values as written: a single date, an interval's named part ('begin april
2020', 'het Paasweekeinde van 2020'), two ends joined ('11 – 13 april 2020'). Pure text in, text
out; dates.py knows what a value means and picks the words."""

from __future__ import annotations

import calendar
import datetime as dt

from babel.dates import format_date, get_month_names
from dateutil.easter import easter

LOCALE = "nl"
MONTH_NAMES = tuple(get_month_names("wide", locale=LOCALE)[month] for month in range(1, 13))  # januari … december
SEASONS = {21: "voorjaar", 22: "zomer", 23: "najaar", 24: "winter"}
# Dutch phrases for parts of a month and of a year (the conventions in CONTRIBUTING.md).
MONTH_PARTS = {(1, 10): "begin", (11, 20): "medio", (21, None): "eind"}
YEAR_PARTS = {(1, 4): "begin", (5, 8): "medio", (9, 12): "eind"}


def plain(text: str) -> str:
    return text.rstrip("~?%")


def single(text: str) -> str:
    """A single EDTF date (no interval) in Dutch, without uncertainty marks."""
    core = plain(text)
    parts = core.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return str(year)
    month = int(parts[1])
    if month in SEASONS:
        return f"{SEASONS[month]} {year}"
    if len(parts) == 2:
        return format_date(dt.date(year, month, 1), "MMMM y", locale=LOCALE)
    return format_date(dt.date(year, month, int(parts[2])), "d MMMM y", locale=LOCALE)


def named_part(lower: str, upper: str) -> str | None:
    """'begin april 2020', 'medio 2015', 'eind 2014' for the documented conventions."""
    lo, hi = plain(lower).split("-"), plain(upper).split("-")
    if lo[0] != hi[0]:
        return None
    year = lo[0]
    if len(lo) == len(hi) == 2 and int(lo[1]) <= 12:
        for (first, last), word in YEAR_PARTS.items():
            if (int(lo[1]), int(hi[1])) == (first, last):
                return f"{word} {year}"
    if len(lo) == len(hi) == 3 and lo[1] == hi[1]:
        month_days = calendar.monthrange(int(year), int(lo[1]))[1]
        for (first_day, last_day), word in MONTH_PARTS.items():
            if (int(lo[2]), int(hi[2])) == (first_day, last_day or month_days):
                month = format_date(dt.date(int(year), int(lo[1]), 1), "MMMM y", locale=LOCALE)
                return f"{word} {month}"
    return None


def easter_weekend(lower: str, upper: str) -> str | None:
    """'het Paasweekeinde van 2020' for Saturday before Easter .. Easter Monday."""
    try:
        first, last = dt.date.fromisoformat(plain(lower)), dt.date.fromisoformat(plain(upper))
    except ValueError:
        return None
    sunday = easter(first.year)
    if (first, last) == (sunday - dt.timedelta(days=1), sunday + dt.timedelta(days=1)):
        return f"het Paasweekeinde van {first.year}"
    return None


def joined(lower: str, upper: str, joiner: str) -> str:
    """Two ends with their shared tail said once: '11 – 13 april 2020', '25 april en 31 mei 2020'."""
    first, last = single(lower), single(upper)
    first_parts, last_parts = first.split(" "), last.split(" ")
    shared = 0
    while shared < min(len(first_parts), len(last_parts)) - 1 and first_parts[-1 - shared] == last_parts[-1 - shared]:
        shared += 1
    if shared:
        first = " ".join(first_parts[:-shared])
    return f"{first}{joiner}{last}"


def interval(lower: str, upper: str) -> str:
    """A duration from lower to upper: a named part, or both ends."""
    return named_part(lower, upper) or easter_weekend(lower, upper) or joined(lower, upper, " – ")
