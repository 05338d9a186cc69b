"""A plot fitted to one chart width, as docs/assets/charts.js `fitToWidth` lays it out before
plotly.js draws it, so that the static picture looks like what Plotly then draws: the timeline's
key titles for the width (layout.meta.sleutels), a map's names, markers and view for the width
(charts.js `mapLabels`: layout.meta.periodes.alles or layout.meta.labels), and on a phone the
lane names inside the plot area, no overview strip and a smaller font.

tests/test_fit_parity.py runs charts.js's own fitToWidth in Node on every plot of the site at
every width and compares the result with fitted() here, key for key."""

from __future__ import annotations

import re
from typing import TypeVar

from explainer.charts.fields import KeyTitles, LabelLayout, MapMeta, TimelineMeta

PHONE = 400  # chart widths below this get the phone layout (charts.js: a viewport up to 600 px)
X_AXIS = re.compile(r"xaxis\d*")
ForWidth = TypeVar("ForWidth", KeyTitles, LabelLayout)


def for_width(layouts: list[ForWidth], width: int) -> ForWidth:
    """charts.js forWidth: the widest layout that fits, else the narrowest."""
    chosen = layouts[0]
    for layout in layouts:
        if layout["breedte"] <= width:
            chosen = layout
    return chosen


def lane_labels(layout: dict) -> list[dict]:
    """charts.js laneLabels: on a phone each lane's name above the lane, inside the plot area."""
    axis = layout["yaxis"]
    tops = layout["meta"].get("baanboven")
    if tops is None:
        tops = axis.get("tickvals", [])
    axis["showticklabels"] = False
    return [
        {
            "text": axis["ticktext"][i],
            "x": 0,
            "xref": "paper",
            "xanchor": "left",
            "y": top + 0.45,
            "yref": "y",
            "yanchor": "middle",
            "showarrow": False,
            "font": {"size": 11},
            "name": "baan",
        }
        for i, top in enumerate(tops)
    ]


def key_titles(layout: dict, width: int, small: bool) -> None:
    """charts.js timelineLabels: the key events' titles for this width, above the lanes."""
    meta: TimelineMeta = layout["meta"]
    keys = meta["sleutels"]
    chosen, widest = for_width(keys, width), keys[-1]
    fixed = lane_labels(layout) if small else [a for a in layout.get("annotations") or [] if a.get("name") == "periode"]
    layout["annotations"] = fixed + chosen["annotaties"]
    layout["shapes"] = [s for s in layout.get("shapes") or [] if s.get("type") == "rect"] + chosen["lijnen"]
    layout["height"] = layout["height"] + chosen["marge"] - widest["marge"]
    layout["margin"] = {**layout.get("margin", {}), "t": chosen["marge"]}
    if small:
        layout["margin"].update(l=4, r=4)


def _first(data: list[dict], kind: str) -> int | None:
    """charts.js traceOf: the index of the first trace whose meta.soort is `kind`."""
    return next((i for i, trace in enumerate(data) if (trace.get("meta") or {}).get("soort") == kind), None)


def map_labels(plot: dict, width: int) -> None:
    """charts.js mapLabels for the default period ("alles"): the places' markers and names and the
    countries' names for this width, the map's height and view. Replaces the traces it changes."""
    layout, data = plot["layout"], list(plot["data"])
    plot["data"] = data
    meta: MapMeta = layout["meta"]
    variant = meta["periodes"]["alles"] if "periodes" in meta else None
    chosen = for_width(variant["labels"] if variant else meta["labels"], width)
    places, countries = _first(data, "plaatsen"), _first(data, "landen")
    if places is not None:
        trace = data[places] = dict(data[places])
        if variant:
            trace.update(lon=variant["lon"], lat=variant["lat"], customdata=variant["customdata"])
            trace["marker"] = {**trace.get("marker", {}), "size": variant["grootte"]}
        trace.update(text=chosen["tekst"], textposition=chosen["positie"])
        trace["textfont"] = {"size": chosen["plaatsgrootte"] + (0 if variant else 1)}
    if countries is not None:
        labels, trace = chosen["landen"], dict(data[countries])
        trace.update(lon=labels["lon"], lat=labels["lat"], text=labels["tekst"])
        trace["textfont"] = {**trace.get("textfont", {}), "size": chosen["landgrootte"]}  # charts.js: the palette's colour
        data[countries] = trace
    layout["height"] = chosen["hoogte"]
    geo = layout["geo"] = dict(layout["geo"])
    geo["lonaxis"] = {**geo["lonaxis"], "range": chosen["zicht"]["lon"]}
    geo["lataxis"] = {**geo["lataxis"], "range": chosen["zicht"]["lat"]}


def fitted(plot: dict, width: int) -> dict:
    """A copy of the plot as charts.js fitToWidth lays it out for a chart `width` px wide. Only what
    changes is copied (the layout, its axes, the traces a map relabels); the rest is shared, never
    written to."""
    layout = {
        key: dict(value) if key.startswith(("xaxis", "yaxis")) and isinstance(value, dict) else value
        for key, value in plot["layout"].items()
    }
    plot, small, meta = {**plot, "layout": layout}, width < PHONE, layout.get("meta") or {}
    if "sleutels" in meta:
        key_titles(layout, width, small)
    if meta.get("soort") == "kaart":
        map_labels(plot, width)
    if small:  # a phone gets the period buttons instead of the overview strip (too small to drag)
        if "xaxis" in layout and layout["xaxis"].get("rangeslider") not in (None, False):
            layout["xaxis"]["rangeslider"] = {"visible": False}
        for key in layout:
            if X_AXIS.fullmatch(key):
                layout[key]["fixedrange"] = True
        layout["dragmode"] = False
        layout["font"] = {**layout.get("font", {}), "size": 11}
    return plot
