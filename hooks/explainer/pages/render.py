"""Templates -> Markdown: the renderer, relative links between pages, and finished HTML blocks."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from explainer import dates, routes
from explainer.content import claims
from explainer.content.links import replace_links
from explainer.content.markers import strip_markers
from explainer.content.prose import safe_markdown
from explainer.content.version import ContentVersion
from explainer.dates import number
from explainer.messages import hint
from explainer.model import corrections
from explainer.model.corpus import Corpus, Event, Place
from explainer.pages import fragments
from explainer.pages.citations import HEADING as SOURCES_HEADING
from explainer.pages.citations import PageCitations
from explainer.problems import ContentError, Problem

KIND_LABELS = {
    "land": "land",
    "regio": "regio",
    "provincie": "provincie",
    "stad": "stad",
    "dorp": "dorp",
    "wijk": "wijk",
    "gebouw": "gebouw",
    "basis": "militaire basis",
    "gebied": "gebied",
}
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&])")
FRAGMENT_MARKER = re.compile(r"<!-- ik-fragment (\d+) -->")
UP = "\x00up\x00"  # stands for the way up to the site root in HTML that pages at any depth share


@dataclass
class Rendered:
    """A page's Markdown, and the finished HTML blocks it refers to by marker.

    The one mechanism for HTML that Markdown need not parse (long lists and tables, chart data,
    the blocks of the hand-written pages): the hooked build puts each block in place after
    MkDocs has rendered the page (`finish`), the export writes it into the Markdown (`inline`)."""

    markdown: str
    fragments: dict[int, str] = field(default_factory=dict)  # marker number -> HTML

    def finish(self, html: str) -> str:
        return FRAGMENT_MARKER.sub(lambda m: self.fragments[int(m.group(1))], html) if self.fragments else html

    def inline(self) -> str:
        return self.finish(self.markdown)

    def add(self, html: str) -> Markup:
        """Keep a finished HTML block; its marker goes into the Markdown."""
        self.fragments[len(self.fragments)] = html
        return Markup(f"<!-- ik-fragment {len(self.fragments) - 1} -->")


class Linker:
    """Relative links from one page to the others."""

    def __init__(self, src_uri: str, corpus: Corpus):
        self.dir: str | None = posixpath.dirname(src_uri)
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
        return f"{self.up}{routes.source(path)}"

    def article(self, slug: str) -> str:
        return self.page(routes.article(slug))

    def theme(self, slug: str) -> str:
        return self.page(routes.theme(slug))

    def place(self, slug: str) -> str:
        return self.page(routes.place(slug))

    def event(self, event: Event) -> str:
        return f"{self.article(event.defined_in)}#{event.id}"

    def target(self, kind: str, slug: str) -> str:
        return self.md(routes.page(kind, slug))


class RelocatableLinker(Linker):
    """Links from a page of any depth: UP stands for its way up to the site root. It counts the
    links it makes, so a text that happens to contain UP is noticed (Renderer.shared)."""

    def __init__(self, corpus: Corpus):
        super().__init__("", corpus)
        self.dir, self.up, self.made = None, UP, 0

    def page(self, path: str) -> str:
        self.made += 1
        return super().page(path)

    def md(self, path: str) -> str:
        self.made += 1
        return super().md(path)


def md_text(value: str) -> Markup:
    """Text that Markdown shows literally: HTML-escaped, Markdown syntax as entities."""
    return Markup(MARKDOWN_SPECIALS.sub(lambda m: f"&#{ord(m.group(1))};", value.replace("\n", " ")))


def counted(count: int, one: str, many: str) -> str:
    return f"{number(count)} {one if count == 1 else many}"


def events_word(count: int) -> str:
    return counted(count, "gebeurtenis", "gebeurtenissen")


def coordinates(place: Place) -> str:
    lat = f"{number(round(abs(place.lat), 2))}° {'N' if place.lat >= 0 else 'Z'}"
    lon = f"{number(round(abs(place.lon), 2))}° {'O' if place.lon >= 0 else 'W'}"
    return f"{lat}, {lon}"


def plain_title(text: str) -> str:
    """The page title for <title>, navigation and search. Material outputs it unescaped (and
    through `striptags`, which decodes entities), so angle brackets become look-alikes."""
    return " ".join(text.replace("<", "‹").replace(">", "›").split())


def publication_globals(corpus: Corpus, site_url: str, site_name: str, version: ContentVersion | None = None) -> dict:
    """What the templates need for corrections, citation (with the content's version) and claims."""

    def claimants_used(events) -> list[tuple[str, str]]:
        used = dict.fromkeys(e.claimed_by for e in events if e.claimed_by)
        return [(slug, claims.CLAIMANTS[slug][0]) for slug in claims.CLAIMANTS if slug in used]

    return {
        "site_url": site_url,
        "site_name": site_name,
        "version": version or ContentVersion(None, None),
        "embed_script": routes.EMBED_SCRIPT,
        "dutch_day": dates.dutch_day,
        "page_updated": lambda src_uri: corrections.page_updated(corpus, src_uri),
        "claim_label": claims.label,
        "claim_statuses": claims.STATUSES,
        "claimants_used": claimants_used,
    }


# A bare theme link that points the reader to the theme ("zie [[opstand]]", "het thema [[opstand]]",
# "de thema's [[opstand]] en [[gevangenen]]") reads as the theme's title, the title of the page it
# opens; inside a sentence ("de [[coalitie]] tegen IS") it stays the word as written.
REFERENCE_BEFORE = re.compile(r"(?:\bzie|\bthema's|\bthema)\s*$", re.IGNORECASE)
LIST_BEFORE = re.compile(r"\]\]\s*(?:,|en)\s*")


def _points_to_theme(text: str, start: int, last_titled: int) -> bool:
    before = text[max(0, start - 20) : start]
    if REFERENCE_BEFORE.search(before):
        return True
    return last_titled >= 0 and LIST_BEFORE.fullmatch(text[last_titled - 2 : start]) is not None


class Renderer:
    def __init__(self, corpus: Corpus, site_url: str = "/", site_name: str = "", version: ContentVersion | None = None):
        self.corpus = corpus
        self.env = Environment(
            loader=FileSystemLoader(Path(__file__).parent / "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=StrictUndefined,
            keep_trailing_newline=True,
            auto_reload=False,
        )  # no stat() per page
        self.env.filters["mdtext"] = md_text
        self.env.filters["plain"] = strip_markers
        self.env.globals.update(
            dutch=dates.dutch,
            number=number,
            coordinates=coordinates,
            events_word=events_word,
            counted=counted,
            dutch_day_iso=lambda iso: dates.dutch_day(dt.date.fromisoformat(iso)),
            kind_label=KIND_LABELS.get,
            corpus=corpus,
            figure_anchor=routes.figure_anchor,
            place_chain=corpus.place_chains.__getitem__,
            fragments=fragments,
            shared=self.shared,
            sources_heading=Markup(SOURCES_HEADING),
            **publication_globals(corpus, site_url, site_name, version),
        )
        self._shared: dict[int, str] = {}  # id(event) -> its list item with relocatable links, "" if not shareable
        self._relocatable = RelocatableLinker(corpus)

    def shared(self, event: Event, link: Linker) -> str | None:
        """An event's list item (fragments.event_item), which many pages show, rendered once with
        relocatable links and given each page's way up. None where that would differ from
        rendering it on the page: on the site root, and where it links to the page itself (which
        Linker.page writes as './')."""
        if not link.up:
            return None
        key = id(event)  # the records live as long as the corpus, and so the renderer
        html = self._shared.get(key)
        if html is None:
            made = self._relocatable.made
            html = fragments.event_item(event, self._relocatable)
            if html.count(UP) != self._relocatable.made - made:  # a text contains UP: not shared
                html = ""
            self._shared[key] = html
        if not html or f"{UP}{link.dir}/" in html:
            return None
        return html.replace(UP, link.up)

    def render(self, template: str, src_uri: str, **values) -> Rendered:
        rendered = Rendered("")
        rendered.markdown = self.env.get_template(template).render(
            link=Linker(src_uri, self.corpus), html_block=lambda caller: rendered.add(caller()), **values
        )
        return rendered

    def macro(self, template: str, name: str, src_uri: str, **values) -> str:
        """One macro of a template, its HTML blocks written out (the caller keeps it as one block)."""
        module = self.env.get_template(template).make_module(
            {"link": Linker(src_uri, self.corpus), "html_block": lambda caller: caller()}
        )
        return str(getattr(module, name)(**values))

    def citations(self, src_uri: str) -> PageCitations:
        """A page's citations: every prose text on the page goes through it, then its "Bronnen" list."""
        return PageCitations(self.corpus, Linker(src_uri, self.corpus))

    def body(self, text: str, src_uri: str, cites: PageCitations) -> Markup:
        """Contributor Markdown with raw HTML disabled, unsafe link schemes removed, citation markers
        as links to the page's sources, wiki-links resolved."""
        return self.links(cites.markdown(safe_markdown(text)), src_uri)

    def links(self, text: str, src_uri: str) -> Markup:
        """Wiki-links -> Markdown links to the pages' sources (MkDocs checks and rewrites them)."""
        link = Linker(src_uri, self.corpus)
        titled = [-1]  # where the last link that was given its theme's title ended

        def wiki(found) -> str:
            resolved = self.corpus.resolve(found.target)
            if resolved is None:  # validation reports every such link first, with its line
                raise ContentError(
                    [Problem.of(f"docs/{src_uri}", None, "body", "dead_link", target=found.target, fix=hint("link_to_slug"))]
                )
            kind, slug = resolved
            shown = found.text or self._name(kind, slug, found.target)
            if kind == "theme" and not found.text and _points_to_theme(text, found.start, titled[0]):
                shown, titled[0] = self.corpus.themes[slug].title, found.end
            return f"[{md_text(shown)}]({link.target(kind, slug)})"

        return Markup(replace_links(text, wiki))

    def _name(self, kind: str, slug: str, written: str) -> str:
        """The shown text of a bare [[link]]: a place's name, an article's title; themes and place
        aliases read as written, so "het [[kalifaat]]" stays a sentence."""
        if kind == "theme" or (kind == "place" and slug != written):
            return written.replace("-", " ") if kind == "theme" else written
        return self.corpus.articles[slug].title if kind == "article" else self.corpus.places[slug].name
