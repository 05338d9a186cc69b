"""The charts in a real browser (Playwright driving Chromium) on the built site."""

from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, upgrade_charts
from conftest import open_chart as open_url

from explainer.build import build_corpus

POINTS = (
    "#grafiek-{id} .scatterlayer .trace .points path.point, #grafiek-{id} .scattergeo .point, "
    "#grafiek-{id} .geolayer .scattergeo path.point"
)


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT / "content")


def open_chart(page, server, path, chart_id):
    open_url(page, server + path, chart_id)


def point_count(page, chart_id) -> int:
    return page.locator(f"#grafiek-{chart_id} .cartesianlayer .scatterlayer .trace .points path.point").count()


def hover_first_point(page, chart_id, index=0):
    point = page.locator(f"#grafiek-{chart_id} .cartesianlayer .scatterlayer .trace .points path.point").nth(index)
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(f"#grafiek-{chart_id} .hoverlayer .hovertext", timeout=5000)
    return page.locator(f"#grafiek-{chart_id} .hoverlayer .hovertext").first.text_content(), box


def test_timeline_draws_one_mark_per_event(page, server, corpus):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    assert point_count(page, "tijdlijn") == len(corpus.events)
    rows = page.locator("#tijdlijn-tabel tbody tr").count()
    assert rows == len(corpus.events), "the text equivalent lists the same events"
    assert page.watch.errors == [] and page.watch.foreign == []


def test_timeline_hover_shows_dutch_date_and_click_opens_the_anchor(page, server, corpus):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    figure = page.evaluate(
        "() => document.getElementById('grafiek-tijdlijn').data.filter(t => t.mode === 'markers')[0].customdata[0]"
    )
    text, box = hover_first_point(page, "tijdlijn")
    assert figure["datum"] in text and figure["titel"] in text
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/artikelen/.+/#.+"), timeout=10000)
    assert page.url.endswith(figure["url"])
    anchor = figure["url"].split("#")[1]
    assert page.locator(f"[id='{anchor}']").count() == 1
    assert page.watch.errors == [] and page.watch.foreign == []


def test_timeline_hover_date_is_dutch_for_a_known_event(page, server):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    index = page.evaluate("""() => {
        const traces = document.getElementById('grafiek-tijdlijn').data.filter(t => t.mode === 'markers');
        let n = 0;
        for (const t of traces) { for (const c of t.customdata) { if (c.id === 'kalifaat-uitgeroepen-2014') return n; n++; } }
        return -1; }""")
    text, _ = hover_first_point(page, "tijdlijn", index)
    assert "29 juni 2014" in text


def test_legend_click_hides_a_theme_and_is_kept_in_the_hash(page, server, corpus):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    before = point_count(page, "tijdlijn")
    first_theme = next(iter(corpus.themes))
    in_lane = sum(1 for e in corpus.events.values() if e.themes[0] == first_theme)
    page.locator("#grafiek-tijdlijn .legend .traces").first.click()
    page.wait_for_function(
        f"() => document.querySelectorAll('#grafiek-tijdlijn .cartesianlayer .scatterlayer .trace .points "
        f"path.point').length === {before - in_lane}"
    )
    assert f"verborgen={first_theme}" in page.url


def test_filters_and_zoom_live_in_the_url(page, server, corpus):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    page.select_option("select[data-filter=thema]", "gevangenen")
    expected = sum(1 for e in corpus.events.values() if "gevangenen" in e.themes)
    page.wait_for_function(
        f"() => document.querySelectorAll('#grafiek-tijdlijn .cartesianlayer .scatterlayer .trace .points "
        f"path.point').length === {expected}"
    )
    assert "thema=gevangenen" in page.url
    assert page.locator("[data-status]").text_content() == f"{expected} van {len(corpus.events)} gebeurtenissen zichtbaar."
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == expected
    page.click("button[data-range=kalifaat]")
    assert "van=2014-01-01" in page.url and "tot=2019-12-31" in page.url
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]")
    page.wait_for_function(
        f"() => document.querySelectorAll('#grafiek-tijdlijn .cartesianlayer .scatterlayer .trace .points "
        f"path.point').length === {expected}"
    )
    assert page.input_value("select[data-filter=thema]") == "gevangenen"
    # the chart is drawn while the page is parsed; the filter also reaches the rows parsed after it
    page.wait_for_load_state("load")
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == expected
    assert page.evaluate("() => document.getElementById('grafiek-tijdlijn').layout.xaxis.range[0]").startswith("2014-01-01")


def test_place_filter_includes_places_within_a_country(page, server, corpus):
    open_chart(page, server, "tijdlijn/#plaats=irak", "tijdlijn")
    expected = len(corpus.events_in_place("irak"))
    assert 0 < expected < len(corpus.events)
    assert point_count(page, "tijdlijn") == expected
    page.wait_for_load_state("load")
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == expected


def test_event_deep_link(page, server, corpus):
    event = corpus.events["sukhna-veldslag-2020"]
    open_chart(page, server, "tijdlijn/#gebeurtenis=sukhna-veldslag-2020", "tijdlijn")
    annotations = page.evaluate("() => document.getElementById('grafiek-tijdlijn').layout.annotations.map(a => a.text)")
    assert event.title in annotations


