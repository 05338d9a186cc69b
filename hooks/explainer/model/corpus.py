"""The content as the site sees it: frozen records and the indexes pages need."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from explainer import routes
from explainer.content.links import link_key
from explainer.model.corrections import site_updated
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
