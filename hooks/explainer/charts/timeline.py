"""The timeline: events on a time axis, one lane per (first) theme, the key events' titles
written above the chart, an overview strip (range slider) under it for focus + context.

Python and docs/assets/charts-timeline.js agree through named fields: every mark's `customdata`
is an object (see `event_data`); a filter or a mark style is one more field there."""
from __future__ import annotations

import dataclasses
import datetime as dt
import math

from explainer.charts import base as base
from explainer.content import claims
from explainer import dates, routes
from explainer.charts.labels import WIDTHS, Box, place, text_size

ROW_GAP_DAYS = 150
KEY_EVENTS, KEY_EVENTS_MINI = 12, 5
LABEL_FONT, LABEL_WRAP = 11, 26  # px; characters per line of a key event's title
PHONE_FONT, PHONE_WRAP = 10, 20
BAND_ROW_PX, BAND_GAP_PX, BAND_ROWS = 32, 20, 9  # the label band above the plot: at most so many rows
MIN_WRITTEN = 10  # key titles written on the chart at the least (issue 10), where there are so many
# The overview strip draws every mark a second time: beyond this many events it would double the
# drawing time of a timeline that is already slow to draw, so there the period buttons serve.
OVERVIEW_MAX_EVENTS = 400
RIGHT_PX = 44  # room right of the plot for the upright modebar, clear of the titles
MARGIN_PX, LANE_PAD_PX = 10, 8  # left of the lane names; between them and the plot


def theme_colours(corpus) -> dict:
    return {slug: base.PALETTE[i % len(base.PALETTE)] for i, slug in enumerate(corpus.themes)}


def _midpoint(span: dates.EdtfSpan) -> dt.date:
    return span.start + (span.end - span.start) / 2


def _rows(events: list) -> dict:
    """Give overlapping events in one lane their own row (greedy interval packing), so no two
    marks are drawn on top of each other."""
    row_ends, rows = [], {}
    for event in sorted(events, key=lambda e: (e.date.start, e.id)):
        for row, end in enumerate(row_ends):
            if (event.date.start - end).days > ROW_GAP_DAYS:
                row_ends[row] = event.date.end
                break
        else:
            row = len(row_ends)
            row_ends.append(event.date.end)
        rows[event.id] = row
    return rows


def _lanes(corpus, events: list, theme: str | None = None) -> list[tuple[str, list, dict]]:
    if theme is not None:  # a theme's own page: all its events in its lane
        return [(theme, events, _rows(events))] if events else []
    by_theme = {slug: [] for slug in corpus.themes}
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

    ticks: list
    labels: list
    tops: list
    bottom: float


def layout(corpus, events: list, ys: dict, lanes: Lanes, mini: bool = False) -> dict:
    """A timeline's layout: time axis, lanes, period bands and the key events' titles (with their
    lines down to the marks at `ys`) for each chart width."""
    first = min((e.date.start for e in events), default=dt.date(2014, 1, 1)) - dt.timedelta(days=base.MARGIN_DAYS)
    last = base.span_end(events)
    periods = [] if mini else _period_labels(corpus, first, last)
    bands = key_labels(events, ys, (first, last), lanes.labels, periods, mini)
    top = lanes.bottom
    return dict(
        height=max(220 if mini else 360, int(-top * (34 if mini else 42)) + 120) + bands[-1]["marge"],
        margin={"l": lane_margin(lanes.labels), "r": RIGHT_PX, "t": bands[-1]["marge"], "b": 40},
        modebar={"orientation": "v"},
        showlegend=not mini,
        legend={"orientation": "h", "y": -0.08 if mini else -0.2, "yanchor": "top", "x": 0,
                "groupclick": "togglegroup", "title": {"text": "Thema's (klik om aan/uit te zetten):", "side": "top"}},
        xaxis={"type": "date", "range": [base.iso(first), base.iso(last)], "automargin": True, "fixedrange": False,
               **({} if mini or len(events) > OVERVIEW_MAX_EVENTS else {"rangeslider": {"visible": True,
                                                                                        "thickness": 0.07}})},
        yaxis={"tickvals": lanes.ticks, "ticktext": lanes.labels, "automargin": True, "fixedrange": True,
               "zeroline": False, "showgrid": False, "range": [top + 0.4, 0.9]},
        hovermode="closest", dragmode="pan",
        annotations=periods + bands[-1]["annotaties"],
        shapes=([] if mini else _period_shapes(corpus)) + bands[-1]["lijnen"],
        meta={"soort": "tijdlijn", "periodes": [p["slug"] for p in corpus_periods(corpus)], "baanboven": lanes.tops,
              "sleutels": bands, "bereik": {"alles": [base.iso(first), base.iso(last)], **base.presets(corpus)}},
    )


