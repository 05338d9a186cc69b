"""Take it with you (issue 24): embed pages and their embed code, citing and downloading the view
of /tijdlijn/ and /kaart/, the content's version, and printed pages, on the built site in Chromium."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from bs4 import BeautifulSoup
from conftest import (
    CHARTS_SETTLED,
    FIXTURES,
    ROOT,
    TEST_REPO_URL,
    PageWatch,
    export_and_build,
    fixture_docs,
    free_port,
    make_project,
    run_build,
    serve,
    upgrade_charts,
)

from explainer import dates
from explainer.content.version import content_version
from explainer.model.columns import EVENT_COLUMNS, PLACE_COLUMNS

pytestmark = pytest.mark.browser
EMBEDS = ("tijdlijn", "kaart", "cijfers", "cijfers-doden", "kaart-hasaka")
NAVIGATION = ("Zoeken", "Deel deze pagina", "Insluiten", "Download deze weergave", "Citeer deze weergave")


def today() -> str:
    return dates.dutch_day(dt.date.today())


def context(browser, server, **options):
    made = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL", **options)
    made.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    return made


def drawn(page, chart="tijdlijn"):
    page.wait_for_selector(f"#grafiek-{chart}[data-drawn=ja]", timeout=30_000)


# ---- the content's version -------------------------------------------------------------------


def git(folder: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_DATE": "2026-11-30T12:00:00+00:00", "GIT_COMMITTER_DATE": "2026-11-30T12:00:00+00:00", "HOME": str(folder)}
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=True, env=env)
    return done.stdout.strip()


def commit_all(folder: Path) -> str:
    git(folder, "init", "-q", "-b", "main")
    git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "add", "-A")
    git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "Inhoud")
    return git(folder, "rev-parse", "HEAD")


@pytest.fixture(scope="module")
def git_site(tmp_path_factory):
    """The mini fixture as a git checkout, built with REPO_URL, and served."""
    base = tmp_path_factory.mktemp("git-mini")
    project = make_project(base / "project", FIXTURES / "mini" / "content", fixture_docs(base))
    commit = commit_all(project)
    port = free_port()
    build = run_build(project, SITE_URL=f"http://127.0.0.1:{port}/")
    assert build.returncode == 0, build.output
    httpd = serve(build.site, port)
    yield build, commit, f"http://127.0.0.1:{port}/"
    httpd.shutdown()


def test_version_is_read_from_git_and_falls_back_outside_it(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("een\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("x\n", encoding="utf-8")
    commit = commit_all(tmp_path)
    found = content_version(tmp_path, dt.date(2020, 4, 30))
    assert (found.commit, found.day, found.changed) == (commit, dt.date(2026, 11, 30), False)
    assert found.text == f"30 november 2026 ({commit[:7]})"
    (tmp_path / "README.md").write_text("y\n", encoding="utf-8")  # not content: the same version
    assert not content_version(tmp_path).changed
    (tmp_path / "content" / "a.md").write_text("twee\n", encoding="utf-8")
    assert content_version(tmp_path).changed and "nog niet zijn vastgelegd" in content_version(tmp_path).text
    shutil.rmtree(tmp_path / ".git")
    unknown = content_version(tmp_path, dt.date(2020, 4, 30))
    assert unknown.commit is None and unknown.text == "onbekend (inhoud tot en met 30 april 2020)"
    assert content_version(tmp_path / "content", None).text == "onbekend"


def test_every_page_names_the_version_and_links_its_source_file(git_site):
    build, commit, _ = git_site
    article = BeautifulSoup((build.site / "artikelen/tweede-artikel/index.html").read_text(encoding="utf-8"), "html.parser")
    version = f"30 november 2026 ({commit[:7]})"
    assert f"versie {version}." in article.select_one("#citeer-tekst").get_text()
    foot = article.select_one(".ik-pagefoot__version")
    assert version in foot.get_text()
    assert foot.a["href"] == f"{TEST_REPO_URL}/blob/{commit}/content/articles/tweede-artikel.md"
    [jsonld] = [json.loads(s.string) for s in article.select('script[type="application/ld+json"]')]
    assert jsonld["version"] == f"2026-11-30 {commit[:7]}"
    for page in ("index.html", "plaatsen/stad-een/index.html", "tijdlijn/index.html", "correcties/index.html"):
        html = BeautifulSoup((build.site / page).read_text(encoding="utf-8"), "html.parser")
        assert version in html.select_one(".ik-pagefoot__version").get_text(), page
    place = BeautifulSoup((build.site / "plaatsen/stad-een/index.html").read_text(encoding="utf-8"), "html.parser")
    assert place.select_one(".ik-pagefoot__version a")["href"].endswith(f"/blob/{commit}/content/locations.yml")


def test_the_export_carries_the_same_version(git_site, tmp_path):
    build, commit, url = git_site
    exported = export_and_build(build.project, tmp_path / "export", SITE_URL=url)
    assert exported.returncode == 0, exported.output
    for page in ("artikelen/tweede-artikel/index.html", "plaatsen/stad-een/index.html", "over/index.html"):
        hooked, export = (
            BeautifulSoup((b / page).read_text(encoding="utf-8"), "html.parser") for b in (build.site, exported.site)
        )
        assert str(hooked.select_one(".ik-pagefoot__version")) == str(export.select_one(".ik-pagefoot__version")), page
        assert commit in str(export.select_one(".ik-pagefoot__version")), page
    hooked = BeautifulSoup((build.site / "kaart/index.html").read_text(encoding="utf-8"), "html.parser")
    export = BeautifulSoup((exported.site / "kaart/index.html").read_text(encoding="utf-8"), "html.parser")
    assert hooked.select_one(".ik-reuse")["data-version"] == export.select_one(".ik-reuse")["data-version"]
    assert commit[:7] in export.select_one(".ik-reuse")["data-version"]


def test_without_git_the_version_says_it_is_unknown(site):
    """The test builds run in a copy outside any git checkout."""
    html = (site.site / "artikelen/corona-als-dekmantel-voor-is/index.html").read_text(encoding="utf-8")
    assert re.search(r"versie onbekend \(inhoud tot en met \d+ \w+ \d{4}\)\.", html)


# ---- embed pages -------------------------------------------------------------------------------


@pytest.mark.parametrize("chart", EMBEDS)
def test_an_embed_page_shows_its_chart_alone_static_then_plotly(browser, server, chart):
    page = context(browser, server).new_page()
    watch = PageWatch(page, server.rstrip("/"))
    page.goto(f"{server}insluiten/{chart}/")
    page.wait_for_load_state("networkidle")
    assert page.locator(f"#grafiek-{chart} .ik-static:visible").count() == 1
    assert page.locator(f"#grafiek-{chart}").get_attribute("data-drawn") is None
    assert page.evaluate("typeof window.Plotly") == "undefined"
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    assert page.locator(".md-header, .md-tabs, .md-sidebar, .md-footer, nav, [data-md-component]").count() == 0
    footer = page.locator(".ik-embed__footer")
    assert footer.inner_text().startswith("Bron:") and footer.locator("a.ik-chart-csv[download]").count() == 1
    assert footer.locator("a.ik-embed__back").count() == 1
    assert page.locator("h1").inner_text() and page.title().endswith("– IS na het kalifaat")
    page.locator(f"#grafiek-{chart}").hover()
    drawn(page, chart)
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0 and page.context.cookies() == []
    assert watch.errors == [] and watch.foreign == []
    page.context.close()


def test_an_embed_page_keeps_the_address_state(browser, server):
    page = context(browser, server).new_page()
    page.goto(f"{server}insluiten/tijdlijn/#thema=gevangenen&van=2019-01-01&tot=2021-12-31")
    drawn(page)  # a view in the address draws at once, as on /tijdlijn/
    assert page.locator('select[data-filter="thema"]').input_value() == "gevangenen"
    embedded = page.locator("[data-status]").inner_text()
    assert page.evaluate("document.getElementById('grafiek-tijdlijn').layout.xaxis.range.map(String)")[0].startswith("2019-01-01")
    page.goto(f"{server}tijdlijn/#thema=gevangenen&van=2019-01-01&tot=2021-12-31")
    drawn(page)
    assert page.locator("[data-status]").inner_text() == embedded
    page.goto(f"{server}insluiten/kaart/#periode=na-2019")
    drawn(page, "kaart")
    assert page.locator('button[data-range="na-2019"]').get_attribute("aria-pressed") == "true"
    assert "in deze periode" in page.locator("[data-status]").inner_text()
    page.context.close()


def copied_embed_code(page, server, path) -> str:
    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    button = page.locator("button[data-reuse=insluiten]").first
    button.focus()
    page.keyboard.press("Enter")  # by keyboard
    page.wait_for_function("() => /gekopieerd/.test(document.querySelector('.ik-reuse__status').textContent)")
    code = page.evaluate("navigator.clipboard.readText()")
    assert code == page.locator(".ik-reuse__panel[data-panel=insluiten] textarea").input_value()
    assert page.locator(".ik-reuse__status").get_attribute("aria-live") == "polite"
    return code


def fitted(page, unlike: float | None = None, tries: int = 150, steady: int = 5) -> float:
    """The iframe's height once it equals the height of the page inside it, differs from `unlike`,
    and has stayed so for `steady` readings 100 ms apart (a chart that is still drawing changes it)."""
    same, last = 0, None
    for _ in range(tries):
        outer = page.locator("iframe").bounding_box()["height"]
        inner = page.frames[1].evaluate("document.body.getBoundingClientRect().height")
        fits = abs(outer - inner) <= 1 and outer != unlike
        same = same + 1 if fits and outer == last else 0
        last = outer if fits else None
        if same >= steady:
            return outer
        page.wait_for_timeout(100)
    raise AssertionError(f"the iframe ({outer} px) does not fit its page ({inner} px) for {steady} readings")


def test_the_embed_code_resizes_its_iframe_on_another_origin(browser, server, tmp_path):
    page = context(browser, server).new_page()
    code = copied_embed_code(page, server, "tijdlijn/#volgens=is")
    snippet = BeautifulSoup(code, "html.parser")
    [frame], [script] = snippet.select("iframe"), snippet.select("script")
    assert frame["src"] == f"{server}insluiten/tijdlijn/#volgens=is" and frame["title"] == "Tijdlijn – IS na het kalifaat"
    assert "width:100%" in frame["style"] and int(frame["height"]) > 300 and script["src"] == f"{server}assets/insluiten.js"
    (tmp_path / "index.html").write_text(
        f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Krant</title></head>'
        f'<body style="margin:0"><div style="width:min(640px, 100%)"><h1>Een artikel</h1>{code}<p>Verder.</p></div></body></html>',
        encoding="utf-8",
    )
    host = serve(tmp_path)
    other = f"http://127.0.0.1:{host.server_address[1]}"
    try:
        visit = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        requests = []
        visit.on("request", lambda r: requests.append(r.url))
        visit.goto(other + "/")
        inner = visit.frame_locator("iframe")
        inner.locator("#grafiek-tijdlijn[data-drawn=ja]").wait_for(timeout=30_000)  # the view of the address
        assert inner.locator('select[data-filter="volgens"]').input_value() == "is"
        wide = fitted(visit)
        visit.set_viewport_size({"width": 390, "height": 800})  # the column narrows: the content grows taller
        assert fitted(visit, unlike=wide) > wide
        assert all(url.startswith((other, server.rstrip("/"), "data:", "blob:", "about:")) for url in requests)
        assert visit.context.cookies() == []
        visit.context.close()
    finally:
        host.shutdown()
        page.context.close()


def test_the_resize_script_ignores_other_origins_and_other_shapes(browser, server, tmp_path):
    (tmp_path / "index.html").write_text(
        f'<!doctype html><html><body><iframe id="a" src="{server}insluiten/cijfers-doden/" height="200"></iframe>'
        f'<iframe id="b" srcdoc="<p>x</p>" height="200"></iframe><script src="{server}assets/insluiten.js"></script></body></html>',
        encoding="utf-8",
    )
    host = serve(tmp_path)
    try:
        visit = browser.new_page()
        visit.goto(f"http://127.0.0.1:{host.server_address[1]}/")
        visit.wait_for_function("() => document.getElementById('a').style.height !== ''", timeout=20_000)
        visit.evaluate(
            """() => { const b = document.getElementById('b').contentWindow;
            b.parent.postMessage({'ik-insluiten': {hoogte: 999}}, '*');
            document.getElementById('a').contentWindow.postMessage('x', '*'); }"""
        )
        visit.wait_for_timeout(300)
        assert visit.evaluate("document.getElementById('b').style.height") == ""
        visit.close()
    finally:
        host.shutdown()


def test_the_copy_falls_back_to_a_selected_field_without_the_clipboard(browser, server):
    visit = browser.new_context(viewport={"width": 390, "height": 800}, locale="nl-NL")
    visit.add_init_script("Object.defineProperty(navigator, 'clipboard', { value: undefined })")
    page = visit.new_page()
    page.goto(f"{server}plaatsen/raqqa/")
    page.locator("button[data-reuse=insluiten]").first.click()
    field = page.locator(".ik-reuse__panel[data-panel=insluiten] textarea")
    field.wait_for()
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    assert page.evaluate("(f => f.selectionEnd - f.selectionStart)(document.activeElement)") == len(field.input_value())
    assert "insluiten/kaart-raqqa/" in field.input_value()
    assert "Ctrl+C" in page.locator(".ik-reuse__status").inner_text()
    visit.close()


def test_the_figures_page_embeds_each_panel(browser, server):
    page = context(browser, server).new_page()
    page.goto(f"{server}cijfers/")
    page.locator("select[data-reuse-part]").select_option("cijfers-doden")
    page.locator("button[data-reuse=insluiten]").click()
    page.wait_for_function("() => /gekopieerd/.test(document.querySelector('.ik-reuse__status').textContent)")
    frame = BeautifulSoup(page.evaluate("navigator.clipboard.readText()"), "html.parser").iframe
    assert frame["src"] == f"{server}insluiten/cijfers-doden/" and frame["title"].startswith("Cijfers: ")
    page.context.close()


# ---- cite and download the view ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "chart"), [("tijdlijn/#volgens=is&van=2019-01-01&tot=2026-12-31", "tijdlijn"), ("kaart/#periode=kalifaat", "kaart")]
)
def test_cite_this_view_has_the_address_the_date_and_the_version(browser, server, path, chart):
    page = context(browser, server).new_page()
    page.goto(server + path)
    drawn(page, chart)
    page.locator("button[data-reuse=citeer]").click()
    field = page.locator(".ik-reuse__panel[data-panel=citeer] textarea")
    field.wait_for()
    text = field.input_value()
    version = page.locator("[data-ik-version]").inner_text()
    assert page.url == server + path and page.url in text
    assert f"geraadpleegd op {today()}" in text and f"versie {version}." in text
    assert text.startswith("IS na het kalifaat, „") and ("volgens IS" in text or "2014–2019" in text)
    page.context.close()


def expected_events(site, state: dict) -> list[str]:
    """The ids a view shows, worked out here from the chart's own marks and the open data."""
    html = BeautifulSoup((site.site / "tijdlijn/index.html").read_text(encoding="utf-8"), "html.parser")
    figure = json.loads(html.select_one("#grafiek-tijdlijn")["data-figure"])
    fields = {"thema": "themas", "plaats": "plaatsen", "status": "status", "volgens": "volgens"}
    shown = {
        custom["id"]
        for trace in figure["data"]
        if trace.get("mode") != "lines"
        for custom in trace.get("customdata", [])
        if all(custom[fields[key]].count(value) for key, value in state.items() if key in fields)
    }
    events = json.loads((site.site / "data/events.json").read_text(encoding="utf-8"))
    return [
        e["id"]
        for e in events
        if e["id"] in shown and e["end"] >= state.get("van", "") and e["start"] <= state.get("tot", "9999")
    ]


