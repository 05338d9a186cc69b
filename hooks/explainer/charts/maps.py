"""The maps: /kaart/ (every place, sized by its events, with a time filter) and a place page's
locator map. Places and countries are named on the map itself (charts/labels.py places the names)."""

from __future__ import annotations

import math

from explainer import routes
from explainer.charts import base as base
from explainer.charts.fields import CountryLabels, LabelLayout, MapMeta, MapVariant, PlaceData, TraceMeta, View
from explainer.charts.labels import WIDTHS, Box, around, marker_box, place, text_size
from explainer.charts.projection import Projection, mercator

REGION: View = {"lon": [33.5, 50.5], "lat": [28.5, 40.5]}
# A phone's map is as wide as the screen: it shows the heart of the region (Syria to Baghdad)
# larger, so more places can be named.
PHONE_REGION: View = {"lon": [35.4, 46.6], "lat": [31.6, 38.4]}
OVERVIEW_HEIGHT, LOCATOR_HEIGHT = 520, 320
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
KIND_WEIGHT = {"stad": 3, "dorp": 2, "basis": 2, "gebouw": 1, "wijk": 1}  # towns first at equal counts


def _view(place=None) -> View:
    """The region (Syria, Iraq and neighbours), or, for a place outside it, a view around the place."""
    if place is None or _in(place.lon, place.lat, REGION):
        return REGION
    return {"lon": [place.lon - 20, place.lon + 20], "lat": [max(place.lat - 12, -80), min(place.lat + 12, 84)]}


def _in(lon: float, lat: float, view: View) -> bool:
    return view["lon"][0] <= lon <= view["lon"][1] and view["lat"][0] <= lat <= view["lat"][1]


def _geo_layout(place=None) -> dict:
    view = _view(place)
    inside = view is REGION
    return {
        "projection": {"type": "mercator"},
        "resolution": 50 if inside else 110,
        "lonaxis": {"range": view["lon"]},
        "lataxis": {"range": view["lat"]},
        "showcountries": True,
        "showland": True,
        "showocean": True,
        "showlakes": True,
        "showrivers": inside,
        "showcoastlines": True,
        "showframe": False,
        "bgcolor": "rgba(0,0,0,0)",
    }


def _topojson(place=None) -> str:
    return "regio" if _view(place) is REGION else "wereld"


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
            PHONE_REGION if small and view is REGION and _in(points[0][0], points[0][1], PHONE_REGION) else view
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


LARGEST_DIAMETER = 48  # px: the busiest place's circle at most, whatever the corpus's size


def _radius(count: int, largest: int) -> float:
    """A circle grows with count ** 0.8; when the busiest place (`largest` events) would be wider
    than LARGEST_DIAMETER, every circle is scaled down by the same rule."""
    if 8 + 5 * largest**0.8 <= LARGEST_DIAMETER:
        return (8 + 5 * count**0.8) / 2
    return (8 + (LARGEST_DIAMETER - 8) * (count / largest) ** 0.8) / 2


def _largest_count(corpus, places: list) -> int:
    return max((len(corpus.events_in_place(p.slug)) for p in places), default=1)


def _importance(corpus, places: list, counts: dict) -> list:
    return sorted(places, key=lambda p: (-counts[p.slug], -KIND_WEIGHT.get(p.kind, 0), p.name))


def _variant(corpus, places: list, events: list, largest: int) -> MapVariant:
    """The overview's markers and labels for one period: places with events in it, by importance."""
    counts = {p.slug: 0 for p in places}
    for event in events:
        for slug in dict.fromkeys(corpus.place_chains.get(event.location, ())):
            if slug in counts:
                counts[slug] += 1
    shown = _importance(corpus, [p for p in places if counts[p.slug]], counts)
    names = [base.escape(p.name) for p in shown]
    points = [(p.lon, p.lat, _radius(counts[p.slug], largest)) for p in shown]
    return {
        "lon": [p.lon for p in shown],
        "lat": [p.lat for p in shown],
        "grootte": [round(2 * r, 1) for _, _, r in points],
        "customdata": [
            {
                "url": routes.place(p.slug),
                "naam": name,
                "aantal": base.number(counts[p.slug]),
                "woord": "gebeurtenis" if counts[p.slug] == 1 else "gebeurtenissen",
            }
            for p, name in zip(shown, names)
        ],
        "gebeurtenissen": len(events),
        "labels": label_layouts(points, names, countries(corpus, REGION), REGION, OVERVIEW_HEIGHT),
    }


