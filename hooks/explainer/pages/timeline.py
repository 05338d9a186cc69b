"""/tijdlijn/ and its text equivalent per year: /tijdlijn/JJJJ/ lists the events that start in that
year, so every event is on exactly one year page (one that runs over more years under its start
year, as the page says).

Up to TABLE_MAX events /tijdlijn/ also lists every event; above it, it counts them per year and lane
and links the year pages. Up to FULL_LIST_MAX events its chart draws them all. Above it (a corpus
grown over years) the chart is the overview of charts/overview.py, which draws single events only
for the period the reader zooms into, from one data file per year."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from explainer import charts, routes
from explainer.charts import overview as charts_overview
from explainer.charts import timeline_detail
from explainer.charts.dense import densest_window
from explainer.date_phrases import MONTH_NAMES
from explainer.dates import dutch, number
from explainer.model.corpus import Corpus
from explainer.pages import generated, reuse
from explainer.pages.places import place_groups
from explainer.pages.render import Renderer, events_word

FULL_LIST_MAX = 1500  # events; about the 200 articles a few years of contributions bring
# A longer table is not read as one list, and parsing its rows with the chart's data kept the
# 1,010-event timeline from answering the reader's first pointer within 1.5 s (BENCHMARKS.md).
TABLE_MAX = 400


@dataclass
class CountRow:
    """One row of a count table: a year (linked to its page) or a month of a year page."""

    name: str
    count: int
    lanes: Counter[str]  # events per lane (first theme)
    path: str | None = None  # the row's page, for a year
    anchor_id: str | None = None  # the row's own anchor, for a month
    year: int = 0


def month_anchor(month: int) -> str:
    return f"maand-{month:02d}"


def at_scale(corpus: Corpus) -> bool:
    return len(corpus.events) > FULL_LIST_MAX


def by_year(corpus: Corpus) -> dict[int, list]:
    """Year -> the events that start in it, in time order (corpus.events is in time order)."""
    years: dict[int, list] = {}
    for event in corpus.events.values():
        years.setdefault(event.date.start.year, []).append(event)
    return dict(sorted(years.items()))


def year_rows(years: dict[int, list]) -> list[CountRow]:
    return [
        CountRow(str(year), len(events), Counter(e.themes[0] for e in events), routes.timeline_year(year), year=year)
        for year, events in years.items()
    ]


def month_rows(events: list) -> list[CountRow]:
    """The months of one year that have events; each row is the target of the overview's month marks."""
    months: dict[int, list] = {}
    for event in events:
        months.setdefault(event.date.start.month, []).append(event)
    return [
        CountRow(MONTH_NAMES[month - 1], len(found), Counter(e.themes[0] for e in found), anchor_id=month_anchor(month))
        for month, found in sorted(months.items())
    ]


def lanes(corpus: Corpus) -> list[str]:
    """The timeline's lanes (first themes) that hold events, in display order."""
    used = {event.themes[0] for event in corpus.events.values()}
    return [slug for slug in corpus.themes if slug in used]


def timeline_pages(corpus: Corpus, renderer: Renderer) -> list[generated.GeneratedPage]:
    """/tijdlijn/ and one page per year."""
    years = by_year(corpus)
    rows = year_rows(years)
    return [timeline_page(corpus, renderer, rows)] + [
        year_page(corpus, renderer, year, events, rows) for year, events in years.items()
    ]


def timeline_page(corpus: Corpus, renderer: Renderer, rows: list[CountRow]) -> generated.GeneratedPage:
    uri = routes.source(routes.TIMELINE)
    events = list(corpus.events.values())
    scale, full_list = at_scale(corpus), len(events) <= TABLE_MAX
    plot = charts_overview.overview(corpus) if scale else charts.timeline_chart(corpus, events)
    detail = None if scale else densest(corpus, plot)
    chart = charts.embed(
        "tijdlijn",
        plot,
        charts_overview.LABEL if scale else charts.TIMELINE_LABEL,
        controls=True,
        footer_html=charts.event_footer(corpus, events, "../") + reuse.controls(renderer, uri, "tijdlijn", "Tijdlijn", plot),
    )
    rendered = renderer.render(
        "timeline.md.j2",
        uri,
        cites=renderer.citations(uri),
        events=events,
        groups=place_groups(corpus),
        chart=chart,
        detail=detail,
        full_list=full_list,
        years=rows,
        lanes=lanes(corpus),
    )
    return generated.page(
        uri,
        rendered,
        charts="kern",
        hide=["navigation"],
        search={"exclude": True},
        description="Interactieve tijdlijn van alle gebeurtenissen, met dezelfde gegevens als tabel"
        + ("." if full_list else " per jaar."),
    )


@dataclass
class Detail:
    """The densest months of the timeline (charts/dense.py), in a panel under the overview."""

    chart: str
    start: str  # the window, in Dutch words
    end: str
    count: int


def densest(corpus: Corpus, plot: dict) -> Detail | None:
    """The panel of the densest window, if the timeline has one; its outline on the overview."""
    window = densest_window(list(corpus.events.values()))
    if window is None:
        return None
    plot["layout"]["shapes"].append(timeline_detail.window_shape(window))
    shown = timeline_detail.window_events(corpus, window)
    start, end = dutch(window[0].isoformat()[:7]), dutch(window[1].isoformat()[:7])
    chart = charts.embed(
        "tijdlijn-detail",
        timeline_detail.detail_chart(corpus, window),
        f"Ingezoomd op {start} tot en met {end}: de {number(len(shown))} gebeurtenissen van die maanden, elk op een eigen "
        "regel met de titel erbij; dezelfde gebeurtenissen staan ook in de tabel hieronder.",
        controls=True,
        footer_html=charts.event_footer(corpus, shown, "../"),
    )
    return Detail(chart, start, end, len(shown))


def year_page(corpus: Corpus, renderer: Renderer, year: int, events: list, rows: list[CountRow]) -> generated.GeneratedPage:
    uri = routes.source(routes.timeline_year(year))
    spanning = sum(1 for e in events if e.date.end.year > year)
    rendered = renderer.render(
        "year.md.j2",
        uri,
        year=year,
        events=events,
        years=rows,
        spanning=spanning,
        months=month_rows(events) if at_scale(corpus) else [],
        lanes=lanes(corpus),
    )
    words = events_word(len(events))
    return generated.page(
        uri,
        rendered,
        title=f"Tijdlijn {year}",
        search={"exclude": True},
        description=f"Alle {words} die in {year} begonnen, in tijdsvolgorde, met datum, plaats, thema's en bronnen.",
    )
