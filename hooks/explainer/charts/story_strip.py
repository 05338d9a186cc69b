"""A story step's timeline strip (charts/story.py draws its map): every event of the site as a grey
dot, the step's events marked and its window shaded. With a dense window (charts/dense.py) the
years before it get the left panel and the window, enlarged, the right one, and both say so:
drawn to scale the window would be a sliver at the right edge."""

from __future__ import annotations

import datetime as dt

from explainer.charts import base
from explainer.charts.story import AAN, CONTEXT, HIGHLIGHT, STORY_WIDTHS, UIT, pictures
from explainer.charts.svg import cartesian
from explainer.charts.svg.base import MONTHS
from explainer.content import claims

MARGIN_DAYS = 45
ROW_PX, MARK_GAP_PX = 14, 13  # a strip's rows; marks closer than this share no row


class Scale:
    """The strip's time axes: the whole range, or (with a dense window) the years before it on the
    left and the window, enlarged, on the right. `axis(day)` says on which axis a day lies."""

    def __init__(self, events: list, window: tuple[dt.date, dt.date] | None):
        days = [e.date.midpoint for e in events] or [dt.date(2014, 1, 1)]
        margin = dt.timedelta(days=MARGIN_DAYS)
        self.first, self.last = min(days) - margin, max(days) + margin
        self.split = window[0] if window and self.first < window[0] < self.last else None
        self.parts = (
            [("x", self.first, self.split, (0.0, 0.5)), ("x2", self.split, self.last, (0.56, 1.0))]
            if self.split
            else [("x", self.first, self.last, (0.0, 1.0))]
        )

    def axis(self, day: dt.date) -> tuple:
        return next((part for part in self.parts if day < part[2]), self.parts[-1])

    def px(self, day: dt.date, plot_width: float) -> float:
        name, low, high, (d0, d1) = self.axis(day)
        return plot_width * (d0 + (d1 - d0) * (day - low).days / max((high - low).days, 1))


def _rows(events: list, scale: Scale, plot_width: float) -> dict:
    """The step's marks in rows, so no two are drawn on top of each other."""
    rows: dict = {}
    ends: list[float] = []
    for event in sorted(events, key=lambda e: (e.date.midpoint, e.id)):
        x = scale.px(event.date.midpoint, plot_width)
        row = next((i for i, end in enumerate(ends) if x - end >= MARK_GAP_PX), len(ends))
        ends[row : row + 1] = [x]
        rows[event.id] = row
    return rows


def _symbol(event) -> str:
    shape = "circle" if event.date.is_point else "diamond"
    return f"{shape}-open" if event.date.approximate or event.date.uncertain else shape


def _marks(events: list, scale: Scale, ys: dict) -> list[dict]:
    """The step's events, per axis, in the timeline's shapes: a dot for a day, a diamond for a
    longer span, open when vague, a cross for a claim."""
    traces = []
    for name, *_ in scale.parts:
        shown = [e for e in events if scale.axis(e.date.midpoint)[0] == name]
        if shown:
            traces.append(
                base.scatter(
                    x=[base.iso(e.date.midpoint) for e in shown],
                    y=[ys.get(e.id, 0) for e in shown],
                    mode="markers",
                    xaxis=name,
                    marker={
                        "color": HIGHLIGHT,
                        "size": 11,
                        "symbol": [claims.chart_symbol(_symbol(e), e) for e in shown],
                        "line": {"width": 1.5, "color": "#ffffff"},
                    },
                    meta={"klasse": f"{AAN} ik-v-merk"},
                )
            )
    return traces


def _ticks(events: list, scale: Scale) -> list[dict]:
    """Every other event of the site as a tick under the step's marks (a rug), one path per axis:
    fifteen strips on a page would otherwise hold a thousand small elements."""
    traces = []
    for name, *_ in scale.parts:
        xs, ys = [], []
        for event in (e for e in events if scale.axis(e.date.midpoint)[0] == name):
            xs += [base.iso(event.date.midpoint)] * 2 + [None]
            ys += [-0.32, 0.32, None]
        if xs:
            traces.append(
                base.scatter(x=xs, y=ys, mode="lines", xaxis=name, line={"color": CONTEXT, "width": 1.5}, meta={"klasse": UIT})
            )
    return traces


