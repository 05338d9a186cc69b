"""Corpus -> generated Markdown pages (MkDocs renders them like hand-written ones)."""
from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import charts, dates
from .links import replace_links
from .model import Corpus, Event, Place
from .problems import ContentError, Problem

KIND_LABELS = {"land": "land", "regio": "regio", "provincie": "provincie", "stad": "stad", "dorp": "dorp",
               "wijk": "wijk", "gebouw": "gebouw", "basis": "militaire basis", "gebied": "gebied"}
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&])")
UNSAFE_SCHEME = r"\s*<?\s*(?:javascript|vbscript|data|file):"
# [text](javascript:...) keeps its text; a reference definition [x]: javascript:... goes.
UNSAFE_INLINE_LINK = re.compile(r"\[([^\]]*)\]\(" + UNSAFE_SCHEME + r"(?:[^()\n]|\([^()\n]*\))*\)", re.I)
UNSAFE_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:" + UNSAFE_SCHEME + r".*$", re.I | re.M)


FRAGMENT_MARKER = re.compile(r"<!-- ik-fragment (\d+) -->")


@dataclass
class Rendered:
    """A page's Markdown, and the finished HTML blocks it refers to by marker."""

    markdown: str
    fragments: dict = field(default_factory=dict)  # marker number -> HTML


@dataclass
class GeneratedPage:
    src_uri: str  # e.g. artikelen/slug/index.md
    markdown: str  # without front matter: the page's metadata is `meta`, handed over as data
    edit_path: str | None = None  # the content file a contributor edits, relative to the repo root
    meta: dict = field(default_factory=dict)  # title, description, hide, search, ... (Material's keys)
    fragments: dict = field(default_factory=dict)

    def finish(self, html: str) -> str:
        """Put the finished HTML blocks in place of their markers in MkDocs' rendered page."""
        return FRAGMENT_MARKER.sub(lambda m: self.fragments[int(m.group(1))], html) if self.fragments else html


class Linker:
    """Relative links from one generated page to the others."""

    def __init__(self, src_uri: str, corpus: Corpus):
        self.dir = posixpath.dirname(src_uri)
        self.corpus = corpus
        # Every target is a path from the site root, so one prefix up to the root serves all links
        # (computed once: a large site makes hundreds of thousands of links).
        self.up = "../" * (self.dir.count("/") + 1) if self.dir else ""

    def page(self, path: str) -> str:
        """A directory URL (e.g. 'plaatsen/sukhna/') relative to the current page."""
        path = path.strip("/")
        if path == self.dir:
            return "./"
        return f"{self.up}{path}/" if path else (self.up or "./")

    def md(self, path: str) -> str:
        """A link to the Markdown source, which MkDocs checks and rewrites."""
        return f"{self.up}{path.strip('/')}/index.md"

    def article(self, slug: str) -> str:
        return self.page(f"artikelen/{slug}/")

    def theme(self, slug: str) -> str:
        return self.page(f"themas/{slug}/")

    def place(self, slug: str) -> str:
        return self.page(f"plaatsen/{slug}/")

    def event(self, event: Event) -> str:
        return f"{self.article(event.defined_in)}#{event.id}"

    def target(self, kind: str, slug: str) -> str:
        folder = {"article": "artikelen", "theme": "themas", "place": "plaatsen"}[kind]
        return self.md(f"{folder}/{slug}")


def md_text(value: str) -> Markup:
    """Text that Markdown shows literally: HTML-escaped, Markdown syntax as entities."""
    return Markup(MARKDOWN_SPECIALS.sub(lambda m: f"&#{ord(m.group(1))};", value.replace("\n", " ")))


def number(value) -> str:
    return format_decimal(value, locale=dates.LOCALE)


def counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def events_word(count: int) -> str:
    return counted(count, "gebeurtenis", "gebeurtenissen")


def coordinates(place: Place) -> str:
    lat = f"{number(round(abs(place.lat), 2))}° {'N' if place.lat >= 0 else 'Z'}"
    lon = f"{number(round(abs(place.lon), 2))}° {'O' if place.lon >= 0 else 'W'}"
    return f"{lat}, {lon}"


