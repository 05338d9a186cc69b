"""The static picture of a cartesian Plotly plot: scatter traces on
x/y axes (subplots with domains, date and linear axes, tickvals/ticktext), shapes, annotations
with arrows, a legend and the overview strip, drawn in SVG from the plot dict alone, at the
height plotly.js will give the chart, so nothing moves when Plotly replaces it.

Colours of the data stay inline as in the plot; everything the palette decides (text, grid,
axes) is a CSS class (docs/assets/charts-static.css), so dark mode needs no script."""

from __future__ import annotations

from explainer.charts.labels import text_size
from explainer.charts.svg import base, fit
from explainer.charts.svg.axes import autorange
from explainer.charts.svg.axes import axes as make_axes
from explainer.charts.svg.legend import legend_height, legend_svg, rangeslider_svg
from explainer.charts.svg.marks import dash, trace_svg

TICK_PAD = 8  # px between the y tick labels and the plot area (plotly's automargin)
PUSH_PAD = 10  # px plotly's automargin keeps left of the labels (its pad: min(12, the margins))


def _font(layout: dict) -> float:
    return (layout.get("font") or {}).get("size", base.DEFAULT_FONT)


def _left(layout: dict, margin: dict) -> float:
    """The left margin, widened for the y tick labels as plotly's automargin does (only if they
    need more room than the margin already has)."""
    axis = layout.get("yaxis") or {}
    if axis.get("visible") is False or axis.get("showticklabels") is False or not axis.get("ticktext"):
        return margin.get("l", 80)
    widest = max(text_size(str(t), 12)[0] for t in axis["ticktext"])
    return max(margin.get("l", 80), PUSH_PAD + widest + TICK_PAD)


def _plot_area(layout: dict, data: list, width: int) -> tuple[float, float, float, float]:
    """(left, top, width, height) of the plot area."""
    margin, height = layout.get("margin") or {}, layout.get("height", 450)
    left, top = _left(layout, margin), margin.get("t", 100)
    plot_width = width - left - margin.get("r", 80)
    legend = layout.get("legend") or {}
    below = layout.get("showlegend") and legend.get("orientation") == "h" and legend.get("y", 1) < 0
    if below:
        extra = legend_height(layout, data, plot_width)
        return left, top, plot_width, (height - top - extra - 4) / (1 - legend["y"])
    return left, top, plot_width, height - top - margin.get("b", 80)


def _grid_and_ticks(axes: dict, font: float) -> list[str]:
    parts = []
    for name, axis in axes.items():
        spec = axis.spec
        if spec.get("visible") is False:
            continue
        other = axes.get(spec.get("anchor") or ("y" if name[0] == "x" else "x"), axes[("y" if name[0] == "x" else "x")])
        ticks = axis.ticks()
        if name[0] == "x":
            parts += _x_axis(axis, other, ticks, font)
        else:
            parts += _y_axis(axis, other, ticks, font)
    return parts


def _x_axis(axis, other, ticks, font) -> list[str]:
    spec, n = axis.spec, base.num
    top, bottom = other.end, other.start  # the anchored y axis: its top and bottom pixels
    parts = []
    for value, label in ticks:
        x = axis.px(value)
        if spec.get("showgrid", True):
            parts.append(f'<line class="ik-s-grid" x1="{n(x)}" x2="{n(x)}" y1="{n(top)}" y2="{n(bottom)}"/>')
        if spec.get("ticks") == "outside":
            parts.append(f'<line class="ik-s-axis" x1="{n(x)}" x2="{n(x)}" y1="{n(bottom)}" y2="{n(bottom + 5)}"/>')
        if spec.get("showticklabels", True):
            gap = 5 if spec.get("ticks") == "outside" else 2
            parts.append(base.text(x, bottom + gap + 2, label, font, "middle", "top"))
    if spec.get("showline"):
        parts.append(f'<line class="ik-s-axis" x1="{n(axis.start)}" x2="{n(axis.end)}" y1="{n(bottom)}" y2="{n(bottom)}"/>')
    return parts


def _y_axis(axis, other, ticks, font) -> list[str]:
    spec, n = axis.spec, base.num
    left, right = other.start, other.end
    parts = []
    for value, label in ticks:
        y = axis.px(value)
        if spec.get("showgrid", True):
            parts.append(f'<line class="ik-s-grid" x1="{n(left)}" x2="{n(right)}" y1="{n(y)}" y2="{n(y)}"/>')
        if spec.get("showticklabels", True):
            parts.append(base.text(left - 4, y, label, 12, "end", "middle"))
    if spec.get("showline"):
        parts.append(f'<line class="ik-s-axis" x1="{n(left)}" x2="{n(left)}" y1="{n(axis.start)}" y2="{n(axis.end)}"/>')
    return parts


def _where(ref: str | None, value, axes: dict, area, letter: str) -> float:
    left, top, width, height = area
    ref = ref or letter
    if ref == "paper":
        return left + value * width if letter == "x" else top + (1 - value) * height
    return axes[ref].px(value) if ref in axes else axes[letter].px(value)