def download(page, button: str):
    with page.expect_download() as made:
        page.locator(f"button[data-reuse={button}]").click()
    return made.value.suggested_filename, Path(made.value.path()).read_bytes()


def parsed(site, page, expected_rows, kind, columns):
    csv_name, csv_bytes = download(page, "csv")
    json_name, json_bytes = download(page, "json")
    assert csv_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in csv_bytes
    rows = list(csv.DictReader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")))
    records = json.loads(json_bytes)
    assert list(rows[0]) == columns and [list(r) for r in records] == [columns] * len(records)
    assert csv_name.startswith(kind + "_") and csv_name.endswith(f"_{dt.date.today().isoformat()}.csv")
    assert json_name == csv_name.removesuffix(".csv") + ".json"
    assert len(rows) == len(records) == len(expected_rows)
    return csv_name, rows, records


@pytest.mark.parametrize(
    ("choose", "state", "name"),
    [
        ({"volgens": None, "preset": "na-2019"}, {"volgens": "is"}, "gebeurtenissen_2019-heden_volgens-is_"),
        (
            {"thema": "gevangenen", "plaats": "syrie"},
            {"thema": "gevangenen", "plaats": "syrie"},
            "gebeurtenissen_thema-gevangenen_plaats-syrie_",
        ),
    ],
)
def test_download_this_view_holds_exactly_the_filtered_events(browser, server, site, choose, state, name):
    page = context(browser, server, accept_downloads=True).new_page()
    page.goto(f"{server}tijdlijn/")
    page.locator("#grafiek-tijdlijn").hover()
    drawn(page)
    for key, value in choose.items():
        if key == "preset":
            page.locator(f'button[data-range="{value}"]').click()
        else:
            page.locator(f'select[data-filter="{key}"]').select_option(value or state[key])
    hash_state = dict(kv.split("=") for kv in page.evaluate("location.hash").lstrip("#").split("&"))
    state = {**state, **{k: hash_state[k] for k in ("van", "tot") if k in hash_state}}
    ids = expected_events(site, state)
    assert ids, state
    csv_name, rows, records = parsed(site, page, ids, "gebeurtenissen", EVENT_COLUMNS)
    assert csv_name.startswith(name), csv_name
    assert [r["id"] for r in rows] == [r["id"] for r in records] == ids
    full = {r["id"]: r for r in csv.DictReader(io.StringIO((site.site / "data/events.csv").read_text(encoding="utf-8")))}
    assert rows == [full[i] for i in ids]  # the open data's own rows, cell for cell
    page.context.close()


def test_download_this_view_holds_exactly_the_places_of_the_period(browser, server, site):
    page = context(browser, server, accept_downloads=True).new_page()
    page.goto(f"{server}kaart/")
    page.locator("#grafiek-kaart").hover()
    drawn(page, "kaart")
    page.locator('button[data-range="kalifaat"]').click()
    html = BeautifulSoup((site.site / "kaart/index.html").read_text(encoding="utf-8"), "html.parser")
    variant = json.loads(html.select_one("#grafiek-kaart")["data-figure"])["layout"]["meta"]["periodes"]["kalifaat"]
    counts = {c["url"].split("/")[1]: int(c["aantal"].replace(".", "")) for c in variant["customdata"]}
    csv_name, rows, records = parsed(site, page, counts, "plaatsen", PLACE_COLUMNS)
    assert csv_name.startswith("plaatsen_2014-2019_")
    assert {r["slug"]: int(r["event_count"]) for r in rows} == counts == {r["slug"]: r["event_count"] for r in records}
    page.context.close()


def test_a_csv_cell_never_becomes_a_formula(browser, server):
    page = context(browser, server).new_page()
    page.goto(f"{server}tijdlijn/")
    page.locator("button[data-reuse=insluiten]").click()
    page.wait_for_function("() => window.ikReuse")
    cells = page.evaluate(
        """() => ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\\tx', '\\rx', '-3.5', '12', 'a,b', 'zei "ja"', 'regel\\nregel',
                  ['a', 'b'], true, null].map(window.ikReuse.cell)"""
    )
    assert cells == [
        "'=1+1", "'+31 6", "'-2+3", "'@SUM(A1)", "'\tx", "\"'\rx\"", "-3.5", "12", '"a,b"', '"zei ""ja"""',
        '"regel\nregel"', "a;b", "true", "",
    ]  # fmt: skip
    page.context.close()


# ---- print ---------------------------------------------------------------------------------


def pdf_text(page) -> str:
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def test_a_printed_article_has_its_text_sources_and_citation_without_navigation(browser, git_site):
    build, commit, url = git_site
    page = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark").new_page()
    page.goto(url + "artikelen/tweede-artikel/")
    page.wait_for_load_state("networkidle")
    text = pdf_text(page)
    assert text.startswith("Tweede artikel") and "Het tweede artikel verwijst naar" in text
    assert "<https://example.org/tweede>" in text  # the source's original text
    assert f"{url}artikelen/tweede-artikel/" in text  # the citation's address
    assert f"{url}artikelen/eerste-artikel/".replace("/", "") in text.replace("/", "").replace(" ", "")  # a linked source article
    # Where a URL wraps, the PDF's text has a space at the break: compare without spaces and slashes, and
    # read the printed address itself from the style. The commit's "ff" must come back as two letters:
    # addresses print without ligatures, so a reader can copy them from the PDF.
    flat = text.replace("/", "").replace(" ", "")
    assert f"blob/{commit}/content/articles/tweede-artikel.md".replace("/", "") in flat
    page.emulate_media(media="print")
    written = page.evaluate("getComputedStyle(document.querySelector('.ik-pagefoot__version a'), '::after').content")
    assert f"blob/{commit}/content/articles/tweede-artikel.md" in written
    after = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.ik-pagefoot__version a'), '::after');"
        " return [s.fontVariantLigatures, s.fontFeatureSettings]; })()"
    )
    assert after[0] == "none" and '"liga" 0' in after[1], after  # Material turns "liga" on for the body
    assert not [word for word in NAVIGATION + ("Tijdlijn Kaart Cijfers",) if word in text]
    page.context.close()