def test_dark_mode_recolours(page, server):
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    light = page.evaluate("() => document.getElementById('grafiek-tijdlijn').layout.font.color")
    page.locator("label[for=__palette_1]").click()
    page.wait_for_function("() => document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.wait_for_function(f"() => document.getElementById('grafiek-tijdlijn').layout.font.color !== {json.dumps(light)}")
    assert page.evaluate("() => document.getElementById('grafiek-tijdlijn').layout.meta.scheme") == "slate"


def test_instant_navigation_renders_the_chart(page, server, corpus):
    page.goto(server)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => typeof window.Plotly") == "undefined", "pages without charts load no plotly"
    page.evaluate("() => { window.__zelfdePagina = true; }")
    page.locator(".md-tabs a", has_text="Tijdlijn").click()
    page.wait_for_selector("#grafiek-tijdlijn .ik-static", state="attached", timeout=20000)
    upgrade_charts(page)
    assert page.evaluate("() => window.__zelfdePagina") is True, "navigated without a full reload"
    assert point_count(page, "tijdlijn") == len(corpus.events)
    assert page.watch.errors == [] and page.watch.foreign == []


def test_map_page(page, server, corpus):
    open_chart(page, server, "kaart/", "kaart")
    places = [p for p in corpus.places.values() if p.kind != "land" and corpus.events_in_place(p.slug)]
    assert page.locator("#grafiek-kaart .scattergeo path.point").count() == len(places)
    assert page.locator("#grafiek-kaart .geo .countries path, #grafiek-kaart .countries path").count() > 0, (
        "country borders are drawn from the site's own topojson"
    )
    point = page.locator("#grafiek-kaart .scattergeo path.point").first
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#grafiek-kaart .hoverlayer .hovertext")
    assert "gebeurtenis" in page.locator("#grafiek-kaart .hoverlayer .hovertext").first.text_content()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(re.compile(r"/plaatsen/[a-z0-9-]+/$"))
    assert page.watch.errors == [] and page.watch.foreign == []


def test_figures_page(page, server, corpus):
    open_chart(page, server, "cijfers/", "cijfers")
    marks = page.evaluate("""() => document.getElementById('grafiek-cijfers').data
        .filter(t => t.meta.soort === 'cijfers').map(t => t.customdata).flat()""")
    assert len(marks) == len(corpus.figures)
    ranges = sum(1 for f in corpus.figures.values() if f.is_range)
    segments = page.evaluate("""() => document.getElementById('grafiek-cijfers').data
        .filter(t => t.meta.soort === 'bandbreedte').map(t => t.x.filter(x => x === null).length)
        .reduce((a, b) => a + b, 0)""")
    assert segments == ranges, "every range is drawn as a span"
    point = page.locator("#grafiek-cijfers .cartesianlayer .scatterlayer .trace:nth-child(2) path.point").first
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#grafiek-cijfers .hoverlayer .hovertext", timeout=5000)
    assert "volgens" in page.locator("#grafiek-cijfers .hoverlayer .hovertext").first.text_content()
    assert page.locator("table.ik-figures tbody tr").count() == len(corpus.figures)
    assert page.watch.errors == [] and page.watch.foreign == []


def test_theme_and_place_pages_embed_mini_charts(page, server, corpus):
    open_chart(page, server, "themas/gevangenen/", "tijdlijn-gevangenen")
    assert point_count(page, "tijdlijn-gevangenen") == len(corpus.events_by_theme["gevangenen"])
    # a theme's own timeline has one lane, named after the theme, even for events whose first theme differs
    leaders = corpus.events_by_theme["leiders"]
    assert {e.themes[0] for e in leaders} != {"leiders"}, "the content no longer tests this"
    open_chart(page, server, "themas/leiders/", "tijdlijn-leiders")
    assert point_count(page, "tijdlijn-leiders") == len(leaders)
    assert page.locator("#grafiek-tijdlijn-leiders .ytick text").all_text_contents() == [corpus.themes["leiders"].title]
    open_chart(page, server, "plaatsen/irak/", "tijdlijn-irak")
    assert point_count(page, "tijdlijn-irak") == len(corpus.events_in_place("irak"))
    page.wait_for_selector("#grafiek-kaart-irak[data-drawn=ja]")
    assert page.locator("#grafiek-kaart-irak .scattergeo path.point").count() >= 2
    assert page.watch.errors == [] and page.watch.foreign == []


def test_a_drawn_timeline_keeps_its_height_when_the_window_narrows(page, server):
    """A chart drawn at one width follows a narrower box and keeps its own height (Plotly's
    responsive autosize shrank it to the box's min-height, an empty strip)."""
    page.set_viewport_size({"width": 640, "height": 900})
    open_chart(page, server, "tijdlijn/", "tijdlijn")
    before = page.evaluate("document.getElementById('grafiek-tijdlijn').getBoundingClientRect().height")
    page.set_viewport_size({"width": 390, "height": 800})
    page.wait_for_function(
        "() => Math.abs(document.querySelector('#grafiek-tijdlijn .main-svg').getBoundingClientRect().width - "
        "document.getElementById('grafiek-tijdlijn').clientWidth) < 2"
    )
    page.wait_for_timeout(1000)  # a later relayout would change it again
    after = page.evaluate("document.getElementById('grafiek-tijdlijn').getBoundingClientRect().height")
    marks = page.locator("#grafiek-tijdlijn .scatterlayer .point").count()
    assert after == before and marks > 0, (before, after, marks)
