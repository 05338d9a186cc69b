"""Corpus -> generated Markdown pages (MkDocs renders them like hand-written ones)."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from . import charts, routes
from .model import Corpus, Event, Place
from .render import Rendered, Renderer, coordinates, events_word, number, plain_title


@dataclass
class GeneratedPage:
    src_uri: str  # e.g. artikelen/slug/index.md
    rendered: Rendered  # the Markdown, without front matter, and its finished HTML blocks
    edit_path: str | None = None  # the content file a contributor edits, relative to the repo root
    meta: dict = field(default_factory=dict)  # title, description, hide, search, ... (Material's keys)

    @property
    def markdown(self) -> str:
        return self.rendered.markdown


def page(src_uri: str, rendered: Rendered, *, description: str, edit_path: str | None = None,
         title: str | None = None, **meta) -> GeneratedPage:
    # Material writes the description into an attribute without escaping it.
    meta = {"description": html.escape(" ".join(description.split()), quote=True), **meta}
    if title is not None:
        meta["title"] = plain_title(title)
    return GeneratedPage(src_uri, rendered, edit_path, meta)


def generate_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for build in (article_pages, theme_pages, place_pages, list_pages, chart_pages):
        pages += build(corpus, renderer)
    return pages


def article_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for article in corpus.articles.values():
        uri = routes.source(routes.article(article.slug))
        rendered = renderer.render(
            "article.md.j2", uri, article=article, body=renderer.body(article.body, uri),
            events=sorted((corpus.events[i] for i in article.event_ids), key=lambda e: (e.date.sort_key, e.id)),
            figures=[corpus.figures[i] for i in article.figure_ids], related=corpus.related_articles(article))
        pages.append(page(uri, rendered, title=article.title, description=article.summary, edit_path=article.source_path))
    return pages


# Theme and place pages show at most this many events (the most recent) and link to /tijdlijn/,
# filtered on the theme or place, for the rest: a page that lists thousands of events serves no
# reader and would make the build grow with the corpus on every such page.
EVENT_LIMIT = 25
# ... and at most this many articles (the newest); both link to their full lists (listing.py),
# which hold this many items per page.
ARTICLE_LIMIT = 10
LIST_PAGE_SIZE = 100


def latest_events(events: list[Event]) -> list[Event]:
    """The last EVENT_LIMIT of a list in time order (the corpus keeps every event list in time order)."""
    return events[-EVENT_LIMIT:]


def theme_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for theme in corpus.themes.values():
        uri = routes.source(routes.theme(theme.slug))
        events = corpus.events_by_theme.get(theme.slug, [])
        shown = latest_events(events)
        chart = charts.timeline(corpus, shown, mini=True, theme=theme.slug)
        rendered = renderer.render(
            "theme.md.j2", uri, theme=theme, body=renderer.body(theme.body, uri), events=shown, total=len(events),
            articles=corpus.articles_by_theme.get(theme.slug, []), filter=f"thema={theme.slug}", **list_limits(),
            timeline=charts.embed(f"tijdlijn-{theme.slug}", chart,
                                  f"Tijdlijn van {shown_words(shown, events)} in het thema {theme.title}; "
                                  "dezelfde gebeurtenissen staan hieronder als lijst.",
                                  footer_html=charts.event_footer(corpus, shown, "../../")))
        pages.append(page(uri, rendered, title=theme.title, description=theme.summary, edit_path=theme.source_path,
                          charts="kern"))
    return pages


def list_limits() -> dict:
    return {"article_limit": ARTICLE_LIMIT, "page_size": LIST_PAGE_SIZE}


def shown_words(shown: list, events: list) -> str:
    if len(shown) == len(events):
        return events_word(len(events))
    return f"de {number(len(shown))} meest recente van {events_word(len(events))}"


def place_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for place in corpus.places.values():
        uri = routes.source(routes.place(place.slug))
        events = corpus.events_in_place(place.slug)
        shown = latest_events(events)
        rendered = renderer.render(
            "place.md.j2", uri, place=place, events=shown, total=len(events), filter=f"plaats={place.slug}",
            ancestors=corpus.ancestors(place.slug),
            children=sorted(corpus.children.get(place.slug, []), key=lambda p: p.name),
            articles=corpus.articles_by_place.get(place.slug, []), nearby=corpus.nearby(place.slug), **list_limits(),
            locator=charts.embed(f"kaart-{place.slug}", charts.locator_map(corpus, place),
                                 f"Kaartje van de regio met de ligging van {place.name} "
                                 f"({coordinates(place)}).", footer_html=charts.map_footer(corpus, "../../", place)),
            timeline=charts.embed(f"tijdlijn-{place.slug}", charts.timeline(corpus, shown, mini=True),
                                  f"Tijdlijn van {shown_words(shown, events)} in en rond {place.name}; "
                                  "dezelfde gebeurtenissen staan hieronder als lijst.",
                                  footer_html=charts.event_footer(corpus, shown, "../../")) if events else "")
        pages.append(page(uri, rendered, title=place.name, description=place.description, edit_path=place.source_path,
                          charts="geo"))
    return pages


def place_groups(corpus: Corpus) -> list[tuple[Place, list[Place]]]:
    countries = sorted((p for p in corpus.places.values() if p.kind == "land"), key=lambda p: p.name)
    return [(country, sorted((p for p in corpus.places.values() if p.country == country.slug and p.kind != "land"),
                             key=lambda p: p.name)) for country in countries]


def event_counts(corpus: Corpus) -> dict:
    return {slug: len(corpus.events_in_place(slug)) for slug in corpus.places}


def list_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/themas/ and /plaatsen/; the paged /artikelen/ and /bronnen/ are listing.py's."""
    # The long lists and chart pages stay out of the search index: every item on them is found on
    # its own article page, and each entry would add to the index every visitor downloads.
    return [
        page(routes.source(routes.LISTS["theme"]), renderer.render("themes.md.j2", routes.source(routes.LISTS["theme"])),
             description="De thema's van de site, elk met een inleiding, tijdlijn en artikelen."),
        page(routes.source(routes.LISTS["place"]), renderer.render("places.md.j2", routes.source(routes.LISTS["place"]), groups=place_groups(corpus),
                                                  counts=event_counts(corpus)),
             description="Alle plaatsen uit de bronnen, per land."),
    ]


def chart_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/kaart/; /tijdlijn/ and its year pages are timeline_years.py's, /cijfers/ figures_pages.py's."""
    places = sorted(corpus.places.values(), key=lambda p: p.name)
    return [
        page(routes.source(routes.MAP), renderer.render(
            "map.md.j2", routes.source(routes.MAP), places=places, counts=event_counts(corpus),
            size_legend=charts.size_legend(corpus),
            chart=charts.embed("kaart", charts.overview_map(corpus), charts.MAP_LABEL, controls=True,
                               footer_html=charts.map_footer(corpus, "../"))),
            description="Kaart van alle plaatsen, met het aantal gebeurtenissen per plaats.", charts="geo",
            hide=["navigation"], search={"exclude": True}),
    ]