def _shape(shape: dict, axes: dict, area) -> str:
    n = base.num
    x0, x1 = (_where(shape.get("xref"), shape.get(k), axes, area, "x") for k in ("x0", "x1"))
    y0, y1 = (_where(shape.get("yref"), shape.get(k), axes, area, "y") for k in ("y0", "y1"))
    line = shape.get("line") or {}
    width = line.get("width", 2)
    stroke = (
        f' stroke="{base.attr(line.get("color", "#444444"))}" stroke-width="{n(width)}"{dash(line.get("dash"), width)}'
        if width
        else ""
    )
    opacity = f' opacity="{shape["opacity"]}"' if shape.get("opacity", 1) != 1 else ""
    if shape.get("type") == "line":
        return f'<line x1="{n(x0)}" x2="{n(x1)}" y1="{n(y0)}" y2="{n(y1)}"{stroke}{opacity}/>'
    fill = base.attr(shape.get("fillcolor", "none"))
    return (
        f'<rect x="{n(min(x0, x1))}" y="{n(min(y0, y1))}" width="{n(abs(x1 - x0))}" height="{n(abs(y1 - y0))}"'
        f' fill="{fill}"{stroke}{opacity}/>'
    )


def _box(label, size: float) -> tuple[float, float]:
    """Width and height of an annotation's text box: an average letter, not the widest."""
    rows = len(base.rows(str(label)))
    return base.longest_line(label) * size * 0.55 + 2, rows * size * base.LINE_SPACING + 2


def _arrow(head: tuple[float, float], centre: tuple[float, float], box: tuple[float, float], colour, width) -> str:
    """The arrow from the edge of the text box to the point it names (arrowhead 0: a plain line)."""
    (hx, hy), (cx, cy), (w, h) = head, centre, box
    dx, dy = hx - cx, hy - cy
    scale = min((w / 2) / abs(dx) if dx else 1e9, (h / 2) / abs(dy) if dy else 1e9)
    if scale >= 1:
        return ""
    sx, sy = cx + dx * scale, cy + dy * scale
    n = base.num
    return f'<line x1="{n(sx)}" y1="{n(sy)}" x2="{n(hx)}" y2="{n(hy)}" stroke="{base.attr(colour)}" stroke-width="{n(width)}"/>'


def _annotation(note: dict, axes: dict, area, font: float) -> str:
    if note.get("visible") is False:
        return ""
    size = (note.get("font") or {}).get("size", font)
    x = _where(note.get("xref"), note.get("x", 0), axes, area, "x")
    y = _where(note.get("yref"), note.get("y", 0), axes, area, "y")
    w, h = _box(note.get("text", ""), size)
    arrow = ""
    if note.get("showarrow", True):
        centre = (x + note.get("ax", -10), y + note.get("ay", -30))
        arrow = _arrow((x, y), centre, (w, h), note.get("arrowcolor", "#444444"), note.get("arrowwidth", 1))
    else:
        shift = {"left": w / 2, "right": -w / 2}.get(note.get("xanchor", ""), 0)
        lift = {"top": h / 2, "bottom": -h / 2}.get(note.get("yanchor", ""), 0)
        centre = (x + shift, y + lift)
    align = note.get("align", "center")
    if not note.get("showarrow", True) and note.get("xanchor") in ("left", "right"):
        align = note["xanchor"]  # the text starts (ends) where the box does, whatever its estimated width
    tx = centre[0] + {"left": -w / 2 + 1, "right": w / 2 - 1}.get(align, 0)
    anchor = {"left": "start", "right": "end"}.get(align, "middle")
    colour = (note.get("font") or {}).get("color")
    fill = f' fill="{base.attr(colour)}"' if colour else ""
    return arrow + base.text(tx, centre[1], note.get("text", ""), size, anchor, "middle", "ik-s-text ik-s-halo", fill)


def _layers(plot: dict, axes: dict, area, font: float) -> list[str]:
    layout, data = plot["layout"], plot["data"]
    shapes = layout.get("shapes") or []
    below = [_shape(s, axes, area) for s in shapes if s.get("layer") == "below" and s.get("visible", True)]
    above = [_shape(s, axes, area) for s in shapes if s.get("layer") != "below" and s.get("visible", True)]
    return (
        below
        + _grid_and_ticks(axes, font)
        + [trace_svg(t, axes, number=i) for i, t in enumerate(data)]
        + above
        + [_annotation(a, axes, area, font) for a in layout.get("annotations") or []]
    )


def render(plot: dict, width: int, label: str = "") -> str:
    """A complete <svg> of the plot for a chart `width` px wide (scaled down if the box is narrower)."""
    plot = fit.fitted(plot, width)
    layout = plot["layout"] = autorange(plot["layout"], plot["data"])
    height, font = layout.get("height", 450), _font(layout)
    area = _plot_area(layout, plot["data"], width)
    axes = make_axes(layout, area)
    parts = _layers(plot, axes, area, font) + [
        rangeslider_svg(layout, plot["data"], axes, area),
        legend_svg(layout, plot["data"], area),
    ]
    name = f' role="img" aria-label="{base.attr(label)}"' if label else ' aria-hidden="true"'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ik-s-svg" width="100%" height="{height}" style="height:{height}px" '
        f'viewBox="0 0 {width} {base.num(height)}" preserveAspectRatio="xMinYMin meet"{name}>'
        f"{''.join(p for p in parts if p)}</svg>"
    )
