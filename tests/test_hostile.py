"""Markup, script and template attempts in every text field build, and nothing runs in the browser."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import (
    FIXTURES,
    export_and_build,
    fixture_docs,
    free_port,
    make_project,
    open_chart,
    run_build,
    serve,
    upgrade_charts,
)
from searching import search

from benchmarks.site_compare import differences

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
    """Inline scripts that run; the JSON-LD data block is checked on its own (structured_data)."""
    return page.evaluate(
        "() => [...document.querySelectorAll('script:not([src]):not([type=\"application/ld+json\"])')].map(s => s.textContent)"
    )


def structured_data(page) -> list:
    """Every JSON-LD block must stay one data block that parses, whatever the content holds."""
    blocks = page.evaluate("() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => s.textContent)")
    return [json.loads(block) for block in blocks]


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
            upgrade_charts(page)
            for point in page.locator(".ik-chart .points path.point, .ik-chart .scattergeo path.point").all()[:6]:
                box = point.bounding_box()
                if box:
                    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                    page.wait_for_timeout(50)
        injected = page.evaluate(f'() => [...document.querySelectorAll("{INJECTED}")].map(e => e.outerHTML.slice(0, 80))')
        assert injected == [], (path, injected)
        assert all("alert(" not in script for script in inline_scripts(page)), path
        assert len(structured_data(page)) <= 1, path
    assert dialogs == []
    page.goto(url + "artikelen/eerste-artikel/")
    assert '<script>alert("script")</script>' in page.locator("h1").inner_text()
    assert page.title().startswith("Eerste artikel ‹script›")
    [article] = structured_data(page)
    assert article["headline"].startswith('Eerste artikel <script>alert("script")</script>')
    assert page.locator("meta[property='og:title']").get_attribute("content").startswith("Eerste artikel ‹script›")
    assert "<script>" in page.locator(".ik-corrections li").first.inner_text()
    assert "<script>" in page.locator(".ik-claim").first.inner_text()
    context.close()


def test_hostile_chart_hover_shows_text(browser, hostile_site):
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    open_chart(page, url + "tijdlijn/", "tijdlijn")
    point = page.locator("#grafiek-tijdlijn .points path.point").first
    point.scroll_into_view_if_needed()
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
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0, query
        shown = page.locator("[data-ik-search-results]").inner_text()
        assert "<script>" in shown or "onload=" in shown, (query, shown[:300])
    assert dialogs == []
    page.close()


def test_hostile_direct_labels_and_footers_stay_text(browser, hostile_site):
    """Titles written on the timeline, names on the maps, the figure panels' row names and the
    chart footers (source titles) show markup as text."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    for path, selector in [
        ("tijdlijn/", "#grafiek-tijdlijn .annotation-text-g text"),
        ("cijfers/", "#grafiek-cijfers .annotation-text-g text"),
        ("kaart/", "#grafiek-kaart .scattergeo text"),
    ]:
        page.goto(url + path)
        upgrade_charts(page)
        written = " ".join(page.locator(selector).all_text_contents())
        # hostile names and titles are hundreds of characters long: on the map and the timeline
        # none fits but make_hostile.SHORT_NAME, so none is written (left to hover); the figure
        # panels name every row; what is written holds no markup
        assert (
            "alert(" in written
            if path == "cijfers/"
            else "onerror"
            not in page.locator(selector).evaluate_all("ts => ts.map(t => t.innerHTML).join(' ')").replace("onerror=alert", "")
        ), (path, written)
        footer = page.locator(".ik-chart-footer").first
        assert "<script>" in footer.text_content(), path
        assert footer.locator("script, img, svg, iframe").count() == 0
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert dialogs == []
    page.close()


@pytest.mark.build
def test_hostile_text_stays_text_in_the_export(hostile_site, tmp_path):
    """The export writes contributor text into front matter and Markdown files that another
    generator parses again: the site it builds is the hooked one, with nothing injected."""
    build, url = hostile_site
    exported = export_and_build(build.project, tmp_path / "export", SITE_URL=url)
    assert exported.returncode == 0, exported.output
    assert differences(build.site, exported.site) == []
    for page in exported.site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.select(INJECTED) == [], page
        assert all(
            "alert(" not in (script.string or "") for script in soup.select("script:not([src]):not([type='application/ld+json'])")
        ), page
    front = (exported.project / "docs/artikelen/eerste-artikel/index.md").read_text(encoding="utf-8")
    assert yaml.safe_load(front.split("\n---\n")[0].removeprefix("---\n"))["title"].startswith("Eerste artikel ‹script›")


