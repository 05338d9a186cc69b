"""The static maps' geometry as compact SVG path data. Owner: issue-10g (static maps).

Reads the very TopoJSON files Plotly fetches for the figure (vendor-build/topojson/<meta.topojson>/
world_<geo.resolution>m.json, made by scripts/build_assets.js), projects them with Plotly's
mercator fit (charts_maps.Projection) and writes whole or half pixels relative to the map
frame's top-left corner: equal frames give byte-equal paths, which gzip stores once per page."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import topojson
from .charts_maps import Projection

GEOMETRY = Path(__file__).resolve().parents[2] / "vendor-build" / "topojson"
MAX_LAT = 85.0  # mercator has no y for the poles (Antarctica's ring reaches -90)
MARGIN = 2  # half pixels: polygons are clipped a pixel outside the frame, so no edge shows


@lru_cache(maxsize=4)
def _shapes(folder: str, resolution: int) -> dict:
    path = GEOMETRY / folder / f"world_{resolution}m.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run scripts/setup.sh (it builds vendor-build/)")
    topology = json.loads(path.read_text(encoding="utf-8"))
    decoded = topojson.arcs(topology)
    objects = topology["objects"]
    return {"land": topojson.rings(topology, "land", decoded) if "land" in objects else [],
            "lakes": topojson.rings(topology, "lakes", decoded) if "lakes" in objects else [],
            "rivers": topojson.lines(topology, "rivers", decoded) if "rivers" in objects else [],
            "countries": topojson.mesh(topology, "countries", decoded) if "countries" in objects else [],
            "coastlines": topojson.lines(topology, "coastlines", decoded) if "coastlines" in objects else []}


@lru_cache(maxsize=64)
def layers(folder: str, resolution: int, view: tuple, width: float, height: float) -> dict[str, str]:
    """Path data per layer (land, lakes, rivers, countries, coastlines) for the view
    (lon0, lon1, lat0, lat1) fitted into a width x height chart, cut to the map frame."""
    projection = Projection({"lon": view[:2], "lat": view[2:]}, width, height)
    frame = projection.frame
    window = (-MARGIN, -MARGIN, round(2 * (frame.x1 - frame.x0)) + MARGIN, round(2 * (frame.y1 - frame.y0)) + MARGIN)

    def half_pixels(points):
        projected = (projection(lon, max(-MAX_LAT, min(MAX_LAT, lat))) for lon, lat in points)
        return [(2 * (x - frame.x0), 2 * (y - frame.y0)) for x, y in projected]

    shapes = _shapes(folder, resolution)
    areas = {name: path([clip_ring(half_pixels(ring), window) for ring in shapes[name]], closed=True)
             for name in ("land", "lakes")}
    strokes = {name: path([run for line in shapes[name] for run in clip_line(half_pixels(line), window)], closed=False)
               for name in ("rivers", "countries", "coastlines")}
    return {**areas, **strokes}


def clip_ring(ring: list, window: tuple) -> list:
    """Sutherland–Hodgman: the part of a polygon ring inside the window (x0, y0, x1, y1)."""
    for axis, bound, low in ((0, window[0], True), (0, window[2], False), (1, window[1], True), (1, window[3], False)):
        if not ring:
            break
        clipped, previous = [], ring[-1]
        for point in ring:
            inside = point[axis] >= bound if low else point[axis] <= bound
            if inside != (previous[axis] >= bound if low else previous[axis] <= bound):
                clipped.append(_crossing(previous, point, axis, bound))
            if inside:
                clipped.append(point)
            previous = point
        ring = clipped
    return ring


def _crossing(a, b, axis: int, bound: float) -> tuple:
    t = (bound - a[axis]) / (b[axis] - a[axis])
    other = a[1 - axis] + t * (b[1 - axis] - a[1 - axis])
    return (bound, other) if axis == 0 else (other, bound)


def clip_line(line: list, window: tuple) -> list[list]:
    """The runs of a line whose segments reach into the window (the frame's clip hides the rest)."""
    runs, run = [], []
    for a, b in zip(line, line[1:]):
        if min(a[0], b[0]) <= window[2] and max(a[0], b[0]) >= window[0] \
                and min(a[1], b[1]) <= window[3] and max(a[1], b[1]) >= window[1]:
            run = run or [a]
            run.append(b)
        elif run:
            runs.append(run)
            run = []
    return runs + [run] if run else runs


def path(parts: list[list], closed: bool) -> str:
    """SVG path data: an absolute move, then relative steps, in whole or half pixels; repeated
    points are dropped, and so are parts that shrink to a dot."""
    data = []
    for part in parts:
        points = []
        for x, y in part:
            point = (round(x), round(y))
            if not points or point != points[-1]:
                points.append(point)
        if closed and len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if len(points) < (3 if closed else 2):
            continue
        steps = [value for (x0, y0), (x1, y1) in zip(points, points[1:]) for value in (x1 - x0, y1 - y0)]
        data.append(f"M{numbers(points[0])}l{numbers(steps)}{'z' if closed else ''}")
    return "".join(data)


def numbers(half_pixels) -> str:
    """Half-pixel integers as the shortest SVG numbers: 3 -> 1.5, -1 -> -.5; a minus sign separates."""
    text = ""
    for value in half_pixels:
        number = str(value // 2) if value % 2 == 0 else str(value / 2)
        if number.startswith(("0.", "-0.")):
            number = number.replace("0.", ".", 1)
        text += number if not text or number.startswith("-") else " " + number
    return text
