"""Quality gates on the real built site (the `site` fixture: built once with --strict).

1. every page loads over HTTP with status 200, with its charts drawn, without console or page
   errors, failed requests or requests to another origin; place aliases land on their place;
2. axe-core finds no critical or serious violation on one page of each type, in light and dark
   mode (switched with Material's own toggle), with the charts drawn and re-themed;
3. Tab reaches the main navigation (tabs on a desktop, the drawer below 1220px) and the
   timeline's table with all its links, and the focus is visible;
4. on a 390 x 844 phone nothing scrolls sideways and the charts fit the screen; chart labels
   are not cut off, the locator map shows its place;
5. no internal link, anchor, chart link, open-data URL, feed or sitemap link is broken;
6. the Nu Html Checker finds no error on one page of each type (one JVM for all of them).

Helpers: tests/quality/ (build.py: pages and page types of a build; content/links.py: link checking).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import upgrade_charts
from quality.links import LinkChecker
from quality.site import PAGE_TYPES, alias_pages, file_of, html_pages, redirect_target, site_url, typed_pages

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
DATA_FILES = ["events.json", "figures.json", "articles.json", "locations.geojson", "themes.json"]
PHONE = {"width": 390, "height": 844}
CHART_TIMEOUT = 20_000


@pytest.fixture(scope="module")
def build(site) -> Path:
    return site.site


@pytest.fixture(scope="module")
def pages(build) -> dict[str, str]:
    return typed_pages(build)


def wait_for_charts(page, path: str) -> None:
    """Lets Plotly draw every chart on the page (each arrives as its static picture) and waits
    until it has; fails if one could not be drawn."""
    with contextlib.suppress(Exception):  # a timeout: the assertion below says which charts
        upgrade_charts(page, CHART_TIMEOUT)
    state = page.evaluate("""() => [...document.querySelectorAll('.ik-chart')].map(c =>
        [c.id, c.getAttribute('data-drawn'), c.getAttribute('data-error')])""")
    undrawn = [f"#{id_} (data-error: {error})" for id_, drawn, error in state if drawn != "ja"]
    assert not undrawn, f"/{path}: charts not drawn: {', '.join(undrawn)}"


def open_page(page, server: str, path: str):
    response = page.goto(server + path, wait_until="load")
    assert response is not None and response.status == 200, f"/{path}: HTTP {response.status if response else 'no response'}"
    wait_for_charts(page, path)
    return response


# ---- 1. every page loads cleanly ----------------------------------------------------------------
def visit(page, server: str, build: Path, path: str) -> None:
    """Loads one page and waits until it is complete; AssertionError if it is not right."""
    response = page.goto(server + path, wait_until="load")
    assert response is not None and response.status == 200, f"/{path}: HTTP {response.status if response else 'no response'}"
    target = redirect_target(build, path)
    if target is None:
        wait_for_charts(page, path)
        return
    # A place alias: a meta refresh to the place page, which is checked in full under its
    # own name; here it only has to arrive there.
    assert target.startswith("plaatsen/") and redirect_target(build, target) is None, (
        f"/{path} redirects to /{target}, which is not a place page"
    )
    page.wait_for_url(server + target, wait_until="domcontentloaded", timeout=10_000)
    assert page.locator("h1").count() == 1, f"/{path} landed on /{target}, which has no h1"


def test_every_page_loads_cleanly(build, server, page):
    """All pages in one tab, one after the other: HTTP 200, charts drawn, no console error, no
    page error, no failed same-origin request and no request to another origin."""
    failed_requests = []
    page.on("response", lambda r: failed_requests.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
    # net::ERR_ABORTED is a request cancelled by leaving the page (the search worker is still
    # loading its language files when the crawl moves on), not a failure of the site.
    page.on(
        "requestfailed",
        lambda r: failed_requests.append(f"failed {r.url}: {r.failure}") if r.failure != "net::ERR_ABORTED" else None,
    )
    problems = []
    all_pages = html_pages(build)
    assert len(all_pages) > 20, f"only {len(all_pages)} pages were built"
    for path in all_pages:
        seen = len(page.watch.errors), len(page.watch.foreign), len(failed_requests)
        try:
            visit(page, server, build, path)
        except AssertionError as error:
            problems.append(str(error))
        except Exception as error:  # a Playwright timeout or navigation error
            problems.append(f"/{path}: {type(error).__name__}: {str(error).splitlines()[0]}")
        problems += [f"/{path}: {message}" for message in page.watch.errors[seen[0] :]]
        problems += [f"/{path}: request to another origin: {url}" for url in page.watch.foreign[seen[1] :]]
        problems += [f"/{path}: {message}" for message in failed_requests[seen[2] :]]
    assert not problems, f"{len(problems)} problems on {len(all_pages)} pages:\n" + "\n".join(problems)


def test_place_aliases_exist(build):
    """The alias pages the crawl follows are really there (otherwise the check above is empty)."""
    aliases = alias_pages(build)
    assert aliases and all(path.startswith("plaatsen/") for path in aliases), aliases


# ---- 2. accessibility (axe-core) ----------------------------------------------------------------
def set_scheme(page, scheme: str) -> None:
    """Switches Material's palette with its own toggle, as a reader would."""
    current = page.get_attribute("body", "data-md-color-scheme")
    wanted = "slate" if scheme == "donker" else "default"
    if current != wanted:
        index = 1 if wanted == "slate" else 0
        page.locator(f"label[for=__palette_{index}]").click()
    page.wait_for_selector(f"body[data-md-color-scheme={wanted}]")
    # Charts follow the palette (charts.js re-themes drawn charts when it changes).
    page.wait_for_function(
        """wanted => [...document.querySelectorAll('.ik-chart')]
        .every(c => c.layout && c.layout.meta && c.layout.meta.scheme === wanted)""",
        arg=wanted,
        timeout=CHART_TIMEOUT,
    )
    # Let colour transitions finish, or axe measures contrast half-way.
    page.wait_for_function("""() => document.getAnimations().every(a =>
        a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)""")


