"""Table tests for the pure functions of the model and the route table."""
from __future__ import annotations

import pytest

from explainer import routes
from explainer.blocks import KEY_EVENT_LIMIT, key_events
from explainer.dates import parse
from explainer.model import Article, Corpus, Event, Figure, Period, Place, Source

NO_SOURCE = Source(None, None, None, None, None)


def place(slug, kind="stad", country="landa", within=None):
    return Place(slug, slug.title(), (), kind, country if kind != "land" else None, within, 35.0, 40.0, "x",
                 "content/locations.yml", 1)


def article(slug, themes=("a",), locations=(), published="2020-01"):
    return Article(slug, slug, "samenvatting", parse(published), NO_SOURCE, tuple(themes), tuple(locations),
                   (), (), "tekst", f"content/articles/{slug}.md")


def event(event_id, date="2020-01-01", sources=("een",), location="stad"):
    return Event(event_id, parse(date), event_id, location, ("a",), "samenvatting", sources[0], tuple(sources))


PLACES = {p.slug: p for p in [place("landa", kind="land"), place("provincie", kind="provincie"),
                              place("stad", within="provincie"), place("wijk", kind="wijk", within="stad"),
                              place("dorp")]}


def corpus(articles=(), events=(), periods=()):
    return Corpus(articles={a.slug: a for a in articles}, events={e.id: e for e in events}, figures={},
                  places=PLACES, themes={}, periods=list(periods))


@pytest.mark.parametrize("slug, expected", [
    ("landa", []),
    ("provincie", ["landa"]),
    ("stad", ["provincie", "landa"]),
    ("wijk", ["stad", "provincie", "landa"]),
    ("dorp", ["landa"]),
])
def test_ancestors(slug, expected):
    assert [p.slug for p in corpus().ancestors(slug)] == expected


RELATED_CASES = {
    "shared places rank first": (
        [article("doel", locations=["stad"]), article("twee-plaatsen", locations=["stad", "dorp"], themes=["b"]),
         article("een-plaats", locations=["stad"], themes=["b"]), article("thema", locations=["wijk"])],
        [("een-plaats", 1, 0), ("twee-plaatsen", 1, 0), ("thema", 0, 1)]),
    "themes break ties, then the slug": (
        [article("doel", locations=["stad"], themes=["a", "b"]), article("z", locations=["stad"], themes=["a", "b"]),
         article("y", locations=["stad"], themes=["a"]), article("x", locations=["stad"], themes=["c"])],
        [("z", 1, 2), ("y", 1, 1), ("x", 1, 0)]),
    "nothing shared: not related": (
        [article("doel", locations=["stad"]), article("vreemd", locations=["dorp"], themes=["c"])], []),
}


@pytest.mark.parametrize("case", RELATED_CASES)
def test_related_articles(case):
    articles, expected = RELATED_CASES[case]
    found = corpus(articles).related_articles(articles[0])
    assert [(a.slug, places, themes) for a, places, themes in found] == expected


def test_related_articles_stop_at_count():
    articles = [article("doel", locations=["stad"])] + [article(f"a{i}", locations=["stad"]) for i in range(8)]
    assert len(corpus(articles).related_articles(articles[0], count=5)) == 5


def period(*event_ids):
    return Period("p", "P", "2020-01-01", None, "", "#000000", tuple(event_ids))


KEY_EVENT_CASES = {
    "an event one source reports is not key": ([event("alleen")], [], []),
    "events several sources report are key, in time order": (
        [event("later", "2021-01-01", ("een", "twee")), event("vroeg", "2019-05", ("een", "twee", "drie"))],
        [], ["vroeg", "later"]),
    "a period's bounds are always key": ([event("grens"), event("gedeeld", "2020-02", ("een", "twee"))],
                                         [period("grens")], ["grens", "gedeeld"]),
    "the most reported win when there are too many": (
        [event(f"e{i:02}", f"2020-01-{i + 1:02}", ("een", "twee") + (("drie",) if i % 2 else ())) for i in range(20)],
        [], [f"e{i:02}" for i in range(20) if i % 2] + [f"e{i:02}" for i in (10, 12, 14, 16, 18)]),
}


@pytest.mark.parametrize("case", KEY_EVENT_CASES)
def test_key_events(case):
    events, periods, expected = KEY_EVENT_CASES[case]
    events = sorted(events, key=lambda e: (e.date.sort_key, e.id))
    found = [e.id for e in key_events(corpus(events=events, periods=periods))]
    assert sorted(found) == sorted(expected) and len(found) <= KEY_EVENT_LIMIT
    assert found == [e.id for e in events if e.id in found]  # time order


FIGURE = Figure("strijders", "strijders", 1, 1, None, "strijders", parse("2020"), "iemand", None, "bron")


@pytest.mark.parametrize("route, expected", [
    (routes.article("bron"), "artikelen/bron/"),
    (routes.theme("kalifaat"), "themas/kalifaat/"),
    (routes.place("raqqa"), "plaatsen/raqqa/"),
    (routes.event(event("val", sources=("bron",))), "artikelen/bron/#val"),
    (routes.figure(FIGURE), "artikelen/bron/#cijfer-strijders"),
    (routes.source(routes.place("raqqa")), "plaatsen/raqqa/index.md"),
    (routes.source(""), "index.md"),
    (routes.source(routes.TIMELINE), "tijdlijn/index.md"),
    (routes.place_alias("rakka"), "plaatsen/rakka/index.html"),
    (routes.relative(routes.place("rakka"), routes.place("raqqa")), "../raqqa/"),
    (routes.relative("", routes.article("bron")), "artikelen/bron/"),
    (routes.EVENTS_JSON, "data/events.json"),
    (routes.FEED, "feed.xml"),
])
def test_routes(route, expected):
    assert route == expected
