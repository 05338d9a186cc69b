"""The maps: /kaart/ (every place, sized by its events, with a time filter) and a place page's
locator map. Places and countries are named on the map itself (charts/map_labels.py decides which
and where, for each chart width)."""

from __future__ import annotations

from explainer import routes
from explainer.charts import base
from explainer.charts.fields import LabelLayout, MapMeta, MapVariant, PlaceData, TraceMeta, View
from explainer.charts.map_labels import REGION, countries, inside, label_layouts

OVERVIEW_HEIGHT, LOCATOR_HEIGHT = 520, 320
KIND_WEIGHT = {"stad": 3, "dorp": 2, "basis": 2, "gebouw": 1, "wijk": 1}  # towns first at equal counts


def _view(place=None) -> View:
    """The region (Syria, Iraq and neighbours), or, for a place outside it, a view around the place."""
    if place is None or inside(place.lon, place.lat, REGION):
        return REGION
    return {"lon": [place.lon - 20, place.lon + 20], "lat": [max(place.lat - 12, -80), min(place.lat + 12, 84)]}


def _geo_layout(place=None) -> dict:
    view = _view(place)
    in_region = view is REGION
    return {
        "projection": {"type": "mercator"},
        "resolution": 50 if in_region else 110,
        "lonaxis": {"range": view["lon"]},
        "lataxis": {"range": view["lat"]},
        "showcountries": True,
        "showland": True,
        "showocean": True,
        "showlakes": True,
        "showrivers": in_region,
        "showcoastlines": True,
        "showframe": False,
        "bgcolor": "rgba(0,0,0,0)",
    }


def _topojson(place=None) -> str:
    return "regio" if _view(place) is REGION else "wereld"


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
    traces = [
        base.scattergeo(
            lon=[p.lon for p in others],
            lat=[p.lat for p in others],
            mode="markers",
            hoverinfo="skip",
            marker={"size": 5, "color": "#888888", "opacity": 0.6},
            name="Andere plaatsen",
        ),
        _star_trace(place_, widest),
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


def _star_trace(place_, layout: LabelLayout) -> dict:
    """A locator map's place: a star with its name."""
    star: PlaceData = {"url": routes.place(place_.slug), "naam": base.escape(place_.name)}
    meta: TraceMeta = {"soort": "plaatsen"}
    return base.scattergeo(
        lon=[place_.lon],
        lat=[place_.lat],
        mode="markers+text",
        name=base.escape(place_.name),
        text=layout["tekst"],
        textposition=layout["positie"],
        textfont={"size": layout["plaatsgrootte"] + 1},
        marker={"size": 16, "color": base.PALETTE[4], "symbol": "star", "line": {"width": 1, "color": "#ffffff"}},
        customdata=[star],
        hovertemplate="<b>%{customdata.naam}</b><extra></extra>",
        meta=meta,
    )


def size_legend(corpus) -> list[tuple[int, float]]:
    """(events, circle diameter in px) for the map's size legend: 1, the largest count, one between."""
    top = _largest_count(corpus, [p for p in corpus.places.values() if p.kind != "land"])
    counts = sorted({1, max(1, round(top / 2)), top})
    return [(count, round(2 * _radius(count, top), 1)) for count in counts]
