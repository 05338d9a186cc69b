"""The legend and the overview strip (range slider) of a static chart picture,
placed where plotly.js puts them: a horizontal legend below the plot area at its
paper y, the strip under the x axis with every trace drawn small."""

from __future__ import annotations

from explainer.charts.labels import text_size
from explainer.charts.svg import base
from explainer.charts.svg.axes import Axis
from explainer.charts.svg.marks import marker, trace_svg

ITEM_SYMBOL, ITEM_GAP, ROW_PX, TITLE_PX = 40, 10, 20, 22
SLIDER_TOP = 28  # px below the plot area: room for the x tick labels


def _items(data: list) -> list[dict]:
    seen, items = set(), []
    for trace in data:
        if trace.get("showlegend", True) is False or trace.get("visible") is False:
            continue
        key = trace.get("legendgroup") or id(trace)
        if key not in seen:
            seen.add(key)
            items.append(trace)
    return items


def _rows(data: list, width: float) -> list[list[tuple[dict, float]]]:
    """Legend items in rows of at most `width` px: (trace, item width)."""
    rows: list[list[tuple[dict, float]]] = []
    current: list[tuple[dict, float]] = []
    used = 0.0
    for trace in _items(data):
        item = ITEM_SYMBOL + text_size(base.plain(trace.get("name", "")), 12)[0] * 0.9 + ITEM_GAP
        if current and used + item > width:
            rows.append(current)
            current, used = [], 0.0
        current.append((trace, item))
        used += item
    return rows + ([current] if current else [])


def _title(layout: dict) -> str:
    return ((layout.get("legend") or {}).get("title") or {}).get("text", "")


def legend_height(layout: dict, data: list, width: float) -> float:
    return (TITLE_PX if _title(layout) else 0) + len(_rows(data, width)) * ROW_PX + 6


def legend_svg(layout: dict, data: list, area) -> str:
    if not layout.get("showlegend"):
        return ""
    left, top, width, height = area
    legend = layout.get("legend") or {}
    x = left + legend.get("x", 0) * width
    y = top + (1 - legend.get("y", -0.2)) * height + 3
    parts = []
    if _title(layout):
        parts.append(base.text(x, y + TITLE_PX / 2, _title(layout), 12, "start", "middle"))
        y += TITLE_PX
    for row in _rows(data, width):
        at = x
        for trace, item in row:
            parts.append(marker(_sample(trace), 0, at + ITEM_SYMBOL / 2, y + ROW_PX / 2))
            parts.append(base.text(at + ITEM_SYMBOL, y + ROW_PX / 2, trace.get("name", ""), 12, "start", "middle"))
            at += item
        y += ROW_PX
    return f'<g class="ik-s-legend">{"".join(parts)}</g>'


def _sample(trace: dict) -> dict:
    """The trace's first marker, at most 12 px, for its legend item (the trace itself is not changed)."""
    spec = dict(trace.get("marker") or {})
    for key in ("symbol", "color", "size", "opacity"):
        if isinstance(spec.get(key), list):
            spec[key] = spec[key][0]
    spec["size"] = min(spec.get("size", 12), 12)
    if isinstance((spec.get("line") or {}).get("color"), list):
        spec["line"] = {**spec["line"], "color": spec["line"]["color"][0]}
    return {**trace, "marker": spec}


def rangeslider_svg(layout: dict, data: list, axes: dict, area) -> str:
    """The overview strip: the whole range, every trace drawn small, in a framed band."""
    slider = (layout.get("xaxis") or {}).get("rangeslider") or {}
    if slider.get("visible") is False or not slider:
        return ""
    left, top, width, height = area
    strip = slider.get("thickness", 0.15) * height
    y0 = top + height + SLIDER_TOP
    yaxis = axes["y"]
    mini = dict(axes, y=Axis("y", yaxis.spec, yaxis.low, yaxis.high, y0 + strip - 3, y0 + 3))
    traces = "".join(trace_svg(t, mini, 0.35, with_text=False) for t in data if t.get("xaxis", "x") == "x")
    n = base.num
    return (
        f'<g class="ik-s-slider"><rect class="ik-s-axis" x="{n(left)}" y="{n(y0)}" width="{n(width)}" '
        f'height="{n(strip)}" fill="none"/>{traces}</g>'
    )
