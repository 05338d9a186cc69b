"""Validated front matter -> the corpus: every record built by keyword here and nowhere else."""

from __future__ import annotations

from collections import defaultdict

from slugify import slugify

from explainer import dates
from explainer.content import claims
from explainer.content.schema import UNKNOWN_PLACE
from explainer.content.valid import ValidTree
from explainer.model.corpus import Corpus
from explainer.model.corrections import corrections_of
from explainer.model.records import Article, Event, Figure, Place, Source, Theme


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
