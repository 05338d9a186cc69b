"""The part of Plotly the static pictures draw, declared once. Every plot a page embeds is checked
against it while the site is built (charts/base.py embed): a trace type, mode, marker symbol or
key outside it is a build error naming the chart, not a picture that silently differs from what
plotly.js then draws.

The declaration is a nest of specs: an object's spec maps each key the plot may have to ANY
(any value of Plotly's type for it), the values the renderer draws (a per-point array may hold
only those), a Match (a pattern for axis references) or the spec of a nested object (Each: of
every object of a list). A key is in the subset when the renderer draws it, or when it changes
nothing in a picture (hover, zoom, the legend's clicks): those are marked "interaction".
`meta` and `customdata` are the named fields of charts/fields.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

ANY = None  # any value of the key's Plotly type
_NOT_DECLARED = object()
PTS_LINESONLY = 20  # plotly.js scatter/constants.js: from this many points on, a scatter's default mode is 'lines'


class OutsideSubset(Exception):
    """A plot the static picture cannot draw faithfully: a mistake in the chart code, not in content."""


@dataclass(frozen=True)
class Match:
    pattern: str


@dataclass(frozen=True)
class Each:
    spec: dict


def symbols(*shapes: str) -> frozenset[str]:
    return frozenset(f"{shape}{variant}" for shape in shapes for variant in ("", "-open", "-x", "-x-open"))


FONT = {"size": ANY, "color": ANY}
DASHES = frozenset({"solid", "dot", "dash", "longdash", "dashdot"})
LINE = {"color": ANY, "width": ANY, "dash": DASHES}
X_REF, Y_REF = Match(r"paper|x\d*"), Match(r"paper|y\d*")
SCATTER_MARKER = {
    "color": ANY,
    "size": ANY,
    "opacity": ANY,
    "symbol": symbols("circle", "diamond", "square") | {"line-ns", "line-ns-open"},
    "line": {"color": ANY, "width": ANY},
}
TRACE = {  # what every trace type has
    "type": ANY,  # TRACES names the types
    "name": ANY,
    "meta": ANY,
    "customdata": ANY,
    "hovertemplate": ANY,  # chart-tooltip.js shows it from the picture
    "hoverinfo": frozenset({"skip"}),  # marks without a label get no data-i
    "showlegend": ANY,
    "legendgroup": ANY,
    "visible": frozenset({True, False, "legendonly"}),
    "text": ANY,
    "textposition": frozenset(f"{v} {h}" for v in ("top", "middle", "bottom") for h in ("left", "center", "right")),
    "textfont": FONT,
}
SCATTER = {
    **TRACE,
    "mode": ANY,  # MODES
    "x": ANY,
    "y": ANY,
    "xaxis": Match(r"x\d*"),
    "yaxis": Match(r"y\d*"),
    "marker": SCATTER_MARKER,
    "line": LINE,
    "opacity": ANY,
    "cliponaxis": frozenset({False}),  # the picture never clips marks at the axes
}
SCATTERGEO = {
    **TRACE,
    "mode": ANY,
    "lon": ANY,
    "lat": ANY,
    "textfont": {"size": ANY, "color": ANY},  # the colour is the palette's (a CSS class), as charts.js sets it
    "marker": {
        "color": ANY,
        "size": ANY,
        "opacity": ANY,
        "symbol": frozenset({"circle", "star"}),
        "sizemode": frozenset({"diameter"}),
        "line": {"color": ANY, "width": ANY},
    },
}
TRACES = {"scatter": SCATTER, "scattergeo": SCATTERGEO}
MODES = {"scatter": frozenset({"lines", "markers", "text"}), "scattergeo": frozenset({"markers", "text"})}
AXIS = {
    "type": frozenset({"date", "linear"}),
    "range": ANY,
    "domain": ANY,
    "anchor": Match(r"[xy]\d*"),
    "tickvals": ANY,
    "ticktext": ANY,
    "nticks": ANY,
    "tickformat": frozenset({",~f"}),  # Dutch numbers: '.' between thousands
    "ticks": frozenset({"outside", ""}),
    "showgrid": ANY,
    "showline": ANY,
    "showticklabels": ANY,
    "zeroline": frozenset({False}),
    "visible": ANY,
    "automargin": ANY,  # the y axis's tick labels widen the left margin as plotly's automargin does
    "rangemode": frozenset({"tozero"}),  # only for an axis that also gives its range
    "fixedrange": ANY,  # interaction
    "rangeslider": {"visible": ANY, "thickness": ANY},
}
ANNOTATION = {
    "text": ANY,
    "x": ANY,
    "y": ANY,
    "xref": X_REF,
    "yref": Y_REF,
    "xanchor": frozenset({"left", "center", "right"}),
    "yanchor": frozenset({"top", "middle", "bottom"}),
    "align": frozenset({"left", "center", "right"}),
    "showarrow": ANY,
    "arrowhead": frozenset({0}),  # a plain line to the point
    "arrowwidth": ANY,
    "arrowcolor": ANY,
    "ax": ANY,
    "ay": ANY,
    "xshift": ANY,  # pixels, as plotly.js (svg/cartesian.py _annotation)
    "yshift": ANY,
    "font": FONT,
    "visible": ANY,
    "name": ANY,  # charts-timeline.js: the event it names
    "captureevents": ANY,  # interaction
}
SHAPE = {
    "type": frozenset({"line", "rect"}),
    "xref": X_REF,
    "yref": Y_REF,
    "x0": ANY,
    "x1": ANY,
    "y0": ANY,
    "y1": ANY,
    "line": LINE,
    "fillcolor": ANY,
    "opacity": ANY,
    "layer": frozenset({"below", "above"}),
    "visible": ANY,
    "name": ANY,
}
GEO = {
    "projection": {"type": frozenset({"mercator"})},
    "resolution": frozenset({50, 110}),  # the TopoJSON files of vendor-build/topojson/
    "lonaxis": {"range": ANY},
    "lataxis": {"range": ANY},
    "showcountries": ANY,
    "showland": ANY,
    "showocean": ANY,
    "showlakes": ANY,
    "showrivers": ANY,
    "showcoastlines": ANY,
    "showframe": frozenset({False}),
    "bgcolor": ANY,  # the sea and the page behind are the palette's (CSS classes)
}
LAYOUT = {
    "height": ANY,
    "margin": {"l": ANY, "r": ANY, "t": ANY, "b": ANY},
    "font": FONT,
    "showlegend": ANY,
    "legend": {  # a horizontal legend, its top at y
        "orientation": frozenset({"h"}),
        "x": ANY,
        "y": ANY,
        "yanchor": frozenset({"top"}),
        "title": {"text": ANY, "side": frozenset({"top"})},
        "groupclick": ANY,  # interaction
    },
    "xaxis": AXIS,
    "yaxis": AXIS,
    "annotations": Each(ANNOTATION),
    "shapes": Each(SHAPE),
    "geo": GEO,
    "meta": ANY,
    "hovermode": ANY,  # interaction
    "dragmode": ANY,  # interaction
    "modebar": ANY,  # interaction
}
AXIS_NAME = re.compile(r"([xy]axis)(?:[2-9]|[1-9][0-9]+)")  # plotly.js cartesian/constants.js: xaxis, xaxis2, ...


def kind(plot: dict) -> str:
    """The one trace type of the plot's traces (a plot without traces is cartesian, as in Plotly)."""
    types = {trace.get("type", "scatter") for trace in plot.get("data", [])}  # plotly.js: type defaults to scatter
    if len(types) > 1:
        raise OutsideSubset(f"traces of different types ({', '.join(sorted(types))}) in one chart")
    found = types.pop() if types else "scatter"
    if found not in TRACES:
        raise OutsideSubset(f"trace type '{found}' (the pictures draw {', '.join(TRACES)})")
    return found


