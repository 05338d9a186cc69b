"""The static picture is interactive at once (docs/assets/chart-tooltip.js): hovering, tapping or
arrowing to a mark of the server-rendered SVG shows Plotly's label for it before plotly.js has
loaded; Escape dismisses it, a click (Enter, a second tap) follows the mark's link, and Plotly
takes over without a second label. In a real browser on the built site, at 1280 and 390 px."""

from __future__ import annotations

import html
import re

import pytest
from conftest import ROOT, PageWatch

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = [1280, 390]
# Records whether plotly.js had been evaluated when the picture's label first appeared.
LABEL_WATCH = """
new MutationObserver(function () {
  if (window.__label === undefined && document.querySelector('.ik-tip:not([hidden])')) {
    window.__label = {plotly: typeof window.Plotly, text: document.querySelector('.ik-tip:not([hidden])').textContent};
  }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['hidden']});
window.__ikLog = [];
["pointerover", "pointermove", "mouseout"].forEach(function (type) {
  document.addEventListener(type, function (e) {
    if (window.__ikLog.length < 40) window.__ikLog.push([type, Math.round(performance.now()), e.target.tagName, e.clientX, e.clientY, typeof window.ikTooltip, typeof window.Plotly, e.relatedTarget ? e.relatedTarget.tagName : null]);
  }, true);
});
"""
# The visible marks of the picture the chart shows: index, centre on screen, figure fields.
MARKS = """(id) => {
  const chart = document.getElementById(id);
  const figure = JSON.parse(chart.getAttribute('data-figure'));
  const svg = [...chart.querySelectorAll('.ik-static')].find(p => getComputedStyle(p).display !== 'none').querySelector('svg');
  return [...svg.querySelectorAll('[data-i]')].map(node => {
    const [t, p] = node.getAttribute('data-i').split('.').map(Number), r = node.getBoundingClientRect();
    return {i: node.getAttribute('data-i'), x: r.left + r.width / 2, y: r.top + r.height / 2,
            custom: figure.data[t].customdata[p]};
  });
}"""
TIP = ".ik-tip:not([hidden])"
TIP_BOX = """() => { const r = document.querySelector('.ik-tip:not([hidden])').getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth}; }"""
PLOTLY_REQUESTS = "() => performance.getEntriesByType('resource').map(r => r.name).filter(n => /plotly/.test(n))"


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized(request, browser, server):
    context = browser.new_context(viewport={"width": request.param, "height": 900}, locale="nl-NL")
    context.add_init_script(LABEL_WATCH)
    tab = context.new_page()
    tab.watch = PageWatch(tab, server.rstrip("/"))
    yield tab
    context.close()


@pytest.fixture
def touch(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="nl-NL")
    context.add_init_script(LABEL_WATCH)
    tab = context.new_page()
    tab.watch = PageWatch(tab, server.rstrip("/"))
    yield tab
    context.close()


def scroll_at_rest(page, seconds: float = 10) -> None:
    """Waits until the page has not scrolled for 300 ms (a swipe's fling lasts longer on a busy machine)."""
    page.wait_for_function(
        """() => {
      const now = performance.now(), y = window.scrollY;
      if (window.__ikY !== y) { window.__ikY = y; window.__ikSince = now; }
      return now - window.__ikSince > 300;
    }""",
        polling=50,
        timeout=seconds * 1000,
    )


