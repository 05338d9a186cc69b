"""Scatter traces as SVG: lines with gaps and dashes, markers in
plotly's symbols (circle, diamond, line-ns and their -open / -x variants) with per-point arrays,
and text next to the marks at plotly's offsets.

A mark that has a hover label in Plotly (customdata + hovertemplate) carries data-i="TRACE.POINT",
its index into the chart's data-figure JSON: docs/assets/chart-tooltip.js shows the same label
from the picture, before plotly.js is there."""

from __future__ import annotations

import math

from explainer.charts.svg import base
from explainer.charts.svg.subset import mode as mode_of

DEFAULT_COLOUR = "#0072B2"


def pick(value, index: int, default=None):
    """A per-point value: the array's element, or the scalar for every point."""
    if isinstance(value, list):
        return value[index] if index < len(value) and value[index] is not None else default
    return default if value is None else value


def dash(style: str | None, width: float) -> str:
    unit = max(width, 3)
    pattern = {
        "dot": (unit, unit),
        "dash": (3 * unit, 3 * unit),
        "longdash": (5 * unit, 5 * unit),
        "dashdot": (3 * unit, unit, unit, unit),
    }.get(style or "solid")
    return f' stroke-dasharray="{",".join(base.num(p) for p in pattern)}"' if pattern else ""


def symbol_path(symbol: str, x: float, y: float, r: float) -> str:
    shape = symbol.replace("-open", "").replace("-dot", "")
    cross = shape.endswith("-x")
    shape = shape[:-2] if cross else shape
    n = base.num
    if shape == "line-ns":
        return f"M{n(x)},{n(y - r)}V{n(y + r)}"
    if shape == "diamond":
        d, half = r * 1.3, r * 0.65
        path = f"M{n(x + d)},{n(y)}L{n(x)},{n(y + d)}L{n(x - d)},{n(y)}L{n(x)},{n(y - d)}Z"
    elif shape == "square":
        path, half = f"M{n(x - r)},{n(y - r)}h{n(2 * r)}v{n(2 * r)}h{n(-2 * r)}Z", r
    else:
        half = r / math.sqrt(2)
        path = f"M{n(x + r)},{n(y)}A{n(r)},{n(r)} 0 1,1 {n(x)},{n(y - r)}A{n(r)},{n(r)} 0 0,1 {n(x + r)},{n(y)}Z"
    if cross:
        path += (
            f"M{n(x - half)},{n(y - half)}L{n(x + half)},{n(y + half)}M{n(x - half)},{n(y + half)}L{n(x + half)},{n(y - half)}"
        )
    return path


def hoverable(trace: dict) -> bool:
    """Plotly shows a label for this trace's marks: the picture's marks get an index for chart-tooltip.js."""
    return bool(trace.get("hovertemplate") and trace.get("customdata")) and trace.get("hoverinfo") != "skip"


def marker(trace: dict, index: int, x: float, y: float, scale: float = 1.0, tag: str = "") -> str:
    """One mark; `tag` (a data-i attribute) makes even an invisible mark a target for the tooltip."""
    spec = trace.get("marker") or {}
    line = spec.get("line") or {}
    colour = pick(spec.get("color"), index, DEFAULT_COLOUR)
    symbol = str(pick(spec.get("symbol"), index, "circle"))
    opacity = pick(spec.get("opacity"), index, 1)
    if opacity == 0 and not tag:
        return ""
    r = pick(spec.get("size"), index, 6) / 2 * scale
    width = pick(line.get("width"), index, 0)
    stroke = pick(line.get("color"), index, "#444444")
    if symbol.endswith("-open"):
        fill, stroke, width = "none", colour, max(width, 1)
    elif symbol == "line-ns":
        fill = "none"
    else:
        fill = colour
    faded = f' opacity="{opacity}"' if opacity != 1 else ""
    outline = f' stroke="{base.attr(stroke)}" stroke-width="{base.num(width)}"' if width else ""
    return f'<path d="{symbol_path(symbol, x, y, r)}" fill="{base.attr(fill)}"{outline}{faded}{tag}/>'


def points(trace: dict, axes: dict) -> list[tuple[int, float, float]]:
    xaxis, yaxis = axes[trace.get("xaxis", "x")], axes[trace.get("yaxis", "y")]
    found = []
    for index, (x, y) in enumerate(zip(trace.get("x") or [], trace.get("y") or [])):
        if x is not None and y is not None:
            found.append((index, xaxis.px(x), yaxis.px(y)))
    return found


def line_paths(trace: dict, axes: dict, width_scale: float = 1.0) -> str:
    spec = trace.get("line") or {}
    xaxis, yaxis = axes[trace.get("xaxis", "x")], axes[trace.get("yaxis", "y")]
    segments: list[list[str]] = []
    current: list[str] = []
    for x, y in zip(trace.get("x") or [], trace.get("y") or []):
        if x is None or y is None:
            segments.append(current)
            current = []
        else:
            current.append(f"{base.num(xaxis.px(x))},{base.num(yaxis.px(y))}")
    segments.append(current)
    d = "".join("M" + "L".join(s) for s in segments if len(s) > 1)
    if not d:
        return ""
    width = spec.get("width", 2) * width_scale
    colour = spec.get("color") or (trace.get("marker") or {}).get("color") or DEFAULT_COLOUR
    return (
        f'<path d="{d}" fill="none" stroke="{base.attr(colour)}" stroke-width="{base.num(width)}"'
        f"{dash(spec.get('dash'), width)}/>"
    )


def text_at(trace: dict, index: int, x: float, y: float) -> str:
    label = pick(trace.get("text"), index)
    if label in (None, ""):
        return ""
    where = str(pick(trace.get("textposition"), index, "middle center"))
    size = (trace.get("textfont") or {}).get("size", base.DEFAULT_FONT)
    radius = pick((trace.get("marker") or {}).get("size"), index, 6) / 2
    gap = radius / 0.8 + 1 if "markers" in mode_of(trace) else 0
    vertical, _, horizontal = where.partition(" ")
    anchor = {"left": "end", "right": "start"}.get(horizontal, "middle")
    dx = {"left": -gap, "right": gap}.get(horizontal, 0)
    dy = {"top": -gap, "bottom": gap}.get(vertical, 0)
    valign = {"top": "bottom", "bottom": "top"}.get(vertical, "middle")
    colour = (trace.get("textfont") or {}).get("color")
    fill = f' fill="{base.attr(colour)}"' if colour else ""
    return base.text(x + dx, y + dy, label, size, anchor, valign, "ik-s-text ik-s-halo", fill)


def trace_svg(trace: dict, axes: dict, scale: float = 1.0, with_text: bool = True, number: int | None = None) -> str:
    """One trace; `scale` shrinks marks and lines (the overview strip draws the traces small);
    `number` (the trace's index in the figure) tags the marks that have a hover label."""
    if trace.get("visible") in (False, "legendonly"):
        return ""
    mode = mode_of(trace)
    parts = [line_paths(trace, axes, scale)] if "lines" in mode else []
    spots = points(trace, axes)
    if "markers" in mode:
        tagged = number is not None and hoverable(trace)
        parts += [marker(trace, i, x, y, scale, f' data-i="{number}.{i}"' if tagged else "") for i, x, y in spots]
    if "text" in mode and with_text:
        parts += [text_at(trace, i, x, y) for i, x, y in spots]
    opacity = trace.get("opacity", 1)
    faded = f' opacity="{opacity}"' if opacity != 1 else ""
    return f"<g{faded}>{''.join(parts)}</g>"
