"""EDTF dates: parsing (with the maintained `edtf` library), spans, and Dutch wording (of numbers too)."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import time
from dataclasses import dataclass
from functools import cache, lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal
from dateutil.easter import easter
from edtf import parse_edtf
from edtf.parser import edtf_exceptions
from edtf.parser.parser_classes import UA, Date, Interval, Level1Interval, Season, UncertainOrApproximate

from explainer.messages import text as text_of

LOCALE = "nl"
SEASONS = {21: "voorjaar", 22: "zomer", 23: "najaar", 24: "winter"}
# Dutch phrases for parts of a month and of a year (the conventions in CONTRIBUTING.md).
MONTH_PARTS = {(1, 10): "begin", (11, 20): "medio", (21, None): "eind"}
YEAR_PARTS = {(1, 4): "begin", (5, 8): "medio", (9, 12): "eind"}


class EdtfError(ValueError):
    """A date that is not EDTF level 0/1, with a message for contributors."""


@dataclass(frozen=True)
class EdtfSpan:
    text: str  # as written
    start: dt.date  # first day the value covers
    end: dt.date  # last day the value covers
    precision: str  # day | month | season | year | interval
    approximate: bool
    uncertain: bool

    @property
    def sort_key(self) -> tuple:
        return (self.start, self.end, self.text)

    @property
    def is_point(self) -> bool:
        return self.precision == "day"

    @property
    def midpoint(self) -> dt.date:
        """Where a chart puts the span's mark."""
        return self.start + (self.end - self.start) / 2


