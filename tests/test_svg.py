"""The static chart pictures' pure parts (hooks/explainer/svg_*.py): text, numbers, ticks, and
a picture per layout width drawn from the figure dict alone."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from explainer.charts import svg
from explainer.charts.svg import base as svg_base
from explainer.charts.svg.axes import Axis

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    "label, expected",
    [
        ("IS ruimt op<br>in Falluja", [[("IS ruimt op", False)], [("in Falluja", False)]]),
        ("<b>IS-strijders</b> (in strijders)", [[("IS-strijders", True), (" (in strijders)", False)]]),
        ("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", [[("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", False)]]),
        ("Tom & Jerry", [[("Tom &amp; Jerry", False)]]),
    ],
)
def test_label_markup_becomes_escaped_lines(label, expected):
    assert svg_base.lines(label) == expected


@pytest.mark.parametrize(
    "value, decimals, expected",
    [(20000, 0, "20.000"), (0.5, 1, "0,5"), (1.0, 1, "1"), (-1500, 0, "−1.500"), (1234567.25, 2, "1.234.567,25")],
)
def test_dutch_numbers(value, decimals, expected):
    assert svg_base.dutch_number(value, decimals) == expected


@pytest.mark.parametrize(
    "length, low, high, expected",
    [(910, -630, 34020, ["0", "10.000", "20.000", "30.000"]), (330, -0.04, 2.16, ["0", "0,5", "1", "1,5", "2"])],
)
def test_linear_ticks_as_plotly_chooses_them(length, low, high, expected):
    axis = Axis("x", {"nticks": 5}, low, high, 0, length)
    assert [label for _, label in axis.ticks()] == expected


@pytest.mark.parametrize(
    "length, expected", [(662, [str(y) for y in range(2013, 2021)]), (345, ["2014", "2016", "2018", "2020"])]
)
def test_date_ticks_as_plotly_chooses_them(length, expected):
    axis = Axis("x", {"type": "date"}, svg_base.days("2012-09-03"), svg_base.days("2020-09-28"), 0, length)
    assert [label for _, label in axis.ticks()] == expected


def test_pictures_per_width_from_the_figure_alone():
    figure = {
        "data": [
            {
                "type": "scatter",
                "x": ["2014-06-29", "2019-03-23"],
                "y": [0, 0],
                "mode": "markers+text",
                "text": ["&lt;script&gt;x&lt;/script&gt;", "Baghouz"],
                "marker": {"symbol": ["circle", "diamond-x"]},
            }
        ],
        "layout": {
            "height": 300,
            "margin": {"l": 10, "r": 10, "t": 20, "b": 40},
            "xaxis": {"type": "date"},
            "annotations": [{"text": "Titel<br>regel twee", "x": 0.5, "xref": "paper", "y": 1, "yref": "paper"}],
        },
    }
    html = svg.pictures(figure, "Een grafiek")
    root = ET.fromstring(html)
    pictures = root.findall("div")
    assert [p.get("data-breedte") for p in pictures] == ["350", "640", "920"]
    assert pictures[0].get("aria-label") == "Een grafiek"
    drawing = pictures[0].find(f"{SVG}svg")
    assert drawing.get("height") == "300"
    texts = ["".join(t.itertext()) for t in drawing.iter(f"{SVG}text")]
    assert "<script>x</script>" in texts and "Titelregel twee" in texts
