"""The timeline at scale (pages/timeline.py at_scale): an overview that shows how many events fall in
each month per lane, and single events only for the period the reader zooms into, from one data
file per year (routes.timeline_detail: the lane traces of charts/timeline.py for the events that
start in that year). docs/assets/charts-timeline.js switches between the two.

The overview is made of scatter markers, annotations and shapes only, so the static picture of
the chart (charts/svg/__init__.py) draws it like any other plot. Both share one y axis: every lane is
DETAIL_ROWS rows deep, the month marks sit in its middle, single events on its rows."""

from __future__ import annotations

import datetime as dt
import json

from explainer import dates, routes
from explainer.charts import base
from explainer.charts.fields import Detail, MonthData, TraceMeta
from explainer.charts.timeline import Lanes, lane_traces, layout, theme_colours

DETAIL_ROWS = 6  # rows per lane for single events; beyond that, marks close in time share a row
ROW_STEP, LANE_GAP = 0.6, 0.8  # y units, as in charts/timeline.py
SPAN_ROWS, SHORT_DAYS = 2, 62  # the rows for events that span more than two months
ROW_GAP_DAYS = 30  # a row takes the next event this long after its last one ends
DETAIL_MAX_DAYS = 800  # the widest visible period drawn as single events: a year or two
# A month is an upright bar in the middle of its lane, as long as its count (px, the longest
# about the lane's height: the layout gives a y unit about PX_PER_UNIT px).
PX_PER_UNIT = 42
BAR_PX = (3, DETAIL_ROWS * ROW_STEP * PX_PER_UNIT * 0.85)
LABEL = (
    "Interactieve tijdlijn: per thema een baan; een streepje telt de gebeurtenissen van één maand, hoe langer, "
    "hoe meer. Kies een jaar, klik op een streepje of zoom in tot hooguit twee jaar om de losse gebeurtenissen "
    "te zien. Per jaar staan ze ook als lijst op een eigen pagina, hieronder gelinkt."
)


def by_lane(corpus) -> list[tuple[str, list]]:
    """(first theme, its events in time order) for every lane that has events."""
    lanes: dict[str, list] = {slug: [] for slug in corpus.themes}
    for event in corpus.events.values():
        lanes[event.themes[0]].append(event)
    return [(slug, events) for slug, events in lanes.items() if events]


def capped_rows(events: list) -> dict:
    """Greedy interval packing into DETAIL_ROWS rows: events of a few weeks or less on the upper
    rows, longer spans (an event dated only by its year) on the lowest SPAN_ROWS, so they never
    cover the short ones. An event goes to the first free row of its group, else to the one
    that has been busy the shortest while into its start."""
    row_ends, rows = [dt.date.min] * DETAIL_ROWS, {}
    for event in events:
        long = (event.date.end - event.date.start).days > SHORT_DAYS
        group = range(DETAIL_ROWS - SPAN_ROWS, DETAIL_ROWS) if long else range(DETAIL_ROWS - SPAN_ROWS)
        free = [r for r in group if (event.date.start - row_ends[r]).days > ROW_GAP_DAYS]
        row = free[0] if free else min(group, key=lambda r: row_ends[r])
        row_ends[row] = max(row_ends[row], event.date.end)
        rows[event.id] = row
    return rows


def positions(corpus) -> tuple[dict, Lanes, list]:
    """Every event's y, the y axis, and the lanes [(slug, events, top)]."""
    ys, lanes, placed, top = {}, Lanes([], [], [], 0.0), [], 0.0
    for slug, events in by_lane(corpus):
        rows = capped_rows(events)
        ys.update({e.id: top - rows[e.id] * ROW_STEP for e in events})
        lanes.ticks.append(top - (DETAIL_ROWS - 1) * ROW_STEP / 2)
        lanes.labels.append(base.escape(corpus.themes[slug].title))
        lanes.tops.append(top)
        placed.append((slug, events, top))
        top -= DETAIL_ROWS * ROW_STEP + LANE_GAP
    lanes.bottom = top
    return ys, lanes, placed