def _spans(events: list, scale: Scale, ys: dict) -> list[dict]:
    """The step's events that last or are dated vaguely: a line from their first to their last day,
    cut where the strip's axes meet."""
    traces = []
    for name, low, high, _ in scale.parts:
        xs, yv = [], []
        for event in (e for e in events if not e.date.is_point):
            start, end = max(event.date.start, low), min(event.date.end, high)
            if start < end:
                xs += [base.iso(start), base.iso(end), None]
                yv += [ys[event.id], ys[event.id], None]
        if xs:
            traces.append(
                base.scatter(
                    x=xs,
                    y=yv,
                    mode="lines",
                    xaxis=name,
                    line={"color": HIGHLIGHT, "width": 3},
                    meta={"klasse": f"{AAN} ik-v-duur"},
                    opacity=0.6,
                )
            )
    return traces


def _window_shapes(start: dt.date, end: dt.date, scale: Scale) -> list[dict]:
    shapes = []
    for name, low, high, _ in scale.parts:
        a, b = max(start, low), min(end + dt.timedelta(days=1), high)
        if a < b:
            pad = dt.timedelta(days=4) if (b - a).days < 8 else dt.timedelta(0)  # a day's window stays visible
            shapes.append(
                {
                    "type": "rect",
                    "xref": name,
                    "yref": "paper",
                    "x0": base.iso(a - pad),
                    "x1": base.iso(b + pad),
                    "y0": 0,
                    "y1": 1,
                    "fillcolor": HIGHLIGHT,
                    "opacity": 0.16,
                    "line": {"width": 0},
                    "layer": "below",
                }
            )
    return shapes


def _month(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _panel_titles(scale: Scale) -> list[dict]:
    """Above the two panels what each covers, so the enlarged window is not read to scale."""
    if not scale.split:
        return []
    last = scale.last - dt.timedelta(days=MARGIN_DAYS)
    titles = (
        (0, "left", f"{scale.first.year}–{(scale.split - dt.timedelta(days=1)).year}"),
        (1, "right", f"{_month(scale.split)} – {_month(last)}, uitvergroot"),
    )
    return [
        {
            "x": x,
            "xref": "paper",
            "y": 1,
            "yref": "paper",
            "yanchor": "bottom",
            "xanchor": anchor,
            "showarrow": False,
            "text": base.escape(text),
            "font": {"size": 11},
        }
        for x, anchor, text in titles
    ]


def strip_figure(corpus, step, scale: Scale, width: int) -> dict:
    """The timeline strip for one chart width: every event of the site as a grey dot, the step's
    events marked and the step's window shaded."""
    named = [corpus.events[event_id] for event_id in step.events]
    plot_width = width - 16
    ys = _rows(named, scale, plot_width)
    rows = max(ys.values(), default=0) + 1
    others = [e for e in corpus.events.values() if e.id not in ys]
    traces = _ticks(others, scale) + _spans(named, scale, ys) + _marks(named, scale, ys)
    axes = {
        ("xaxis" if name == "x" else "xaxis2"): {
            "type": "date",
            "range": [base.iso(low), base.iso(high)],
            "domain": list(domain),
            "showgrid": False,
            "showline": True,
            "ticks": "outside",
            **({"anchor": "y"} if name != "x" else {}),
        }
        for name, low, high, domain in scale.parts
    }
    return {
        "data": traces,
        "layout": {
            "height": 22 + rows * ROW_PX + 12 + 36,
            "margin": {"l": 8, "r": 8, "t": 22, "b": 36},
            "showlegend": False,
            "yaxis": {"range": [-0.7, rows - 0.3], "visible": False, "showgrid": False},
            "shapes": _window_shapes(step.start, step.end, scale),
            "annotations": _panel_titles(scale),
            **axes,
        },
    }


def step_strip(corpus, step, scale: Scale, label: str) -> str:
    figures = {w: strip_figure(corpus, step, scale, w) for w in STORY_WIDTHS}
    return pictures({w: (cartesian.render(f, w, label), f["layout"]["height"]) for w, f in figures.items()}, "ik-vb-strook")
