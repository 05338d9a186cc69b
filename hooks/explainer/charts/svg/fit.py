"""A cartesian figure fitted to one chart width, as docs/assets/charts.js (fitToWidth) does before
plotly.js draws it: the key-title layout for the width from
layout.meta.sleutels, and on a phone the lane names inside the plot, no overview strip and a
smaller font. Keep the two in step: the static picture must look like what Plotly then draws."""

from __future__ import annotations

PHONE = 400  # chart widths below this get the phone layout (charts.js: a viewport up to 600 px)


def for_width(layouts: list[dict], width: int) -> dict:
    """charts.js forWidth: the widest layout that fits, else the narrowest."""
    chosen = layouts[0]
    for layout in layouts:
        if layout["breedte"] <= width:
            chosen = layout
    return chosen


def lane_labels(layout: dict) -> list[dict]:
    axis = layout["yaxis"]
    tops = layout["meta"].get("baanboven") or axis.get("tickvals", [])
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
    keys = layout["meta"]["sleutels"]
    chosen, widest = for_width(keys, width), keys[-1]
    annotations = layout.get("annotations") or []
    fixed = lane_labels(layout) if small else [a for a in annotations if a.get("name") == "periode"]
    layout["annotations"] = fixed + chosen["annotaties"]
    layout["shapes"] = [s for s in layout.get("shapes") or [] if s.get("type") == "rect"] + chosen["lijnen"]
    # a layout may give its own height (charts/timeline_detail.py: rows as tall as its titles)
    layout["height"] = chosen.get("hoogte") or layout["height"] + chosen["marge"] - widest["marge"]
    layout["margin"] = {**layout.get("margin", {}), "t": chosen["marge"]}
    if small:
        layout["margin"].update(l=4, r=4)


def fitted(figure: dict, width: int) -> dict:
    """A copy of the figure as charts.js lays it out for a chart `width` px wide. Only the layout
    and its axes are copied (they are what changes); the traces are shared, never written to."""
    layout = {
        key: dict(value) if key.startswith(("xaxis", "yaxis")) and isinstance(value, dict) else value
        for key, value in figure["layout"].items()
    }
    figure, small = {**figure, "layout": layout}, width < PHONE
    if (layout.get("meta") or {}).get("sleutels"):
        key_titles(layout, width, small)
    if small:
        for key, axis in layout.items():
            if key.startswith("xaxis") and isinstance(axis, dict) and axis.get("rangeslider"):
                axis["rangeslider"] = {"visible": False}
        layout["font"] = {**layout.get("font", {}), "size": 11}
    return figure