def lane_traces(corpus, slug: str, lane: list, y: dict, colour: str, mini: bool) -> list:
    name = base.escape(corpus.themes[slug].title)
    traces = []
    for vague in (False, True):
        spans = [e for e in lane if not e.date.is_point and (e.date.approximate or e.date.uncertain) == vague]
        xs, ys, ids = [], [], []
        for event in spans:
            xs += [base.iso(event.date.start), base.iso(event.date.end), None]
            ys += [y[event.id], y[event.id], None]
            ids += [{"id": event.id}, {"id": event.id}, None]
        if xs:
            traces.append(base.scatter(
                x=xs, y=ys, customdata=ids, mode="lines", legendgroup=slug, showlegend=False, name=name,
                hoverinfo="skip", line={"color": colour, "width": 7, "dash": "dot" if vague else "solid"},
                opacity=0.75 if vague else 0.95, meta={"soort": "periode"}))
    traces.append(base.scatter(
        x=[base.iso(_midpoint(e.date)) for e in lane], y=[y[e.id] for e in lane], mode="markers", name=name,
        legendgroup=slug, showlegend=not mini,
        marker={"color": colour, "size": 12 if not mini else 10,
                "line": {"color": claims.chart_line_colours(lane, colour), "width": 2},
                "symbol": [claims.chart_symbol(_symbol(e), e) for e in lane]},
        customdata=[event_data(corpus, e) for e in lane],
        hovertemplate="%{customdata.datum}<br><b>%{customdata.titel}</b><br>"
                      "%{customdata.plaats} · %{customdata.bronnen}<br>%{customdata.wie}<extra></extra>",
        meta={"soort": "gebeurtenissen", "thema": slug},
    ))
    return traces


def _symbol(event) -> str:
    shape = "circle" if event.date.is_point else "diamond"
    return f"{shape}-open" if event.date.approximate or event.date.uncertain else shape


def event_data(corpus, event) -> dict:
    """A mark's named fields: what hover shows, where a click leads, what the filters match."""
    count = len(event.sources)
    where = corpus.places[event.location].name if event.location else "plaats niet bekend"
    status, claimant, label = claims.chart_fields(event)
    return {"url": routes.event(event), "datum": base.escape(dates.dutch(event.date.text)),
            "titel": base.escape(event.title), "plaats": base.escape(where),
            "bronnen": f"{count} {'bron' if count == 1 else 'bronnen'}", "id": event.id,
            "themas": list(event.themes), "plaatsen": list(corpus.place_chains.get(event.location, ())),
            "status": [status], "volgens": [claimant] if claimant else [], "wie": base.escape(label)}


def corpus_periods(corpus) -> list[dict]:
    return [dataclasses.asdict(period) for period in getattr(corpus, "periods", [])]  # Period records


def _period_shapes(corpus) -> list:
    return [{"type": "rect", "xref": "x", "yref": "paper", "x0": p["start"], "x1": p["end"], "y0": 0, "y1": 1,
             "fillcolor": p["colour"], "opacity": 0.12, "line": {"width": 0}, "layer": "below"}
            for p in corpus_periods(corpus)]


def _period_labels(corpus, first: dt.date, last: dt.date) -> list:
    """Labels just above the bands; a band near the right edge gets its label left of its end."""
    labels = []
    for period in corpus_periods(corpus):
        near_end = dt.date.fromisoformat(period["start"]) > first + (last - first) * 0.8
        labels.append({"x": period["end"] if near_end else period["start"], "xref": "x", "y": 1, "yref": "paper",
                       "yanchor": "bottom", "xanchor": "right" if near_end else "left", "showarrow": False,
                       "text": base.escape(period["title"]), "font": {"size": 11}, "name": "periode"})
    return labels


def key_events(events: list, limit: int) -> list:
    """The events whose titles are written on the chart, most important first. The first and the
    last event bound the story; then each year's most-reported event (an event more sources
    report is a milestone, and one per year spreads the titles over the axis); then the
    most-reported of the rest, from the years with the fewest titles (a title per crowded year
    would pile up where the marks already do)."""
    if not events:
        return []
    by_reports = sorted(events, key=lambda e: (-len(e.sources), e.date.start, e.id))
    chosen = {events[0].id: events[0], events[-1].id: events[-1]}
    for event in by_reports:
        if not any(c.date.start.year == event.date.start.year for c in chosen.values()):
            chosen[event.id] = event
    while len(chosen) < min(limit, len(events)):  # then the most-reported of the emptiest years
        per_year = {}
        for event in chosen.values():
            per_year[event.date.start.year] = per_year.get(event.date.start.year, 0) + 1
        rest = [e for e in by_reports if e.id not in chosen]
        pick = min(rest, key=lambda e: (per_year.get(e.date.start.year, 0), -len(e.sources), e.date.start, e.id))
        chosen[pick.id] = pick
    return list(chosen.values())[:limit]


