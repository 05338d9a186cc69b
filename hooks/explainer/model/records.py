"""The frozen records the site is made of, one per article, event, figure, place, theme, period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer import dates
from explainer.content import claims, gazetteer
from explainer.model.corrections import Correction


@dataclass(frozen=True)
class Source:
    title: str | None
    author: str | None
    publisher: str | None
    url: str | None
    note: str | None
    passage_count: int | None = None  # how many passages the source text has, when declared


@dataclass(frozen=True)
class Place:
    slug: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    within: str | None
    lat: float
    lon: float
    description: str
    source_path: str
    source_line: int | None
    corrections: tuple[Correction, ...] = ()  # newest first

    def distance_km(self, other: Place) -> float:
        """Great-circle distance (haversine) on a sphere of radius 6371 km, as the duplicate check measures it."""
        return gazetteer.distance_km(self, other)


@dataclass(frozen=True)
class Theme:
    slug: str
    title: str
    summary: str
    order: int | None
    body: str
    source_path: str
    corrections: tuple[Correction, ...] = ()  # newest first


@dataclass(frozen=True)
class Event:
    id: str
    date: dates.EdtfSpan
    title: str
    location: str | None  # None: the source names no place
    themes: tuple[str, ...]  # slugs
    summary: str
    defined_in: str  # article slug
    sources: tuple[str, ...]  # article slugs, the defining one first
    claimed_by: str | None = None  # a slug of claims.CLAIMANTS
    claimed_by_text: str | None = None
    status: str = claims.DEFAULT_STATUS
    passages: tuple = ()  # (article slug, passage numbers) per source, in the order of `sources`

    def passages_in(self, article: str) -> tuple:
        """The passages of that article's source that report the event; () when it is no source."""
        return dict(self.passages).get(article, ())


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
    counted: str | None = None  # what is counted (quantities.QUANTITIES), the figure's panel on /cijfers/
    passages: tuple = ()  # the passage numbers in its article's source

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
    themes: tuple[str, ...]  # slugs
    locations: tuple[str, ...]  # place slugs
    event_ids: tuple[str, ...]
    figure_ids: tuple[str, ...]
    body: str
    source_path: str
    corrections: tuple[Correction, ...] = ()  # newest first


@dataclass(frozen=True)
class Period:
    """A background band of the timeline (content/periods.yml), bounded by events of articles."""

    slug: str
    title: str
    start: str  # ISO day: the first day of from_event
    end: str | None  # ISO day: the last day of until_event, else of the last event on the timeline
    description: str
    colour: str
    events: tuple[str, ...]  # the ids of the bounding events


@dataclass(frozen=True)
class Step:
    """One step of a story: its text beside a map of its places and a timeline of its events."""

    number: int  # 1 for the first step: its anchor is #stap-1
    title: str
    events: tuple[str, ...]  # event ids, as the step names them
    places: tuple[str, ...]  # place slugs the map points out: the step's own, then its events' places
    start: dt.date  # the window the timeline marks: as written, else from its first to its last event
    end: dt.date
    window: str | None  # the window as written (EDTF), or None when it spans the events
    figure: str | None  # a figure id
    text: str  # Markdown: wiki-links and citation markers as an article's body has them
    text_line: int | None  # the line of the text's first line in the story's file


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    summary: str
    order: int | None
    steps: tuple[Step, ...]
    source_path: str
    corrections: tuple[Correction, ...] = ()
