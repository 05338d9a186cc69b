"""Markup, script and template attempts in every text field build, and nothing runs in the browser."""
from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES, fixture_docs, free_port, make_project, run_build, serve

sys.path.insert(0, str(FIXTURES))
import make_hostile  # noqa: E402

# Injected markup would show up as one of these; Material's own inline scripts are checked
# separately (none may contain the payload).
INJECTED = "[onerror], [onload], img[src='x'], iframe, a[href^='javascript:' i], svg[onload]"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    content = make_hostile.write(base / "content")
    port = free_port()
    project = make_project(base / "project", content, fixture_docs(base))
    build = run_build(project, SITE_URL=f"http://127.0.0.1:{port}/")
    assert build.returncode == 0, build.output
    httpd = serve(build.site, port)
    yield build, f"http://127.0.0.1:{port}/"
    httpd.shutdown()


def watched_page(browser):
    """A new page and the list that collects the message of every dialog a script opens."""
    page, dialogs = browser.new_page(), []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page, dialogs


def inline_scripts(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('script:not([src])')].map(s => s.textContent)")


def test_hostile_text_is_shown_as_text_and_never_runs(browser, hostile_site):
    build, url = hostile_site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    dialogs = []
    context.on("page", lambda p: p.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss())))
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(p.parent.relative_to(build.site).as_posix() for p in build.site.rglob("index.html"))
    assert len(pages) > 10
    for path in pages:
        page.goto(url + ("" if path == "." else path + "/"))
        page.wait_for_load_state("networkidle")
        if page.locator(".ik-chart").count():
            page.wait_for_selector(".ik-chart[data-drawn=ja]")
            for point in page.locator(".ik-chart .points path.point, .ik-chart .scattergeo path.point").all()[:6]:
                box = point.bounding_box()
                if box:
                    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                    page.wait_for_timeout(50)
        injected = page.evaluate(f"() => [...document.querySelectorAll(\"{INJECTED}\")].map(e => e.outerHTML.slice(0, 80))")
        assert injected == [], (path, injected)
        assert all("alert(" not in script for script in inline_scripts(page)), path
    assert dialogs == []
    page.goto(url + "artikelen/eerste-artikel/")
    assert "<script>alert(\"script\")</script>" in page.locator("h1").inner_text()
    assert page.title().startswith("Eerste artikel ‹script›")
    context.close()


def test_hostile_chart_hover_shows_text(browser, hostile_site):
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url + "tijdlijn/")
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]")
    point = page.locator("#grafiek-tijdlijn .points path.point").first
    box = point.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector("#grafiek-tijdlijn .hoverlayer .hovertext")
    hover = page.locator("#grafiek-tijdlijn .hoverlayer .hovertext").first.text_content()
    assert "<script>" in hover or "<img" in hover, hover
    assert page.locator("#grafiek-tijdlijn .hoverlayer a, #grafiek-tijdlijn .legend a").count() == 0
    assert dialogs == []
    page.close()


def test_hostile_search_results_stay_text(browser, hostile_site):
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("nadruk", delay=30)
    page.wait_for_selector(".md-search-result__item", timeout=10000)
    page.wait_for_timeout(500)
    assert page.evaluate(f"() => document.querySelectorAll(\"{INJECTED}\").length") == 0
    assert dialogs == []
    page.close()


def test_hostile_direct_labels_and_footers_stay_text(browser, hostile_site):
    """Titles written on the timeline, names on the maps, the figure panels' row names and the
    chart footers (source titles) show markup as text."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    for path, selector in [("tijdlijn/", "#grafiek-tijdlijn .annotation-text-g text"),
                           ("cijfers/", "#grafiek-cijfers .annotation-text-g text"),
                           ("kaart/", "#grafiek-kaart .scattergeo text")]:
        page.goto(url + path)
        page.wait_for_selector(".ik-chart[data-drawn=ja]")
        written = " ".join(page.locator(selector).all_text_contents())
        # hostile names and titles are hundreds of characters long: on the map and the timeline
        # none fits, so none is written (left to hover); the figure panels name every row
        assert "alert(" in written if path == "cijfers/" else "onerror" not in page.locator(selector).evaluate_all(
            "ts => ts.map(t => t.innerHTML).join(' ')").replace("onerror=alert", ""), (path, written)
        footer = page.locator(".ik-chart-footer").first
        assert "<script>" in footer.text_content(), path
        assert footer.locator("script, img, svg, iframe").count() == 0
        assert page.evaluate(f"() => document.querySelectorAll(\"{INJECTED}\").length") == 0
    assert dialogs == []
    page.close()
