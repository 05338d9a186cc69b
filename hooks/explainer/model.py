"""The content as the site sees it: frozen records and the indexes pages need."""
from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from slugify import slugify

from . import claims, dates
from .corrections import corrections_of
from .links import link_key
from .load import load_tree
from .problems import ContentError
from .schema import UNKNOWN_PLACE
from .validate import ValidTree, validate_tree


@dataclass(frozen=True)
class Source:
    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    note: str | None


@dataclass(frozen=True)
class Place:
    slug: str
    name: str
    aliases: tuple
    kind: str
    country: str | None
    within: str | None
    lat: float
    lon: float
    description: str
    source_path: str
    source_line: int | None
    corrections: tuple = ()


@dataclass(frozen=True)
class Theme:
    slug: str
    title: str
    summary: str
    order: int | None
    body: str
    source_path: str
    corrections: tuple = ()


@dataclass(frozen=True)
class Event:
    id: str
    date: dates.EdtfSpan
    title: str
    location: str | None  # None: the source names no place
    themes: tuple
    summary: str
    defined_in: str  # article slug
    sources: tuple  # article slugs, the defining one first
    claimed_by: str | None = None  # a slug of claims.CLAIMANTS
    claimed_by_text: str | None = None
    status: str = claims.DEFAULT_STATUS


@dataclass(frozen=True)
class Figure:
    id: str
    label: str
    low: float
    high: float
    qualifier: str | None
    unit: str
    date: dates.EdtfSpan
    according_to: str
    location: str | None
    article: str

    @property
    def is_range(self) -> bool:
        return self.low != self.high


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    summary: str
    published: dates.EdtfSpan
    source: Source
    themes: tuple
    locations: tuple
    event_ids: tuple
    figure_ids: tuple
    body: str
    source_path: str
    corrections: tuple = ()


@dataclass
class Corpus:
    articles: dict  # slug -> Article, newest first
    events: dict  # id -> Event, in time order
    figures: dict  # id -> Figure
    places: dict  # slug -> Place
    themes: dict  # slug -> Theme, in display order
    aliases: dict = field(default_factory=dict)  # slugified alias -> place slug
    periods: list = field(default_factory=list)  # timeline background periods (periods.py)

    @cached_property
    def events_by_theme(self) -> dict:
        index = defaultdict(list)
        for event in self.events.values():
            for theme in event.themes:
                index[theme].append(event)
        return index

    @cached_property
    def articles_by_place(self) -> dict:
        index = defaultdict(list)
        for article in self.articles.values():
            for slug in self.places_of_article(article):
                index[slug].append(article)
        return index

    @cached_property
    def _article_places(self) -> dict:
        places = {}
        for article in self.articles.values():
            slugs = list(article.locations)
            slugs += [self.events[i].location for i in article.event_ids if self.events[i].location]
            slugs += [self.figures[i].location for i in article.figure_ids if self.figures[i].location]
            places[article.slug] = list(dict.fromkeys(slugs))
        return places

    def places_of_article(self, article: Article) -> list[str]:
        """The places an article names, in its locations, events and figures, in that order."""
        return self._article_places[article.slug]

    @cached_property
    def articles_by_theme(self) -> dict:
        index = defaultdict(list)
        for article in self.articles.values():
            for theme in article.themes:
                index[theme].append(article)
        return index

    @cached_property
    def children(self) -> dict:
        index = defaultdict(list)
        for place in self.places.values():
            if place.within:
                index[place.within].append(place)
            elif place.country and place.country != place.slug:
                index[place.country].append(place)
        return index

    @cached_property
    def place_chains(self) -> dict[str, tuple[str, ...]]:
        """Each place's slug followed by the slugs of the places it lies in, innermost first."""
        return {slug: (slug, *(p.slug for p in self.ancestors(slug))) for slug in self.places}

    def ancestors(self, slug: str) -> list[Place]:
        chain, place = [], self.places[slug]
        while True:
            parent = place.within or (place.country if place.country != place.slug else None)
            if not parent or parent in [p.slug for p in chain]:
                return chain
            place = self.places[parent]
            chain.append(place)

    def events_in_place(self, slug: str) -> list[Event]:
        """Events at the place and at every place within it, in time order."""
        return self._events_in_place[slug]

    @cached_property
    def _events_in_place(self) -> dict:
        found = defaultdict(list)
        for event in self.events.values():  # already in time order
            for slug in dict.fromkeys(self.place_chains.get(event.location, ())):
                found[slug].append(event)
        return found

    def nearby(self, slug: str, count: int = 5) -> list[tuple[Place, float]]:
        here = self.places[slug]
        others = [(p, distance_km(here, p)) for p in self.places.values()
                  if p.slug != slug and p.kind not in ("land", "regio", "gebied")]
        return sorted(others, key=lambda pair: (pair[1], pair[0].slug))[:count]

    def related_articles(self, article: Article, count: int = 5) -> list[tuple[Article, int, int]]:
        """Other articles ranked by shared places, then shared themes, then slug. Places are counted
        through the index with Counter (C loops: on a large corpus nearly every pair shares a
        place); themes only for the articles that can still make the cut."""
        shared_places = Counter()
        for slug in self.places_of_article(article):
            shared_places.update(self._article_slugs_by_place[slug])
        shared_places.pop(article.slug, None)
        themes = set(article.themes)

        def shared_themes(slug: str) -> int:
            return len(themes.intersection(self.articles[slug].themes))

        by_places = shared_places.most_common()
        if len(by_places) >= count:
            threshold = by_places[count - 1][1]
            pool = [slug for slug, _ in itertools.takewhile(lambda item: item[1] >= threshold, by_places)]
        else:  # few share a place: every article that shares a theme is a candidate
            pool = {other.slug for theme in themes for other in self.articles_by_theme.get(theme, [])}
            pool = (pool | set(shared_places)) - {article.slug}
        ranked = sorted(((-shared_places[slug], -shared_themes(slug), slug) for slug in pool))[:count]
        return [(self.articles[slug], -places, -shared) for places, shared, slug in ranked]

    @cached_property
    def _article_slugs_by_place(self) -> dict:
        return {place: [a.slug for a in articles] for place, articles in self.articles_by_place.items()}

    def resolve(self, target: str) -> tuple[str, str] | None:
        """A wiki-link target -> (kind, slug)."""
        key = link_key(target)
        if key in self.articles:
            return "article", key
        if key in self.themes:
            return "theme", key
        if key in self.places:
            return "place", key
        if key in self.aliases:
            return "place", self.aliases[key]
        return None


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine) on a sphere of radius 6371 km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def build_corpus(content_dir: Path) -> Corpus:
    """load -> validate -> model; raises ContentError with every problem."""
    valid, problems = validate_tree(*load_tree(Path(content_dir)))
    if problems:
        raise ContentError(problems)
    return corpus_from(valid)


