"""Place pages (locator map, timeline, events, nearby places), /plaatsen/ and /kaart/."""

from __future__ import annotations

from explainer import charts, routes
from explainer.content.markers import strip_markers
from explainer.model.corpus import Corpus, Place
from explainer.pages import reuse
from explainer.pages.generated import EVENT_LIMIT, GeneratedPage, latest_events, list_limits, page, shown_words
from explainer.pages.render import Renderer, coordinates


def place_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for place in corpus.places.values():
        uri = routes.source(routes.place(place.slug))
        events = corpus.events_in_place(place.slug)
        shown = latest_events(events)
        cites = renderer.citations(uri)
        rendered = renderer.render(
            "place.md.j2",
            uri,
            place=place,
            lead=cites.html(place.description),
            cites=cites,
            events=shown,
            total=len(events),
            filter=f"plaats={place.slug}",
            ancestors=corpus.ancestors(place.slug),
            children=sorted(corpus.children.get(place.slug, []), key=lambda p: p.name),
            articles=corpus.articles_by_place.get(place.slug, []),
            nearby=corpus.nearby(place.slug),
            near_events=[] if events else nearby_events(corpus, place),
            near_km=NEAR_KM,
            **list_limits(),
            locator=_locator(corpus, renderer, uri, place),
            timeline=_timeline(corpus, place, events, shown),
        )
        description = strip_markers(place.description)
        pages.append(page(uri, rendered, title=place.name, description=description, edit_path=place.source_path, charts="geo"))
    return pages


NEAR_KM = 200  # a place without events of its own shows those of the places this close


def nearby_events(corpus: Corpus, place: Place) -> list:
    """For a place with no events of its own: the events of the places around it, nearest place
    first, so its page (and a link to it) still shows what happened there (a country has none)."""
    if place.kind == "land":
        return []
    found = []
    for event in corpus.events.values():
        where = corpus.places.get(event.location) if event.location else None
        if where is not None and where.kind != "land":
            km = place.distance_km(where)
            if km <= NEAR_KM:
                found.append((km, event.date.sort_key, event))
    return [event for _, _, event in sorted(found, key=lambda item: item[:2])][:EVENT_LIMIT]


def _timeline(corpus: Corpus, place: Place, events: list, shown: list) -> str:
    """When something happened there: the timeline of the latest events in and around the place."""
    if not events:
        return ""
    return charts.embed(
        f"tijdlijn-{place.slug}",
        charts.timeline_chart(corpus, shown, mini=True),
        f"Tijdlijn van {shown_words(shown, events)} in en rond {place.name}; dezelfde gebeurtenissen staan hieronder als lijst.",
        footer_html=charts.event_footer(corpus, shown, "../../"),
    )


def _locator(corpus: Corpus, renderer: Renderer, uri: str, place: Place) -> str:
    """The place's locator map, with the controls that embed it elsewhere (pages/reuse.py)."""
    figure = charts.locator_map(corpus, place)
    return charts.embed(
        f"kaart-{place.slug}",
        figure,
        f"Kaartje van de regio met de ligging van {place.name} ({coordinates(place)}).",
        footer_html=charts.map_footer(corpus, "../../", place)
        + reuse.controls(renderer, uri, f"kaart-{place.slug}", f"Ligging van {place.name}", figure),
    )


def place_groups(corpus: Corpus) -> list[tuple[Place, list[Place]]]:
    countries = sorted((p for p in corpus.places.values() if p.kind == "land"), key=lambda p: p.name)
    return [
        (
            country,
            sorted((p for p in corpus.places.values() if p.country == country.slug and p.kind != "land"), key=lambda p: p.name),
        )
        for country in countries
    ]


def event_counts(corpus: Corpus) -> dict:
    return {slug: len(corpus.events_in_place(slug)) for slug in corpus.places}


def place_index(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/plaatsen/: every place, per country."""
    uri = routes.source(routes.LISTS["place"])
    return [
        page(
            uri,
            renderer.render("places.md.j2", uri, groups=place_groups(corpus), counts=event_counts(corpus)),
            description="Alle plaatsen uit de bronnen, per land.",
            search={"exclude": True},  # every place has its own page, with its other spellings
        )
    ]


def _overview(corpus: Corpus, renderer: Renderer) -> str:
    """/kaart/'s map, with the controls that download, cite and embed its view (pages/reuse.py)."""
    figure = charts.overview_map(corpus)
    footer = charts.map_footer(corpus, "../") + reuse.controls(
        renderer, routes.source(routes.MAP), "kaart", "Kaart van alle plaatsen", figure
    )
    return charts.embed("kaart", figure, charts.MAP_LABEL, controls=True, footer_html=footer)


def map_page(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/kaart/. The long lists and chart pages stay out of the search index: every item on them is
    found on its own page, and each entry would add to the index a search downloads."""
    places = sorted(corpus.places.values(), key=lambda p: p.name)
    return [
        page(
            routes.source(routes.MAP),
            renderer.render(
                "map.md.j2",
                routes.source(routes.MAP),
                places=places,
                counts=event_counts(corpus),
                size_legend=charts.size_legend(corpus),
                chart=_overview(corpus, renderer),
            ),
            description="Kaart van alle plaatsen, met het aantal gebeurtenissen per plaats.",
            charts="geo",
            hide=["navigation"],
            search={"exclude": True},
        )
    ]
