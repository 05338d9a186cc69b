"""Charts that explain without hovering, in a real browser at desktop and phone width: names
on the maps, titles on the timeline, one unit per figure panel, footers, PNG download."""

from __future__ import annotations

import csv
import io
import re
import urllib.request

import pytest
from conftest import ROOT, PageWatch, open_chart

from explainer.build import build_corpus
from explainer.charts.figures import value_text

WIDTHS = [1280, 390]
# Boxes of the SVG text of a chart's direct labels (non-empty), in page pixels.
TEXT_BOXES = """(selector) => [...document.querySelectorAll(selector)]
    .filter(t => t.textContent.trim())
    .map(t => { const r = t.getBoundingClientRect(); return {text: t.textContent, x0: r.left, y0: r.top,
                                                            x1: r.right, y1: r.bottom}; })"""


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT / "content")


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized(request, browser, server):
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="nl-NL")
    tab = context.new_page()
    tab.watch = PageWatch(tab, server.rstrip("/"))
    yield tab
    context.close()


def drawn(page, server, path, chart_id):
    open_chart(page, server + path, chart_id)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and a["y0"] < b["y1"] - 0.5 and b["y0"] < a["y1"] - 0.5
    ]


def test_map_names_countries_and_places_without_overlap(sized, server, corpus):
    drawn(sized, server, "kaart/", "kaart")
    boxes = sized.evaluate(TEXT_BOXES, "#grafiek-kaart .scattergeo text")
    names = {b["text"] for b in boxes}
    countries = {p.name.upper() for p in corpus.places.values() if p.kind == "land"}
    assert {"SYRIË", "IRAK"} <= names & countries
    places = {p.name for p in corpus.places.values() if p.kind != "land"}
    assert len(names & places) >= 8, names
    assert overlapping(boxes) == []
    markers = sized.evaluate(
        TEXT_BOXES.replace("t.textContent.trim()", "true").replace("t.textContent", "'marker'"),
        "#grafiek-kaart .scattergeo path.point",
    )
    covered = [(b["text"], m) for b in boxes for m in markers if overlapping([b, m])]
    assert covered == [], "a name covers a marker"
    assert sized.watch.errors == [] and sized.watch.foreign == []


def test_map_preset_changes_markers_and_survives_reload(sized, server, corpus):
    drawn(sized, server, "kaart/", "kaart")
    before = sized.locator("#grafiek-kaart .scattergeo path.point").count()
    sized.click("button[data-range=kalifaat]")
    sized.wait_for_function(f"() => document.querySelectorAll('#grafiek-kaart .scattergeo path.point').length !== {before}")
    after = sized.locator("#grafiek-kaart .scattergeo path.point").count()
    assert "periode=kalifaat" in sized.url
    assert "gebeurtenissen in deze periode" in sized.locator(".ik-map [data-status]").text_content()
    shared = sized.url
    sized.goto("about:blank")
    drawn(sized, server, shared[len(server) :], "kaart")
    assert sized.locator("#grafiek-kaart .scattergeo path.point").count() == after
    assert sized.get_attribute("button[data-range=kalifaat]", "aria-pressed") == "true"


def test_place_page_locator_names_the_place_and_countries(sized, server):
    drawn(sized, server, "plaatsen/raqqa/", "kaart-raqqa")
    names = {b["text"] for b in sized.evaluate(TEXT_BOXES, "#grafiek-kaart-raqqa .scattergeo text")}
    assert "Raqqa" in names and {"SYRIË", "IRAK"} <= names


def test_timeline_writes_key_titles_without_overlap(sized, server, corpus):
    drawn(sized, server, "tijdlijn/", "tijdlijn")
    boxes = sized.evaluate(TEXT_BOXES, "#grafiek-tijdlijn .annotation-text-g text")
    titles = {re.sub(r"\s", "", e.title) for e in corpus.events.values()}  # tspans: lines without spaces
    written = [b for b in boxes if re.sub(r"\s", "", b["text"]) in titles]
    assert len(written) >= 10, [b["text"] for b in boxes]
    assert overlapping(boxes) == []
    wide = sized.viewport_size["width"] > 600
    assert sized.locator("#grafiek-tijdlijn .rangeslider-container").count() == (1 if wide else 0), (
        "the overview strip; a phone has the period buttons instead"
    )