class Renderer:
    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined,
                               keep_trailing_newline=True)
        self.env.filters["mdtext"] = md_text
        self.env.globals.update(dutch=dates.dutch, number=number, coordinates=coordinates, events_word=events_word, counted=counted,
                                dutch_day_iso=lambda iso: dates.dutch_day(dt.date.fromisoformat(iso)),
                                kind_label=KIND_LABELS.get, corpus=corpus, place_chain=corpus.place_chains.__getitem__)

    def render(self, template: str, src_uri: str, **values) -> Rendered:
        link = Linker(src_uri, self.corpus)
        fragments: dict = {}

        def html_block(caller) -> Markup:
            """Finished HTML that Markdown need not parse (long lists and tables, chart data):
            a marker now, the HTML again once MkDocs has rendered the page."""
            fragments[len(fragments)] = caller()
            return Markup(f"<!-- ik-fragment {len(fragments) - 1} -->")

        markdown = self.env.get_template(template).render(link=link, html_block=html_block, **values)
        return Rendered(markdown, fragments)

    def body(self, text: str, src_uri: str) -> Markup:
        """Contributor Markdown with raw HTML disabled, unsafe link schemes removed, wiki-links resolved."""
        text = text.replace("<", "&lt;")
        text = UNSAFE_REFERENCE.sub("", UNSAFE_INLINE_LINK.sub(r"\1", text))
        return self.links(text, src_uri)

    def links(self, text: str, src_uri: str) -> Markup:
        """Wiki-links -> Markdown links to the pages' sources (MkDocs checks and rewrites them)."""
        link = Linker(src_uri, self.corpus)

        def wiki(found) -> str:
            resolved = self.corpus.resolve(found.target)
            if resolved is None:
                raise ContentError([Problem(f"docs/{src_uri}", None, "body", f"the wiki-link [[{found.target}]] leads nowhere",
                                            "link to the slug of an article, theme or place (or a place's alias)")])
            kind, slug = resolved
            shown = found.text or self._name(kind, slug, found.target)
            return f"[{md_text(shown)}]({link.target(kind, slug)})"

        return Markup(replace_links(text, wiki))

    def _name(self, kind: str, slug: str, written: str) -> str:
        """The shown text of a bare [[link]]: a place's name, an article's title; themes and place
        aliases read as written, so "het [[kalifaat]]" stays a sentence."""
        if kind == "theme" or (kind == "place" and slug != written):
            return written.replace("-", " ") if kind == "theme" else written
        return self.corpus.articles[slug].title if kind == "article" else self.corpus.places[slug].name


def plain_title(text: str) -> str:
    """The page title for <title>, navigation and search. Material outputs it unescaped (and
    through `striptags`, which decodes entities), so angle brackets become look-alikes."""
    return " ".join(text.replace("<", "‹").replace(">", "›").split())


def page(src_uri: str, rendered: Rendered, *, description: str, edit_path: str | None = None,
         title: str | None = None, **meta) -> GeneratedPage:
    # Material writes the description into an attribute without escaping it.
    meta = {"description": html.escape(" ".join(description.split()), quote=True), **meta}
    if title is not None:
        meta["title"] = plain_title(title)
    return GeneratedPage(src_uri, rendered.markdown, edit_path, meta, rendered.fragments)


def generate_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for build in (article_pages, theme_pages, place_pages, list_pages, chart_pages):
        pages += build(corpus, renderer)
    return pages


def article_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for article in corpus.articles.values():
        uri = f"artikelen/{article.slug}/index.md"
        rendered = renderer.render(
            "article.md.j2", uri, article=article, body=renderer.body(article.body, uri),
            events=sorted((corpus.events[i] for i in article.event_ids), key=lambda e: (e.date.sort_key, e.id)),
            figures=[corpus.figures[i] for i in article.figure_ids], related=corpus.related_articles(article))
        pages.append(page(uri, rendered, title=article.title, description=article.summary, edit_path=article.source_path,
                          updated=min(article.published.end, dt.date.today()).isoformat()))
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
        uri = f"themas/{theme.slug}/index.md"
        events = corpus.events_by_theme.get(theme.slug, [])
        shown = latest_events(events)
        chart = charts.timeline(corpus, shown, mini=True, theme=theme.slug)
        rendered = renderer.render(
            "theme.md.j2", uri, theme=theme, body=renderer.body(theme.body, uri), events=shown, total=len(events),
            articles=corpus.articles_by_theme.get(theme.slug, []), filter=f"thema={theme.slug}", **list_limits(),
            timeline=charts.embed(f"tijdlijn-{theme.slug}", chart,
                                  f"Tijdlijn van {shown_words(shown, events)} in het thema {theme.title}; "
                                  "dezelfde gebeurtenissen staan hieronder als lijst."))
        pages.append(page(uri, rendered, title=theme.title, description=theme.summary, edit_path=theme.source_path,
                          charts=True))
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
        uri = f"plaatsen/{place.slug}/index.md"
        events = corpus.events_in_place(place.slug)
        shown = latest_events(events)
        rendered = renderer.render(
            "place.md.j2", uri, place=place, events=shown, total=len(events), filter=f"plaats={place.slug}",
            ancestors=corpus.ancestors(place.slug),
            children=sorted(corpus.children.get(place.slug, []), key=lambda p: p.name),
            articles=corpus.articles_by_place.get(place.slug, []), nearby=corpus.nearby(place.slug), **list_limits(),
            locator=charts.embed(f"kaart-{place.slug}", charts.locator_map(corpus, place),
                                 f"Kaartje van de regio met de ligging van {place.name} "
                                 f"({coordinates(place)})."),
            timeline=charts.embed(f"tijdlijn-{place.slug}", charts.timeline(corpus, shown, mini=True),
                                  f"Tijdlijn van {shown_words(shown, events)} in en rond {place.name}; "
                                  "dezelfde gebeurtenissen staan hieronder als lijst.") if events else "")
        pages.append(page(uri, rendered, title=place.name, description=place.description, edit_path=place.source_path,
                          charts=True))
    return pages


