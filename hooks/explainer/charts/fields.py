"""The named fields Python and JavaScript agree on, declared once: a plot's `layout.meta`, a
trace's `meta` and the `customdata` object of every mark.

The chart modules write them (the functions that build them return these types, so mypy checks
every key), charts/svg/ reads them to draw the static pictures, and so do docs/assets/charts.js,
charts-timeline.js and chart-tooltip.js in the browser: tests/test_chart_fields.py checks that the
scripts read only keys declared here and that every hover label names a declared field. The keys
are Dutch, as is all data the page sees. TypedDicts are plain dicts at run time: nothing changes
in the JSON a page carries.

No `from __future__ import annotations` here: typing finds NotRequired keys only in evaluated
annotations (tests/test_chart_fields.py reads them)."""

from collections.abc import Sequence
from typing import Literal, NotRequired, TypedDict

# ---- customdata: one object per mark -------------------------------------------------------


class EventData(TypedDict):
    """A timeline mark (charts/timeline.py): what its label shows, where a click leads, what the
    filters of charts-timeline.js match (themas, plaatsen, status, volgens: lists of slugs)."""

    url: str
    datum: str
    titel: str
    plaats: str
    bronnen: str
    id: str
    themas: list[str]
    plaatsen: list[str]
    status: list[str]
    volgens: list[str]
    wie: str


class SpanData(TypedDict):
    """Both ends of an event's span (a line): the event they belong to (None between spans)."""

    id: str


class MonthData(TypedDict):
    """A month mark of the timeline at scale (charts/overview.py); a click zooms in on its months."""

    maand: str
    themas: list[str]
    aantal: str


class PlaceData(TypedDict):
    """A place on a map (charts/maps.py); the overview map also counts its events."""

    url: str
    naam: str
    aantal: NotRequired[str]
    woord: NotRequired[str]


class FigureData(TypedDict):
    """A figure's mark on /cijfers/ (charts/figures.py)."""

    url: str
    wat: str
    waarde: str
    volgens: str
    datum: str
    eenheid: str
    id: str


CustomData = EventData | SpanData | MonthData | PlaceData | FigureData

# ---- a trace's meta ---------------------------------------------------------------------------

TraceKind = Literal["periode", "gebeurtenissen", "overzicht", "plaatsen", "landen", "bandbreedte", "cijfers", "waarden"]


class TraceMeta(TypedDict):
    """What a trace shows (`soort`); a timeline lane names its theme, a figures panel its kind and unit."""

    soort: TraceKind
    thema: NotRequired[str]
    paneel: NotRequired[str]
    eenheid: NotRequired[str]


# ---- layout.meta ------------------------------------------------------------------------------


class KeyTitles(TypedDict):
    """The timeline's key events' titles for one chart width (charts/timeline_titles.py): Plotly
    annotations and the dotted lines down to their marks, and the top margin that holds them."""

    breedte: int
    marge: int
    annotaties: list[dict]
    lijnen: list[dict]


class Detail(TypedDict):
    """The timeline at scale: the data file of each year's single events (routes.timeline_detail),
    the file of event ids per year, the widest period drawn as single events, the events in all."""

    jaren: dict[str, str]
    ids: str
    maxdagen: int
    totaal: int


class TimelineMeta(TypedDict):
    soort: Literal["tijdlijn"]
    periodes: list[str]  # the slugs of the period bands
    baanboven: list[float]  # the y of each lane's top, where a phone writes the lane's name
    sleutels: list[KeyTitles]  # per chart width, narrowest first
    bereik: dict[str, tuple[str, str]]  # the period buttons: name -> (first day, last day)
    detail: NotRequired[Detail]


class View(TypedDict):
    lon: Sequence[float]  # from west to east
    lat: Sequence[float]  # from south to north


class CountryLabels(TypedDict):
    lon: list[float]
    lat: list[float]
    tekst: list[str]  # '' where a country's name finds no room


class LabelLayout(TypedDict):
    """A map's names for one chart width (charts/map_labels.py label_layouts)."""

    breedte: int
    hoogte: int
    zicht: View
    plaatsgrootte: int
    landgrootte: int
    tekst: list[str]  # per place: its name, or '' where it finds no room
    positie: list[str]  # per place: a Plotly textposition
    landen: CountryLabels


class MapVariant(TypedDict):
    """The overview map for one period of its buttons: the places with events in it, by importance."""

    lon: list[float]
    lat: list[float]
    grootte: list[float]
    customdata: list[PlaceData]
    gebeurtenissen: int
    labels: list[LabelLayout]


class MapMeta(TypedDict):
    """A map: the overview map has a variant per period (`periodes`, "alles" first drawn), a
    locator map one set of label layouts (`labels`)."""

    soort: Literal["kaart"]
    topojson: str  # the folder of its geometry under assets/vendor/topojson/
    periodes: NotRequired[dict[str, MapVariant]]
    labels: NotRequired[list[LabelLayout]]


class FiguresMeta(TypedDict):
    soort: Literal["cijfers"]
    panelen: list[str]  # the kinds of quantity, one panel each


class ThemedMeta(TypedDict):
    """Written by charts.js, never by Python: the colour scheme it themed the drawn chart for."""

    scheme: str


LayoutMeta = TimelineMeta | MapMeta | FiguresMeta

# The customdata of each kind of trace (TraceMeta.soort); traces of other kinds carry none.
CUSTOMDATA: dict[str, type] = {
    "gebeurtenissen": EventData,
    "periode": SpanData,
    "overzicht": MonthData,
    "plaatsen": PlaceData,
    "cijfers": FigureData,
}
