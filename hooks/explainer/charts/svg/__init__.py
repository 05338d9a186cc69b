"""Static pictures of the charts: every chart ships a server-rendered
SVG, drawn from the same figure dict that plotly.js draws once the reader starts to interact
(docs/assets/charts.js), so the page explains at a glance with no script and plotly.js is not
part of the first load.

One picture per layout width (charts/labels.py WIDTHS); a CSS container query on the chart's box
(docs/assets/charts-static.css) shows the one charts.js would choose: the widest that fits."""

from __future__ import annotations

import html

from explainer.charts.labels import WIDTHS
from explainer.charts.svg import cartesian, geo


def renderer(figure: dict):
    """The renderer for the figure's traces, or None (then charts.js draws the chart at once)."""
    if any(trace.get("type") == "scattergeo" for trace in figure.get("data", [])):
        return geo.render
    return cartesian.render


def _picture(draw, figure: dict, width: int, label: str) -> str:
    """One picture, named for assistive technology by the chart's label (the complete text
    equivalent follows the chart)."""
    name = f' role="img" aria-label="{html.escape(label, quote=True)}"' if label else ""
    return f'<div class="ik-static" data-breedte="{width}"{name}>{draw(figure, width)}</div>'


def pictures(figure: dict, label: str = "") -> str:
    """The static pictures' HTML for the widths the chart needs, each in a div.ik-static."""
    draw = renderer(figure)
    if draw is None:
        return ""
    return f'<div class="ik-statics">{"".join(_picture(draw, figure, w, label) for w in WIDTHS)}</div>'