def test_hostile_text_in_the_article_builder_stays_text(browser, hostile_site):
    """/bijdragen/: hostile names from the site's data fill its lists, hostile text is typed into its
    fields (claims, figures, new places, the body); nothing runs, nothing becomes markup, the result and
    the preview show the text as typed."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url + "bijdragen/")
    page.wait_for_selector("#bouwer[data-ready=true]", timeout=20_000)
    for selector in ("#bw-title", "#bw-summary", "#bw-source-note", "#bw-source-title", "#bw-body"):
        page.fill(selector, make_hostile.ATTACK)
    page.fill("#bw-published", make_hostile.ATTACK)
    page.fill("#bw-plaats-zoek", make_hostile.ATTACK)
    page.get_by_role("button", name="Plaats toevoegen", exact=True).click()
    page.fill("#bw-plaats-zoek", "Dorp")  # the site's hostile place names as suggestions
    page.get_by_role("button", name="Nieuwe gebeurtenis", exact=True).click()
    for field in ("title", "claimed-by-text", "summary"):
        page.fill(f"#bw-events-0-{field}", make_hostile.ATTACK)
    page.get_by_role("button", name="Cijfer toevoegen", exact=True).click()
    for field in ("label", "value", "unit", "according-to"):
        page.fill(f"#bw-figures-0-{field}", make_hostile.ATTACK)
    page.click("#bw-nieuwe-plaats-knop")
    page.fill("#bw-newPlaces-0-name", make_hostile.ATTACK)
    page.fill("#bw-newPlaces-0-aliases", make_hostile.ATTACK)
    page.click("#bw-reveal")
    page.wait_for_timeout(300)
    assert page.locator("#bw-todo li").count() > 3, "the problems are listed"
    injected = page.evaluate(f'() => [...document.querySelectorAll("{INJECTED}")].map(e => e.outerHTML.slice(0, 80))')
    assert injected == []
    assert make_hostile.ATTACK.split(" ")[0] in page.inner_text("#bw-todo"), "hostile text is quoted as text"
    assert make_hostile.ATTACK.split(" ")[0] in page.inner_text("#bw-voorbeeld"), "the preview shows it as text"
    page.fill("#bw-published", "2020-04")
    page.fill("#bw-body", make_hostile.ATTACK)
    page.wait_for_timeout(300)
    assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert page.locator("#bw-voorbeeld script, #bw-voorbeeld img, #bw-voorbeeld iframe").count() == 0
    assert dialogs == []
    page.close()


def test_hostile_files_in_the_builders_edit_mode_stay_text(browser, hostile_site):
    """An article, its new place and a place of the gazetteer, full of hostile text, loaded into the builder:
    every field holds the text, the list of changes and the preview show it, nothing runs; the published
    source file is the file byte for byte."""
    build, url = hostile_site
    source = json.loads((build.site / "bronbestanden" / "articles" / "eerste-artikel.md.json").read_text(encoding="utf-8"))
    assert source["text"] == (build.project / "content" / "articles" / "eerste-artikel.md").read_text(encoding="utf-8")
    page, dialogs = watched_page(browser)
    for what in ("artikelen/eerste-artikel", "plaatsen/dorp-drie", "plaatsen/stad-een", "themas/thema-a"):
        page.goto(url + "bijdragen/?bewerk=" + what)
        page.wait_for_selector("#bw-bewerk-status button", timeout=20_000)
        page.wait_for_timeout(300)
        assert page.evaluate("() => BouwerResult.current()") != "" or page.is_visible("#bw-todo"), what
        target = "#bw-title" if what != "plaatsen/stad-een" else "#bw-place-name"
        assert make_hostile.ATTACK[:60] in page.input_value(target), what
        page.fill(target, page.input_value(target) + " " + make_hostile.ATTACK)
        page.wait_for_timeout(300)
        assert make_hostile.ATTACK.split(" ")[0] in page.inner_text("#bw-changes"), what
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0, what
    assert dialogs == []
    page.close()


def test_hostile_titles_in_the_report_link_stay_in_their_attribute(hostile_site):
    """'Meld een fout' carries the page's title in GitHub's address: escaped, on every kind of page."""
    build = hostile_site[0]
    for path in ("artikelen/eerste-artikel/index.html", "plaatsen/dorp-drie/index.html", "tijdlijn/index.html"):
        soup = BeautifulSoup((build.site / path).read_text(encoding="utf-8"), "html.parser")
        report = soup.select_one("aside.ik-report")
        assert report.select(INJECTED) == [] and report.find_all(["script", "img", "svg"]) == [], path
        link = report.find("a", attrs={"data-meld-repo": True})
        assert link["href"].startswith("https://") and "<" not in link["href"] and '"' not in link["href"], path


def test_hostile_text_is_text_on_the_paged_lists(hostile_site):
    build = hostile_site[0]
    for path in ("themas/thema-a/artikelen/index.html", "plaatsen/stad-een/gebeurtenissen/index.html"):
        html = (build.site / path).read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(" in html and "<script>alert(" not in html, path


def test_hostile_static_pictures_stay_text(browser, hostile_site):
    """The charts' static SVG pictures (charts/svg/__init__.py) write titles, row names and lane names as SVG
    text: markup shows as text, never double-escaped, and nothing of it becomes an element."""
    build, url = hostile_site
    for path in ("tijdlijn/", "cijfers/"):
        chart = BeautifulSoup((build.site / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        pictures = chart.select(".ik-static svg")
        assert pictures, path
        assert not [
            e.name for p in pictures for e in p.find_all(True) if e.name not in ("g", "path", "line", "rect", "text", "tspan")
        ], path
        assert "&amp;amp;" not in str(pictures[0]) and "&amp;lt;" not in str(pictures[0]), path
    page, dialogs = watched_page(browser)
    for path in ("tijdlijn/", "cijfers/"):
        page.goto(url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => typeof window.Plotly") == "undefined", "the static pictures are tested"
        written = " ".join(page.locator(".ik-static text").all_text_contents())
        assert "<script>" in written or "<img" in written, (path, written[:300])
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0, path
    assert dialogs == []
    page.close()


def test_hostile_place_name_stays_text_in_the_static_maps(browser, hostile_site):
    """The maps' static SVG pictures (charts/svg/geo.py) write a short hostile place name as text:
    valid XML, escaped once, nothing injected, the name shown as typed (plotly.js blocked)."""
    import re
    import xml.etree.ElementTree as ET

    build, url = hostile_site
    for path in ("kaart", "plaatsen/dorp-twee"):
        html = (build.site / path / "index.html").read_text(encoding="utf-8")
        pictures = re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="ik-static-map".*?</svg></svg>', html, re.S)
        assert pictures and "&amp;amp;" not in "".join(pictures), path
        written = {"".join(t.itertext()) for svg in pictures for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")}
        assert make_hostile.SHORT_NAME in written, (path, written)
        assert all(
            make_hostile.SHORT_NAME in ET.fromstring(svg).get("aria-label")
            for svg in pictures
            if make_hostile.SHORT_NAME in "".join(ET.fromstring(svg).itertext())
        )
    page, dialogs = watched_page(browser)
    page.route("**/plotly*.js", lambda route: route.abort())
    for path in ("kaart/", "plaatsen/dorp-twee/"):
        page.goto(url + path)
        shown = page.locator(".ik-chart svg.ik-static-map text").all_text_contents()
        assert make_hostile.SHORT_NAME in shown, (path, shown)
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
        assert page.locator(".ik-chart svg.ik-static-map image, .ik-chart svg.ik-static-map b").count() == 0
    assert dialogs == []
    page.close()


def test_hostile_place_name_stays_text_in_the_static_maps_label(browser, hostile_site):
    """The maps' markers answer from the picture (chart-tooltip.js, plotly.js blocked): the
    hostile place name shows as typed, as text, in the label and in the live region."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.route("**/plotly*.js", lambda route: route.abort())
    for path, chart in (("kaart/", "#grafiek-kaart"), ("plaatsen/dorp-twee/", "#grafiek-kaart-dorp-twee")):
        page.goto(url + path)
        page.focus(chart)
        shown = []
        for _ in range(40):
            page.keyboard.press("ArrowRight")
            shown.append(page.locator(".ik-tip:not([hidden])").text_content())
            if make_hostile.SHORT_NAME in shown[-1]:
                break
        assert make_hostile.SHORT_NAME in shown[-1], (path, shown)
        tags = page.evaluate("() => [...document.querySelectorAll('.ik-tip *')].map(e => e.tagName.toLowerCase())")
        assert set(tags) <= {"span", "strong"}, tags
        assert make_hostile.SHORT_NAME in page.locator(f"{chart} .ik-tip-live[aria-live]").text_content()
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert dialogs == []
    page.close()