def _wrap(title: str, width: int) -> str:
    import textwrap
    return "<br>".join(textwrap.wrap(title, width)) or title


def lane_margin(lane_names: list[str]) -> int:
    """The left margin that already holds the lane names. Plotly's automargin would otherwise
    widen a narrower margin after the first draw and then draw the whole chart a second time
    (a third of newPlot's time on a 1,000-event timeline)."""
    return math.ceil(MARGIN_PX + max((text_size(name, 12)[0] for name in lane_names), default=0) + LANE_PAD_PX)


def _plot_width(width: int, lane_names: list[str]) -> tuple[float, float, float]:
    """Left margin, plot width and right margin in px: lane names beside the axis, or (on a phone,
    where charts-timeline.js moves them into the plot) none."""
    if width < 400:
        return 4.0, width - 8.0, 4.0
    left = lane_margin(lane_names)
    return left, width - left - RIGHT_PX, 0.0


def _options(x: float, size: tuple[float, float], rows: int) -> list:
    """Where a title can go: a row of the band above the plot, shifted sideways at most so far
    that its line still starts under the title."""
    w, h = size
    options = []
    for row in range(rows):
        bottom = -(BAND_GAP_PX + row * BAND_ROW_PX)
        for shift in (0, -w / 4, w / 4, -w / 2 + 6, w / 2 - 6, -w * 0.8, w * 0.8):
            centre = x + shift
            options.append((Box(centre - w / 2, bottom - h, centre + w / 2, bottom), (shift, bottom - h / 2, row)))
    return options


def key_labels(events: list, ys: dict, span: tuple, lane_names: list, periods: list, mini: bool) -> list[dict]:
    """Per chart width: the key events' titles as annotations above the plot, each with a dotted
    line down to its mark, placed so that no two titles overlap (titles that find no room are
    left to hover)."""
    keys = key_events(events, KEY_EVENTS_MINI if mini else KEY_EVENTS)
    first, last = span
    layouts = []
    for width in WIDTHS:
        left, plot, right = _plot_width(width, lane_names)
        font, wrap = (PHONE_FONT, PHONE_WRAP) if width < 400 else (LABEL_FONT, LABEL_WRAP)
        xs = [(_midpoint(e.date) - first).days / max((last - first).days, 1) * plot for e in keys]
        titles = [_wrap(base.escape(e.title), wrap) for e in keys]
        sizes = [text_size(t, font) for t in titles]
        picks = _fewest_rows(xs, sizes, Box(-left + 2, 0, plot + right - 2, 0), min(MIN_WRITTEN, len(keys)))
        rows = max((pick[1][2] + 1 for pick in picks if pick), default=0)
        annotations, lines = [], []
        for event, title, pick in zip(keys, titles, picks):
            if pick:
                annotations.append(_key_annotation(event, title, pick[1], font))
                lines.append(_key_line(event, ys[event.id]))
        layouts.append({"breedte": width, "marge": (BAND_GAP_PX + rows * BAND_ROW_PX + 6) if rows else 10,
                        "annotaties": annotations, "lijnen": lines})
    return layouts


def _fewest_rows(xs: list, sizes: list, span: Box, wanted: int) -> list:
    """The titles' places in the fewest rows of the band that still hold `wanted` titles: a deep
    pile of titles over a crowded year is hard to read, so the least important ones that would
    need more rows are left to hover."""
    for rows in range(1, BAND_ROWS + 1):
        frame = Box(span.x0, -(BAND_GAP_PX + rows * BAND_ROW_PX), span.x1, 0)
        picks = place([_options(x, size, rows) for x, size in zip(xs, sizes)], [], frame)
        if sum(1 for pick in picks if pick) >= wanted:
            break
    return picks


def _key_annotation(event, title: str, where: tuple, font: int) -> dict:
    shift, centre, _ = where
    return {"x": base.iso(_midpoint(event.date)), "xref": "x", "y": 1, "yref": "paper", "text": title,
            "showarrow": True, "arrowhead": 0, "arrowwidth": 1, "arrowcolor": "#888888",
            "ax": round(shift, 1), "ay": round(centre, 1), "font": {"size": font}, "align": "center",
            "name": event.id, "captureevents": False}


def _key_line(event, y: float) -> dict:
    x = base.iso(_midpoint(event.date))
    return {"type": "line", "xref": "x", "yref": "y", "x0": x, "x1": x, "y0": y, "y1": 0.9, "name": event.id,
            "line": {"width": 1, "dash": "dot", "color": "#888888"}, "layer": "below"}
