"""The maps' static pictures (hooks/explainer/charts/svg/geo.py): the TopoJSON decoding of
scripts/build_assets.js on a tiny topology, the path encoding, the pictures in the built HTML (valid XML, names written), and in
Chromium with plotly.js blocked: names that overlap nothing, drawn where Plotly draws them, axe
clean in light and dark mode."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT
from test_quality import AXE, axe_report

from explainer.build import build_corpus
from explainer.charts.svg import geo as svg_geo
from explainer.charts.svg import geo_paths as svg_geo_paths

SVG = "{http://www.w3.org/2000/svg}"
PICTURE = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" class="ik-static-map".*?</svg></svg>', re.S)
# The one picture of the chart a reader sees (the others are for other widths): its names and markers.
VISIBLE = """(chart) => {
  const shown = [...document.querySelectorAll(chart + ' svg.ik-static-map')].filter(s => s.getBoundingClientRect().width);
  const box = (e, text) => { const r = e.getBoundingClientRect(); return {text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; };
  return {count: shown.length, svg: shown.length ? box(shown[0], 'svg') : null,
          texts: shown.length ? [...shown[0].querySelectorAll('text')].map(t => box(t, t.textContent)) : [],
          markers: shown.length ? [...shown[0].querySelectorAll('circle, polygon')].map(m => box(m, 'marker')) : []};
}"""
PLOTLY_TEXTS = """(chart) => [...document.querySelectorAll(chart + ' .scattergeo text')].filter(t => t.textContent)
  .map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; })"""

TINY = {  # a square (two arcs, one of them shared with a line) and a line, quantized and delta-encoded
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
    "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]], [[2, 4], [2, 0]]],
    "objects": {
        "land": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0, 1]]}, {"type": "Point"}]},
        "rivers": {
            "type": "GeometryCollection",
            "geometries": [{"type": "LineString", "arcs": [~0]}, {"type": "MultiLineString", "arcs": [[0, 2]]}],
        },
        "countries": {
            "type": "GeometryCollection",
            "geometries": [{"type": "MultiPolygon", "arcs": [[[0, 1]]]}, {"type": "LineString", "arcs": [~0, 2]}],
        },
    },
}
READ_LAYERS = """const {staticLayers} = require(process.argv[1]); let text = "";
process.stdin.on("data", (part) => (text += part)).on("end", () => process.stdout.write(JSON.stringify(staticLayers(JSON.parse(text)))));"""


def static_layers(topology: dict) -> dict:
    """What scripts/build_assets.js writes into vendor-build/static-maps/ for this topology."""
    script = str(ROOT / "scripts" / "build_assets.js")
    result = subprocess.run(
        ["node", "-e", READ_LAYERS, script], input=json.dumps(topology), capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(result.stdout)


def test_setup_decodes_the_topojson_into_rings_lines_and_arcs():
    square = [[10, 20], [11, 20], [11, 21], [10, 21], [10, 20]]
    assert static_layers(TINY) == {
        "land": [square],
        "rivers": [[[11, 21], [11, 20], [10, 20]], [[10, 20], [11, 20], [11, 21], [12, 21]]],
        # every arc the borders use, once, as stored (a border two countries share is drawn once)
        "countries": [[[10, 20], [11, 20], [11, 21]], [[11, 21], [10, 21], [10, 20]], [[11, 21], [12, 21]]],
    }
    plain = {"type": "Topology", "arcs": [[[1.5, 2], [3, 4]]], "objects": {"rivers": {"type": "LineString", "arcs": [0]}}}
    assert static_layers(plain) == {"rivers": [[[1.5, 2], [3, 4]]]}


def test_paths_are_whole_or_half_pixels_and_clipped():
    assert svg_geo_paths.numbers([3, -1, 21, 0, -22, 1]) == "1.5-.5 10.5 0-11 .5"
    assert svg_geo_paths.path([[(0, 0), (0.2, 0.1), (4, 0), (4, 4)]], closed=True) == "M0 0l2 0 0 2z"
    assert svg_geo_paths.path([[(0, 0), (0.4, 0)]], closed=False) == "", "a line that shrinks to a dot"
    square = [(-10, -10), (10, -10), (10, 10), (-10, 10)]
    clipped = svg_geo_paths.clip_ring(square, (0, 0, 20, 20))
    assert {(round(x), round(y)) for x, y in clipped} == {(0, 0), (10, 0), (10, 10), (0, 10)}
    assert svg_geo_paths.clip_line([(-5, 5), (-1, 5), (5, 5), (30, 5), (40, 5)], (0, 0, 20, 20)) == [[(-1, 5), (5, 5), (30, 5)]]


def test_a_figure_without_label_layouts_gets_its_picture():
    """Any scattergeo figure: the view from geo's axis ranges, markers and escaped text as given."""
    figure = {
        "data": [
            {
                "type": "scattergeo",
                "lon": [38.0, 60.0],
                "lat": [35.0, 35.0],
                "mode": "markers+text",
                "text": ["A &amp; B<br>tweede", "buiten beeld"],
                "textposition": "top center",
                "marker": {"size": 10, "color": "#0072B2"},
            }
        ],
        "layout": {
            "height": 300,
            "geo": {
                "resolution": 50,
                "showland": True,
                "showocean": True,
                "showcountries": True,
                "lonaxis": {"range": [33.5, 50.5]},
                "lataxis": {"range": [28.5, 40.5]},
            },
        },
    }
    svg = ET.fromstring(svg_geo.render(figure, 640))
    assert svg.get("viewBox") == "0 0 640 300"
    assert [c.get("fill") for c in svg.iter(SVG + "circle")] == ["#0072B2"], "the point outside the view is hidden"
    [text] = svg.iter(SVG + "text")
    assert "".join(text.itertext()) == "A & Btweede" and text.find(SVG + "tspan").text == "tweede"
    assert {p.get("class") for p in svg.iter(SVG + "path")} == {"ik-s-land", "ik-s-border"}


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT / "content")