def corpus_from(valid: ValidTree) -> Corpus:
    places = {slug: Place(slug, p.name, tuple(p.aliases), p.kind, p.country, p.within, p.lat, p.lon,
                          p.description, valid.places_document.path, valid.places_document.line_of((slug,)),
                          corrections_of(p))
              for slug, p in sorted(valid.places.items())}
    aliases = {slugify(a): slug for slug, p in places.items() for a in p.aliases if slugify(a) != slug}
    themes = [Theme(d.slug, t.title, t.summary, t.order, d.body, d.path, corrections_of(t)) for d, t in valid.themes]
    themes.sort(key=lambda t: (t.order if t.order is not None else 10**6, t.title))
    events, sources = {}, defaultdict(list)
    articles, figures = [], {}
    for document, front in valid.articles:
        for entry in front.events:
            sources[entry.id].append(document.slug)
            if not entry.is_reference and entry.id not in events:
                events[entry.id] = (entry, front, document.slug)
        for entry in front.figures:
            low, high = (entry.value.low, entry.value.high) if hasattr(entry.value, "low") else (entry.value,) * 2
            figures[entry.id] = Figure(entry.id, entry.label, low, high, entry.qualifier, entry.unit,
                                       dates.parse(entry.date), entry.according_to, entry.location, document.slug)
        source = Source(**front.source.model_dump())
        articles.append(Article(document.slug, front.title, front.summary, dates.parse(front.published), source,
                                tuple(front.themes), tuple(front.locations), tuple(e.id for e in front.events),
                                tuple(f.id for f in front.figures), document.body, document.path,
                                corrections_of(front)))
    built = [Event(eid, dates.parse(e.date), e.title, None if e.location == UNKNOWN_PLACE else e.location,
                   tuple(e.themes or front.themes), e.summary, slug, tuple(dict.fromkeys([slug] + sources[eid])),
                   e.claimed_by, e.claimed_by_text, e.status or claims.default_status(e.claimed_by))
             for eid, (e, front, slug) in events.items()]
    built.sort(key=lambda e: (e.date.sort_key, e.id))
    articles.sort(key=lambda a: (a.published.start, a.published.end, a.slug), reverse=True)
    return Corpus(
        articles={a.slug: a for a in articles},
        events={e.id: e for e in built},
        figures=figures,
        places=places,
        themes={t.slug: t for t in themes},
        aliases=aliases,
    )
