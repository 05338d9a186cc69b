"""EDTF dates: parsing (with the maintained `edtf` library), spans, and Dutch wording (of numbers too).

Besides EDTF level 0/1 the site knows five forms that keep "lasted" apart from "happened once":
"a/b" lasted from a to b; "[a..b]" happened once, somewhere between a and b (a window);
"[..b]" happened once, on or before b; "/b" lasted until b, start unknown; "a/.." since a.
A window's ends are plain dates (year, month or day, no marks); the ends of "/b" and "a/.." are
any single date. The `edtf` library parses each end; the shapes are matched here, because its
grammar refuses a window whose ends differ in precision ("[2014..2016-11]")."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from dataclasses import dataclass
from functools import cache, lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal
from edtf import parse_edtf
from edtf.parser import edtf_exceptions
from edtf.parser.parser_classes import UA, Date, Interval, Level1Interval, Season, UncertainOrApproximate

from explainer import date_phrases as phrases
from explainer.date_phrases import LOCALE
from explainer.messages import text as text_of


class EdtfError(ValueError):
    """A date that is not EDTF level 0/1, with a message for contributors."""


@dataclass(frozen=True)
class EdtfSpan:
    text: str  # as written
    start: dt.date  # first day the value covers (with an unknown start: the first day of the end it gives)
    end: dt.date  # last day the value covers (with an open end: the last day of the start it gives)
    precision: str  # day | month | season | year | interval (lasted) | window (happened once, within)
    approximate: bool
    uncertain: bool
    open_start: bool = False  # "[..b]", "/b": the source gives no start
    open_end: bool = False  # "a/..": since a, with no end

    @property
    def is_window(self) -> bool:
        return self.precision == "window"

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
    if value is not None:
        return _span(text, value)
    return _windowed(text) or _parse_with_library(text)


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


# ---- windows and open ends -------------------------------------------------------------------

_PLAIN = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_ONE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?"
_WINDOW = re.compile(rf"\[({_PLAIN})?\.\.({_PLAIN})\]")
_UNTIL = re.compile(rf"/({_ONE})")
_SINCE = re.compile(rf"({_ONE})/\.\.")


def _windowed(text: str) -> EdtfSpan | None:
    """The span of "[a..b]", "[..b]", "/b" or "a/.."; None for any other text."""
    if match := _WINDOW.fullmatch(text):
        lower = _end_of(text, match.group(1)) if match.group(1) else None
        upper = _end_of(text, match.group(2))
        if any(end is not None and end.precision not in ("year", "month", "day") for end in (lower, upper)):
            raise EdtfError(text_of("edtf_window_end", text=text))
        if lower is not None and upper.end < lower.start:
            raise EdtfError(text_of("edtf_backwards", text=text))
        first = lower or upper
        return EdtfSpan(text, first.start, upper.end, "window", False, False, open_start=lower is None)
    for pattern, open_side in ((_UNTIL, "open_start"), (_SINCE, "open_end")):
        if match := pattern.fullmatch(text):
            end = _end_of(text, match.group(1))
            return EdtfSpan(text, end.start, end.end, "interval", end.approximate, end.uncertain, **{open_side: True})
    return None


def _end_of(text: str, end: str) -> EdtfSpan:
    try:
        return parse(end)
    except EdtfError:
        raise EdtfError(text_of("edtf_invalid", text=text)) from None


# ---- Dutch wording -------------------------------------------------------------


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
    """The EDTF value in Dutch at its own precision: 'april 2020', 'circa medio 2015', 'ergens
    tussen 25 april en 31 mei 2020', 'uiterlijk 28 juni 2014', 'tot november 2016', 'sinds mei 2020'."""
    span = parse(text)
    if span.is_window:
        lower, upper = text[1:-1].split("..")
        return f"ergens tussen {phrases.joined(lower, upper, ' en ')}" if lower else f"uiterlijk {phrases.single(upper)}"
    if span.open_start:
        return f"tot {dutch(text[1:])}"
    if span.open_end:
        return f"sinds {dutch(text[:-3])}"
    wording = phrases.interval(*text.split("/")) if "/" in text else phrases.single(text)
    prefix = qualifier(span)
    return f"{prefix} {wording}" if prefix else wording


@lru_cache(maxsize=4096)  # Babel takes ~0.1 ms a call; the same few days recur on every page
def dutch_day(day: dt.date) -> str:
    return format_date(day, "d MMMM y", locale=LOCALE)


@lru_cache(maxsize=4096)
def number(value) -> str:
    """Dutch digit grouping; Babel takes ~0.1 ms a call and the same counts recur on every page."""
    return format_decimal(value, locale=LOCALE)