def today() -> dt.date:
    """The build's today: the day of SOURCE_DATE_EPOCH when it is set (reproducible builds), else the clock's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()


def _to_date(struct: time.struct_time) -> dt.date:
    return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday)


def _precision(value) -> str:
    if isinstance(value, UncertainOrApproximate):
        return _precision(value.date)
    if isinstance(value, Season):
        return "season"
    if isinstance(value, Date):
        return {1: "year", 2: "month", 3: "day"}[len(str(value).split("-"))]
    if isinstance(value, (Interval, Level1Interval)):
        return "interval"
    raise EdtfError("unsupported")


SUPPORTED = (Date, UncertainOrApproximate, Season, Interval, Level1Interval)


@cache
def parse(text: str) -> EdtfSpan:
    """Parse an EDTF level 0/1 string; raise EdtfError with a readable message.

    The maintained `edtf` library does the parsing. Its grammar costs several ms a call (pyparsing),
    so the common forms skip it (see _common_form); the result is kept in memory per string."""
    value = _common_form(text)
    return _span(text, value) if value is not None else _parse_with_library(text)


# The forms nearly every date takes: a day, month, year or season, each end optionally qualified
# (seasons never), alone or as an interval. For these, the objects the library's grammar would build
# are built directly (tests/test_dates.py proves the result equal to parse_edtf's for every
# combination), which skips the ~5 ms pyparsing run. Anything else goes through parse_edtf.
_END = r"([12]\d{3})(?:-(0[1-9]|1[0-2]|2[1-4])(?:-(\d{2}))?)?([~?%]?)"
_COMMON_FORM = re.compile(rf"{_END}(?:/{_END})?")


def _common_form(text: str):
    match = _COMMON_FORM.fullmatch(text)
    if match is None:
        return None
    ends = [_library_date(*match.groups()[:4])]
    if match.group(5):
        ends.append(_library_date(*match.groups()[4:]))
    if None in ends:
        return None
    if len(ends) == 1:
        date, ua = ends[0]
        return UncertainOrApproximate(date, ua) if ua else date
    if not any(ua for _, ua in ends):
        return Interval(ends[0][0], ends[1][0])
    return Level1Interval(*({"date": date, "ua": ua} for date, ua in ends))


def _library_date(year: str, month: str | None, day: str | None, mark: str):
    """(edtf Date or Season, UA or None) for one end; None where parse_edtf must decide."""
    if month and int(month) > 12:
        if day or mark:
            return None
        return Season(year=year, season=month), None
    if day and month:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            return None
    return Date(year=year, month=month, day=day), (UA(mark) if mark else None)


def _parse_with_library(text: str) -> EdtfSpan:
    try:
        value = parse_edtf(text)
    except (edtf_exceptions.EDTFParseException, ValueError) as error:
        raise EdtfError(text_of("edtf_invalid", text=text)) from error
    if "X" in text.upper():
        raise EdtfError(text_of("edtf_unspecified", text=text))
    if not isinstance(value, SUPPORTED) or type(value).__name__ in ("PartialUncertainOrApproximate", "Level2Season"):
        raise EdtfError(text_of("edtf_level", text=text))
    if isinstance(value, (Interval, Level1Interval)):
        for end in (value.lower, value.upper):
            if not isinstance(end, (Date, UncertainOrApproximate, Season)):
                raise EdtfError(text_of("edtf_open", text=text))
    return _span(text, value)


def _span(text: str, value) -> EdtfSpan:
    try:
        start, end = _to_date(value.lower_strict()), _to_date(value.upper_strict())
    except ValueError as error:  # the grammar lets through days like 0999-02-29
        raise EdtfError(text_of("edtf_no_day", text=text)) from error
    if end < start:
        raise EdtfError(text_of("edtf_backwards", text=text))
    return EdtfSpan(
        text=text,
        start=start,
        end=end,
        precision=_precision(value),
        approximate=bool(value.is_approximate or value.is_uncertain_and_approximate),
        uncertain=bool(value.is_uncertain or value.is_uncertain_and_approximate),
    )


# ---- Dutch wording -------------------------------------------------------------


def _plain(text: str) -> str:
    return text.rstrip("~?%")


def _single_dutch(text: str) -> str:
    """A single EDTF date (no interval) in Dutch, without uncertainty marks."""
    core = _plain(text)
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


def _named_part(lower: str, upper: str) -> str | None:
    """'begin april 2020', 'medio 2015', 'eind 2014' for the documented conventions."""
    lo, hi = _plain(lower).split("-"), _plain(upper).split("-")
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


def _easter_weekend(lower: str, upper: str) -> str | None:
    """'het Paasweekeinde van 2020' for Saturday before Easter .. Easter Monday."""
    try:
        first, last = dt.date.fromisoformat(_plain(lower)), dt.date.fromisoformat(_plain(upper))
    except ValueError:
        return None
    sunday = easter(first.year)
    if (first, last) == (sunday - dt.timedelta(days=1), sunday + dt.timedelta(days=1)):
        return f"het Paasweekeinde van {first.year}"
    return None


def _interval_dutch(lower: str, upper: str) -> str:
    named = _named_part(lower, upper) or _easter_weekend(lower, upper)
    if named:
        return named
    first, last = _single_dutch(lower), _single_dutch(upper)
    first_parts, last_parts = first.split(" "), last.split(" ")
    # Collapse the shared tail: "11 – 13 april 2020", "oktober – december 2019".
    shared = 0
    while shared < min(len(first_parts), len(last_parts)) - 1 and first_parts[-1 - shared] == last_parts[-1 - shared]:
        shared += 1
    if shared:
        first = " ".join(first_parts[:-shared])
    return f"{first} – {last}"


def qualifier(span: EdtfSpan) -> str:
    if span.approximate and span.uncertain:
        return "mogelijk circa"
    if span.approximate:
        return "circa"
    if span.uncertain:
        return "mogelijk"
    return ""


@cache
def dutch(text: str) -> str:
    """The EDTF value in Dutch at its own precision: 'april 2020', 'circa medio 2015'."""
    span = parse(text)
    if "/" in text:
        lower, upper = text.split("/")
        wording = _interval_dutch(lower, upper)
    else:
        wording = _single_dutch(text)
    prefix = qualifier(span)
    return f"{prefix} {wording}" if prefix else wording


@lru_cache(maxsize=4096)  # Babel takes ~0.1 ms a call; the same few days recur on every page
def dutch_day(day: dt.date) -> str:
    return format_date(day, "d MMMM y", locale=LOCALE)


@lru_cache(maxsize=4096)
def number(value) -> str:
    """Dutch digit grouping; Babel takes ~0.1 ms a call and the same counts recur on every page."""
    return format_decimal(value, locale=LOCALE)