def cold(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def rest_on(page, mark: dict, seconds: float = 10) -> None:
    """The hand stays on the mark, moving a pixel now and then (as a hand does), until the label
    shows: on a loaded machine a single pointer event can arrive before the page handles input."""
    for attempt in range(int(seconds * 10)):
        if page.locator(TIP).count():
            return
        page.mouse.move(mark["x"] + attempt % 2, mark["y"])
        page.wait_for_timeout(100)
    assert page.locator(TIP).count(), f"no label on the mark: {page.evaluate(LABEL_STATE, [mark['x'], mark['y']])}"


# What the page looked like when a resting mouse got no label (for the failure message).
LABEL_STATE = """([x, y]) => ({drawn: [...document.querySelectorAll('.ik-chart[data-drawn]')].map(c => c.id),
  first_label: window.__label || null, plotly: typeof window.Plotly, tooltip: typeof window.ikTooltip,
  under: (e => e ? e.tagName + ' ' + (e.getAttribute('class') || '') + ' ' + (e.getAttribute('data-i') || '') : null)(document.elementFromPoint(x, y)),
  scrollY: window.scrollY, tips: document.querySelectorAll('.ik-tip').length, log: window.__ikLog || []})"""


def plain(text: str) -> str:
    """A customdata field (HTML-escaped for Plotly) as the reader reads it."""
    return html.unescape(text)


def visible_mark(page, chart_id: str, index: int = 0) -> dict:
    """The index-th mark of the shown picture, scrolled onto the screen."""
    first = page.evaluate(MARKS, chart_id)[index]
    page.evaluate(
        "([id, i]) => document.querySelector('#' + id + ' .ik-static [data-i=\"' + i + '\"]').scrollIntoView({block: 'center'})",
        [chart_id, first["i"]],
    )
    scroll_at_rest(page)  # measured where it stays (a busy page may still be scrolling)
    return next(m for m in page.evaluate(MARKS, chart_id) if m["i"] == first["i"])


def label_text(page) -> str:
    return page.locator(TIP).inner_text()


def assert_placed_and_closed_by_escape(page, mark: dict) -> None:
    """The open label is on screen beside its mark (not over it), Escape closes it, and nothing failed."""
    box = page.evaluate(TIP_BOX)
    assert box["left"] >= 0 and box["right"] <= box["width"], f"the label is off screen: {box}"
    assert box["bottom"] <= mark["y"] or box["top"] >= mark["y"], "the label does not cover its mark"
    page.keyboard.press("Escape")
    assert page.locator(TIP).count() == 0
    assert page.watch.errors == [] and page.watch.foreign == []


def test_hover_shows_the_label_before_plotly(sized, server):
    cold(sized, server + "tijdlijn/")
    mark = visible_mark(sized, "grafiek-tijdlijn")
    # Straight from outside the chart onto the mark: entering the chart beside the marks loads
    # plotly.js, which then draws at once (no label is open), possibly before the mark is reached.
    sized.mouse.move(mark["x"], mark["y"])
    rest_on(sized, mark)
    seen = sized.evaluate("() => window.__label")
    assert seen["plotly"] == "undefined", "the label came from the picture"
    custom = mark["custom"]
    for field in ("datum", "titel", "plaats", "bronnen"):
        assert plain(custom[field]) in seen["text"], field
    assert sized.locator(f"{TIP} strong").inner_text() == plain(custom["titel"]), "the title is bold, as in Plotly"
    assert_placed_and_closed_by_escape(sized, mark)


def test_plotly_takes_over_without_a_second_label(page, server):
    cold(page, server + "tijdlijn/")
    mark = visible_mark(page, "grafiek-tijdlijn")
    page.mouse.move(mark["x"], mark["y"])
    page.wait_for_selector(TIP)
    page.wait_for_function("() => window.Plotly !== undefined", timeout=20000)
    page.wait_for_timeout(300)
    assert page.locator("#grafiek-tijdlijn[data-drawn]").count() == 0, "Plotly waits while a label is read"
    chart = page.locator("#grafiek-tijdlijn").bounding_box()
    page.mouse.move(chart["x"] + 3, chart["y"] + 3)  # the reader moves on: now Plotly draws
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]", timeout=20000)
    assert page.locator("#grafiek-tijdlijn :is(.ik-tip, .ik-tip-ring):not([hidden]), #grafiek-tijdlijn .ik-static").count() == 0
    point = page.locator("#grafiek-tijdlijn .scatterlayer .points path.point").first.bounding_box()
    page.mouse.move(point["x"] + point["width"] / 2, point["y"] + point["height"] / 2)
    page.wait_for_selector("#grafiek-tijdlijn .hoverlayer .hovertext", timeout=5000)
    assert page.locator(TIP).count() == 0, "one label at a time"
    assert page.watch.errors == []


