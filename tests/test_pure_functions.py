"""Table tests for the pure functions of the model and the route table."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer import routes
from explainer.dates import parse
from explainer.model import corrections
from explainer.model.corpus import Corpus
from explainer.model.corrections import Correction
from explainer.model.records import Article, Event, Figure, Period, Place, Source, Theme
from explainer.pages.handwritten import KEY_EVENT_LIMIT, key_events
from explainer.publish import metadata

NO_SOURCE = Source(None, None, None, None, None)


def place(slug, kind="stad", country="landa", within=None):
    return Place(
        slug, slug.title(), (), kind, country if kind != "land" else None, within, 35.0, 40.0, "x", "content/locations.yml", 1
    )


def article(slug, themes=("a",), locations=(), published="2020-01", corrected=()):
    return Article(
        slug,
        slug,
        "samenvatting",
        parse(published),
        NO_SOURCE,
        tuple(themes),
        tuple(locations),
        (),
        (),
        "tekst",
        f"content/articles/{slug}.md",
        tuple(Correction(day, "x") for day in corrected),
    )


def event(event_id, date="2020-01-01", sources=("een",), location="stad"):
    return Event(event_id, parse(date), event_id, location, ("a",), "samenvatting", sources[0], tuple(sources))


PLACES = {
    p.slug: p
    for p in [
        place("landa", kind="land"),
        place("provincie", kind="provincie"),
        place("stad", within="provincie"),
        place("wijk", kind="wijk", within="stad"),
        place("dorp"),
    ]
}


def corpus(articles=(), events=(), periods=()):
    return Corpus(
        articles={a.slug: a for a in articles},
        events={e.id: e for e in events},
        figures={},
        places=PLACES,
        themes={},
        periods=list(periods),
    )


@pytest.mark.parametrize(
    "slug, expected",
    [
        ("landa", []),
        ("provincie", ["landa"]),
        ("stad", ["provincie", "landa"]),
        ("wijk", ["stad", "provincie", "landa"]),
        ("dorp", ["landa"]),
    ],
)
def test_ancestors(slug, expected):
    assert [p.slug for p in corpus().ancestors(slug)] == expected


RELATED_CASES = {
    "shared places rank first": (
        [
            article("doel", locations=["stad"]),
            article("twee-plaatsen", locations=["stad", "dorp"], themes=["b"]),
            article("een-plaats", locations=["stad"], themes=["b"]),
            article("thema", locations=["wijk"]),
        ],
        [("een-plaats", 1, 0), ("twee-plaatsen", 1, 0), ("thema", 0, 1)],
    ),
    "themes break ties, then the slug": (
        [
            article("doel", locations=["stad"], themes=["a", "b"]),
            article("z", locations=["stad"], themes=["a", "b"]),
            article("y", locations=["stad"], themes=["a"]),
            article("x", locations=["stad"], themes=["c"]),
        ],
        [("z", 1, 2), ("y", 1, 1), ("x", 1, 0)],
    ),
    "nothing shared: not related": (
        [article("doel", locations=["stad"]), article("vreemd", locations=["dorp"], themes=["c"])],
        [],
    ),
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
        [],
        ["vroeg", "later"],
    ),
    "a period's bounds are always key": (
        [event("grens"), event("gedeeld", "2020-02", ("een", "twee"))],
        [period("grens")],
        ["grens", "gedeeld"],
    ),
    "the most reported win when there are too many": (
        [event(f"e{i:02}", f"2020-01-{i + 1:02}", ("een", "twee") + (("drie",) if i % 2 else ())) for i in range(20)],
        [],
        [f"e{i:02}" for i in range(20) if i % 2] + [f"e{i:02}" for i in (10, 12, 14, 16, 18)],
    ),
}


@pytest.mark.parametrize("case", KEY_EVENT_CASES)
def test_key_events(case):
    events, periods, expected = KEY_EVENT_CASES[case]
    events = sorted(events, key=lambda e: (e.date.sort_key, e.id))
    found = [e.id for e in key_events(corpus(events=events, periods=periods))]
    assert sorted(found) == sorted(expected) and len(found) <= KEY_EVENT_LIMIT
    assert found == [e.id for e in events if e.id in found]  # time order


FIGURE = Figure("strijders", "strijders", 1, 1, None, "strijders", parse("2020"), "iemand", None, "bron")


@pytest.mark.parametrize(
    "route, expected",
    [
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
    ],
)
def test_routes(route, expected):
    assert route == expected


@pytest.mark.parametrize(
    "src_uri, expected",
    [
        ("artikelen/bron/index.md", ("article", "bron")),
        ("themas/kalifaat/index.md", ("theme", "kalifaat")),
        ("plaatsen/raqqa/index.md", ("place", "raqqa")),
        (routes.source(routes.place("raqqa")), ("place", "raqqa")),
        ("plaatsen/raqqa/gebeurtenissen/index.md", None),
        ("plaatsen/index.md", None),
        ("plaatsen//index.md", None),
        ("plaatsen/raqqa/kaart.md", None),
        ("tijdlijn/index.md", None),
        ("index.md", None),
    ],
)
def test_page_of(src_uri, expected):
    assert routes.page_of(src_uri) == expected


# The page kind and "Laatst bijgewerkt" come from the route table and the corpus, not from folder names.
DATED = Corpus(
    articles={
        a.slug: a
        for a in [
            article("oud", themes=["a"], locations=["stad"], published="2019-05"),
            article("nieuw", themes=["a"], locations=["dorp"], published="2021-03-10", corrected=[dt.date(2022, 2, 1)]),
            article("los", themes=[], published="2020"),
        ]
    },
    events={},
    figures={},
    places=PLACES,
    themes={
        "a": Theme("a", "A", "samenvatting", 1, "tekst", "content/themes/a.md", (Correction(dt.date(2023, 1, 5), "x"),)),
        "b": Theme("b", "B", "samenvatting", 2, "tekst", "content/themes/b.md"),
    },
)


@pytest.mark.parametrize(
    "src_uri, kind, updated",
    [
        ("artikelen/oud/index.md", ("article", "oud"), dt.date(2019, 5, 31)),
        ("artikelen/nieuw/index.md", ("article", "nieuw"), dt.date(2022, 2, 1)),  # its correction
        ("artikelen/los/index.md", ("article", "los"), dt.date(2020, 12, 31)),
        ("themas/a/index.md", ("theme", "a"), dt.date(2023, 1, 5)),  # the theme's own correction
        ("themas/b/index.md", ("theme", "b"), corrections.FIRST_DAY),  # no articles, no corrections
        ("plaatsen/stad/index.md", ("place", "stad"), dt.date(2019, 5, 31)),
        ("plaatsen/dorp/index.md", ("place", "dorp"), dt.date(2021, 3, 10)),  # its article's date, not its corrections
        ("plaatsen/landa/index.md", ("place", "landa"), corrections.FIRST_DAY),  # no article names the country itself
        ("artikelen/onbekend/index.md", ("page", None), dt.date(2023, 1, 5)),  # not in the corpus: a page
        ("themas/a/artikelen/index.md", ("page", None), dt.date(2023, 1, 5)),  # a paged list
        ("index.md", ("home", None), dt.date(2023, 1, 5)),  # the newest date of the site
        ("over/index.md", ("over", None), dt.date(2023, 1, 5)),
        ("tijdlijn/index.md", ("page", None), dt.date(2023, 1, 5)),
    ],
)
def test_page_kind_and_update_date(src_uri, kind, updated):
    assert metadata.page_kind(DATED, src_uri) == kind
    assert corrections.page_updated(DATED, src_uri) == updated


def test_list_items_shared_between_pages_read_as_rendered_on_each_page():
    """Renderer.shared renders a list item once for pages at any depth; the result must be what the
    page itself would render, also where an item links to the page itself or a text holds the token."""
    from explainer.pages.render import UP, Renderer, publication_globals

    events = [
        event("gewoon", location="stad", sources=("een",)),
        event("elders", location="dorp", sources=("een",)),
        Event("token", parse("2020-02"), f"Titel met {UP} erin", "dorp", ("a",), UP, "een", ("een",)),
    ]
    listed = Corpus(articles={"een": article("een")}, events={e.id: e for e in events}, figures={}, places=PLACES, themes={})

    def renderer(shared: bool) -> Renderer:
        made = Renderer(listed)
        made.env.globals.update(publication_globals(listed, "/", "site"))
        if not shared:
            made.env.globals["shared"] = lambda *args: None
        return made

    on_page, shared = renderer(False), renderer(True)
    for src_uri in (
        "themas/a/index.md",
        "plaatsen/stad/index.md",
        "plaatsen/stad/gebeurtenissen/2/index.md",
        "tijdlijn/index.md",
        "index.md",
    ):
        expected = on_page.macro("_macros.j2", "event_list", src_uri, events=events)
        assert shared.macro("_macros.j2", "event_list", src_uri, events=events) == expected, src_uri
        assert f"Titel met {UP} erin" in expected
    assert 'href="./"' in on_page.macro("_macros.j2", "event_list", "plaatsen/stad/index.md", events=events)
    assert sorted(bool(html) for html in shared._shared.values()) == [False, True, True]  # the token's item is not shared


@pytest.mark.parametrize(
    "value",
    [
        "gewoon",
        "",
        "a & b",
        "<script>alert('x')</script>",
        'aan "de" rivier',
        "Deir ez-Zor – opgeëist",
        "&amp; al geschreven",
        1200,
        3.5,
    ],
)
def test_list_text_is_escaped_as_autoescape_does(value):
    """pages/fragments.py writes every text as Jinja's autoescape would (markupsafe.escape), without a Markup per value."""
    from markupsafe import Markup, escape

    from explainer.pages.fragments import _text

    assert _text(value) == str(escape(value))
    assert _text(Markup("<b>al HTML</b>")) == "<b>al HTML</b>"


