"""The maps' names: which places and countries are named for each chart width, and where (as
plotly textpositions), so that no name covers a marker or another name (charts/labels.py places
them). charts/maps.py writes the layouts into the map's layout.meta; the page picks one per width."""

from __future__ import annotations

import math

from explainer.charts.fields import CountryLabels, LabelLayout, View
from explainer.charts.labels import WIDTHS, Box, around, marker_box, place, text_size
from explainer.charts.projection import Projection, mercator

REGION: View = {"lon": [33.5, 50.5], "lat": [28.5, 40.5]}
# A phone's map is as wide as the screen: it shows the heart of the region (Syria to Baghdad)
# larger, so more places can be named.
PHONE_REGION: View = {"lon": [35.4, 46.6], "lat": [31.6, 38.4]}
# Countries of the region the content has no place for, named on the map for orientation
# (Dutch name -> a point inside the country where its name fits).
NEIGHBOURS = {
    "Jordanië": (36.9, 30.9),
    "Saoedi-Arabië": (41.8, 29.4),
    "Libanon": (35.9, 33.95),
    "Israël": (34.85, 30.9),
    "Koeweit": (47.6, 29.35),
    "Egypte": (33.9, 29.6),
}


def inside(lon: float, lat: float, view: View) -> bool:
    return view["lon"][0] <= lon <= view["lon"][1] and view["lat"][0] <= lat <= view["lat"][1]


def countries(corpus, view: View) -> list[tuple[str, float, float]]:
    """Country names for the map: the content's countries first (a country whose middle lies just
    outside the view is named at the view's edge), then the region's other countries."""
    found = []
    for land in (p for p in corpus.places.values() if p.kind == "land"):
        lon = min(max(land.lon, view["lon"][0] + 2.5), view["lon"][1] - 2.5)
        lat = min(max(land.lat, view["lat"][0] + 1), view["lat"][1] - 1)
        if abs(lon - land.lon) < 6 and abs(lat - land.lat) < 4:
            found.append((land.name, lon, lat))
    if view is REGION:
        named = {name for name, _, _ in found}  # a neighbour the content has as a place is named once
        found += [(name, lon, lat) for name, (lon, lat) in NEIGHBOURS.items() if name not in named]
    return found


def _country_options(projection, lon, lat, size) -> list:
    """A country's name at its point, or shifted a little where a marker sits there."""
    x, y = projection(lon, lat)
    w, h = size
    return [
        (Box(x + dx - w / 2, y + dy - h / 2, x + dx + w / 2, y + dy + h / 2), (dx, dy))
        for dx, dy in ((0, 0), (0, 26), (0, -26), (44, 0), (-44, 0), (40, 30), (-40, -30))
    ]


def label_layouts(points: list, names: list, country_names: list, view: View, height: int) -> list[LabelLayout]:
    """Per chart width: which places are named and where (plotly textposition), and which countries.
    `points` (lon, lat, marker radius) come in order of importance; a label never covers a marker
    or another label; country names are placed first."""
    layouts: list[LabelLayout] = []
    for width in WIDTHS:
        small = width < 400
        shown_view = (
            PHONE_REGION if small and view is REGION and inside(points[0][0], points[0][1], PHONE_REGION) else view
        )  # a locator map keeps the whole region if its place lies outside the phone's view
        projection = Projection(shown_view, width, height)
        size, csize = (10, 10) if small else (12, 12)
        pixels = [(*projection(lon, lat), r) for lon, lat, r in points]
        markers = [marker_box(x, y, r) for x, y, r in pixels]
        country_options = [
            _country_options(projection, lon, lat, text_size(name.upper(), csize)) for name, lon, lat in country_names
        ]
        shown = place(country_options, markers, projection.frame)
        taken = markers + [pick[0] for pick in shown if pick]
        labels = place(
            [around(x, y, r, text_size(name, size)) for (x, y, r), name in zip(pixels, names)], taken, projection.frame
        )
        fitted = round(projection.frame.y1 - projection.frame.y0) if small else height  # no empty band on a phone
        layouts.append(
            {
                "breedte": width,
                "hoogte": fitted,
                "zicht": shown_view,
                "plaatsgrootte": size,
                "landgrootte": csize,
                "tekst": [name if pick else "" for name, pick in zip(names, labels)],
                "positie": [pick[1] if pick else "middle right" for pick in labels],
                "landen": _country_shift(country_names, shown, projection),
            }
        )
    return layouts


def _country_shift(country_names, picks, projection) -> CountryLabels:
    """Country labels as lon/lat (a shift in px converted back to degrees) and text ('' if no room)."""
    lons, lats, texts = [], [], []
    for (name, lon, lat), pick in zip(country_names, picks):
        dx, dy = pick[1] if pick else (0, 0)
        lons.append(round(lon + dx / projection.scale, 3))
        lats.append(round(_lat_at(projection, lat, dy), 3))
        texts.append(name.upper() if pick else "")
    return {"lon": lons, "lat": lats, "tekst": texts}


def _lat_at(projection, lat: float, dy_px: float) -> float:
    y = mercator(lat) - dy_px / projection.scale
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)