def overview(corpus) -> dict:
    """The plot of /tijdlijn/ at scale: month marks per lane, the key events' titles, period bands;
    layout.meta.detail says where the single events are and from what zoom they are drawn."""
    ys, lanes, placed = positions(corpus)
    events = list(corpus.events.values())
    colours = theme_colours(corpus)
    traces = [_month_trace(corpus, slug, lane, tick, colours[slug]) for (slug, lane, _), tick in zip(placed, lanes.ticks)]
    plot_layout = layout(corpus, events, ys, lanes)
    years = sorted({e.date.start.year for e in events})
    detail: Detail = {
        "jaren": {str(year): routes.timeline_detail(year) for year in years},
        "ids": routes.TIMELINE_EVENT_YEARS,
        "maxdagen": DETAIL_MAX_DAYS,
        "totaal": len(events),
    }
    plot_layout["meta"]["detail"] = detail
    return {"data": traces, "layout": plot_layout}


def _month_trace(corpus, slug: str, events: list, y: float, colour: str) -> dict:
    months: dict[tuple[int, int], int] = {}
    for event in events:
        key = (event.date.start.year, event.date.start.month)
        months[key] = months.get(key, 0) + 1
    most = max(months.values())
    meta: TraceMeta = {"soort": "overzicht", "thema": slug}
    return base.scatter(
        x=[f"{year:04d}-{month:02d}-15" for year, month in months],
        y=[y] * len(months),
        mode="markers",
        name=base.escape(corpus.themes[slug].title),
        legendgroup=slug,
        showlegend=True,
        marker={
            "color": colour,
            "symbol": "line-ns-open",
            "line": {"color": colour, "width": 3},
            "size": [round(max(BAR_PX[0], BAR_PX[1] * n / most), 1) for n in months.values()],
        },
        customdata=[_month_data(year, month, count, slug) for (year, month), count in months.items()],
        hovertemplate="%{customdata.maand} · %{fullData.name}<br><b>%{customdata.aantal}</b><br>"
        "klik om in te zoomen<extra></extra>",
        meta=meta,
    )


def _month_data(year: int, month: int, count: int, slug: str) -> MonthData:
    """A month mark's named fields (a click zooms in on the months around x: charts-timeline.js)."""
    return {
        "maand": base.escape(dates.dutch(f"{year:04d}-{month:02d}")),
        "themas": [slug],
        "aantal": f"{base.number(count)} {'gebeurtenis' if count == 1 else 'gebeurtenissen'}",
    }


def detail_files(corpus) -> dict[str, str]:
    """Site path -> JSON: per year the lane traces (single events) of the events that start in it."""
    ys, _, placed = positions(corpus)
    colours = theme_colours(corpus)
    per_year: dict[int, list] = {}
    for slug, events, _ in placed:
        lane_years: dict[int, list] = {}
        for event in events:
            lane_years.setdefault(event.date.start.year, []).append(event)
        for year, found in lane_years.items():
            for trace in lane_traces(corpus, slug, found, ys, colours[slug], False):
                per_year.setdefault(year, []).append({**trace, "showlegend": False})
    files = {
        routes.timeline_detail(year): json.dumps(
            {"jaar": year, "data": traces}, ensure_ascii=False, separators=(",", ":"), sort_keys=True
        )
        for year, traces in sorted(per_year.items())
    }
    return {**files, routes.TIMELINE_EVENT_YEARS: event_years(corpus)}


def event_years(corpus) -> str:
    """JSON: start year -> the ids of its events. A #gebeurtenis= link whose id does not name its
    year finds the data file to open here (event ids are slugs: nothing in them needs escaping)."""
    years: dict[str, list] = {}
    for event in corpus.events.values():
        years.setdefault(str(event.date.start.year), []).append(event.id)
    return json.dumps(years, separators=(",", ":"), sort_keys=True)
