"""The static picture of a map (plots with scattergeo traces): an inline SVG drawn at build time
from the plot dict alone, shown until Plotly takes over.

What Plotly would draw at the default view for one chart width: the layout charts.js picks
(mapLabels/forWidth: layout.meta.periodes.alles.labels or layout.meta.labels), land, sea,
lakes, rivers, borders and coasts from the same TopoJSON, the markers as sized in the plot and
every name where the Python label layout put it (Plotly's textposition offsets,
Drawing.textPointPosition). Colours of land, sea, borders and text come from CSS classes
(docs/assets/charts-static.css), so the light/dark switch needs no script."""

from __future__ import annotations

import html
import re

from explainer.charts.fields import View
from explainer.charts.projection import Projection
from explainer.charts.svg import geo_paths, marks
from explainer.charts.svg.fit import fitted
from explainer.charts.svg.subset import mode as mode_of

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"  # charts.js palette().family
LINE_SPACING = 1.3  # plotly's constants/alignment.js
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
OFFSET_SIGN = {"start": 1, "end": -1, "middle": 0, "top": -1, "bottom": 1}


def render(plot: dict, width: int) -> str:
    """A complete <svg> of the map as Plotly draws it at `width` px, fitted as charts.js does (fit.py)."""
    plot = fitted(plot, width)
    layout, traces = plot["layout"], plot["data"]
    geo = layout.get("geo", {})
    view: View = {"lon": geo["lonaxis"]["range"], "lat": geo["lataxis"]["range"]}
    height = layout.get("height", 450)
    projection = Projection(view, width, height)
    frame = projection.frame
    origin = (frame.x0, frame.y0)
    body = _geometry(layout, geo, view, width, height)
    body += "".join(_markers(trace, projection, origin, number) for number, trace in enumerate(traces))
    body += "".join(_texts(trace, projection, origin) for trace in sorted(traces, key=_is_places))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ik-static-map" viewBox="0 0 {width} {height}" '
        f'width="100%" height="{height}" style="height:{height}px" role="img" aria-label="{_attr(_label(traces))}" '
        f'font-family="{_attr(FONT)}">'
        f'<svg x="{_num(frame.x0)}" y="{_num(frame.y0)}" width="{_num(frame.x1 - frame.x0)}" '
        f'height="{_num(frame.y1 - frame.y0)}">{body}</svg></svg>'
    )


def _geometry(layout: dict, geo: dict, view: View, width: int, height: int) -> str:
    folder = (layout.get("meta") or {}).get("topojson", "regio")
    paths = geo_paths.layers(folder, geo.get("resolution", 110), (*view["lon"], *view["lat"]), width, height)
    shown = [
        ("showocean", None, "ik-s-ocean"),
        ("showland", "land", "ik-s-land"),
        ("showlakes", "lakes", "ik-s-ocean"),
        ("showrivers", "rivers", "ik-s-river"),
        ("showcountries", "countries", "ik-s-border"),
    ]
    if not geo.get("showcountries"):
        shown.append(("showcoastlines", "coastlines", "ik-s-border"))
    parts = []
    for flag, name, css in shown:
        if not geo.get(flag):
            continue
        if name is None:
            parts.append(f'<rect class="{css}" width="100%" height="100%"/>')
        elif paths[name]:
            fill = ' fill-rule="evenodd"' if name in ("land", "lakes") else ' fill="none"'
            parts.append(f'<path class="{css}"{fill} d="{paths[name]}"/>')
    return "".join(parts)


def _is_places(trace: dict) -> bool:
    return (trace.get("meta") or {}).get("soort") == "plaatsen"  # place names on top of country names


def _each(value, count: int, default=None) -> list:
    """A per-point attribute: a list as is, a single value repeated."""
    if isinstance(value, list):
        return value + [default] * (count - len(value))
    return [default if value is None else value] * count


def _points(trace: dict, projection, origin) -> list:
    """Each point's position in px relative to the frame, or None outside the frame (Plotly
    hides points beyond the view's edges)."""
    frame, found = projection.frame, []
    for lon, lat in zip(trace.get("lon", []), trace.get("lat", [])):
        x, y = projection(lon, lat)
        inside = frame.x0 - 0.5 <= x <= frame.x1 + 0.5 and frame.y0 - 0.5 <= y <= frame.y1 + 0.5
        found.append((x - origin[0], y - origin[1]) if inside else None)
    return found


