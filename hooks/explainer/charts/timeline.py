"""The timeline: events on a time axis, one lane per (first) theme, the key events' titles
written above the chart, an overview strip (range slider) under it for focus + context.

Python and docs/assets/charts-timeline.js agree through named fields: every mark's `customdata`
is an object (see `event_data`); a filter or a mark style is one more field there."""

from __future__ import annotations

import dataclasses
import datetime as dt

from explainer import dates, routes
from explainer.charts import base
from explainer.charts.fields import EventData, TimelineMeta, TraceMeta
from explainer.charts.timeline_spans import drawn_end, drawn_start, span_traces
from explainer.charts.timeline_titles import RIGHT_PX, key_labels, lane_margin
from explainer.content import claims

ROW_GAP_DAYS = 150
# The overview strip draws every mark a second time: beyond this many events it would double the
# drawing time of a timeline that is already slow to draw, so there the period buttons serve.
OVERVIEW_MAX_EVENTS = 400


def theme_colours(corpus) -> dict:
    return {slug: base.PALETTE[i % len(base.PALETTE)] for i, slug in enumerate(corpus.themes)}


def _rows(events: list) -> dict:
    """Give overlapping events in one lane their own row (greedy interval packing), so no two
    marks are drawn on top of each other."""
    row_ends: list[dt.date] = []
    rows: dict[str, int] = {}
    for event in sorted(events, key=lambda e: (drawn_start(e), e.id)):
        for row, end in enumerate(row_ends):
            if (drawn_start(event) - end).days > ROW_GAP_DAYS:
                row_ends[row] = drawn_end(event)
                break
        else:
            row = len(row_ends)
            row_ends.append(drawn_end(event))
        rows[event.id] = row
    return rows


def _lanes(corpus, events: list, theme: str | None = None) -> list[tuple[str, list, dict]]:
    if theme is not None:  # a theme's own page: all its events in its lane
        return [(theme, events, _rows(events))] if events else []
    by_theme: dict[str, list] = {slug: [] for slug in corpus.themes}
    for event in events:
        by_theme[event.themes[0]].append(event)
    return [(slug, lane, _rows(lane)) for slug, lane in by_theme.items() if lane]


def timeline_chart(corpus, events: list, mini: bool = False, theme: str | None = None) -> dict:
    """Events on a time axis, one lane per (first) theme, or one lane for `theme`; spans for
    imprecise dates; the key events' titles above the lanes."""
    colours, traces, ticks, labels, tops, ys = theme_colours(corpus), [], [], [], [], {}
    top = 0.0
    for slug, lane, rows in _lanes(corpus, events, theme):
        depth = max(rows.values()) + 1
        y = {e.id: top - rows[e.id] * 0.6 for e in lane}
        ys.update(y)
        ticks.append(top - (depth - 1) * 0.3)
        labels.append(base.escape(corpus.themes[slug].title))
        tops.append(top)
        traces += lane_traces(corpus, slug, lane, y, colours[slug], mini)
        top -= depth * 0.6 + 0.8
    return {"data": traces, "layout": layout(corpus, events, ys, Lanes(ticks, labels, tops, top), mini)}


@dataclasses.dataclass
class Lanes:
    """The y axis of a timeline: each lane's tick (its middle), name and top, and the bottom of the last."""

    ticks: list[float]
    labels: list[str]
    tops: list[float]
    bottom: float


def layout(corpus, events: list, ys: dict, lanes: Lanes, mini: bool = False) -> dict:
    """A timeline's layout: time axis, lanes, period bands and the key events' titles (with their
    lines down to the marks at `ys`) for each chart width."""
    first = min((drawn_start(e) for e in events), default=dt.date(2014, 1, 1)) - dt.timedelta(days=base.MARGIN_DAYS)
    last = max([base.span_end(events)] + [drawn_end(e) + dt.timedelta(days=base.MARGIN_DAYS) for e in events])
    periods = [] if mini else _period_labels(corpus, first, last)
    bands = key_labels(events, ys, (first, last), lanes.labels, periods, mini)
    top = lanes.bottom
    meta: TimelineMeta = {
        "soort": "tijdlijn",
        "periodes": [p["slug"] for p in corpus_periods(corpus)],
        "baanboven": lanes.tops,
        "sleutels": bands,
        "bereik": {"alles": (base.iso(first), base.iso(last)), **base.presets(corpus)},
    }
    return {
        "height": max(220 if mini else 360, int(-top * (34 if mini else 42)) + 120) + bands[-1]["marge"],
        "margin": {"l": lane_margin(lanes.labels), "r": RIGHT_PX, "t": bands[-1]["marge"], "b": 40},
        "modebar": {"orientation": "v"},
        "showlegend": not mini,
        "legend": _legend(mini),
        "xaxis": _time_axis(first, last, overview=not mini and len(events) <= OVERVIEW_MAX_EVENTS),
        "yaxis": _lane_axis(lanes),
        "hovermode": "closest",
        "dragmode": "pan",
        "annotations": periods + bands[-1]["annotaties"],
        "shapes": ([] if mini else _period_shapes(corpus)) + bands[-1]["lijnen"],
        "meta": meta,
    }