def place_groups(corpus: Corpus) -> list[tuple[Place, list[Place]]]:
    countries = sorted((p for p in corpus.places.values() if p.kind == "land"), key=lambda p: p.name)
    return [(country, sorted((p for p in corpus.places.values() if p.country == country.slug and p.kind != "land"),
                             key=lambda p: p.name)) for country in countries]


def event_counts(corpus: Corpus) -> dict:
    return {slug: len(corpus.events_in_place(slug)) for slug in corpus.places}


def list_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    # The long lists and chart pages stay out of the search index: every item on them is found on
    # its own article page, and each entry would add to the index every visitor downloads.
    return [
        page("artikelen/index.md", renderer.render("articles.md.j2", "artikelen/index.md"),
             description="Alle bronnen als artikel: samenvatting, gebeurtenissen en cijfers.", search={"exclude": True}),
        page("themas/index.md", renderer.render("themes.md.j2", "themas/index.md"),
             description="De thema's van de site, elk met een inleiding, tijdlijn en artikelen."),
        page("plaatsen/index.md", renderer.render("places.md.j2", "plaatsen/index.md", groups=place_groups(corpus),
                                                  counts=event_counts(corpus)),
             description="Alle plaatsen uit de bronnen, per land."),
        page("bronnen/index.md", renderer.render("sources.md.j2", "bronnen/index.md"),
             description="De bronteksten van deze site en wat we van elke bron weten.", search={"exclude": True}),
    ]


def chart_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    events = list(corpus.events.values())
    places = sorted(corpus.places.values(), key=lambda p: p.name)
    figures = sorted(corpus.figures.values(), key=lambda f: (f.unit, f.label, f.date.sort_key, f.id))
    return [
        page("tijdlijn/index.md", renderer.render(
            "timeline.md.j2", "tijdlijn/index.md", events=events, groups=place_groups(corpus),
            chart=charts.embed("tijdlijn", charts.timeline(corpus, events), charts.TIMELINE_LABEL, controls=True)),
            description="Interactieve tijdlijn van alle gebeurtenissen, met dezelfde gegevens als tabel.", charts=True,
            hide=["navigation"], search={"exclude": True}),
        page("kaart/index.md", renderer.render(
            "map.md.j2", "kaart/index.md", places=places, counts=event_counts(corpus),
            chart=charts.embed("kaart", charts.overview_map(corpus), charts.MAP_LABEL)),
            description="Kaart van alle plaatsen, met het aantal gebeurtenissen per plaats.", charts=True,
            hide=["navigation"], search={"exclude": True}),
        page("cijfers/index.md", renderer.render(
            "figures.md.j2", "cijfers/index.md", figures=figures,
            chart=charts.embed("cijfers", charts.figures_chart(corpus, figures), charts.FIGURES_LABEL)),
            description="De cijfers uit de bronnen naast elkaar: hoeveel schattingen verschillen.", charts=True,
            hide=["navigation"], search={"exclude": True}),
    ]


KEY_EVENT_LIMIT = 15


def key_events(corpus: Corpus) -> list[Event]:
    """For the home page, in time order: the events that bound a timeline period, then those that
    the most sources report (at least two), the most recent first, up to KEY_EVENT_LIMIT."""
    bounding = {event_id for period in corpus.periods for event_id in period["events"]}
    shared = sorted((e for e in corpus.events.values() if e.id not in bounding and len(e.sources) > 1),
                    key=lambda e: (-len(e.sources), -e.date.end.toordinal(), e.id))
    chosen = bounding | {e.id for e in shared[:max(KEY_EVENT_LIMIT - len(bounding), 0)]}
    return [e for e in corpus.events.values() if e.id in chosen]  # in time order


BLOCKS = {
    "kerndata": lambda corpus: ("_blocks.j2", "key_dates", {"events": key_events(corpus)}),
    "laatste-artikelen": lambda corpus: ("_blocks.j2", "latest", {"articles": list(corpus.articles.values())[:3]}),
    "thema-overzicht": lambda corpus: ("_blocks.j2", "themes", {}),
    "omvang": lambda corpus: ("_blocks.j2", "size", {}),
}


def block(name: str, renderer: Renderer, src_uri: str) -> Markup:
    """A generated block inside a hand-written page of docs/."""
    if name not in BLOCKS:
        raise ValueError(f"unknown block <!-- explainer:{name} --> in {src_uri}; known: {', '.join(BLOCKS)}")
    template, macro, values = BLOCKS[name](renderer.corpus)
    module = renderer.env.get_template(template).make_module(
        {"link": Linker(src_uri, renderer.corpus), "html_block": lambda caller: caller()})
    return Markup(getattr(module, macro)(**values))