def test_hostile_text_is_text_on_the_year_pages(hostile_site):
    build = hostile_site[0]
    years = sorted((build.site / "tijdlijn").glob("[0-9][0-9][0-9][0-9]/index.html"))
    assert years
    found = False
    for path in years:
        page = BeautifulSoup(path.read_bytes(), "lxml")
        assert not page.select(INJECTED), path
        found |= "<script>alert(" in page.select_one("table.ik-timeline-table").get_text()
    assert found, "the hostile event titles are listed as text"


def test_hostile_text_stays_text_in_the_overview_and_its_detail_files(hostile_site):
    """The overview at scale and its per-year data files: every text is escaped for Plotly."""
    from explainer.build import build_corpus
    from explainer.charts import overview as charts_overview

    corpus = build_corpus(hostile_site[0].project / "content")
    figure = json.dumps(charts_overview.overview(corpus), ensure_ascii=False)
    files = charts_overview.detail_files(corpus)
    assert files
    for text in [figure, *files.values()]:
        assert "<script" not in text and "<img" not in text and "<svg" not in text
    assert "&lt;script&gt;alert(" in "".join(files.values()), "the titles are in the hover data, escaped"


def test_hostile_title_stays_text_in_the_static_pictures_label(browser, hostile_site):
    """The label of a mark of the static picture (chart-tooltip.js) is made from the figure's
    customdata: a hostile title shows as text, nothing of it becomes an element or runs."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url + "tijdlijn/")
    page.wait_for_load_state("networkidle")
    page.focus("#grafiek-tijdlijn")
    shown = []
    for _ in range(80):
        page.keyboard.press("ArrowRight")
        shown.append(page.locator(".ik-tip:not([hidden])").text_content())
        if "<script>" in shown[-1] or "<img" in shown[-1]:
            break
    assert "<script>" in shown[-1] or "<img" in shown[-1], shown[:5]
    assert page.evaluate("() => typeof window.Plotly") == "undefined", "the picture's label is tested"
    tags = page.evaluate("() => [...document.querySelectorAll('.ik-tip *')].map(e => e.tagName.toLowerCase())")
    assert set(tags) <= {"span", "strong"}, tags
    assert "&lt;" not in shown[-1] and "&amp;" not in shown[-1], "decoded once, not shown escaped"
    assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    live = page.locator("#grafiek-tijdlijn .ik-tip-live[aria-live]").text_content()
    assert "<script>" in live or "<img" in live, "announced as the same text"
    assert dialogs == []
    page.close()


def test_hostile_text_is_text_on_the_figure_pages_at_scale(hostile_site, monkeypatch):
    """/cijfers/ at scale and its pages per kind of figure (the kind named after a figure's unit)."""
    from explainer.build import build_corpus
    from explainer.pages import figures as figures_pages
    from explainer.pages.render import Renderer

    corpus = build_corpus(hostile_site[0].project / "content")
    monkeypatch.setattr(figures_pages, "FULL_MAX", 0)
    generated = figures_pages.figures_pages(corpus, Renderer(corpus))
    assert len(generated) > 1
    for page in generated:
        html = page.rendered.inline()
        assert "<script>alert(" not in html and "<img src=x" not in html and "<svg onload" not in html, page.src_uri
        assert "<" not in page.meta.get("title", "") and "<" not in page.meta["description"], page.src_uri
    assert any("&lt;script&gt;alert(" in page.rendered.inline() for page in generated[1:])


def test_hostile_citations_stay_text(browser, hostile_site):
    """Citation markers (pages/citations.py): a marker with markup in inline code is an example, shown
    as code; markup right after a marker is text; the "Bronnen" list and the entry that citations.js
    shows in place carry the hostile source metadata (title, author, ...) as text."""
    build, url = hostile_site
    soup = BeautifulSoup((build.site / "artikelen/eerste-artikel/index.html").read_text(encoding="utf-8"), "html.parser")
    assert not soup.select(INJECTED)
    # (the site shows "<" in a contributor's inline code as "&lt;", as it always has)
    assert any("onerror=alert('marker')>, 1]" in code.get_text() for code in soup.select("article code"))
    refs = soup.select(".ik-ref > a")
    assert refs and all(re.fullmatch(r"bron \d+", a["aria-label"]) for a in refs)
    entries = " ".join(li.get_text(" ") for li in soup.select("ol.ik-bronnen li"))
    assert '<script>alert("script")</script>' in entries, "the hostile source title, as text"
    page, dialogs = watched_page(browser)
    page.goto(url + "artikelen/eerste-artikel/")
    for index in range(min(4, page.locator(".ik-ref > a").count())):
        page.locator(".ik-ref > a").nth(index).focus()
        shown = page.locator(".ik-ref__pop")
        assert shown.count() == 1 and "alert(" in shown.inner_text()
        tags = shown.evaluate("pop => [...pop.querySelectorAll('*')].map(e => e.tagName.toLowerCase())")
        assert set(tags) <= {"span", "a"}, tags
        assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert dialogs == []
    page.close()


def test_hostile_text_stays_text_on_the_embed_pages_and_in_their_code(browser, hostile_site):
    """An embed page's title and chart, and the embed code the place page copies (issue 24)."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url + "insluiten/kaart-dorp-twee/")
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == f"Ligging van {make_hostile.SHORT_NAME}"
    page.locator("#grafiek-kaart-dorp-twee").hover()
    page.wait_for_selector("#grafiek-kaart-dorp-twee[data-drawn=ja]")
    assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    page.goto(url + "plaatsen/dorp-twee/")
    page.locator("button[data-reuse=insluiten]").click()
    code = page.locator(".ik-reuse__panel[data-panel=insluiten] textarea")
    code.wait_for()
    snippet = BeautifulSoup(code.input_value(), "html.parser")
    assert [tag.name for tag in snippet.find_all(True)] == ["iframe", "script"]
    assert snippet.iframe["title"] == f"Ligging van {make_hostile.SHORT_NAME} – IS na het kalifaat"
    assert snippet.iframe["src"] == url + "insluiten/kaart-dorp-twee/" and not snippet.iframe.attrs.keys() - {
        "src",
        "title",
        "style",
        "height",
        "loading",
    }
    assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert dialogs == []
    page.close()


def test_hostile_text_stays_text_in_the_view_download_and_citation(browser, hostile_site):
    """The filtered CSV and JSON hold the hostile text as text, and no cell starts a formula; the
    citation names a hostile place as text."""
    build, url = hostile_site
    page, dialogs = watched_page(browser)
    page.goto(url + "tijdlijn/")
    page.locator("#grafiek-tijdlijn").hover()
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]")
    events = {e["id"]: e for e in json.loads((build.site / "data/events.json").read_text(encoding="utf-8"))}
    page.locator('select[data-filter="plaats"]').select_option(events["gebeurtenis-een"]["location"])
    files = {}
    for kind in ("csv", "json"):
        with page.expect_download() as made:
            page.locator(f"button[data-reuse={kind}]").click()
        files[kind] = Path(made.value.path()).read_bytes()
    records = json.loads(files["json"])
    assert records and all(record == {k: events[record["id"]][k] for k in record} for record in records)
    rows = list(csv.DictReader(io.StringIO(files["csv"].decode("utf-8-sig"), newline="")))
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    first = next(row for row in rows if row["id"] == "gebeurtenis-een")
    assert first["title"] == "'" + events["gebeurtenis-een"]["title"] and first["title"].startswith("'=HYPERLINK(")
    assert first["summary"].startswith("'+31 6 ") and first["claimed_by_name"].startswith("'@SUM(")
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    page.locator('select[data-filter="plaats"]').select_option("dorp-twee")
    page.locator("button[data-reuse=citeer]").click()
    citation = page.locator(".ik-reuse__panel[data-panel=citeer] textarea")
    citation.wait_for()
    assert f"plaats {make_hostile.SHORT_NAME}" in citation.input_value()
    assert page.evaluate(f'() => document.querySelectorAll("{INJECTED}").length') == 0
    assert dialogs == []
    page.close()


def test_hostile_markers_are_reported_and_never_markup(tmp_path):
    """A marker whose key or passage holds markup is a problem of the check, quoted as text; where a
    page is rendered anyway (`mkdocs serve` shows the last good site, the renderer leaves an unknown
    marker as written), it stays text."""
    from explainer.build import build_corpus
    from explainer.pages.render import Renderer
    from explainer.problems import ContentError

    content = make_hostile.write(tmp_path / "content")
    corpus = build_corpus(content)
    hostile = "Een zin.[@<img src=x onerror=alert(1)>, 1] Nog een.[@eerste-artikel, <script>alert(2)</script>] [@bestaat-niet]"
    article = content / "articles/eerste-artikel.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + hostile + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build_corpus(content)
    shown = [str(problem) for problem in caught.value.problems]
    assert any("de bronmarker [@<img src=x onerror=alert(1)>, 1] is niet goed geschreven" in line for line in shown), shown
    assert any("[@eerste-artikel, <script>alert(2)</script>] is niet goed geschreven" in line for line in shown), shown
    assert any("noemt 'bestaat-niet'" in line for line in shown), shown
    renderer = Renderer(corpus)
    cites = renderer.citations("artikelen/eerste-artikel/index.md")
    for rendered in (str(renderer.body(hostile, "artikelen/eerste-artikel/index.md", cites)), str(cites.html(hostile))):
        assert "<img" not in rendered and "<script" not in rendered, rendered
        assert "[@bestaat-niet]" in rendered, "an unknown marker stays as written"
