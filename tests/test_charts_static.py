"""Static picture first, Plotly on demand (issue 10's budgets), in a real browser on the built
site: every chart is a server-rendered SVG that explains without script; plotly.js loads only
when the reader interacts with a chart or a link asks for a filtered view."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, PageWatch

from explainer.build import build_corpus
from explainer.charts.figures import value_text

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = [1280, 390]
STATIC_PAGES = ["tijdlijn/", "cijfers/", "themas/kalifaat/"]
# The texts of the static picture the chart shows (the others are display: none), with their boxes.
SHOWN_TEXTS = """(id) => [...document.querySelectorAll('#' + id + ' .ik-static')]
    .filter(p => getComputedStyle(p).display !== 'none')
    .flatMap(p => [...p.querySelectorAll('text')])
    .map(t => { const r = t.getBoundingClientRect();
                return {text: t.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; })"""
PLOTLY_REQUESTS = "() => performance.getEntriesByType('resource').map(r => r.name).filter(n => /plotly/.test(n))"


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


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and a["y0"] < b["y1"] - 0.5 and b["y0"] < a["y1"] - 0.5
    ]


def cold(page, url: str) -> None:
    """A first visit, nothing touched: the page is loaded and the network is quiet."""
    page.goto(url)
    page.wait_for_load_state("networkidle")


def test_built_timeline_has_the_static_picture(site, corpus):
    html = (site.site / "tijdlijn" / "index.html").read_text(encoding="utf-8")
    chart = BeautifulSoup(html, "html.parser").select_one("#grafiek-tijdlijn")
    pictures = chart.select(".ik-static svg")
    assert [p.parent["data-breedte"] for p in pictures] == ["350", "640", "920"]
    titles = {squeezed(e.title) for e in corpus.events.values()}
    for picture in pictures:
        written = [squeezed(t.get_text()) for t in picture.find_all("text")]
        assert len([t for t in written if t in titles]) >= 10, picture.parent["data-breedte"]
    assert chart.select_one(".ik-static")["role"] == "img" and chart.select_one(".ik-static")["aria-label"]


def test_timeline_titles_are_static_text_without_overlap(sized, server, corpus):
    cold(sized, server + "tijdlijn/")
    boxes = sized.evaluate(SHOWN_TEXTS, "grafiek-tijdlijn")
    titles = {squeezed(e.title) for e in corpus.events.values()}
    shown = [b for b in boxes if squeezed(b["text"]) in titles]
    assert len(shown) >= 10, [b["text"] for b in boxes]
    assert all(b["x1"] > b["x0"] and b["y1"] > b["y0"] for b in shown)
    assert overlapping(shown) == []
    assert overlapping([b for b in boxes if b["text"].strip()]) == [], "no text covers other text"
    assert sized.evaluate(PLOTLY_REQUESTS) == [] and sized.evaluate("() => typeof window.Plotly") == "undefined"
    assert sized.watch.errors == [] and sized.watch.foreign == []


def test_figures_static_picture_shows_every_value(sized, server, corpus):
    cold(sized, server + "cijfers/")
    written = {squeezed(b["text"]) for b in sized.evaluate(SHOWN_TEXTS, "grafiek-cijfers")}
    missing = [f.id for f in corpus.figures.values() if not any(t.startswith(squeezed(value_text(f))) for t in written)]
    assert missing == []
    assert [t for t in written if t.count("volgens") > 1] == [], "a row names its claimant once"
    assert sized.evaluate(PLOTLY_REQUESTS) == []


@pytest.mark.parametrize("path", STATIC_PAGES)
def test_cold_load_requests_no_plotly_and_fits_a_phone(path, browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        cold(page, server + path)
        assert page.evaluate(PLOTLY_REQUESTS) == []
        assert page.locator(".ik-chart .ik-static svg:visible").count() >= 1
        layout = page.evaluate("""() => ({ scroll: document.scrollingElement.scrollWidth, client: innerWidth,
            cut: [...document.querySelectorAll('.ik-chart')].flatMap(chart => {
              const box = chart.getBoundingClientRect();
              return [...chart.querySelectorAll('.ik-static text')].filter(t => {
                const r = t.getBoundingClientRect();
                return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); })
                .map(t => t.textContent); }) })""")
    finally:
        context.close()
    assert layout["scroll"] <= layout["client"] + 1, f"/{path} scrolls sideways on a phone"
    assert layout["cut"] == [], f"/{path}: static labels cut off: {layout['cut'][:5]}"


def test_hover_loads_plotly_which_replaces_the_picture(page, server):
    cold(page, server + "cijfers/")
    height = page.locator("#grafiek-cijfers").bounding_box()["height"]
    page.locator("#grafiek-cijfers").hover(position={"x": 5, "y": 5})
    page.wait_for_selector("#grafiek-cijfers[data-drawn=ja]", timeout=20000)
    assert page.locator("#grafiek-cijfers .ik-static").count() == 0
    assert page.locator("#grafiek-cijfers .modebar-btn[data-title*='PNG']").count() == 1
    assert any("plotly-kern" in url for url in page.evaluate(PLOTLY_REQUESTS))
    assert abs(page.locator("#grafiek-cijfers").bounding_box()["height"] - height) <= 2, "the chart keeps its height"
    assert page.watch.errors == [] and page.watch.foreign == []


def test_a_view_in_the_hash_loads_plotly_at_once(page, server, corpus):
    page.goto(server + "tijdlijn/#thema=gevangenen")
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]", timeout=20000)
    expected = sum(1 for e in corpus.events.values() if "gevangenen" in e.themes)
    assert page.locator("#grafiek-tijdlijn .cartesianlayer .scatterlayer .points path.point").count() == expected
    page.goto("about:blank")
    cold(page, server + "tijdlijn/#alle-gebeurtenissen-als-lijst")
    assert page.evaluate(PLOTLY_REQUESTS) == [], "a plain anchor is no view"


def test_a_filter_before_plotly_loads_it_and_applies(page, server, corpus):
    cold(page, server + "tijdlijn/")
    page.select_option("select[data-filter=thema]", "gevangenen")
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]", timeout=20000)
    expected = sum(1 for e in corpus.events.values() if "gevangenen" in e.themes)
    page.wait_for_function(
        f"() => document.querySelectorAll('#grafiek-tijdlijn .cartesianlayer .scatterlayer .points path.point')"
        f".length === {expected}"
    )
    assert "thema=gevangenen" in page.url
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == expected
    cold(page, server + "tijdlijn/")
    page.click("button[data-range=kalifaat]")
    page.wait_for_function("() => location.hash.includes('van=2014-01-01')", timeout=20000)


def test_without_javascript_the_picture_stays(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server + "tijdlijn/")
        assert page.locator("#grafiek-tijdlijn .ik-static svg:visible").count() == 1
        assert page.locator("#grafiek-tijdlijn .ik-static svg:visible text").count() > 20
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("path", STATIC_PAGES)
def test_static_pictures_are_accessible(path, scheme, page, server):
    cold(page, server + path)
    page.evaluate(f"() => document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    page.wait_for_function("""() => document.getAnimations().every(a =>
        a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)""")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [
        (v["id"], [n["target"] for n in v["nodes"][:3]]) for v in results["violations"] if v["impact"] in ("critical", "serious")
    ]
    assert serious == [], f"/{path} ({scheme})"
    assert page.evaluate(PLOTLY_REQUESTS) == [], "axe ran on the static pictures"