def test_figure_panels_share_one_unit_and_write_every_value(sized, server, corpus):
    drawn(sized, server, "cijfers/", "cijfers")
    panels = sized.evaluate("""() => document.getElementById('grafiek-cijfers').data
        .filter(t => t.meta.soort === 'cijfers').map(t => ({axis: t.xaxis || 'x', eenheid: t.meta.eenheid,
                                                             units: t.customdata.map(c => c.eenheid)}))""")
    assert len({p["axis"] for p in panels}) == len(panels) > 1, "one axis per panel"
    for panel in panels:
        assert set(panel["units"]) == {panel["eenheid"]}
    text = " ".join(b["text"] for b in sized.evaluate(TEXT_BOXES, "#grafiek-cijfers text"))
    assert "20.000–31.500" in text and "2.500–3.000" in text and "ongeveer 5.000" in text
    missing = [f.id for f in corpus.figures.values() if value_text(f) not in text]
    assert missing == []


def test_every_chart_has_a_footer_with_sources_and_csv(page, server):
    for path in ["tijdlijn/", "kaart/", "cijfers/", "themas/gevangenen/", "plaatsen/raqqa/"]:
        page.goto(server + path)
        footers = page.locator(".ik-chart-figure .ik-chart-footer")
        assert footers.count() == page.locator(".ik-chart").count() > 0, path
        for i in range(footers.count()):
            footer = footers.nth(i)
            assert footer.text_content().startswith("Bron:")
            for href in footer.locator("a").evaluate_all("links => links.map(a => a.href)"):
                with urllib.request.urlopen(href) as response:
                    assert response.status == 200, href
            link = footer.locator("a.ik-chart-csv")
            columns = link.get_attribute("data-columns").split(",")
            with urllib.request.urlopen(link.evaluate("a => a.href")) as response:
                rows = list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))
            assert rows and list(rows[0]) == columns, path
    assert page.watch.foreign == []


def test_modebar_has_a_dutch_png_button(sized, server):
    drawn(sized, server, "cijfers/", "cijfers")
    button = sized.locator("#grafiek-cijfers .modebar-btn[data-title*='PNG']")
    assert button.count() == 1
    assert "afbeelding" in button.get_attribute("data-title").lower()
    titles = sized.locator("#grafiek-cijfers .modebar-btn").evaluate_all("bs => bs.map(b => b.dataset.title)")
    assert not [t for t in titles if t in ("Zoom in", "Zoom out", "Reset axes", "Share chart...")]


def test_pages_without_a_map_load_no_geo_code(page, server):
    drawn(page, server, "tijdlijn/", "tijdlijn")
    loaded = page.evaluate("() => performance.getEntriesByType('resource').map(r => r.name)")
    assert any("plotly-kern" in url for url in loaded)
    assert not [url for url in loaded if "plotly-geo" in url or "topojson" in url]


def test_timeline_is_drawn_once(page, server):
    """At desktop width the figure's left margin already holds the lane names, so Plotly's
    automargin keeps it and does not draw the whole chart a second time after the first draw.
    (On a phone a date label at the left edge may still widen the 4 px margin a little.)"""
    page.set_viewport_size({"width": 1280, "height": 900})
    drawn(page, server, "tijdlijn/", "tijdlijn")
    sizes = page.evaluate("""() => { const layout = document.querySelector('#grafiek-tijdlijn')._fullLayout;
        return {redrawn: '_redrawFromAutoMarginCount' in layout, given: layout.margin.l, drawn: layout._size.l}; }""")
    assert not sizes["redrawn"] and sizes["drawn"] == sizes["given"], sizes


def test_key_titles_take_the_fewest_rows_that_hold_ten():
    """A deep pile of titles over a crowded year is hard to read: the titles take the fewest rows
    in which 10 of them fit (one row fewer holds fewer), the least important left to hover."""
    from explainer.charts import timeline_titles as timeline
    from explainer.charts.labels import Box, place

    xs, sizes = [500 + 6 * i for i in range(12)], [(120, 29)] * 12  # twelve titles within one crowded year
    picks = timeline._fewest_rows(xs, sizes, Box(0, 0, 1000, 0), 10)
    rows = max(pick[1][2] for pick in picks if pick) + 1
    assert len([pick for pick in picks if pick]) >= 10 and 1 < rows < timeline.BAND_ROWS
    fewer = Box(0, -(timeline.BAND_GAP_PX + (rows - 1) * timeline.BAND_ROW_PX), 1000, 0)
    assert len([p for p in place([timeline._options(x, size, rows - 1) for x, size in zip(xs, sizes)], [], fewer) if p]) < 10
