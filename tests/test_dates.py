"""EDTF values: the days they cover, their precision, and their Dutch wording."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer import dates as dates_module
from explainer.dates import EdtfError, dutch, parse

D = dt.date

SPANS = [
    ("2020", D(2020, 1, 1), D(2020, 12, 31), "year", False, False),
    ("2020-04", D(2020, 4, 1), D(2020, 4, 30), "month", False, False),
    ("2020-02", D(2020, 2, 1), D(2020, 2, 29), "month", False, False),
    ("2014-06-29", D(2014, 6, 29), D(2014, 6, 29), "day", False, False),
    ("2020-04~", D(2020, 4, 1), D(2020, 4, 30), "month", True, False),
    ("2020-04?", D(2020, 4, 1), D(2020, 4, 30), "month", False, True),
    ("2020-04%", D(2020, 4, 1), D(2020, 4, 30), "month", True, True),
    ("2019-10/2019-12", D(2019, 10, 1), D(2019, 12, 31), "interval", False, False),
    ("2020-21", D(2020, 3, 1), D(2020, 5, 31), "season", False, False),
    ("2015-05~/2015-08~", D(2015, 5, 1), D(2015, 8, 31), "interval", True, False),
]


@pytest.mark.parametrize("text,start,end,precision,approximate,uncertain", SPANS)
def test_span(text, start, end, precision, approximate, uncertain):
    span = parse(text)
    assert (span.start, span.end, span.precision, span.approximate, span.uncertain) == (
        start,
        end,
        precision,
        approximate,
        uncertain,
    )


WORDING = [
    ("2020", "2020"),
    ("2020-04", "april 2020"),
    ("2014-06-29", "29 juni 2014"),
    ("2020-04~", "circa april 2020"),
    ("2020-04?", "mogelijk april 2020"),
    ("2020-04%", "mogelijk circa april 2020"),
    ("2015-05~/2015-08~", "circa medio 2015"),
    ("2015-05/2015-08", "medio 2015"),
    ("2019-01/2019-04", "begin 2019"),
    ("2014-09/2014-12", "eind 2014"),
    ("2020-04-01/2020-04-10", "begin april 2020"),
    ("2020-04-11/2020-04-20", "medio april 2020"),
    ("2020-03-21/2020-03-31", "eind maart 2020"),
    ("2020-02-21/2020-02-29", "eind februari 2020"),
    ("2020-04-11/2020-04-13", "het Paasweekeinde van 2020"),
    ("2020-04-10/2020-04-13", "10 – 13 april 2020"),
    ("2019-10/2019-12", "oktober – december 2019"),
    ("2016-11/2017-07-09", "november 2016 – 9 juli 2017"),
    ("2014/2015", "2014 – 2015"),
    ("2020-21", "voorjaar 2020"),
    ("2019-24", "winter 2019"),
]


@pytest.mark.parametrize("text,expected", WORDING)
def test_dutch_wording(text, expected):
    assert dutch(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "april 2020",
        "2020-13",
        "2020-02-30",
        "../2020",
        "2020/",
        "2020-04-12T10:00:00Z/..",
        "2020?-04",
        "",
        "20201",
        "2020-XX",
        "19XX",
        "[2020-04..]",
        "[2020-21..2020-22]",
        "[2020-04..2020-13]",
        "[2020-05..2020-04]",
        "[..2020-04-31]",
        "/2020-04/..",
    ],
)
def test_rejected(text):
    with pytest.raises(EdtfError):
        parse(text)


# ---- windows ("happened once, somewhere between") and open ends ---------------------------------

WINDOWS = [
    # text, start, end, precision, open start, open end, Dutch
    ("[2020-04-25..2020-05-31]", D(2020, 4, 25), D(2020, 5, 31), "window", False, False, "ergens tussen 25 april en 31 mei 2020"),
    ("[2020-04-25..2020-04-28]", D(2020, 4, 25), D(2020, 4, 28), "window", False, False, "ergens tussen 25 en 28 april 2020"),
    ("[2014..2016-11]", D(2014, 1, 1), D(2016, 11, 30), "window", False, False, "ergens tussen 2014 en november 2016"),
    ("[2014..2019]", D(2014, 1, 1), D(2019, 12, 31), "window", False, False, "ergens tussen 2014 en 2019"),
    ("[..2014-06-28]", D(2014, 6, 28), D(2014, 6, 28), "window", True, False, "uiterlijk 28 juni 2014"),
    ("[..2020-04]", D(2020, 4, 1), D(2020, 4, 30), "window", True, False, "uiterlijk april 2020"),
    ("/2016-11", D(2016, 11, 1), D(2016, 11, 30), "interval", True, False, "tot november 2016"),
    ("/2014-06-28", D(2014, 6, 28), D(2014, 6, 28), "interval", True, False, "tot 28 juni 2014"),
    ("/2016-11?", D(2016, 11, 1), D(2016, 11, 30), "interval", True, False, "tot mogelijk november 2016"),
    ("2020-05/..", D(2020, 5, 1), D(2020, 5, 31), "interval", False, True, "sinds mei 2020"),
    ("2015-05~/..", D(2015, 5, 1), D(2015, 5, 31), "interval", False, True, "sinds circa mei 2015"),
]


@pytest.mark.parametrize("text,start,end,precision,open_start,open_end,wording", WINDOWS)
def test_windows_and_open_ends(text, start, end, precision, open_start, open_end, wording):
    span = parse(text)
    assert (span.start, span.end, span.precision, span.open_start, span.open_end) == (start, end, precision, open_start, open_end)
    assert span.is_window == (precision == "window")
    assert dutch(text) == wording


def test_a_window_is_not_a_duration():
    """Same days, different meaning: the duration lasted, the window happened once within it."""
    duration, window = parse("2020-04-25/2020-05-31"), parse("[2020-04-25..2020-05-31]")
    assert (duration.start, duration.end) == (window.start, window.end)
    assert not duration.is_window and window.is_window
    assert dutch("2020-04-25/2020-05-31") == "25 april – 31 mei 2020"


def test_window_messages():
    with pytest.raises(EdtfError, match="grenzen van een venster"):
        parse("[2020-21..2020-22]")
    with pytest.raises(EdtfError, match="eindigt voordat het begint"):
        parse("[2020-05..2020-04]")
    with pytest.raises(EdtfError, match='"/2016-11" \\(duurde tot\\)'):
        parse("2020/")


def test_end_before_start_is_rejected():
    with pytest.raises(EdtfError, match="eindigt voordat het begint"):
        parse("2020-05/2020-04")


# ---- the fast path for common forms against the library's own grammar ----------------------


_years = st.sampled_from(["0999", "1000", "1999", "2000", "2019", "2020", "2024", "2999", "3000"])
_months = st.sampled_from([None, "00", "01", "02", "04", "09", "10", "12", "13", "20", "21", "22", "23", "24", "25", "4"])
_days = st.sampled_from([None, "00", "01", "09", "10", "28", "29", "30", "31", "32", "1"])
_marks = st.sampled_from(["", "~", "?", "%"])


@st.composite
def _end(draw):
    text = draw(_years)
    month = draw(_months)
    if month is not None:
        text += "-" + month
        day = draw(_days)
        if day is not None:
            text += "-" + day
    return text + draw(_marks)


_candidates = st.one_of(_end(), st.builds(lambda a, b: f"{a}/{b}", _end(), _end()))


def _outcome(function, text):
    try:
        return function(text)
    except EdtfError as error:
        return f"EdtfError: {error}"


@settings(max_examples=1500, deadline=None)
@given(_candidates)
def test_common_forms_equal_the_library_parse(text):
    """Whatever the fast path accepts, parse_edtf gives the same span; what it leaves, the library decides."""
    fast = dates_module._common_form(text)
    if fast is None:  # left to the library: nothing to compare (and parse_edtf is the slow part)
        return
    assert _outcome(lambda t: dates_module._span(t, fast), text) == _outcome(dates_module._parse_with_library, text)


def test_the_fast_path_covers_the_usual_forms():
    usual = [
        "2020",
        "2020-04",
        "2014-06-29",
        "2020-04~",
        "2015?",
        "2020-04-11%",
        "2020-21",
        "2019-24/2020-21",
        "2019-10/2019-12",
        "2015-05~/2015-08~",
        "2020-04-01/2020-04-10",
        "2015~/2016?",
    ]
    assert [text for text in usual if dates_module._common_form(text) is None] == []


def test_today_is_source_date_epoch_when_set(monkeypatch):
    """A build can pin its today (a month not yet over counts to today): reproducible builds' SOURCE_DATE_EPOCH."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1925294400")  # 2031-01-04 12:00 UTC
    assert dates_module.today() == dt.date(2031, 1, 4)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert dates_module.today() == dt.date.today()
