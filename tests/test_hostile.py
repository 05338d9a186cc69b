"""Markup, script and template attempts in every text field build, and nothing runs in the browser."""
from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES, fixture_docs, free_port, make_project, run_build, serve
from searching import search

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
    """Titles, excerpts and section names from the search index are text, on every kind of page."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url)
    for query in ("nadruk", "onload", "script", "Lijstartikel", "Stad"):
        assert search(page, query), query
        assert page.evaluate(f"() => document.querySelectorAll(\"{INJECTED}\").length") == 0, query
        shown = page.locator("[data-ik-search-results]").inner_text()
        assert "<script>" in shown or "onload=" in shown, (query, shown[:300])
    assert dialogs == []
    page.close()


def test_hostile_text_is_text_on_the_paged_lists(hostile_site):
    build = hostile_site[0]
    for path in ("themas/thema-a/artikelen/index.html", "plaatsen/stad-een/gebeurtenissen/index.html"):
        html = (build.site / path).read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html, path