def pictures(site, path: str) -> dict[int, ET.Element]:
    """The static pictures of the page's first chart, by the width they were drawn for."""
    html = (site.site / path / "index.html").read_text(encoding="utf-8")
    found = [ET.fromstring(raw) for raw in PICTURE.findall(html)]  # each one parses as XML
    return {int(svg.get("viewBox").split()[2]): svg for svg in found[:3]}


def texts(svg: ET.Element) -> set[str]:
    return {"".join(text.itertext()) for text in svg.iter(SVG + "text")}


def test_the_built_overview_map_writes_countries_and_places_as_svg_text(site, corpus):
    drawn = pictures(site, "kaart")
    assert sorted(drawn) == [350, 640, 920]
    places = {p.name for p in corpus.places.values() if p.kind != "land"}
    for width, svg in drawn.items():
        assert {"SYRIË", "IRAK"} <= texts(svg), width
        assert len(texts(svg) & places) >= 8, (width, texts(svg))
        assert svg.get("role") == "img" and "Raqqa" in svg.get("aria-label")
        assert len({p.get("class") for p in svg.iter(SVG + "path")} & {"ik-s-land", "ik-s-border", "ik-s-river"}) == 3


def test_the_built_locator_maps_name_the_place_and_the_countries_around(site):
    for path, place, countries in [
        ("plaatsen/raqqa", "Raqqa", {"SYRIË", "IRAK"}),
        ("plaatsen/mosul", "Mosul", {"SYRIË", "IRAK"}),
        ("plaatsen/iran", "Iran", {"IRAK", "TURKIJE"}),
    ]:
        for width, svg in pictures(site, path).items():
            assert place in texts(svg) and countries <= texts(svg), (path, width, texts(svg))
            assert len(list(svg.iter(SVG + "polygon"))) == 1, "the place's star"