def mode(trace: dict) -> str:
    """The trace's mode, or plotly.js's default: 'markers' for scattergeo (scattergeo/attributes.js);
    for scatter 'lines+markers' below PTS_LINESONLY points, else 'lines' (scatter/defaults.js)."""
    if "mode" in trace:
        return trace["mode"]
    if trace.get("type") == "scattergeo":
        return "markers"
    x, y = trace.get("x"), trace.get("y")
    points = min(len(x), len(y)) if x is not None and y is not None else len(x if x is not None else y or [])
    return "lines+markers" if points < PTS_LINESONLY else "lines"


def check(plot: dict, chart_id: str) -> None:
    """Raise OutsideSubset, naming the chart and the first key outside the subset."""
    try:
        problem = next(outside(plot), None)
    except OutsideSubset as error:
        problem = str(error)
    if problem:
        raise OutsideSubset(
            f"chart '{chart_id}': {problem}; the static picture draws only what hooks/explainer/charts/svg/subset.py declares"
        )


def outside(plot: dict) -> Iterator[str]:
    """Every part of the plot outside the subset, as 'where: what'."""
    trace_type, layout = kind(plot), plot.get("layout", {})
    for number, trace in enumerate(plot.get("data", [])):
        where, flags = f"data[{number}]", mode(trace).split("+")
        yield from _outside(trace, TRACES[trace_type], where)
        if flags != ["none"] and not set(flags) <= MODES[trace_type]:
            yield f"{where}.mode: '{mode(trace)}' is not drawn for {trace_type}"
        if layout.get("showlegend") and trace.get("showlegend", True) and "markers" not in flags:
            yield f"{where}: a legend item without markers (the legend draws a marker for each item)"
    yield from _outside(layout, LAYOUT, "layout")
    yield from _meta_objects(plot.get("layout", {}).get("meta") or {})


def _meta_objects(meta: dict) -> Iterator[str]:
    """The Plotly objects layout.meta carries for other chart widths (the timeline's key titles)."""
    for index, keys in enumerate(meta.get("sleutels") or []):
        yield from _outside(keys.get("annotaties", []), Each(ANNOTATION), f"layout.meta.sleutels[{index}].annotaties")
        yield from _outside(keys.get("lijnen", []), Each(SHAPE), f"layout.meta.sleutels[{index}].lijnen")


def _outside(value, spec, where: str) -> Iterator[str]:
    if spec is ANY:
        return
    if isinstance(spec, Each):
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            yield from _outside(item, spec.spec, f"{where}[{index}]")
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            yield f"{where}: an object was expected"
            return
        for key, item in value.items():
            numbered = AXIS_NAME.fullmatch(key) if spec is LAYOUT else None
            rule = spec.get(numbered.group(1) if numbered else key, _NOT_DECLARED)
            if rule is _NOT_DECLARED:
                yield f"{where}.{key}: not a key the picture draws"
            else:
                yield from _outside(item, rule, f"{where}.{key}")
    elif isinstance(spec, Match):
        if not (isinstance(value, str) and re.fullmatch(spec.pattern, value)):
            yield f"{where}: {value!r} is not a reference the picture draws"
    else:
        values = value if isinstance(value, list) else [value]
        strays = sorted({repr(v) for v in values if v is not None and (isinstance(v, (dict, list)) or v not in spec)})
        if strays:
            yield f"{where}: {', '.join(strays)} is not drawn (drawn: {', '.join(sorted(map(repr, spec)))})"