@pytest.mark.parametrize(
    "current, items",
    [
        (
            1,
            '<li><a href="./" aria-current="page" aria-label="Pagina 1, deze pagina">1</a></li>\n'
            '<li><a href="{up}2/" aria-label="Pagina 2">2</a></li>\n<li><a href="{up}3/" aria-label="Pagina 3">3</a></li>\n'
            '<li><a href="{up}2/" rel="next">Volgende ›</a></li>',
        ),
        (
            3,
            '<li><a href="{up}2/" rel="prev">‹ Vorige</a></li><li><a href="{up}" aria-label="Pagina 1">1</a></li>\n'
            '<li><a href="{up}2/" aria-label="Pagina 2">2</a></li>\n'
            '<li><a href="./" aria-current="page" aria-label="Pagina 3, deze pagina">3</a></li>\n',
        ),
    ],
)
def test_pager_links_every_page_and_its_neighbours(current, items):
    """The pager of a paged list (fragments.pager): every page, the current one marked, previous and next."""
    from explainer.pages.fragments import pager
    from explainer.pages.render import Linker

    paths = ["themas/a/gebeurtenissen/", "themas/a/gebeurtenissen/2/", "themas/a/gebeurtenissen/3/"]
    up = "../" * (3 if current == 1 else 4) + "themas/a/gebeurtenissen/"
    html = str(pager(paths, current, Linker(paths[current - 1] + "index.md", corpus())))
    assert html == (
        '<nav class="ik-pager" aria-label="Pagina\'s van deze lijst">\n<ul>\n' + items.format(up=up) + "</ul>\n</nav>\n"
    )