def _place_trace(variant: MapVariant, layout: LabelLayout) -> dict:
    meta: TraceMeta = {"soort": "plaatsen"}
    return base.scattergeo(
        lon=variant["lon"],
        lat=variant["lat"],
        mode="markers+text",
        name="Plaatsen",
        text=layout["tekst"],
        textposition=layout["positie"],
        textfont={"size": layout["plaatsgrootte"]},
        marker={
            "size": variant["grootte"],
            "color": base.PALETTE[0],
            "opacity": 0.75,
            "line": {"width": 1, "color": "#ffffff"},
            "sizemode": "diameter",
        },
        customdata=variant["customdata"],
        meta=meta,
        hovertemplate="<b>%{customdata.naam}</b><br>%{customdata.aantal} %{customdata.woord}<extra></extra>",
    )


def _country_trace(layout: LabelLayout) -> dict:
    countries_ = layout["landen"]
    meta: TraceMeta = {"soort": "landen"}
    return base.scattergeo(
        lon=countries_["lon"],
        lat=countries_["lat"],
        text=countries_["tekst"],
        mode="text",
        hoverinfo="skip",
        name="Landen",
        meta=meta,
        textfont={"size": layout["landgrootte"], "color": "#6b6b6b"},
    )


def overview_map(corpus) -> dict:
    places = [p for p in corpus.places.values() if p.kind != "land"]
    events = list(corpus.events.values())
    periods = base.presets(corpus)
    largest = _largest_count(corpus, places)  # one scale for every period, so they compare
    variants = {
        name: _variant(corpus, places, [e for e in events if base.overlaps(e.date, span)], largest)
        for name, span in periods.items()
    }
    variants["alles"] = _variant(corpus, places, events, largest)
    widest = variants["alles"]["labels"][-1]
    meta: MapMeta = {"soort": "kaart", "topojson": "regio", "periodes": variants}
    layout = {
        "geo": _geo_layout(),
        "height": OVERVIEW_HEIGHT,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False,
        "meta": meta,
    }
    return {"data": [_place_trace(variants["alles"], widest), _country_trace(widest)], "layout": layout}


def locator_map(corpus, place_) -> dict:
    """The place as a star among the other places (grey dots), with its name and the countries around."""
    view = _view(place_)
    others = [p for p in corpus.places.values() if p.slug != place_.slug and p.kind != "land"]
    near = [(name, lon, lat) for name, lon, lat in countries(corpus, view) if name != place_.name]
    labels = label_layouts([(place_.lon, place_.lat, 8)], [base.escape(place_.name)], near, view, LOCATOR_HEIGHT)
    widest = labels[-1]
    star: PlaceData = {"url": routes.place(place_.slug), "naam": base.escape(place_.name)}
    star_meta: TraceMeta = {"soort": "plaatsen"}
    traces = [
        base.scattergeo(
            lon=[p.lon for p in others],
            lat=[p.lat for p in others],
            mode="markers",
            hoverinfo="skip",
            marker={"size": 5, "color": "#888888", "opacity": 0.6},
            name="Andere plaatsen",
        ),
        base.scattergeo(
            lon=[place_.lon],
            lat=[place_.lat],
            mode="markers+text",
            name=base.escape(place_.name),
            text=widest["tekst"],
            textposition=widest["positie"],
            textfont={"size": widest["plaatsgrootte"] + 1},
            marker={"size": 16, "color": base.PALETTE[4], "symbol": "star", "line": {"width": 1, "color": "#ffffff"}},
            customdata=[star],
            hovertemplate="<b>%{customdata.naam}</b><extra></extra>",
            meta=star_meta,
        ),
        _country_trace(widest),
    ]
    meta: MapMeta = {"soort": "kaart", "topojson": _topojson(place_), "labels": labels}
    layout = {
        "geo": _geo_layout(place_),
        "height": LOCATOR_HEIGHT,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False,
        "meta": meta,
    }
    return {"data": traces, "layout": layout}


def size_legend(corpus) -> list[tuple[int, float]]:
    """(events, circle diameter in px) for the map's size legend: 1, the largest count, one between."""
    top = _largest_count(corpus, [p for p in corpus.places.values() if p.kind != "land"])
    counts = sorted({1, max(1, round(top / 2)), top})
    return [(count, round(2 * _radius(count, top), 1)) for count in counts]
