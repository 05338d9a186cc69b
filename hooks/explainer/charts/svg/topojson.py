"""TopoJSON decoding (https://github.com/topojson/topojson-specification) for the static maps:
the same geometry files Plotly fetches, read at build time.

Only what the maps need: arcs (quantized and delta-encoded, or plain), the polygon rings of an
object's areas, its lines, and its mesh (every arc once, as topojson-client's `mesh` does)."""

from __future__ import annotations

Point = tuple[float, float]


def arcs(topology: dict) -> list[list[Point]]:
    """Every arc in absolute lon/lat: undoes the quantization (transform) and delta encoding."""
    transform = topology.get("transform")
    if not transform:
        return [[(p[0], p[1]) for p in arc] for arc in topology["arcs"]]
    (kx, ky), (dx, dy) = transform["scale"], transform["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            x, y = x + position[0], y + position[1]
            points.append((x * kx + dx, y * ky + dy))
        decoded.append(points)
    return decoded


def _chain(indexes: list[int], decoded: list[list[Point]]) -> list[Point]:
    """Arcs joined into one line or ring; ~i is arc i reversed; shared end points appear once."""
    points: list[Point] = []
    for index in indexes:
        arc = decoded[index] if index >= 0 else decoded[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _geometries(geometry: dict):
    if geometry.get("type") == "GeometryCollection":
        for child in geometry.get("geometries", []):
            yield from _geometries(child)
    elif geometry.get("type"):
        yield geometry


def _parts(topology: dict, name: str, single: str, multi: str):
    """The arcs of each part of the object's geometries of type `single` (one part) or `multi`."""
    for geometry in _geometries(topology["objects"][name]):
        if geometry["type"] == single:
            yield geometry.get("arcs", [])
        elif geometry["type"] == multi:
            yield from geometry.get("arcs", [])


def rings(topology: dict, name: str, decoded: list[list[Point]] | None = None) -> list[list[Point]]:
    """Every ring (outer and holes) of the object's Polygons and MultiPolygons."""
    decoded = decoded if decoded is not None else arcs(topology)
    return [_chain(ring, decoded) for polygon in _parts(topology, name, "Polygon", "MultiPolygon") for ring in polygon]


def lines(topology: dict, name: str, decoded: list[list[Point]] | None = None) -> list[list[Point]]:
    """The object's LineStrings and MultiLineStrings as point lists."""
    decoded = decoded if decoded is not None else arcs(topology)
    return [_chain(part, decoded) for part in _parts(topology, name, "LineString", "MultiLineString")]


def mesh(topology: dict, name: str, decoded: list[list[Point]] | None = None) -> list[list[Point]]:
    """Every arc the object uses, once (a border shared by two countries is drawn once)."""
    decoded = decoded if decoded is not None else arcs(topology)
    used: dict[int, None] = {}

    def collect(nested):
        for item in nested:
            if isinstance(item, list):
                collect(item)
            else:
                used.setdefault(item if item >= 0 else ~item)

    for geometry in _geometries(topology["objects"][name]):
        if geometry["type"] in ("LineString", "MultiLineString", "Polygon", "MultiPolygon"):
            collect(geometry.get("arcs", []))
    return [decoded[index] for index in used]
