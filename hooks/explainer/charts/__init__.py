"""Corpus -> plots: Plotly figures as plain dicts, {"data": traces, "layout": layout} (plotly.js
draws them in the browser). In this code a *plot* is such a dict; a *figure* is a number from a
source (the content's `figures`, /cijfers/).

Plots are embedded as JSON data, never as generated script. The page's chart loader
(docs/assets/charts.js) loads the plotly.js bundle a page needs from the site itself, only on
pages with a chart, and sets colours and fonts from the site's palette; charts-timeline.js runs
the timeline's and the map's controls. The plots are written as plain dicts rather than
through plotly's Python objects, whose validators cost more than the rest of page generation;
tests/test_quality.py runs every chart of the built site through those validators instead.

One module per kind of chart: timeline.py (with timeline_titles.py and, at scale, overview.py),
maps.py, figures.py; labels.py places direct labels, base.py holds what they share (and the
embed markup with its footer), fields.py declares the named fields of layout.meta and
customdata that the page's scripts read, svg/ draws the static pictures."""

from __future__ import annotations

from explainer import routes
from explainer.charts.base import PALETTE, embed, footer  # noqa: F401 - the charts' public interface
from explainer.charts.figures import figures_chart  # noqa: F401
from explainer.charts.maps import REGION, locator_map, overview_map, size_legend  # noqa: F401
from explainer.charts.timeline import ROW_GAP_DAYS, corpus_periods, theme_colours, timeline_chart  # noqa: F401
from explainer.charts.timeline_spans import key_html
from explainer.model.columns import EVENT_COLUMNS, FIGURE_COLUMNS, PLACE_COLUMNS

TIMELINE_LABEL = (
    "Interactieve tijdlijn: elke gebeurtenis is een markering op de tijdas, per thema een baan; "
    "de belangrijkste gebeurtenissen staan er met hun titel boven. Met de strook eronder kies je "
    "een periode. Dezelfde gebeurtenissen staan hieronder als tabel."
)
MAP_LABEL = (
    "Interactieve kaart van Syrië, Irak en buurlanden met alle plaatsen, de belangrijkste met naam; de lijst staat eronder."
)
FIGURES_LABEL = (
    "Alle cijfers uit de bronnen, per soort een paneel met een eigen as in één eenheid; een balk is "
    "een bandbreedte. Dezelfde cijfers staan hieronder in een tabel."
)
EVENT_CSV = (routes.EVENTS_CSV, EVENT_COLUMNS)
PLACE_CSV = (routes.PLACES_CSV, PLACE_COLUMNS)
FIGURE_CSV = (routes.FIGURES_CSV, FIGURE_COLUMNS)


def event_footer(corpus, events: list, root: str) -> str:
    """A timeline's footer: what its shapes mean (when it shows windows or open ends), its sources."""
    return key_html(events) + footer(corpus, [slug for e in events for slug in e.sources], EVENT_CSV, root)


def map_footer(corpus, root: str, place=None) -> str:
    """The overview's sources: every event's; a locator map's: the articles about its place."""
    if place is None:
        return footer(corpus, [slug for e in corpus.events.values() for slug in e.sources], PLACE_CSV, root)
    return footer(corpus, [a.slug for a in corpus.articles_by_place.get(place.slug, [])], PLACE_CSV, root)


def figures_footer(corpus, figures: list, root: str) -> str:
    return footer(corpus, [f.article for f in figures], FIGURE_CSV, root)
