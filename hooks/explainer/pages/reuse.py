"""The "take it with you" controls beside a chart's footer (issue 24, templates/_reuse.j2): copy the
chart's embed code (its embed page: pages/embeds.py) and, on /tijdlijn/ and /kaart/, download and
cite the view the filters show. docs/assets/reuse.js runs them in the browser."""

from __future__ import annotations

from explainer import routes
from explainer.pages.render import Renderer

# The embed code's first height, before the embed page reports its own: the chart's height plus its
# title, caption and footer (and the controls' rows where it has them), in px.
CHROME_PX, CONTROLS_PX = 170, 110
# The charts whose view (filters, period) a reader downloads and cites: what the rows are, the open
# data they are cut from, the page's title in the citation.
VIEWS = {
    "tijdlijn": {"kind": "gebeurtenissen", "json": routes.EVENTS_JSON, "title": "Tijdlijn"},
    "kaart": {"kind": "plaatsen", "json": routes.PLACES_GEOJSON, "title": "Kaart"},
}


def height(plot: dict, controls: bool = False) -> int:
    """The embed code's first iframe height for a chart (the embed page corrects it at once)."""
    return int(plot["layout"].get("height", 450)) + CHROME_PX + (CONTROLS_PX if controls else 0)


def controls(renderer: Renderer, src_uri: str, chart_id: str, title: str, plot: dict, parts: tuple = ()) -> str:
    """The controls' markup for a chart on the page src_uri. `parts`: (chart id, title, height) of
    every chart a reader may choose to embed instead (the panels of /cijfers/)."""
    view = VIEWS.get(chart_id)
    return renderer.macro(
        "_reuse.j2",
        "controls",
        src_uri,
        chart_id=chart_id,
        title=title,
        height=height(plot, view is not None),
        view=view,
        parts=parts,
    )
