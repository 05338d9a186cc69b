"""The content as the site sees it: frozen records and the indexes pages need."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from slugify import slugify

from explainer import dates, routes
from explainer.content import claims
from explainer.content.links import link_key
from explainer.content.schema import UNKNOWN_PLACE
from explainer.content.valid import ValidTree
from explainer.model.corrections import corrections_of, site_updated
from explainer.model.records import Article, Event, Figure, Period, Place, Source, Story, Theme

__all__ = ["Article", "Corpus", "Event", "Figure", "Period", "Place", "Source", "Theme"]
Record = Article | Theme | Place  # what has a page of its own


@dataclass
class Corpus:
    articles: dict[str, Article]  # by slug, newest first
    events: dict[str, Event]  # by id, in time order
    figures: dict[str, Figure]  # by id
    places: dict[str, Place]  # by slug
    themes: dict[str, Theme]  # by slug, in display order
    aliases: dict[str, str] = field(default_factory=dict)  # slugified alias -> place slug
    periods: list[Period] = field(default_factory=list)  # timeline background bands, in file order
    stories: dict[str, Story] = field(default_factory=dict)  # by slug (content/verhalen/), in reading order

    @cached_property
    def events_by_theme(self) -> dict[str, list[Event]]:
        index = defaultdict(list)
        for event in self.events.values():
            for theme in event.themes:
                index[theme].append(event)
        return index

    @cached_property
    def articles_by_place(self) -> dict[str, list[Article]]:
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
            slugs += [place for i in article.event_ids if (place := self.events[i].location)]
            slugs += [place for i in article.figure_ids if (place := self.figures[i].location)]
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
        chain: list[Place] = []
        place = self.places[slug]
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
            for slug in dict.fromkeys(self.place_chains.get(event.location or "", ())):
                found[slug].append(event)
        return found

    def nearby(self, slug: str, count: int = 5) -> list[tuple[Place, float]]:
        here = self.places[slug]
        others = [
            (p, here.distance_km(p)) for p in self.places.values() if p.slug != slug and p.kind not in ("land", "regio", "gebied")
        ]
        return sorted(others, key=lambda pair: (pair[1], pair[0].slug))[:count]

    def related_articles(self, article: Article, count: int = 5) -> list[tuple[Article, int, int]]:
        """Other articles ranked by shared places, then shared themes, then slug. Places are counted
        through the index with Counter (C loops: on a large corpus nearly every pair shares a
        place); themes only for the articles that can still make the cut."""
        shared_places: Counter[str] = Counter()
        for slug in self.places_of_article(article):
            shared_places.update(self._article_slugs_by_place[slug])
        shared_places.pop(article.slug, None)
        themes = set(article.themes)

        def shared_themes(slug: str) -> int:
            return len(themes.intersection(self.articles[slug].themes))

        if len(shared_places) >= count:  # the count-th most shared places is the bar (no full sort)
            threshold = heapq.nlargest(count, shared_places.values())[-1]
            pool = {slug for slug, shared in shared_places.items() if shared >= threshold}
        else:  # few share a place: every article that shares a theme is a candidate
            sharing_a_theme = {other.slug for theme in themes for other in self.articles_by_theme.get(theme, [])}
            pool = (sharing_a_theme | set(shared_places)) - {article.slug}
        ranked = heapq.nsmallest(count, ((-shared_places[slug], -shared_themes(slug), slug) for slug in pool))
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

    def records(self, kind: str) -> Mapping[str, Record]:
        """The articles, themes or places (kind as in routes.FOLDERS)."""
        tables: dict[str, Mapping[str, Record]] = {"article": self.articles, "theme": self.themes, "place": self.places}
        return tables[kind]

    def page_record(self, src_uri: str) -> tuple[str, str] | None:
        """(kind, slug) of the article, theme or place whose page this Markdown file is, asked of
        the route table; None for every other page."""
        found = routes.page_of(src_uri)
        return found if found and found[1] in self.records(found[0]) else None

    @cached_property
    def last_event(self) -> list[Event]:
        """The latest-ending event as a list (empty without events), found once: every chart asks (charts/base.py presets)."""
        return [max(self.events.values(), key=lambda e: e.date.end)] if self.events else []

    @cached_property
    def site_updated(self):
        """corrections.site_updated, once: every page but an article, theme or place shows it."""
        return site_updated(self)


def corpus_from(valid: ValidTree) -> Corpus:
    """Validated front matter -> frozen records, each built by keyword here and nowhere else."""
    places = {slug: _place(slug, entry, valid) for slug, entry in sorted(valid.places.items())}
    aliases = {slugify(a): slug for slug, p in places.items() for a in p.aliases if slugify(a) != slug}
    themes = sorted(
        (
            Theme(
                slug=d.slug,
                title=t.title,
                summary=t.summary,
                order=t.order,
                body=d.body,
                source_path=d.path,
                corrections=corrections_of(t),
            )
            for d, t in valid.themes
        ),
        key=lambda t: (t.order if t.order is not None else 10**6, t.title),
    )
    articles = sorted(
        (_article(document, front) for document, front in valid.articles),
        key=lambda a: (a.published.start, a.published.end, a.slug),
        reverse=True,
    )
    figures = {entry.id: _figure(entry, document.slug) for document, front in valid.articles for entry in front.figures}
    return Corpus(
        articles={a.slug: a for a in articles},
        events={e.id: e for e in _events(valid)},
        figures=figures,
        places=places,
        themes={t.slug: t for t in themes},
        aliases=aliases,
    )


def _events(valid: ValidTree) -> list[Event]:
    """Every event, defined once (by the first article that describes it), in time order."""
    definitions: dict[str, tuple] = {}  # event id -> (its entry, the article's front matter, the article's slug)
    # event id -> (slug, passages) of the articles that have it
    sources: defaultdict[str, list[tuple[str, tuple]]] = defaultdict(list)
    for document, front in valid.articles:
        for entry in front.events:
            sources[entry.id].append((document.slug, tuple(entry.passages)))
            if not entry.is_reference and entry.id not in definitions:
                definitions[entry.id] = (entry, front, document.slug)
    events = (_event(entry, front, slug, sources[entry.id]) for entry, front, slug in definitions.values())
    return sorted(events, key=lambda e: (e.date.sort_key, e.id))


def _place(slug: str, entry, valid: ValidTree) -> Place:
    path, line, _ = valid.place_at(slug)
    return Place(
        slug=slug,
        name=entry.name,
        aliases=tuple(entry.aliases),
        kind=entry.kind,
        country=entry.country,
        within=entry.within,
        lat=entry.lat,
        lon=entry.lon,
        description=entry.description,
        source_path=path,
        source_line=line,
        corrections=corrections_of(entry),
    )


def _figure(entry, article: str) -> Figure:
    low, high = (entry.value.low, entry.value.high) if hasattr(entry.value, "low") else (entry.value,) * 2
    return Figure(
        id=entry.id,
        label=entry.label,
        low=low,
        high=high,
        qualifier=entry.qualifier,
        unit=entry.unit,
        date=dates.parse(entry.date),
        according_to=entry.according_to,
        location=entry.location,
        article=article,
        counted=entry.counted,
        passages=tuple(entry.passages),
    )


def _article(document, front) -> Article:
    return Article(
        slug=document.slug,
        title=front.title,
        summary=front.summary,
        published=dates.parse(front.published),
        source=Source(**front.source.model_dump()),
        themes=tuple(front.themes),
        locations=tuple(front.locations),
        event_ids=tuple(e.id for e in front.events),
        figure_ids=tuple(f.id for f in front.figures),
        body=document.body,
        source_path=document.path,
        corrections=corrections_of(front),
    )


def _event(entry, front, slug: str, reports: list) -> Event:
    """An event with the themes of its article unless it names its own; the defining article first,
    each source with its passages; `location: onbekend` (the source names no place) is no place;
    without a status, a claimant makes it a claim."""
    passages: dict[str, tuple] = {}
    for article, numbers in [(slug, tuple(entry.passages)), *reports]:
        passages[article] = tuple(dict.fromkeys(passages.get(article, ()) + numbers))
    return Event(
        id=entry.id,
        date=dates.parse(entry.date),
        title=entry.title,
        location=None if entry.location == UNKNOWN_PLACE else entry.location,
        themes=tuple(entry.themes or front.themes),
        summary=entry.summary,
        defined_in=slug,
        sources=tuple(passages),
        claimed_by=entry.claimed_by,
        claimed_by_text=entry.claimed_by_text,
        status=entry.status or claims.default_status(entry.claimed_by),
        passages=tuple(passages.items()),
    )
