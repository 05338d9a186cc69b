"""The Plotly subset the static pictures draw (hooks/explainer/charts/svg/subset.py): every plot a
page embeds stays inside it, a plot outside it stops the build with one line that names the chart,
and a trace without a mode is drawn as plotly.js draws it."""

from __future__ import annotations

import html
import json
import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import FIXTURES, fixture_docs, make_project, run_build

from explainer import charts
from explainer.charts import svg
from explainer.charts.svg import subset

SVG = "{http://www.w3.org/2000/svg}"


def embedded_plots(site_dir) -> list[tuple[str, dict]]:
    return [
        (chart, json.loads(html.unescape(data)))
        for page in sorted(site_dir.rglob("*.html"))
        for chart, data in re.findall(r'data-chart="([^"]*)"[^>]*?data-figure="([^"]*)"', page.read_text(encoding="utf-8"))
    ]


def test_every_plot_of_the_site_and_the_mini_fixture_is_inside_the_subset(site, mini_site):
    plots = embedded_plots(site.site) + embedded_plots(mini_site.site)
    assert len(plots) > 60
    outside = {chart: list(subset.outside(plot)) for chart, plot in plots}
    assert not {chart: found for chart, found in outside.items() if found}


def small_plot() -> dict:
    return {
        "data": [
            {"type": "scatter", "x": ["2014-06-29", "2019-03-23"], "y": [0, 1], "mode": "markers", "marker": {"symbol": "circle"}}
        ],
        "layout": {"height": 300, "xaxis": {"type": "date"}, "yaxis2": {"domain": [0, 0.5]}, "yaxis10": {"visible": False}},
    }


def changed(path: str, value) -> dict:
    """small_plot() with one value set at a dotted path (a number is an index into a list)."""
    plot = small_plot()
    *keys, last = [int(k) if k.isdigit() else k for k in path.split(".")]
    target = plot
    for key in keys:
        target = target[key]
    target[last] = value
    return plot


OUTSIDE = [
    ("data.0.type", "bar", "trace type 'bar'"),
    ("data.0.mode", "lines+markers+text+fill", "data[0].mode: 'lines+markers+text+fill' is not drawn for scatter"),
    ("data.0.marker.symbol", "hexagon", "data[0].marker.symbol: 'hexagon' is not drawn"),
    ("data.0.marker.symbol", ["circle", "circle-dot"], "data[0].marker.symbol: 'circle-dot' is not drawn"),
    ("data.0.fill", "tozeroy", "data[0].fill: not a key the picture draws"),
    ("data.0.cliponaxis", True, "data[0].cliponaxis: True is not drawn"),
    ("layout.barmode", "stack", "layout.barmode: not a key the picture draws"),
    ("layout.xaxis.type", "log", "layout.xaxis.type: 'log' is not drawn"),
    ("layout.yaxis2.autorange", "reversed", "layout.yaxis2.autorange: not a key the picture draws"),
    ("layout.xaxis1", {}, "layout.xaxis1: not a key the picture draws"),
    ("layout.annotations", [{"text": "a", "arrowhead": 2}], "layout.annotations[0].arrowhead: 2 is not drawn"),
    ("layout.shapes", [{"type": "circle"}], "layout.shapes[0].type: 'circle' is not drawn"),
    ("layout.shapes", [{"type": "line", "xref": "x domain"}], "layout.shapes[0].xref: 'x domain' is not a reference"),
    ("layout.legend", {"orientation": "v"}, "layout.legend.orientation: 'v' is not drawn"),
]


@pytest.mark.parametrize(("path", "value", "problem"), OUTSIDE, ids=[f"{p}={v}" for p, v, _ in OUTSIDE])
def test_a_plot_outside_the_subset_is_an_error_that_names_the_chart(path, value, problem):
    with pytest.raises(subset.OutsideSubset) as error:
        charts.embed("proef-grafiek", changed(path, value), "Een grafiek")
    message = str(error.value)
    assert message.startswith("chart 'proef-grafiek': ") and problem in message
    assert "\n" not in message and "charts/svg/subset.py" in message


