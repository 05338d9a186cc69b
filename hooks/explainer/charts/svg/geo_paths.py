"""The static maps' geometry as compact SVG path data.

Reads the geometry of the very TopoJSON files Plotly fetches for the figure (vendor-build/topojson/
<meta.topojson>/world_<geo.resolution>m.json), which scripts/build_assets.js decodes once during
setup into vendor-build/static-maps/ (per layer, [lon, lat] lists), projects it with Plotly's
mercator fit (charts/projection.py) and writes whole or half pixels relative to the map
frame's top-left corner: equal frames give byte-equal paths, which gzip stores once per page."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from explainer.charts.projection import Projection, mercator

GEOMETRY = Path(__file__).resolve().parents[4] / "vendor-build" / "static-maps"
LAYERS = ("land", "lakes", "rivers", "countries", "coastlines")
MAX_LAT = 85.0  # mercator has no y for the poles (Antarctica's ring reaches -90)
MARGIN = 2  # half pixels: polygons are clipped a pixel outside the frame, so no edge shows


@lru_cache(maxsize=4)
def _shapes(folder: str, resolution: int) -> dict[str, list]:
    """Per layer: its parts as (bounding box, points), points as (lon, mercator y in degrees),
    so a view only projects linearly, and only the parts it can see."""
    decoded = json.loads((GEOMETRY / folder / f"world_{resolution}m.json").read_text(encoding="utf-8"))
    return {name: [_bounded(part) for part in decoded.get(name, [])] for name in LAYERS}


def _bounded(points: list) -> tuple:
    flat = [(lon, mercator(max(-MAX_LAT, min(MAX_LAT, lat)))) for lon, lat in points]
    xs, ys = [x for x, _ in flat], [y for _, y in flat]
    return (min(xs), min(ys), max(xs), max(ys)), flat


@lru_cache(maxsize=64)
def layers(folder: str, resolution: int, view: tuple, width: float, height: float) -> dict[str, str]:
    """Path data per layer (land, lakes, rivers, countries, coastlines) for the view
    (lon0, lon1, lat0, lat1) fitted into a width x height chart, cut to the map frame."""
    projection = Projection({"lon": view[:2], "lat": view[2:]}, width, height)
    frame, scale = projection.frame, 2 * projection.scale
    window = (-MARGIN, -MARGIN, round(2 * (frame.x1 - frame.x0)) + MARGIN, round(2 * (frame.y1 - frame.y0)) + MARGIN)
    y0 = 2 * (projection.middle - frame.y0) + scale * projection.centre
    seen = (view[0] - 1, mercator(view[2]) - 1, view[1] + 1, mercator(view[3]) + 1)  # degrees

    def half_pixels(layer):
        return [
            [((lon - projection.lon0) * scale, y0 - y * scale) for lon, y in points]
            for box, points in _shapes(folder, resolution)[layer]
            if box[0] <= seen[2] and box[2] >= seen[0] and box[1] <= seen[3] and box[3] >= seen[1]
        ]

    areas = {name: path([clip_ring(ring, window) for ring in half_pixels(name)], closed=True) for name in ("land", "lakes")}
    strokes = {
        name: path([run for line in half_pixels(name) for run in clip_line(line, window)], closed=False)
        for name in ("rivers", "countries", "coastlines")
    }
    return {**areas, **strokes}


def clip_ring(ring: list, window: tuple) -> list:
    """Sutherland–Hodgman: the part of a polygon ring inside the window (x0, y0, x1, y1)."""
    if _within(ring, window):  # what the passes below would return, without them
        return list(ring)
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


def _within(points: list, window: tuple) -> bool:
    """Whether every point lies inside the window (x0, y0, x1, y1), edges included."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return bool(points) and min(xs) >= window[0] and max(xs) <= window[2] and min(ys) >= window[1] and max(ys) <= window[3]


def _crossing(a, b, axis: int, bound: float) -> tuple:
    t = (bound - a[axis]) / (b[axis] - a[axis])
    other = a[1 - axis] + t * (b[1 - axis] - a[1 - axis])
    return (bound, other) if axis == 0 else (other, bound)


def clip_line(line: list, window: tuple) -> list[list]:
    """The runs of a line whose segments reach into the window (the frame's clip hides the rest)."""
    if len(line) > 1 and _within(line, window):  # every segment reaches in: one run, the whole line
        return [list(line)]
    runs: list[list] = []
    run: list = []
    for a, b in zip(line, line[1:]):
        if (
            min(a[0], b[0]) <= window[2]
            and max(a[0], b[0]) >= window[0]
            and min(a[1], b[1]) <= window[3]
            and max(a[1], b[1]) >= window[1]
        ):
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
        points: list[tuple[int, int]] = []
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
