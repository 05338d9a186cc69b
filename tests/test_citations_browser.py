"""Citation links in the browser (pages/citations.py, docs/assets/citations.js): on every page type
with prose, at 1280 and 390 px, light and dark, the "Bronnen" list is there and a link shows its
entry in place on hover, tap and keyboard focus, reachable and dismissable by keyboard, inside the
screen, axe clean; without JavaScript the links jump to the list and back.

CITATION_SCREENSHOTS=<folder> keeps a screenshot of each page with an entry open, and of its list."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = Path(os.environ["CITATION_SCREENSHOTS"]) if os.environ.get("CITATION_SCREENSHOTS") else None
PAGES = {
    "article": "artikelen/is-rukt-op-in-syrische-woestijn/",
    "theme": "themas/corona/",
    "place": "plaatsen/sukhna/",
    "home": "",
    "about": "over/",
}
POP = ".ik-ref__pop"


def shoot(page, name: str, full: bool = False) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def axe_serious(page) -> list:
    """axe on the citation links, the entry shown in place and the list (tests/test_quality.py runs it
    on whole pages)."""
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "() => axe.run({include: [['article .ik-ref'], ['ol.ik-bronnen'], ['#bronnen']]}, {resultTypes: ['violations']})"
    )
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}"
        for v in results["violations"]
        if v["impact"] in ("critical", "serious")
    ]


def first_ref(page):
    link = page.locator("article .ik-ref > a").first
    link.scroll_into_view_if_needed()
    return link


def target_of(link) -> str:
    """'#bron-3' (Material's instant navigation writes the page's own links as absolute URLs)."""
    return link.evaluate("a => a.hash")


def entry_text(page, link) -> str:
    target = target_of(link)
    return " ".join(page.locator(f"{target} .ik-bron__tekst").inner_text().split())


SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's palette


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_sources_list_and_entry_in_place_on_every_page_type(browser, server, width):
    """Each page type, light and dark: its list, and its first citation link showing the entry in place
    (a hover on a wide screen, a tap on a phone), on the screen, without motion; axe clean with the
    entry open."""
    context = browser.new_context(viewport={"width": width, "height": 900}, has_touch=width < 600, reduced_motion="reduce")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    for kind, path in PAGES.items():
        page.goto(server + path)  # "load": citations.js (async) has run
        assert page.locator("ol.ik-bronnen > li").count() > 0 and page.locator("h2#bronnen").is_visible(), kind
        for scheme, palette in SCHEMES.items():
            set_palette(page, palette)
            entry_in_place(page, kind, width)
            shoot(page, f"{kind}-{width}-{scheme}-bron")
            if width == 1280 and kind == "theme":  # the same markup on every page type: axe once per scheme
                assert not axe_serious(page), (kind, scheme)
            page.locator("ol.ik-bronnen").scroll_into_view_if_needed()
            shoot(page, f"{kind}-{width}-{scheme}-lijst")
            page.keyboard.press("Escape")
            page.mouse.move(1, 1)
    assert not errors
    context.close()


def set_palette(page, palette: str) -> None:
    """Material's own light/dark toggle, as a reader switches (it is remembered for the next page)."""
    if page.get_attribute("body", "data-md-color-scheme") != palette:
        page.locator(f"label[for=__palette_{1 if palette == 'slate' else 0}]").click()
    page.wait_for_selector(f"body[data-md-color-scheme={palette}]")
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def entry_in_place(page, kind: str, width: int) -> None:
    link = first_ref(page)
    expected = entry_text(page, link)
    if width < 600:
        link.tap()  # a tap shows the entry in place, and leaves the reader where they were
        assert page.locator(POP).is_visible() and "#bron-" not in page.url, kind
    else:
        link.hover()
        page.locator(POP).wait_for(state="visible")
    pop = page.locator(POP)
    assert " ".join(pop.inner_text().split()) == expected, kind
    box = pop.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width + 1, f"{kind}: the entry stays on the screen"
    assert page.evaluate("() => document.getAnimations().length") == 0, "no motion"


@pytest.mark.browser
def test_keyboard_opens_enters_and_closes_the_entry(page, server):
    page.goto(server + PAGES["theme"])
    link = first_ref(page)
    link.focus()
    pop = page.locator(POP)
    assert pop.is_visible()
    assert link.get_attribute("aria-describedby") == pop.get_attribute("id"), "announced with the link"
    assert link.get_attribute("aria-label").startswith("bron ")
    page.keyboard.press("Tab")
    inside = page.evaluate("() => !!document.activeElement.closest('.ik-ref__pop')")
    assert inside and pop.is_visible(), "the entry's own link is the next tab stop"
    page.keyboard.press("Escape")
    assert pop.count() == 0
    assert page.evaluate("() => document.activeElement.matches('.ik-ref > a')"), "focus back on the citation link"
    page.keyboard.press("Enter")  # opens it again
    assert page.locator(POP).is_visible()
    page.keyboard.press("Enter")  # and a second Enter follows the link to the list
    target = target_of(link)
    page.wait_for_function("hash => location.hash === hash", arg=target)
    # The entry stands out: :target after a native jump, or the class citations.js sets either way.
    page.wait_for_function("sel => document.querySelector(sel).matches(':target, .ik-bron--doel')", arg=target)
    page.keyboard.press("Tab")
    assert page.locator(POP).count() == 0, "focus elsewhere closes the entry"


@pytest.mark.browser
def test_hover_keeps_the_entry_while_the_pointer_is_on_it_and_a_click_goes_to_the_list(page, server):
    page.goto(server + PAGES["article"])
    link = first_ref(page)
    link.hover()
    pop = page.locator(POP)
    pop.wait_for(state="visible")
    box = pop.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=4)
    assert pop.is_visible(), "a pointer can move onto the entry (WCAG 1.4.13)"
    page.mouse.move(5, 450)
    assert page.locator(POP).count() == 0
    link.hover()
    link.click()
    page.wait_for_function("hash => location.hash === hash", arg=target_of(link))


@pytest.mark.browser
def test_without_javascript_the_links_jump_to_the_list_and_back(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(server + PAGES["place"])
    link = page.locator("article .ik-ref > a").first
    target, own = target_of(link), link.get_attribute("id")
    link.click()
    assert page.url.endswith(target) and page.locator(f"{target}:target").is_visible()
    page.locator(f"{target} a.ik-bron__terug").first.click()
    assert page.url.endswith("#" + own)
    context.close()