def test_the_subset_knows_each_trace_type_and_its_own_modes():
    plot = changed("data.0.type", "scattergeo")
    plot["data"][0] = {"type": "scattergeo", "lon": [40], "lat": [35], "mode": "lines"}
    plot["layout"] = {"geo": {"projection": {"type": "mercator"}, "lonaxis": {"range": [30, 50]}, "lataxis": {"range": [28, 40]}}}
    assert list(subset.outside(plot)) == ["data[0].mode: 'lines' is not drawn for scattergeo"]
    mixed = small_plot()
    mixed["data"].append({"type": "scattergeo", "lon": [40], "lat": [35]})
    with pytest.raises(subset.OutsideSubset, match=r"chart 'gemengd': traces of different types \(scatter, scattergeo\)"):
        subset.check(mixed, "gemengd")


def test_a_plot_inside_the_subset_passes():
    plot = small_plot()
    assert list(subset.outside(plot)) == []
    assert charts.embed("proef", plot, "Een grafiek").count('class="ik-static"') == 3


# plotly.js 4: scatter/defaults.js (PTS_LINESONLY in scatter/constants.js) and scattergeo/attributes.js.
DEFAULT_MODES = [
    ({"type": "scatter", "x": list(range(19)), "y": list(range(19))}, "lines+markers"),
    ({"type": "scatter", "x": list(range(20)), "y": list(range(20))}, "lines"),
    ({"type": "scatter", "x": list(range(30)), "y": list(range(5))}, "lines+markers"),
    ({"type": "scatter", "y": list(range(25))}, "lines"),
    ({"x": [1, 2], "y": [1, 2]}, "lines+markers"),
    ({"type": "scattergeo", "lon": [40], "lat": [35]}, "markers"),
    ({"type": "scatter", "x": [1], "y": [1], "mode": "text"}, "text"),
]


@pytest.mark.parametrize(("trace", "expected"), DEFAULT_MODES)
def test_a_trace_without_a_mode_gets_plotlys_default(trace, expected):
    assert subset.mode(trace) == expected


def test_the_picture_draws_the_default_mode():
    """Three points without a mode: plotly.js draws a line through them and a marker on each."""
    plot = {"data": [{"type": "scatter", "x": [0, 1, 2], "y": [0, 2, 1]}], "layout": {"height": 300}}
    picture = ET.fromstring(svg.pictures(plot)).find("div").find(f"{SVG}svg")
    paths = list(picture.iter(f"{SVG}path"))
    assert sum(1 for p in paths if p.get("fill") == "none") == 1, "the line"
    assert sum(1 for p in paths if p.get("fill") not in (None, "none")) == 3, "a marker per point"


@pytest.fixture(scope="module")
def faulty_build(tmp_path_factory):
    """The mini fixture built with one chart pushed outside the subset. No content can do that (the
    chart modules decide every key), so a hook loaded before the site's own makes the overview
    map's traces draw lines, as a slip in charts/maps.py would."""
    base = tmp_path_factory.mktemp("outside-subset")
    project = make_project(base / "project", FIXTURES / "mini" / "content", fixture_docs(base))
    (project / "slip.py").write_text(
        "from explainer import charts\n"
        "_map = charts.overview_map\n"
        "def overview_map(corpus):\n"
        "    plot = _map(corpus)\n"
        "    plot['data'][0]['mode'] = 'lines+markers'\n"
        "    return plot\n"
        "charts.overview_map = overview_map\n",
        encoding="utf-8",
    )
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("hooks:\n", "hooks:\n  - slip.py\n", 1), encoding="utf-8")
    yield run_build(project)
    shutil.rmtree(base, ignore_errors=True)


def test_a_build_with_a_plot_outside_the_subset_stops_with_one_line(faulty_build):
    assert faulty_build.returncode != 0
    assert "Traceback" not in faulty_build.output
    errors = [line for line in faulty_build.output.splitlines() if "chart 'kaart'" in line]
    assert errors == [
        "ERROR   -  chart 'kaart': data[0].mode: 'lines+markers' is not drawn for scattergeo; "
        "the static picture draws only what hooks/explainer/charts/svg/subset.py declares"
    ], faulty_build.output