def _markers(trace: dict, projection, origin, number: int) -> str:
    """The trace's markers; those with a hover label in Plotly carry data-i="TRACE.POINT", their
    index into the chart's data-figure, for docs/assets/chart-tooltip.js (as marks.py does)."""
    if "markers" not in mode_of(trace):
        return ""
    points = _points(trace, projection, origin)
    tags = [f' data-i="{number}.{i}"' if marks.hoverable(trace) else "" for i in range(len(points))]
    marker = trace.get("marker", {})
    sizes = _each(marker.get("size"), len(points), 6)
    colours = _each(marker.get("color"), len(points), "#0072B2")
    line = marker.get("line", {})
    style = (f' opacity="{marker["opacity"]}"' if "opacity" in marker else "") + (
        f' stroke="{_attr(line["color"])}" stroke-width="{line.get("width", 1)}"' if line.get("color") else ""
    )
    shapes = [
        _symbol(marker.get("symbol", "circle"), x, y, size / 2, colour, tag)
        for point, size, colour, tag in zip(points, sizes, colours, tags)
        if point
        for x, y in [point]
    ]
    return f"<g{marks.css_class(trace)}{style}>{''.join(shapes)}</g>" if shapes else ""


def _symbol(symbol: str, x: float, y: float, radius: float, colour: str, tag: str = "") -> str:
    """A circle, or plotly's star (components/drawing/symbol_defs.js); other symbols as circles."""
    if symbol == "star":
        r = radius * 1.4
        corners = [
            (0.225, -0.309),
            (0.951, -0.309),
            (0.363, 0.118),
            (0.588, 0.809),
            (0, 0.382),
            (-0.588, 0.809),
            (-0.363, 0.118),
            (-0.951, -0.309),
            (-0.225, -0.309),
            (0, -1),
        ]
        points = " ".join(f"{_num(x + r * cx)},{_num(y + r * cy)}" for cx, cy in corners)
        return f'<polygon fill="{_attr(colour)}" points="{points}"{tag}/>'
    return f'<circle fill="{_attr(colour)}" cx="{_num(x)}" cy="{_num(y)}" r="{_num(radius)}"{tag}/>'


def _texts(trace: dict, projection, origin) -> str:
    """The trace's text at its points, offset as plotly's textPointPosition does."""
    mode = mode_of(trace)
    if "text" not in mode:
        return ""
    points = _points(trace, projection, origin)
    texts = _each(trace.get("text"), len(points), "")
    positions = _each(trace.get("textposition"), len(points), "middle center")
    sizes = _each(trace.get("marker", {}).get("size"), len(points), 6) if "markers" in mode else [0] * len(points)
    font = trace.get("textfont", {}).get("size", 12)
    css = "ik-s-country" if (trace.get("meta") or {}).get("soort") == "landen" else "ik-s-text"
    css += f" {_attr(trace['meta']['klasse'])}" if (trace.get("meta") or {}).get("klasse") else ""
    written = [
        _text(text, point, position, size / 2, font)
        for text, point, position, size in zip(texts, points, positions, sizes)
        if point and text
    ]
    return f'<g class="{css} ik-s-halo" font-size="{font}">{"".join(written)}</g>' if written else ""


def _text(text: str, point: tuple, position: str, radius: float, font: float) -> str:
    vertical = "top" if "top" in position else "bottom" if "bottom" in position else "middle"
    anchor = "end" if "left" in position else "start" if "right" in position else "middle"
    offset = radius / 0.8 + 1 if radius else 0
    lines = lines_of(text)
    count = (len(lines) - 1) * LINE_SPACING + 1
    x = point[0] + OFFSET_SIGN[anchor] * offset
    y = point[1] + font * 0.75 + OFFSET_SIGN[vertical] * offset + (OFFSET_SIGN[vertical] - 1) * count * font / 2
    spans = lines[0] + "".join(f'<tspan x="{_num(x)}" dy="{LINE_SPACING}em">{line}</tspan>' for line in lines[1:])
    return f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}">{spans}</text>'


def lines_of(text: str) -> list[str]:
    """Figure text (HTML-escaped, `<br>` between lines) as XML-escaped lines, never escaped twice."""
    return [html.escape(html.unescape(line), quote=False) for line in BREAK.split(str(text))]


def _label(traces: list) -> str:
    """The picture's accessible name: what it shows, with the countries and places it names."""

    def named(kind):
        return [
            " ".join(html.unescape(line) for line in BREAK.split(str(text)))
            for trace in traces
            if (trace.get("meta") or {}).get("soort") == kind
            for text in _each(trace.get("text"), len(trace.get("lon", [])), "")
            if text
        ]

    countries = [name.title() for name in named("landen")]
    label = "Kaart" + (f" met {', '.join(countries)}" if countries else "")
    places = named("plaatsen")
    return label + (f". Plaatsen met naam op de kaart: {', '.join(places)}." if places else ".")


def _attr(text: str) -> str:
    return html.escape(str(text), quote=True)


def _num(value: float) -> str:
    """Positions to a tenth of a pixel, without trailing zeros."""
    return f"{round(value, 1):g}"
