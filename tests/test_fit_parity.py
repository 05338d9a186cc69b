"""One fit, checked: the static pictures are drawn from each plot as charts/svg/fit.py lays it out
for a chart width, and plotly.js draws what docs/assets/charts.js fitToWidth lays out. Here
charts.js's own fitToWidth runs in Node (tests/fit_harness.js) on every plot of the real site and
of the mini fixture, at every picture width, and must give exactly what fit.fitted gives."""

from __future__ import annotations

import copy
import html
import json
import re
import subprocess

import pytest
from conftest import ROOT

from explainer.charts.labels import WIDTHS
from explainer.charts.svg import fit


def plots_of(site_dir) -> dict[str, dict]:
    """Every chart the built site embeds, by its id (a chart on many pages once)."""
    found = {}
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        for chart, data in re.findall(r'data-chart="([^"]*)"[^>]*?data-figure="([^"]*)"', text):
            found.setdefault(chart, json.loads(html.unescape(data)))
    return found


def js_fitted(cases: list[dict]) -> list[dict]:
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "fit_harness.js")],
        input=json.dumps({"root": str(ROOT), "cases": cases}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def comparable(plot: dict) -> dict:
    """The plot as JSON sees it, without the one thing only charts.js sets: the country names'
    colour, which is the palette's (the picture takes it from a CSS class)."""
    plot = json.loads(json.dumps(plot))
    for trace in plot["data"]:
        if (trace.get("meta") or {}).get("soort") == "landen":
            trace.get("textfont", {}).pop("color", None)
    return plot


def given(plot: dict) -> dict:
    """What fitToWidth receives in the browser: charts.js themes the layout first, so it has a font."""
    plot = copy.deepcopy(plot)
    plot["layout"].setdefault("font", {})
    return plot


@pytest.fixture(scope="module")
def every_plot(site, mini_site) -> dict[str, dict]:
    plots = {f"site:{chart}": plot for chart, plot in plots_of(site.site).items()}
    plots.update({f"mini:{chart}": plot for chart, plot in plots_of(mini_site.site).items()})
    return plots


def test_every_kind_of_chart_is_compared(every_plot):
    kinds = {(plot["layout"].get("meta") or {}).get("soort") for plot in every_plot.values()}
    assert {"tijdlijn", "kaart", "cijfers"} <= kinds
    assert any("periodes" in plot["layout"]["meta"] for plot in every_plot.values() if "geo" in plot["layout"])
    assert any("labels" in plot["layout"]["meta"] for plot in every_plot.values() if "geo" in plot["layout"])


def test_fit_py_lays_out_every_plot_as_charts_js_does(every_plot):
    cases = [(name, width) for name in every_plot for width in WIDTHS]
    inputs = [{"plot": given(every_plot[name]), "width": width, "small": width < fit.PHONE} for name, width in cases]
    expected = js_fitted(inputs)
    differ = [
        f"{name} at {width} px"
        for (name, width), js in zip(cases, expected)
        if comparable(fit.fitted(given(every_plot[name]), width)) != comparable(js)
    ]
    assert not differ, f"fit.py and charts.js fitToWidth differ for {len(differ)} of {len(cases)}: {', '.join(differ[:10])}"


def test_fitting_leaves_the_embedded_plot_alone(every_plot):
    """The pictures are drawn from the plot the page embeds: fitting it for one width must not
    change it for the next (fit.fitted copies what it changes)."""
    for plot in every_plot.values():
        before = json.dumps(plot, sort_keys=True)
        for width in WIDTHS:
            fit.fitted(plot, width)
        assert json.dumps(plot, sort_keys=True) == before
