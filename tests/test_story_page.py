"""The story page (/verhaal/<slug>/), the home page's "Begin hier" and the reading path on phones,
on the real built site: first the built HTML, then in Chromium at 1280 and 390 px, light and dark,
with and without JavaScript."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, PageWatch
from searching import search

from explainer.build import build_corpus
from explainer.pages.themes import reading_order

STORY = "verhaal/van-kalifaat-tot-comeback/"
AXE_PATH = ROOT / "node_modules" / "axe-core" / "axe.min.js"
HIGHLIGHTS = ("213, 94, 0", "240, 129, 58")  # verhaal.css --ik-aan, light and dark
WIDTHS = {1280: {"width": 1280, "height": 900}, 390: {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def corpus(site):
    return build_corpus(site.project / "content")


@pytest.fixture(scope="module")
def story_html(site) -> BeautifulSoup:
    return BeautifulSoup((site.site / STORY / "index.html").read_text(encoding="utf-8"), "html.parser")


# ---- the built HTML ---------------------------------------------------------------------------


def test_every_step_has_its_anchor_pictures_and_links(story_html, corpus):
    [story] = corpus.stories.values()
    sections = story_html.select("section.ik-stap")
    assert [s["id"] for s in sections] == [f"stap-{n}" for n in range(1, len(story.steps) + 1)]
    for section, step in zip(sections, story.steps):
        links = [a["href"] for a in section.select(".ik-stap-events a")]
        assert len(links) == len(step.events), step.title
        assert {link.rsplit("#", 1)[1] for link in links} == set(step.events)
        timeline = section.select_one(".ik-stap-bij__tijdlijn a")["href"]
        assert timeline == f"../../tijdlijn/#van={step.start.isoformat()}&tot={step.end.isoformat()}"
        for width in ("350", "640"):
            strip = section.select_one(f'.ik-vb-strook .ik-vb[data-breedte="{width}"]')
            marks = strip.select("g.ik-v-merk path")
            assert len(marks) == len(step.events), (step.title, width, "the strip highlights exactly the step's events")
            ticks = sum(path["d"].count("M") for path in strip.select("g.ik-v-uit path"))
            assert ticks == len(corpus.events) - len(step.events), "every other event is a grey tick"
            shown = [corpus.places[slug] for slug in step.places if corpus.places[slug].kind != "land"]
            map_marks = section.select_one(f'.ik-vb-kaart .ik-vb[data-breedte="{width}"]').select("g.ik-v-aan circle")
            assert len(map_marks) == len(shown), (step.title, width)


def test_a_step_names_who_says_so_where_an_event_is_a_claim(story_html, corpus):
    claimed = 0
    for item in story_html.select(".ik-stap-events li"):
        event = corpus.events[item.a["href"].rsplit("#", 1)[1]]
        label = item.select_one(".ik-claim__label")
        if event.claimed_by or event.status == "geclaimd":
            claimed += 1
            assert label and "volgens" in label.get_text(), event.id
        else:
            assert label is None, event.id
    assert claimed >= 5


def test_the_story_page_needs_no_plotly(story_html):
    assert not story_html.select(".ik-chart, [data-plotly], [data-figure]")
    scripts = [s.get("src", "") for s in story_html.select("script[src]")]
    assert not [s for s in scripts if "plotly" in s] and any(s.endswith("assets/verhaal.js") for s in scripts)


def test_home_page_begins_with_the_story_and_leads_to_it(site):
    home = BeautifulSoup((site.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    begin = home.select_one("section.ik-begin")
    assert begin is not None and begin.find_previous("h1") is not None
    assert begin.find_previous(["p", "h2"]) is None or begin.find_previous(["p", "h2"]).find_parent("section") is begin
    assert begin.select_one(".ik-begin__beeld .ik-vb svg") is not None
    assert begin.select_one("a.md-button")["href"] == STORY + "#stap-1"
    tabs = [a.get_text(strip=True) for a in home.select(".md-tabs__link")]
    assert tabs[:3] == ["Home", "Het verhaal", "Tijdlijn"] and "Bijdragen" not in tabs
    assert home.select_one(".md-footer__link--next")["href"] == STORY
    assert home.select_one('.ik-footer a[href="bijdragen/"]') is not None


def test_theme_pages_are_chained_in_the_story_order(site, corpus):
    order = reading_order(corpus)
    assert order[0] == "kalifaat" and sorted(order) == sorted(corpus.themes)
    for before, after in zip(order, order[1:]):
        html = BeautifulSoup((site.site / "themas" / before / "index.html").read_text(encoding="utf-8"), "html.parser")
        link = html.select_one(".ik-lees-verder a[rel=next]")
        assert link["href"] == f"../../themas/{after}/" and corpus.themes[after].title in link.get_text(), before


def test_bare_theme_links_that_point_to_a_theme_read_as_its_title(site):
    html = (site.site / "themas" / "gevangenen" / "index.html").read_text(encoding="utf-8")
    assert '(zie <a href="../corona/">Corona als kans voor IS</a>)' in html


def test_places_without_events_show_the_events_nearby(site):
    for slug in ("homs", "deir-ez-zor"):
        html = BeautifulSoup((site.site / "plaatsen" / slug / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert "zelf zijn geen gebeurtenissen vastgelegd" in html.get_text(" ")
        assert len(html.select("ol.ik-events > li")) >= 2, slug


# ---- in the browser ------------------------------------------------------------------------------


def _context(browser, width: int, scheme: str = "light", js: bool = True, motion: str = "no-preference"):
    return browser.new_context(
        viewport=WIDTHS[width], color_scheme=scheme, java_script_enabled=js, reduced_motion=motion, locale="nl-NL"
    )


VISIBLE_PICTURES = """() => [...document.querySelectorAll('.ik-stap-beeld')].filter(f => f.offsetParent !== null)
  .map(f => {
    const strip = [...f.querySelectorAll('.ik-vb-strook .ik-vb')].find(p => p.offsetParent !== null);
    const map = [...f.querySelectorAll('.ik-vb-kaart .ik-vb')].find(p => p.offsetParent !== null);
    const r = f.getBoundingClientRect();
    return { step: +f.dataset.stap, marks: strip.querySelectorAll('g.ik-v-merk path').length,
             others: [...strip.querySelectorAll('g.ik-v-uit path')].reduce((n, p) => n + p.getAttribute('d').split('M').length - 1, 0),
             places: map.querySelectorAll('g.ik-v-aan circle').length, left: r.left, top: r.top,
             textTop: f.closest('.ik-stap') ? f.closest('.ik-stap').querySelector('.ik-stap-tekst').getBoundingClientRect().top : null,
             colour: [...strip.querySelectorAll('g.ik-v-merk path')].map(p => getComputedStyle(p).fill + ' ' + getComputedStyle(p).stroke).join(' ') };
  })"""


@pytest.mark.browser
@pytest.mark.parametrize("js", [True, False], ids=["js", "zonder-js"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_each_step_picture_highlights_exactly_its_events(browser, server, corpus, width, scheme, js):
    [story] = corpus.stories.values()
    context = _context(browser, width, scheme, js)
    page = context.new_page()
    watch = PageWatch(page, server.rstrip("/"))
    page.goto(server + STORY)
    page.wait_for_load_state("networkidle")
    shown = page.evaluate(VISIBLE_PICTURES)
    panel = js and width == 1280
    assert len(shown) == (1 if panel else len(story.steps)), shown
    for picture in shown:
        step = story.steps[picture["step"] - 1]
        assert picture["marks"] == len(step.events) and picture["others"] == len(corpus.events) - len(step.events)
        assert picture["places"] == len([s for s in step.places if corpus.places[s].kind != "land"])
        assert any(rgb in picture["colour"] for rgb in HIGHLIGHTS), "the step's marks stand out in the highlight colour"
        if width == 390:
            assert picture["top"] < picture["textTop"], "on a phone the picture stands above its text"
        elif not js:
            assert picture["left"] > 500, "on a wide screen without JavaScript the picture stands beside its text"
    if panel:
        assert page.evaluate("() => getComputedStyle(document.querySelector('.ik-verhaal-paneel')).position") == "sticky"
    else:
        assert page.locator(".ik-verhaal-paneel").count() == 0
        sticky = page.evaluate(
            "() => [...document.querySelectorAll('.ik-stap-beeld')].some(f => getComputedStyle(f).position === 'sticky')"
        )
        assert sticky == (width == 1280), "nothing is sticky on a phone"
    if js:
        page.add_script_tag(path=str(AXE_PATH))
        results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
        assert [v["id"] for v in results["violations"] if v["impact"] in ("critical", "serious")] == []
    assert watch.foreign == [] and watch.errors == []
    context.close()


OWN_ANIMATIONS = """() => document.getAnimations().filter(a => a.effect && a.effect.target
  && a.effect.target.closest && a.effect.target.closest('.ik-verhaal')).length"""


def _current(page) -> dict:
    return page.evaluate("""() => ({ hash: location.hash,
      panel: [...document.querySelectorAll('.ik-verhaal-paneel .ik-stap-beeld')].filter(f => !f.hidden).map(f => +f.dataset.stap),
      focus: document.activeElement && document.activeElement.id })""")


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_scrolling_to_a_step_changes_the_panel_and_the_address(browser, server, width):
    context = _context(browser, width)
    page = context.new_page()
    page.goto(server + STORY)
    page.wait_for_load_state("networkidle")
    for number in (3, 8, 5):
        page.evaluate(f"() => document.getElementById('stap-{number}').scrollIntoView({{block: 'start'}})")
        page.mouse.wheel(0, 120)  # as a reader scrolls on: the step's text reaches the reading line
        page.wait_for_function(f"() => location.hash === '#stap-{number}'", timeout=5_000)
        if width == 1280:
            assert _current(page)["panel"] == [number]
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_a_link_opens_the_story_at_its_step(browser, server, width):
    context = _context(browser, width)
    page = context.new_page()
    page.goto(server + STORY + "#stap-7")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    state = _current(page)
    assert state["hash"] == "#stap-7"
    if width == 1280:
        assert state["panel"] == [7]
    top = page.evaluate("() => document.getElementById('stap-7').getBoundingClientRect().top")
    assert 0 <= top < 120, top
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_buttons_and_keys_move_between_steps(browser, server, motion):
    context = _context(browser, 1280, motion=motion)
    page = context.new_page()
    page.goto(server + STORY + "#stap-2")
    page.wait_for_load_state("networkidle")
    page.locator("#stap-2 .ik-stap-nav a[rel=next]").click()
    if motion == "reduce":  # no glide, no fade: there at once
        assert page.evaluate(OWN_ANIMATIONS) == 0
        assert abs(page.evaluate("() => document.getElementById('stap-3').getBoundingClientRect().top")) < 80
    page.wait_for_function("() => location.hash === '#stap-3'")
    assert _current(page)["focus"] == "stap-3-kop" and _current(page)["panel"] == [3]
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => location.hash === '#stap-4'")
    page.keyboard.press("j")
    page.wait_for_function("() => location.hash === '#stap-5'")
    page.keyboard.press("ArrowLeft")
    page.wait_for_function("() => location.hash === '#stap-4'")
    page.locator("#stap-4 .ik-stap-nav a[rel=prev]").click()
    page.wait_for_function("() => location.hash === '#stap-3'")
    page.wait_for_timeout(1600)  # a smooth scroll has ended
    assert _current(page)["panel"] == [3]
    if motion == "reduce":
        assert page.evaluate(OWN_ANIMATIONS) == 0
    context.close()


@pytest.mark.browser
def test_begin_hier_is_above_the_fold_on_a_phone(browser, server):
    context = _context(browser, 390)
    page = context.new_page()
    page.goto(server)
    box = page.evaluate("""() => { const s = document.querySelector('.ik-begin'); const p = s.querySelector('.ik-vb svg');
      return { top: s.getBoundingClientRect().top, picture: p.getBoundingClientRect().bottom, height: innerHeight }; }""")
    assert box["top"] < 200 and box["picture"] <= box["height"], box
    context.close()


# ---- the reading path on a phone ------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("path", ["tijdlijn/", "cijfers/", "artikelen/is-rukt-op-in-syrische-woestijn/", "tijdlijn/2020/"])
def test_claim_columns_are_visible_without_scrolling_sideways(browser, server, path):
    context = _context(browser, 390)
    page = context.new_page()
    page.goto(server + path)
    cells = page.evaluate("""() => [...document.querySelectorAll('.ik-timeline-table, .ik-figures')].flatMap(t => {
      const wrap = t.closest('.ik-table-wrap');
      const claim = t.classList.contains('ik-figures') ? 4 : 5;  /* "Volgens", "Wie zegt het" */
      return [...t.querySelectorAll('tbody tr')].slice(0, 40).map(r => {
        const c = r.children[claim - 1], b = c.getBoundingClientRect();
        return { text: getComputedStyle(c, '::before').content + c.textContent, left: b.left, right: b.right,
                 scrolls: wrap.scrollWidth > wrap.clientWidth + 1 };
      });
    })""")
    context.close()
    assert cells
    for cell in cells:
        assert not cell["scrolls"] and cell["left"] >= 0 and cell["right"] <= 390, cell
        assert "Wie zegt het" in cell["text"] or "Volgens" in cell["text"], cell


@pytest.mark.browser
def test_the_sources_table_is_stacked_on_a_phone(browser, server):
    context = _context(browser, 390)
    page = context.new_page()
    page.goto(server + "bronnen/")
    state = page.evaluate("""() => { const t = document.querySelector('table[data-stapel]'), w = t.closest('.ik-table-wrap');
      const link = t.querySelector('tbody tr td:nth-child(6) a').getBoundingClientRect();
      return { scrolls: w.scrollWidth > w.clientWidth + 1, right: link.right, hints: document.querySelectorAll('.ik-schuift-hint').length }; }""")
    page.goto(server + "kaart/")  # a table that does scroll sideways says so, above it
    wide = page.evaluate("""() => [...document.querySelectorAll('[data-schuift]')].map(b =>
      !!(b.previousElementSibling && b.previousElementSibling.classList.contains('ik-schuift-hint')))""")
    context.close()
    assert not state["scrolls"] and state["right"] <= 390 and state["hints"] == 0, state
    assert wide == [True], wide


@pytest.mark.browser
def test_an_article_reaches_its_first_paragraph_within_one_screen(browser, server, corpus):
    context = _context(browser, 390)
    page = context.new_page()
    for slug in corpus.articles:
        page.goto(server + f"artikelen/{slug}/")
        top = page.evaluate(
            "() => document.querySelector('.md-typeset .ik-updated ~ p:not([class])').getBoundingClientRect().top"
        )
        assert top + 40 < 844, (slug, top)
    context.close()


@pytest.mark.browser
def test_search_for_rutba_lists_the_article_with_the_claim_first_three(browser, server):
    context = _context(browser, 390)
    page = context.new_page()
    page.goto(server)
    results = search(page, "Rutba")
    context.close()
    assert "artikelen/is-rukt-op-in-syrische-woestijn/" in [r.split("#")[0] for r in results[:3]], results


# ---- the timeline's densest months ------------------------------------------------------------------

TITLES = """sel => { const chart = document.querySelector('#grafiek-tijdlijn-detail');
  const texts = [...chart.querySelectorAll(sel)].filter(t => t.getBoundingClientRect().width > 0 && t.textContent.trim());
  const box = chart.getBoundingClientRect();
  return texts.map(t => { const r = t.getBoundingClientRect();
    return { text: t.textContent.trim(), x0: r.left, x1: r.right, y0: r.top, y1: r.bottom, inside: r.left >= box.left - 1 && r.right <= box.right + 1 }; });
}"""


def _overlapping(boxes: list[dict]) -> list:
    return [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x0"] < b["x1"] - 1 and b["x0"] < a["x1"] - 1 and a["y0"] < b["y1"] - 1 and b["y0"] < a["y1"] - 1
    ]


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_the_densest_window_has_ten_titles_readable_without_hovering(browser, server, width):
    context = _context(browser, width)
    page = context.new_page()
    page.goto(server + "tijdlijn/")
    picture = page.evaluate(TITLES, ".ik-static text.ik-s-halo")
    assert len(picture) >= 10 and all(t["inside"] for t in picture), picture
    assert _overlapping(picture) == []
    chart = page.locator("#grafiek-tijdlijn-detail")
    chart.dispatch_event("pointerover")
    page.wait_for_selector("#grafiek-tijdlijn-detail[data-drawn=ja]", timeout=30_000)
    drawn = page.evaluate(TITLES, ".annotation-text")
    context.close()
    assert len(drawn) >= 10 and _overlapping(drawn) == [] and all(t["inside"] for t in drawn)
    titles = lambda boxes: sorted(re.sub(r"\s+", "", t["text"]) for t in boxes)  # noqa: E731
    assert set(titles(drawn)) <= set(titles(picture)) and len(drawn) >= len(picture) - 2, "the picture and Plotly agree"