def test_click_on_a_mark_opens_its_article(page, server):
    cold(page, server + "tijdlijn/")
    mark = visible_mark(page, "grafiek-tijdlijn", 3)
    page.mouse.click(mark["x"], mark["y"])
    page.wait_for_url(re.compile(r"/artikelen/.+/#.+"), timeout=10000)
    assert page.url.endswith(mark["custom"]["url"])


@pytest.mark.parametrize("path, chart_id", [("tijdlijn/", "grafiek-tijdlijn"), ("themas/kalifaat/", "grafiek-tijdlijn-kalifaat")])
def test_keyboard_roves_the_marks_in_one_tab_stop(sized, server, path, chart_id):
    cold(sized, server + path)
    for _ in range(120):
        sized.keyboard.press("Tab")
        if sized.evaluate("() => document.activeElement.classList.contains('ik-chart')"):
            break
    assert sized.evaluate("() => document.activeElement.id") == chart_id
    assert sized.evaluate("() => document.activeElement.querySelectorAll('[tabindex]').length") == 0, "one tab stop"
    help_id = sized.evaluate("() => document.activeElement.getAttribute('aria-describedby')")
    assert "Pijltjestoetsen" in sized.locator(f"[id='{help_id}']").text_content()
    marks = sorted(sized.evaluate(MARKS, chart_id), key=lambda m: (m["x"], m["y"]))
    sized.keyboard.press("ArrowRight")
    assert plain(marks[0]["custom"]["titel"]) in label_text(sized)
    sized.keyboard.press("ArrowRight")
    second = label_text(sized)
    assert plain(marks[1]["custom"]["titel"]) in second and "Enter om het artikel te openen." in second
    live = sized.locator(f"#{chart_id} .ik-tip-live[aria-live=polite]").text_content()
    assert plain(marks[1]["custom"]["titel"]) in live, "screen readers hear the label"
    sized.keyboard.press("End")
    assert plain(marks[-1]["custom"]["titel"]) in label_text(sized)
    sized.keyboard.press("Escape")
    assert sized.locator(TIP).count() == 0
    sized.keyboard.press("Home")
    sized.keyboard.press("Enter")
    sized.wait_for_url(re.compile(r"/artikelen/.+/#.+"), timeout=10000)
    assert sized.url.endswith(marks[0]["custom"]["url"])
    assert sized.watch.errors == []


def test_keyboard_focus_does_not_load_plotly(page, server):
    """The picture's marks can be reached by keyboard, Plotly's cannot: focus keeps the picture."""
    cold(page, server + "themas/kalifaat/")
    page.focus("#grafiek-tijdlijn-kalifaat")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(TIP)
    page.wait_for_timeout(500)
    assert page.evaluate(PLOTLY_REQUESTS) == []


def test_tap_shows_the_label_and_a_second_tap_opens(touch, server):
    cold(touch, server + "tijdlijn/")
    mark = visible_mark(touch, "grafiek-tijdlijn", 2)
    touch.touchscreen.tap(mark["x"], mark["y"])
    touch.wait_for_selector(TIP, timeout=5000)
    assert touch.evaluate("() => window.__label.plotly") == "undefined"
    text = label_text(touch)
    assert plain(mark["custom"]["titel"]) in text and "Tik nog eens om het artikel te openen." in text
    box = touch.evaluate(TIP_BOX)
    assert box["left"] >= 0 and box["right"] <= 390, f"the label is off screen: {box}"
    touch.touchscreen.tap(5, 200)  # beside the chart: the label goes
    touch.wait_for_function("() => !document.querySelector('.ik-tip:not([hidden])')", timeout=5000)
    assert touch.evaluate(PLOTLY_REQUESTS) == [], "a tap on a mark or beside the chart does not load plotly.js"
    touch.touchscreen.tap(mark["x"], mark["y"])
    touch.wait_for_selector(TIP)
    touch.touchscreen.tap(mark["x"], mark["y"])
    touch.wait_for_url(re.compile(r"/artikelen/.+/#.+"), timeout=10000)
    assert touch.url.endswith(mark["custom"]["url"])


