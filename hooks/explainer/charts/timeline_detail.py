"""The timeline's densest months in a panel of their own, under the overview on /tijdlijn/.

Drawn to the overview's scale the densest window (charts/dense.py; in the first content October
2019 to May 2020, about half of all events) is a column a few pixels wide with no title on it.
Here every event of that window has a row of its own, its mark at its date and its title written
beside it, wrapped to the room there is at each chart width (charts/labels.py WIDTHS), so nothing
needs hovering and no title overlaps another. Marks carry the same `customdata` as the overview's
(charts/timeline.py event_data), so the timeline's filters apply to both (charts-timeline.js)."""

from __future__ import annotations

import datetime as dt
import textwrap

from explainer.charts import base
from explainer.charts.labels import CHAR_WIDTH, LINE_HEIGHT, WIDTHS
from explainer.charts.svg.base import MONTHS
from explainer.charts.timeline import event_data, theme_colours
from explainer.content import claims

PAD_DAYS = 12  # room before the window's first and after its last day
MARGIN = {"l": 10, "r": 10, "t": 10, "b": 46}
PHONE_MARGIN = 4  # charts.js gives a phone's chart 4 px left and right
GAP_PX, ROW_PAD_PX = 9, 7  # between a mark (or its span) and its title; above and below a row's title


def window_events(corpus, window: tuple[dt.date, dt.date]) -> list:
    """The events whose mark lies in the window, in time order."""
    return [e for e in corpus.events.values() if window[0] <= e.date.midpoint <= window[1]]


def _axis_range(window) -> tuple[dt.date, dt.date]:
    return window[0] - dt.timedelta(days=PAD_DAYS), window[1] + dt.timedelta(days=PAD_DAYS)


def _clip(event, low: dt.date, high: dt.date) -> tuple[dt.date, dt.date]:
    return max(event.date.start, low), min(event.date.end, high)


def _symbol(event) -> str:
    shape = "circle" if event.date.is_point else "diamond"
    return f"{shape}-open" if event.date.approximate or event.date.uncertain else shape


def _mark_traces(corpus, events: list, rows: dict) -> list[dict]:
    """Per lane (first theme) its spans, then its marks, in the overview's colours and shapes."""
    colours, traces = theme_colours(corpus), []
    for slug in corpus.themes:
        lane = [e for e in events if e.themes[0] == slug]
        if not lane:
            continue
        colour, name = colours[slug], base.escape(corpus.themes[slug].title)
        traces += _span_traces(slug, name, lane, rows, colour)
        traces.append(
            base.scatter(
                x=[base.iso(e.date.midpoint) for e in lane],
                y=[rows[e.id] for e in lane],
                mode="markers",
                name=name,
                legendgroup=slug,
                showlegend=False,
                marker={
                    "color": colour,
                    "size": 11,
                    "line": {"color": claims.chart_line_colours(lane, colour), "width": 2},
                    "symbol": [claims.chart_symbol(_symbol(e), e) for e in lane],
                },
                customdata=[event_data(corpus, e) for e in lane],
                hovertemplate="%{customdata.datum}<br><b>%{customdata.titel}</b><br>"
                "%{customdata.plaats} · %{customdata.bronnen}<br>%{customdata.wie}<extra></extra>",
                meta={"soort": "gebeurtenissen", "thema": slug},
            )
        )
    return traces


def _span_traces(slug: str, name: str, lane: list, rows: dict, colour: str) -> list[dict]:
    traces = []
    for vague in (False, True):
        spans = [e for e in lane if not e.date.is_point and (e.date.approximate or e.date.uncertain) == vague]
        xs, ys, ids = [], [], []
        for event in spans:
            xs += [base.iso(event.date.start), base.iso(event.date.end), None]
            ys += [rows[event.id], rows[event.id], None]
            ids += [{"id": event.id}, {"id": event.id}, None]
        if xs:
            traces.append(
                base.scatter(
                    x=xs,
                    y=ys,
                    customdata=ids,
                    mode="lines",
                    legendgroup=slug,
                    showlegend=False,
                    name=name,
                    hoverinfo="skip",
                    line={"color": colour, "width": 5, "dash": "dot" if vague else "solid"},
                    opacity=0.75 if vague else 0.95,
                    meta={"soort": "periode"},
                )
            )
    return traces


def _font(width: int) -> int:
    return 10 if width < 400 else 11


def _plot_width(width: int) -> float:
    return width - 2 * PHONE_MARGIN if width < 400 else width - MARGIN["l"] - MARGIN["r"]