def axe_report(violations) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} – {violation['helpUrl']}")
        for node in violation["nodes"][:8]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' '.join(map(str, node['target']))}: {node['html'][:160]}\n      {summary[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    … and {len(violation['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", ["licht", "donker"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_accessibility(kind, scheme, pages, server, page):
    assert AXE.is_file(), f"{AXE} is missing: run scripts/setup.sh (npm ci)"
    path = pages[kind]
    open_page(page, server, path)
    set_scheme(page, scheme)
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [v for v in results["violations"] if v["impact"] in ("critical", "serious")]
    assert not serious, f"/{path} ({scheme}):\n{axe_report(serious)}"


# ---- 3. keyboard --------------------------------------------------------------------------------
FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const s = getComputedStyle(e), r = e.getBoundingClientRect();
  return {
    name: e.tagName.toLowerCase() + (e.href ? ' ' + e.href : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"',
    href: e.href || null,
    tab: !!e.closest('.md-tabs'),
    drawer: !!e.closest('.md-sidebar--primary'),
    navLink: e.matches('.md-nav--primary .md-nav__link'),
    tableLink: e.tagName === 'A' && !!e.closest('#tijdlijn-tabel'),
    tableRegion: e.matches('.ik-table-wrap') && !!e.querySelector('#tijdlijn-tabel'),
    indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
    focusVisible: e.matches(':focus-visible'),
    onScreen: r.width > 0 && r.height > 0 && r.left >= -1 && r.top >= -1
              && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1,
    inView: r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
  };
}"""


def tab_through(page, stop, limit: int = 400) -> list[dict]:
    """Presses Tab until stop(focused) is true (or `limit` times); the focused elements."""
    focused = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        item = page.evaluate(FOCUSED)
        if item is None:
            continue
        focused.append(item)
        if stop(item):
            break
    return focused


def test_keyboard_reaches_navigation_and_timeline_table(pages, server, page):
    """On the timeline page (desktop): Tab reaches every main navigation tab, the scrollable
    table region and every link of #tijdlijn-tabel, each with a visible focus indicator."""
    path = pages["tijdlijn"]
    open_page(page, server, path)
    tabs = page.eval_on_selector_all(".md-tabs__link", "links => links.map(a => a.href)")
    table_links = page.eval_on_selector_all("#tijdlijn-tabel a", "links => links.map(a => a.href)")
    assert len(tabs) >= 9 and table_links, (tabs, table_links)
    remaining = {"table": len(table_links)}

    def stop(item):
        remaining["table"] -= item["tableLink"]
        return remaining["table"] == 0

    focused = tab_through(page, stop, limit=len(table_links) + 150)
    reached_tabs = [item["href"] for item in focused if item["tab"]]
    assert reached_tabs == tabs, f"main navigation by Tab: {reached_tabs}, expected {tabs}"
    assert any(item["tableRegion"] for item in focused), "the table region #tijdlijn-tabel is not focusable"
    reached_links = [item["href"] for item in focused if item["tableLink"]]
    assert reached_links == table_links, f"Tab reached {len(reached_links)} of the {len(table_links)} links in #tijdlijn-tabel"
    checked = [item for item in focused if item["tab"] or item["tableLink"] or item["tableRegion"]]
    # The table region is taller than the window: it needs to be in view, not all of it.
    invisible = [
        item["name"]
        for item in checked
        if not (item["indicator"] and item["focusVisible"] and (item["inView"] if item["tableRegion"] else item["onScreen"]))
    ]
    assert not invisible, f"focus not visible (no outline or box-shadow, or off screen) on: {invisible}"


@pytest.mark.parametrize("width", [390, 1024])
def test_keyboard_opens_navigation_drawer(width, pages, server, browser):
    """Below 1220px the main navigation is an off-canvas drawer: tabbing into it must bring it
    on screen, so that each focused link is visible."""
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="nl-NL")
    try:
        page = context.new_page()
        open_page(page, server, pages["artikel"])
        nav = page.eval_on_selector_all(
            ".md-sidebar--primary .md-nav--primary > .md-nav__list > .md-nav__item > a.md-nav__link",
            "links => links.map(a => a.href)",
        )
        assert len(nav) >= 9, nav
        reached = []
        for _ in range(60):
            page.keyboard.press("Tab")
            item = page.evaluate(FOCUSED)
            if not item or not item["drawer"] or not item["navLink"] or item["href"] not in nav:
                if reached:
                    break
                continue
            # The drawer slides in (a 250 ms transition); the link must end up on screen.
            with contextlib.suppress(Exception):
                page.wait_for_function(f"() => ({FOCUSED})().onScreen", timeout=2_000)
            item = page.evaluate(FOCUSED)
            reached.append(item["href"])
            assert item["onScreen"] and item["indicator"], f"{width}px: focus not visible on {item['name']}"
        assert reached == nav, f"{width}px: Tab reached {reached} of the navigation {nav}"
    finally:
        context.close()


# ---- 4. phone layout ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="nl-NL")
    yield context
    context.close()


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_phone_layout(kind, pages, server, phone):
    path = pages[kind]
    page = phone.new_page()
    try:
        open_page(page, server, path)
        layout = page.evaluate("""() => {
          const s = document.scrollingElement;
          return { scrollWidth: s.scrollWidth, clientWidth: s.clientWidth, viewport: innerWidth,
            charts: [...document.querySelectorAll('.ik-chart')].map(c => {
              const r = c.getBoundingClientRect(), svg = c.querySelector('.main-svg');
              return { id: c.id, left: r.left, right: r.right, width: r.width,
                       svg: svg ? svg.getBoundingClientRect().width : null };
            }) };
        }""")
    finally:
        page.close()
    assert layout["viewport"] == PHONE["width"], layout
    assert layout["scrollWidth"] <= layout["clientWidth"] + 1, (
        f"/{path} scrolls sideways on a phone: {layout['scrollWidth']} > {layout['clientWidth']}"
    )
    for chart in layout["charts"]:
        assert chart["width"] > 0 and chart["svg"], f"/{path}: #{chart['id']} is empty on a phone"
        assert chart["left"] >= 0 and chart["right"] <= layout["viewport"] and chart["width"] <= layout["viewport"], (
            f"/{path}: #{chart['id']} does not fit a phone screen: {chart}"
        )
        assert chart["svg"] <= layout["viewport"], f"/{path}: #{chart['id']} draws wider than the screen: {chart}"


CHART_PAGES = ["tijdlijn", "kaart", "thema", "plaats", "cijfers"]


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
@pytest.mark.parametrize("kind", CHART_PAGES)
def test_chart_text_is_not_cut_off(kind, width, pages, server, browser):
    """Plotly clips its drawing to the chart: a label placed past the edge is simply lost."""
    context = browser.new_context(
        viewport={"width": width, "height": PHONE["height"]}, is_mobile=width == PHONE["width"], has_touch=width == PHONE["width"]
    )
    try:
        page = context.new_page()
        open_page(page, server, pages[kind])
        cut = page.evaluate("""() => [...document.querySelectorAll('.ik-chart')].flatMap(chart => {
          const box = chart.getBoundingClientRect();
          return [...chart.querySelectorAll('svg text')].filter(t => t.textContent.trim()).filter(t => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
          }).map(t => '#' + chart.id + ': ' + t.textContent.trim());
        })""")
    finally:
        context.close()
    assert not cut, f"/{pages[kind]} at {width}px: {len(cut)} chart labels cut off: {cut[:10]}"


def test_locator_map_shows_its_place(build):
    """Every place page's locator map has the place itself inside the visible area."""
    checker = LinkChecker(build, site_url(build))
    outside = []
    for feature in json.loads((build / "data" / "locations.geojson").read_text(encoding="utf-8"))["features"]:
        place = feature["properties"]
        figures = checker.parsed(file_of(build, f"plaatsen/{place['slug']}/")).figures
        figure = figures.get(f"grafiek-kaart-{place['slug']}")
        assert figure, f"/plaatsen/{place['slug']}/ has no locator map"
        geo = figure["layout"]["geo"]
        (lat0, lat1), (lon0, lon1) = geo["lataxis"]["range"], geo["lonaxis"]["range"]
        lon, lat = feature["geometry"]["coordinates"]
        if not (lat0 <= lat <= lat1 and lon0 <= lon <= lon1):
            outside.append(f"{place['slug']} ({lat}, {lon})")
    assert not outside, f"the locator map does not show: {', '.join(outside)}"


# ---- 5. links -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def links(build) -> LinkChecker:
    return LinkChecker(build, site_url(build))


def test_no_broken_internal_links_or_anchors(links):
    problems = links.html_problems()
    assert not problems, f"{len(problems)} broken internal links:\n" + "\n".join(problems)


def test_chart_points_link_to_existing_pages(links):
    problems = links.chart_problems()
    assert not problems, "\n".join(problems)


def test_every_chart_is_a_valid_plotly_figure(links, build):
    """charts/__init__.py writes figures as plain data; plotly's own validators check every one of them
    (an unknown or misspelt property raises) on every page of the built site."""
    import plotly.graph_objects as go

    problems, count = [], 0
    for file in sorted(build.rglob("*.html")):
        for chart_id, figure in links.parsed(file).figures.items():
            count += 1
            try:
                go.Figure(figure)
            except ValueError as error:
                problems.append(f"{file.relative_to(build)} {chart_id}: {str(error)[:300]}")
    assert count > 40 and not problems, "\n".join(problems)


@pytest.mark.parametrize("name", DATA_FILES)
def test_open_data_urls_resolve(name, links):
    problems = links.data_problems([name])
    assert not problems, "\n".join(problems)


def test_pages_without_icon_link_find_favicon_ico(build):
    """A page without <link rel="icon"> (the place aliases) makes browsers ask for /favicon.ico;
    without it that is a 404 and, now and then, a console error."""
    bare = [
        path
        for path in html_pages(build)
        if not re.search(r'<link\s[^>]*rel="(?:shortcut )?icon"', file_of(build, path).read_text(encoding="utf-8"))
    ]
    assert not bare or (build / "favicon.ico").is_file(), f"no /favicon.ico, and no icon link on: {bare}"


def test_feed_and_sitemap_links_resolve(links):
    problems = links.xml_problems(["feed.xml", "sitemap.xml"])
    assert not problems, "\n".join(problems)


# ---- 6. HTML validity (Nu Html Checker) ---------------------------------------------------------
# Errors in Material for MkDocs' own base.html that no override can remove without forking the
# whole base template (the two <input>s stand outside any block): the checkboxes behind the
# drawer and the search carry autocomplete="off" to stop browsers (Firefox) from restoring their
# checked state on reload or back navigation, which would reopen the drawer or the search.
# Only these exact errors on these exact elements are ignored.
MATERIAL_ERRORS = {
    (
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
        "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, "
        "or “week”.",
        markup,
    )
    for markup in (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">',
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">',
    )
}
VALIDATED = PAGE_TYPES + ["alias", "404"]


def highlighted(message: dict) -> str:
    start, length = message.get("hiliteStart"), message.get("hiliteLength")
    extract = message.get("extract", "")
    return extract[start : start + length] if start is not None and length else extract


@pytest.fixture(scope="module")
def vnu_messages(build, pages) -> dict[str, list[dict]]:
    """Runs the Nu Html Checker once (one JVM) over one page of each type."""
    java = shutil.which("java") or ("/usr/bin/java" if Path("/usr/bin/java").is_file() else None)
    if java is None:
        if os.environ.get("CI"):
            pytest.fail("Java is missing in CI: the Nu Html Checker needs Java 11 or later")
        pytest.skip("no Java here; the Nu Html Checker needs Java 11 or later (scripts/install-test-tools.sh)")
    assert VNU.is_file(), f"{VNU} is missing: run scripts/setup.sh (npm ci installs vnu-jar)"
    files = {kind: file_of(build, path) for kind, path in pages.items()}
    files["alias"] = file_of(build, alias_pages(build)[0])
    files["404"] = build / "404.html"
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *[str(file) for file in files.values()]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stderr.strip() or result.stdout.strip()
    try:
        messages = json.loads(output)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"the Nu Html Checker gave no JSON (exit {result.returncode}):\n{output[:2000]}")
    by_file = {kind: [] for kind in files}
    kinds = {str(file.resolve()): kind for kind, file in files.items()}
    for message in messages:
        kind = kinds.get(unquote(urlsplit(message.get("url", "")).path))
        assert kind or message.get("type") not in ("error", "non-document-error"), f"the Nu Html Checker failed: {message}"
        if kind:
            by_file[kind].append(message)
    return by_file


@pytest.mark.parametrize("kind", VALIDATED)
def test_html_is_valid(kind, vnu_messages):
    errors = [
        m
        for m in vnu_messages[kind]
        if m.get("type") in ("error", "non-document-error") and (m.get("message"), highlighted(m)) not in MATERIAL_ERRORS
    ]
    report = "\n".join(f"line {m.get('lastLine')}: {m.get('message')}\n    {highlighted(m)!r}" for m in errors)
    assert not errors, f"{kind}: {len(errors)} HTML errors:\n{report}"
