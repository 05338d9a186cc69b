"""Static pictures of the charts: every chart ships a server-rendered SVG, drawn from the same plot
(the Plotly figure dict) that plotly.js draws once the reader starts to interact
(docs/assets/charts.js), so the page explains at a glance with no script and plotly.js is not
part of the first load. What the pictures draw of Plotly is declared in subset.py.

One picture per layout width (charts/labels.py WIDTHS); a CSS container query on the chart's box
(docs/assets/charts-static.css) shows the one charts.js would choose: the widest that fits."""

from __future__ import annotations

import html
from collections.abc import Callable

from explainer.charts.labels import WIDTHS
from explainer.charts.svg import cartesian, geo, subset

Draw = Callable[[dict, int], str]
RENDERERS: dict[str, Draw] = {"scatter": cartesian.render, "scattergeo": geo.render}


def renderer(plot: dict) -> Draw:
    """The renderer for the plot's trace type: each trace's `type` (subset.kind)."""
    return RENDERERS[subset.kind(plot)]


def _picture(draw: Draw, plot: dict, width: int, label: str) -> str:
    """One picture, named for assistive technology by the chart's label (the complete text
    equivalent follows the chart)."""
    name = f' role="img" aria-label="{html.escape(label, quote=True)}"' if label else ""
    return f'<div class="ik-static" data-breedte="{width}"{name}>{draw(plot, width)}</div>'


def pictures(plot: dict, label: str = "") -> str:
    """The static pictures' HTML for the widths the chart needs, each in a div.ik-static."""
    draw = renderer(plot)
    return f'<div class="ik-statics">{"".join(_picture(draw, plot, w, label) for w in WIDTHS)}</div>'