def _titles(events: list, rows: dict, span: tuple[dt.date, dt.date], width: int) -> tuple[list[dict], int]:
    """Each event's title beside its mark, on the side with more room, wrapped to that room; and
    the most lines a title needs (the rows' height follows from it)."""
    low, high = span
    plot, font = _plot_width(width), _font(width)
    px = lambda day: (day - low).days / max((high - low).days, 1) * plot  # noqa: E731
    notes, most = [], 1
    for event in events:
        start, end = _clip(event, low, high)
        right, left = plot - px(max(end, event.date.midpoint)) - GAP_PX, px(min(start, event.date.midpoint)) - GAP_PX
        room = max(right, left)
        lines = textwrap.wrap(base.escape(event.title), max(int(room / (font * CHAR_WIDTH)), 12)) or [base.escape(event.title)]
        most = max(most, len(lines))
        on_right = right >= left
        notes.append(
            {
                "x": base.iso(max(end, event.date.midpoint) if on_right else min(start, event.date.midpoint)),
                "xref": "x",
                "y": rows[event.id],
                "yref": "y",
                "xanchor": "left" if on_right else "right",
                "yanchor": "middle",
                "xshift": GAP_PX if on_right else -GAP_PX,
                "align": "left" if on_right else "right",
                "showarrow": False,
                "text": "<br>".join(lines),
                "font": {"size": font},
                "name": event.id,
                "captureevents": False,
            }
        )
    return notes, most


def _layouts(events: list, rows: dict, span) -> list[dict]:
    """Per chart width (the overview's mechanism, layout.meta.sleutels): the titles and the height."""
    layouts = []
    for width in WIDTHS:
        notes, most = _titles(events, rows, span, width)
        row_px = most * _font(width) * LINE_HEIGHT + 2 * ROW_PAD_PX
        layouts.append(
            {
                "breedte": width,
                "marge": MARGIN["t"],
                "hoogte": round(len(events) * row_px + MARGIN["t"] + MARGIN["b"]),
                "annotaties": notes,
                "lijnen": [],
            }
        )
    return layouts


def _month_ticks(low: dt.date, high: dt.date) -> tuple[list, list]:
    values: list[str] = []
    texts: list[str] = []
    day = dt.date(low.year, low.month, 1)
    while day <= high:
        if day >= low:
            values.append(base.iso(day))
            texts.append(f"{MONTHS[day.month - 1]}<br>{day.year}" if day.month == 1 or not texts else MONTHS[day.month - 1])
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return values, texts


def detail_chart(corpus, window: tuple[dt.date, dt.date]) -> dict:
    """The window's events one per row, their titles written beside them."""
    events = sorted(window_events(corpus, window), key=lambda e: (e.date.midpoint, e.id))
    rows = {event.id: -i for i, event in enumerate(events)}
    span = _axis_range(window)
    layouts = _layouts(events, rows, span)
    widest = layouts[-1]
    layout = {
        "height": widest["hoogte"],
        "margin": dict(MARGIN),
        "showlegend": False,
        "xaxis": _time_axis(span),
        "yaxis": {"range": [-len(events) + 0.5, 0.5], "visible": False, "fixedrange": True, "showgrid": False, "zeroline": False},
        "hovermode": "closest",
        "dragmode": False,
        "annotations": widest["annotaties"],
        "shapes": [],
        "meta": {"soort": "tijdlijn-detail", "sleutels": layouts, "baanboven": [], "venster": [base.iso(d) for d in window]},
    }
    return {"data": _mark_traces(corpus, events, rows), "layout": layout}


def _time_axis(span: tuple[dt.date, dt.date]) -> dict:
    ticks, labels = _month_ticks(*span)
    return {
        "type": "date",
        "range": [base.iso(span[0]), base.iso(span[1])],
        "tickvals": ticks,
        "ticktext": labels,
        "fixedrange": True,
        "showgrid": True,
    }


def window_shape(window: tuple[dt.date, dt.date]) -> dict:
    """The window outlined on the overview, so the panel under it is found."""
    return {
        "type": "rect",
        "xref": "x",
        "yref": "paper",
        "x0": base.iso(window[0]),
        "x1": base.iso(window[1]),
        "y0": 0,
        "y1": 1,
        "fillcolor": "rgba(0,0,0,0)",
        "line": {"color": "#888888", "width": 1, "dash": "dash"},
        "layer": "above",
        "name": "detailvenster",
    }