def test_a_printed_place_page_shows_the_static_chart_in_the_light_scheme(browser, server):
    page = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark").new_page()
    page.goto(f"{server}plaatsen/hasaka/")
    page.wait_for_load_state("networkidle")
    upgrade_charts(page)  # drawn by Plotly: the print shows the picture kept beside it
    page.wait_for_function(CHARTS_SETTLED)
    assert page.locator(".ik-chart .ik-static").count() == 0 and page.locator(".ik-chart-print .ik-static").count() >= 2
    text = pdf_text(page)
    assert text.startswith("Hasaka") and "Stad in Noordoost-Syrië" in text
    assert "TURKIJE" in text and "Gevangenissen en kampen" in text  # the pictures' own text: map and timeline
    assert re.search(r"<http://127\.0\.0\.1:\d+/artikelen/[a-z-]+/>", text.replace(" ", ""))
    assert "Zoom" not in text and not [word for word in NAVIGATION if word in text]
    page.emulate_media(media="print")
    land = page.evaluate("getComputedStyle(document.querySelector('.ik-chart-print .ik-s-land')).fill")
    assert land == "rgb(241, 239, 232)"  # the light scheme's land, in dark mode
    page.context.close()


# ---- accessibility ---------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["insluiten/tijdlijn/", "insluiten/kaart-raqqa/", "tijdlijn/"])
def test_embed_pages_and_open_controls_pass_axe(browser, server, scheme, path):
    page = context(browser, server, color_scheme=scheme).new_page()
    page.goto(server + path)
    page.wait_for_load_state("networkidle")
    if path == "tijdlijn/":  # the controls with both panels open
        page.locator("button[data-reuse=citeer]").click()
        page.locator("button[data-reuse=insluiten]").click()
        page.wait_for_selector(".ik-reuse__panel[data-panel=insluiten] textarea")
    page.add_script_tag(path=str(ROOT / "node_modules/axe-core/axe.min.js"))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [
        (v["id"], [n["html"][:120] for n in v["nodes"][:3]])
        for v in results["violations"]
        if v["impact"] in ("critical", "serious")
    ]
    assert not serious, serious
    page.context.close()