def _legend(mini: bool) -> dict:
    return {
        "orientation": "h",
        "y": -0.08 if mini else -0.2,
        "yanchor": "top",
        "x": 0,
        "groupclick": "togglegroup",
        "title": {"text": "Thema's (klik om aan/uit te zetten):", "side": "top"},
    }


def _time_axis(first: dt.date, last: dt.date, overview: bool) -> dict:
    """The time axis, with the overview strip under it where there is one."""
    strip = {"rangeslider": {"visible": True, "thickness": 0.07}} if overview else {}
    return {"type": "date", "range": [base.iso(first), base.iso(last)], "automargin": True, "fixedrange": False, **strip}


def _lane_axis(lanes: Lanes) -> dict:
    return {
        "tickvals": lanes.ticks,
        "ticktext": lanes.labels,
        "automargin": True,
        "fixedrange": True,
        "zeroline": False,
        "showgrid": False,
        "range": [lanes.bottom + 0.4, 0.9],
    }


def lane_traces(corpus, slug: str, lane: list, y: dict, colour: str, mini: bool) -> list:
    """A lane's spans (charts/timeline_spans.py: bars, window brackets, open ends), then its marks."""
    name = base.escape(corpus.themes[slug].title)
    return span_traces(slug, name, lane, y, colour) + [_mark_trace(corpus, slug, name, lane, y, colour, mini)]


def _mark_trace(corpus, slug: str, name: str, lane: list, y: dict, colour: str, mini: bool) -> dict:
    meta: TraceMeta = {"soort": "gebeurtenissen", "thema": slug}
    return base.scatter(
        x=[base.iso(e.date.midpoint) for e in lane],
        y=[y[e.id] for e in lane],
        mode="markers",
        name=name,
        legendgroup=slug,
        showlegend=not mini,
        marker={
            "color": colour,
            "size": 12 if not mini else 10,
            "line": {"color": claims.chart_line_colours(lane, colour), "width": 2},
            "symbol": [claims.chart_symbol(_symbol(e), e) for e in lane],
        },
        customdata=[event_data(corpus, e) for e in lane],
        hovertemplate="%{customdata.datum}<br><b>%{customdata.titel}</b><br>"
        "%{customdata.plaats} · %{customdata.bronnen}<br>%{customdata.wie}<extra></extra>",
        meta=meta,
    )


def _symbol(event) -> str:
    shape = "circle" if event.date.is_point else "diamond"
    return f"{shape}-open" if event.date.approximate or event.date.uncertain else shape


def event_data(corpus, event) -> EventData:
    """A mark's named fields: what hover shows, where a click leads, what the filters match."""
    count = len(event.sources)
    where = corpus.places[event.location].name if event.location else "plaats niet bekend"
    status, claimant, label = claims.chart_fields(event)
    return {
        "url": routes.event(event),
        "datum": base.escape(dates.dutch(event.date.text)),
        "titel": base.escape(event.title),
        "plaats": base.escape(where),
        "bronnen": f"{count} {'bron' if count == 1 else 'bronnen'}",
        "id": event.id,
        "themas": list(event.themes),
        "plaatsen": list(corpus.place_chains.get(event.location, ())),
        "status": [status],
        "volgens": [claimant] if claimant else [],
        "wie": base.escape(label),
    }


def corpus_periods(corpus) -> list[dict]:
    return [dataclasses.asdict(period) for period in corpus.periods]


def _period_shapes(corpus) -> list:
    return [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": p["start"],
            "x1": p["end"],
            "y0": 0,
            "y1": 1,
            "fillcolor": p["colour"],
            "opacity": 0.12,
            "line": {"width": 0},
            "layer": "below",
        }
        for p in corpus_periods(corpus)
    ]


def _period_labels(corpus, first: dt.date, last: dt.date) -> list:
    """Labels just above the bands; a band near the right edge gets its label left of its end."""
    labels = []
    for period in corpus_periods(corpus):
        near_end = dt.date.fromisoformat(period["start"]) > first + (last - first) * 0.8
        labels.append(
            {
                "x": period["end"] if near_end else period["start"],
                "xref": "x",
                "y": 1,
                "yref": "paper",
                "yanchor": "bottom",
                "xanchor": "right" if near_end else "left",
                "showarrow": False,
                "text": base.escape(period["title"]),
                "font": {"size": 11},
                "name": "periode",
            }
        )
    return labels
