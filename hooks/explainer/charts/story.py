"""The pictures of a story's steps (content/verhalen/): a map that points out the step's places
(here) and a timeline strip with the step's events and its window (charts/story_strip.py), drawn
at build time as static SVG by the charts' own renderers (charts/svg/geo.py, charts/svg/cartesian.py)
from figure dicts. The story page loads no plotly.js: these are pictures. Their marks carry CSS
classes (AAN: this step's, UIT: the rest), so the site's stylesheet highlights the step in light
and dark mode (docs/assets/verhaal.css)."""

from __future__ import annotations

from explainer.charts import base
from explainer.charts.fields import LabelLayout, View
from explainer.charts.maps import _geo_layout, countries, label_layouts
from explainer.charts.projection import Projection
from explainer.charts.svg import geo

STORY_WIDTHS = (350, 640)  # a phone's picture; the wide screen's panel (and the home page's card)
# One view for every step, so the map stays put while its marks change: Syria and Iraq, where the
# story's places lie, wider than high so a wide screen's panel keeps map and strip in view.
VIEW: View = {"lon": [35.4, 46.6], "lat": [32.4, 37.6]}
AAN, UIT = "ik-v-aan", "ik-v-uit"
HIGHLIGHT = base.PALETTE[4]  # vermilion: the colour the stylesheet gives AAN (the SVG's own fill is its fallback)
CONTEXT = "#8a8a8a"


def map_height(width: int) -> int:
    """The height at which the view fills the width (mercator keeps its aspect)."""
    frame = Projection(VIEW, width, 10_000).frame
    return round(frame.y1 - frame.y0)


# ---- the map -----------------------------------------------------------------------------


def _inside(place) -> bool:
    return VIEW["lon"][0] <= place.lon <= VIEW["lon"][1] and VIEW["lat"][0] <= place.lat <= VIEW["lat"][1]


def map_figure(corpus, places: list[str], width: int) -> dict:
    """The map for one chart width: the given places marked and named (a country by its name), every
    other place with an event of the site as a small grey dot."""
    chosen = [corpus.places[slug] for slug in places]
    marked = [p for p in chosen if p.kind != "land" and _inside(p)]
    lands = {p.name for p in chosen if p.kind == "land"}
    located = {event.location for event in corpus.events.values() if event.location}
    context = [
        corpus.places[slug]
        for slug in sorted(located)
        if corpus.places[slug].kind != "land" and slug not in places and _inside(corpus.places[slug])
    ]
    points = [(p.lon, p.lat, 5.5) for p in marked] + [(p.lon, p.lat, 2.5) for p in context]
    names = [base.escape(p.name) for p in marked] + [""] * len(context)
    country_names = countries(corpus, VIEW)
    layout = next(
        entry
        for entry in label_layouts(points, names, country_names, VIEW, map_height(max(STORY_WIDTHS)))
        if entry["breedte"] == width
    )
    lands_at = [i for i, (name, _, _) in enumerate(country_names) if name in lands]
    traces = [
        _dots(context, CONTEXT, 5, UIT, "context"),
        {
            **_dots(marked, HIGHLIGHT, 11, AAN, "stap"),
            "mode": "markers+text",
            "text": layout["tekst"][: len(marked)],
            "textposition": layout["positie"][: len(marked)],
            "textfont": {"size": layout["plaatsgrootte"] + 1},
        },
        _country_names(layout, [i for i in range(len(country_names)) if i not in lands_at], None),
        _country_names(layout, lands_at, AAN),
    ]
    geo_layout = {**_geo_layout(), "lonaxis": {"range": VIEW["lon"]}, "lataxis": {"range": VIEW["lat"]}}
    return {"data": traces, "layout": {"geo": geo_layout, "height": layout["hoogte"], "meta": {"topojson": "regio"}}}


def _dots(places: list, colour: str, size: float, css: str, kind: str) -> dict:
    return base.scattergeo(
        lon=[p.lon for p in places],
        lat=[p.lat for p in places],
        mode="markers",
        marker={"size": size, "color": colour, "line": {"width": 1, "color": "#ffffff"}},
        meta={"soort": kind, "klasse": css},
    )


def _country_names(layout: LabelLayout, indexes: list[int], css: str | None) -> dict:
    shown = layout["landen"]
    meta = {"soort": "landen", **({"klasse": css} if css else {})}
    return base.scattergeo(
        lon=[shown["lon"][i] for i in indexes],
        lat=[shown["lat"][i] for i in indexes],
        text=[shown["tekst"][i] for i in indexes],
        mode="text",
        textfont={"size": layout["landgrootte"]},
        meta=meta,
    )


# ---- the pictures ----------------------------------------------------------------------------


def pictures(drawings: dict[int, tuple[str, int]], css: str) -> str:
    """One picture per width, each with its height (svg, px); the stylesheet shows the one for the
    box's width (a container query) and lays a picture out only when it comes near the screen: its
    height, written here, keeps its place meanwhile, so nothing moves and anchors land right."""
    return (
        f'<div class="{css}">'
        + "".join(
            f'<div class="ik-vb" data-breedte="{w}" style="contain-intrinsic-block-size: auto {h}px">{svg}</div>'
            for w, (svg, h) in drawings.items()
        )
        + "</div>"
    )


def step_map(corpus, places: list[str]) -> str:
    figures = {w: map_figure(corpus, places, w) for w in STORY_WIDTHS}
    return pictures({w: (geo.render(f, w), f["layout"]["height"]) for w, f in figures.items()}, "ik-vb-kaart")