def overlapping(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and a["y0"] < b["y1"] - 0.5 and b["y0"] < a["y1"] - 0.5


@pytest.fixture(params=[1280, 390], ids=lambda w: f"{w}px")
def static_page(request, browser, server):
    """A page with plotly.js blocked: what a reader sees before interacting, or without JS."""
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="nl-NL")
    tab = context.new_page()
    tab.route("**/plotly*.js", lambda route: route.abort())
    yield tab
    context.close()


def test_static_overview_names_overlap_nothing(static_page, server, corpus):
    static_page.goto(server + "kaart/")
    shown = static_page.evaluate(VISIBLE, "#grafiek-kaart")
    assert shown["count"] == 1, "one picture, the one for the chart's width"
    names = {t["text"] for t in shown["texts"]}
    assert {"SYRIË", "IRAK"} <= names
    assert len(names & {p.name for p in corpus.places.values() if p.kind != "land"}) >= 8, names
    boxes = shown["texts"]
    assert [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlapping(a, b)] == []
    assert [(t["text"], m) for t in boxes for m in shown["markers"] if overlapping(t, m)] == [], "a name covers a marker"
    frame = shown["svg"]
    assert all(frame["x0"] <= t["x0"] and t["x1"] <= frame["x1"] + 0.5 for t in boxes), "names stay on the map"


@pytest.mark.parametrize("path,chart", [("kaart/", "kaart"), ("plaatsen/raqqa/", "kaart-raqqa")])
def test_names_stand_where_plotly_writes_them(static_page, browser, server, path, chart):
    """The picture is what Plotly draws at the default view: same size, names within 2 px."""
    static_page.goto(server + path)
    shown = static_page.evaluate(VISIBLE, f"#grafiek-{chart}")
    plotly = browser.new_page(viewport=static_page.viewport_size)
    plotly.goto(server + path)
    plotly.hover(f"#grafiek-{chart}", position={"x": 2, "y": 2})  # Plotly loads on interaction
    plotly.wait_for_selector(f"#grafiek-{chart}[data-drawn=ja]", timeout=20_000)
    drawn = {t["text"]: t for t in plotly.evaluate(PLOTLY_TEXTS, f"#grafiek-{chart}")}
    size = plotly.locator(f"#grafiek-{chart} .main-svg").first.bounding_box()
    plotly.close()
    assert abs(size["height"] - (shown["svg"]["y1"] - shown["svg"]["y0"])) < 1, "no layout shift"
    assert {t["text"] for t in shown["texts"]} == set(drawn)
    for text in shown["texts"]:  # in px from the chart's top-left corner
        other = drawn[text["text"]]
        assert max(abs(text[k] - shown["svg"][k[0] + "0"] - other[k] + size[k[0]]) for k in ("x0", "y0", "x1", "y1")) <= 2, (
            text,
            other,
        )


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_static_maps_are_axe_clean(browser, server, scheme):
    """On a phone (the desktop pages are checked with Plotly drawn, in test_quality)."""
    static_page = browser.new_page(viewport={"width": 390, "height": 844})
    static_page.route("**/plotly*.js", lambda route: route.abort())
    for path in ("kaart/", "plaatsen/raqqa/"):
        static_page.goto(server + path)
        if static_page.get_attribute("body", "data-md-color-scheme") != scheme:
            static_page.locator(f"label[for=__palette_{1 if scheme == 'slate' else 0}]").click()
        static_page.wait_for_selector(f"body[data-md-color-scheme={scheme}]")
        static_page.wait_for_function("""() => document.getAnimations().every(a =>
            a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)""")
        assert static_page.evaluate(VISIBLE, ".ik-chart")["count"] == 1
        static_page.add_script_tag(path=str(AXE))
        results = static_page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        serious = [v for v in results["violations"] if v["impact"] in ("critical", "serious")]
        assert not serious, f"/{path} ({scheme}):\n{axe_report(serious)}"
    static_page.close()