def test_a_press_beside_the_marks_draws_plotly_at_once(page, server):
    cold(page, server + "tijdlijn/")
    chart = page.locator("#grafiek-tijdlijn").bounding_box()
    page.mouse.move(chart["x"] + 3, chart["y"] + 3)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]", timeout=20000)


def test_after_plotly_the_keys_move_plotlys_label(page, server):
    """A control draws Plotly; its marks have no keyboard access, so the arrows move its label."""
    cold(page, server + "tijdlijn/")
    page.select_option("select[data-filter=thema]", "gevangenen")
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]", timeout=20000)
    page.focus("#grafiek-tijdlijn")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector("#grafiek-tijdlijn .hoverlayer .hovertext", timeout=5000)
    first = page.evaluate("""() => { const el = document.getElementById('grafiek-tijdlijn');
        const points = el.data.filter(t => t.hovertemplate && t.customdata && t.visible !== 'legendonly')
          .flatMap(t => t.x.map((x, i) => [new Date(x).getTime(), t.customdata[i]]));
        points.sort((a, b) => a[0] - b[0]);
        return points[0][1]; }""")
    assert plain(first["titel"]) in page.locator("#grafiek-tijdlijn .hoverlayer .hovertext").text_content()
    assert plain(first["titel"]) in page.locator("#grafiek-tijdlijn .ik-tip-live[aria-live]").text_content()
    assert page.locator(TIP).count() == 0, "only Plotly's label"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/artikelen/.+/#.+"), timeout=10000)
    assert page.url.endswith(first["url"])


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_an_open_label_is_accessible(scheme, page, server):
    cold(page, server + "tijdlijn/")
    page.evaluate(f"() => document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    page.focus("#grafiek-tijdlijn")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector(TIP)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [
        (v["id"], [n["target"] for n in v["nodes"][:3]]) for v in results["violations"] if v["impact"] in ("critical", "serious")
    ]
    assert serious == []
    colours = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.ik-tip'));
        return [s.color, s.backgroundColor]; }""")
    assert colours == (
        ["rgb(226, 228, 233)", "rgb(46, 48, 62)"] if scheme == "slate" else ["rgba(0, 0, 0, 0.87)", "rgb(255, 255, 255)"]
    )


# ---- the maps (charts/svg/geo.py): the same contract as the timeline's marks ----
SWIPE = [(200, 600), (200, 560), (200, 500), (200, 440), (200, 380)]  # a finger scrolling past the map


def place_line(custom: dict) -> str:
    return f"{custom['aantal']} {custom['woord']}"


def uncovered_mark(page, chart_id: str) -> dict:
    """A place whose circle is on top at its own centre (smaller circles overlap the big ones),
    scrolled onto the screen."""
    for index in range(len(page.evaluate(MARKS, chart_id))):
        mark = visible_mark(page, chart_id, index)
        on_top = page.evaluate("([x, y]) => document.elementFromPoint(x, y).getAttribute('data-i')", [mark["x"], mark["y"]])
        if on_top == mark["i"]:
            return mark
    raise AssertionError("every circle is covered")


def test_map_hover_names_the_place_before_plotly(sized, server):
    cold(sized, server + "kaart/")
    marks = sized.evaluate(MARKS, "grafiek-kaart")
    assert len(marks) >= 8, "every named place of the map is a mark"
    mark = visible_mark(sized, "grafiek-kaart", len(marks) - 1)  # the smallest circle
    sized.mouse.move(mark["x"], mark["y"])
    rest_on(sized, mark)
    seen = sized.evaluate("() => window.__label")
    assert seen["plotly"] == "undefined", "the label came from the picture"
    assert sized.locator(f"{TIP} strong").inner_text() == plain(mark["custom"]["naam"])
    assert place_line(mark["custom"]) in seen["text"]
    assert_placed_and_closed_by_escape(sized, mark)


def test_map_tap_names_the_place_and_a_second_tap_opens_it(touch, server):
    cold(touch, server + "kaart/")
    assert touch.evaluate("([x, y]) => Boolean(document.elementFromPoint(x, y).closest('#grafiek-kaart'))", list(SWIPE[0]))
    cdp = touch.context.new_cdp_session(touch)
    for kind, (x, y) in zip(["touchStart"] + ["touchMove"] * 3 + ["touchEnd"], SWIPE):
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [] if kind == "touchEnd" else [{"x": x, "y": y}]})
    scroll_at_rest(touch)  # a tap during the fling only stops it
    mark = uncovered_mark(touch, "grafiek-kaart")
    touch.touchscreen.tap(mark["x"], mark["y"])
    touch.wait_for_selector(TIP, timeout=5000)
    text = label_text(touch)
    assert plain(mark["custom"]["naam"]) in text and "Tik nog eens om de pagina van de plaats te openen." in text
    touch.wait_for_timeout(500)
    assert touch.evaluate(PLOTLY_REQUESTS) == [], "neither a swipe nor a tap on a place loads plotly-geo"
    touch.touchscreen.tap(mark["x"], mark["y"])
    touch.wait_for_url(re.compile(r"/plaatsen/.+/$"), timeout=10000)
    assert touch.url.endswith(mark["custom"]["url"])


def test_map_keys_rove_the_places(page, server):
    cold(page, server + "kaart/")
    page.focus("#grafiek-kaart")
    marks = sorted(page.evaluate(MARKS, "grafiek-kaart"), key=lambda m: (m["x"], m["y"]))
    page.keyboard.press("ArrowRight")
    first = label_text(page)
    assert plain(marks[0]["custom"]["naam"]) in first and "Enter om de pagina van de plaats te openen." in first
    page.keyboard.press("ArrowRight")
    live = page.locator("#grafiek-kaart .ik-tip-live[aria-live=polite]").text_content()
    assert plain(marks[1]["custom"]["naam"]) in live, "screen readers hear the label"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/plaatsen/.+/$"), timeout=10000)
    assert page.url.endswith(marks[1]["custom"]["url"])
    assert page.evaluate(PLOTLY_REQUESTS) == []


def test_locator_map_names_its_place_without_a_link_to_itself(page, server):
    cold(page, server + "plaatsen/raqqa/")
    page.focus("#grafiek-kaart-raqqa")
    page.keyboard.press("ArrowRight")
    assert label_text(page) == "Raqqa", "the place's own name, no 'Enter' hint: the reader is on its page"
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    assert page.url == server + "plaatsen/raqqa/"
    assert page.evaluate(PLOTLY_REQUESTS) == []


def test_after_plotly_the_keys_move_plotlys_label_on_the_map(page, server):
    cold(page, server + "kaart/")
    chart = page.locator("#grafiek-kaart").bounding_box()
    page.mouse.move(chart["x"] + 3, chart["y"] + 3)
    page.mouse.down()
    page.mouse.up()  # a press beside the places: Plotly draws at once (zoom and pan)
    page.wait_for_selector("#grafiek-kaart[data-drawn=ja]", timeout=30000)
    page.focus("#grafiek-kaart")
    page.keyboard.press("ArrowRight")
    page.wait_for_selector("#grafiek-kaart .hoverlayer .hovertext", timeout=5000)
    live = page.locator("#grafiek-kaart .ik-tip-live[aria-live]").text_content()
    names = page.evaluate("() => document.getElementById('grafiek-kaart').data[0].customdata.map(c => c.naam)")
    spoken = next(name for name in names if plain(name) in live)
    assert plain(spoken) in page.locator("#grafiek-kaart .hoverlayer .hovertext").text_content()
    assert page.watch.errors == []
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/plaatsen/.+/$"), timeout=10000)
