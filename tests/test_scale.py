"""At scale, on a 300-article synthetic corpus (scripts/synthetic_corpus.py, fixed seed): the
paged lists of themes and places, /artikelen/ and /bronnen/ hold every item exactly once, the year
pages of the timeline every event, its detail data files too, the pages of each kind of figure
every figure, and the search (in Chromium,
through the site's own search box) finds articles, events, themes, places by an alias and both
forms of a Dutch plural."""

from __future__ import annotations

import datetime as dt
import html
import json
import posixpath
import random
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, free_port, make_project, run_build, serve, upgrade_charts
from searching import search, status
from test_quality import AXE, axe_report, set_scheme

from explainer import routes
from explainer.build import build_corpus
from explainer.charts import maps as charts_maps
from explainer.pages import figures as figures_pages
from explainer.pages import full_lists, generated
from explainer.pages import timeline as timeline_years

sys.path.insert(0, str(ROOT / "scripts"))
import synthetic_corpus  # noqa: E402

pytestmark = pytest.mark.scale
ARTICLES = 300
SEED = 20261123
TOP = 10  # the results the search shows at once


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    base = tmp_path_factory.mktemp("synthetic")
    content = base / "content"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "synthetic_corpus.py"),
            "content",
            "--articles",
            str(ARTICLES),
            "--out",
            str(content),
            "--seed",
            str(SEED),
        ],
        check=True,
        capture_output=True,
    )
    port = free_port()
    project = make_project(base / "project", content)
    synthetic_corpus.cite_docs(project / "docs", content)
    build = run_build(project, SITE_URL=f"http://127.0.0.1:{port}/")
    assert build.returncode == 0, build.output[-3000:]
    httpd = serve(build.site, port)
    yield build.site, build_corpus(content), f"http://127.0.0.1:{port}/"
    httpd.shutdown()


def soup(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_bytes(), "lxml")


def shown_items(page: BeautifulSoup, kind: str) -> list[str]:
    """Article slugs or event ids, in the order the list shows them."""
    if kind == "artikelen":
        return [urlsplit(a["href"]).path.rstrip("/").rsplit("/", 1)[-1] for a in page.select("ul.ik-articles > li > a")]
    return [urlsplit(a["href"]).fragment for a in page.select("ol.ik-events .ik-event__title a")]


def follow_list(site, first: str) -> tuple[list[str], list[BeautifulSoup]]:
    """Every item on a paged list, following its "Volgende" links from the first page."""
    items, pages, path = [], [], first
    while path is not None:
        page = soup(site, path)
        pages.append(page)
        items += shown_items(page, first.rstrip("/").rsplit("/", 1)[-1])
        following = page.select_one(".ik-pager a[rel=next]")
        path = posixpath_join(path, following["href"]) if following else None
        assert len(pages) < 100, "the pager goes round in circles"
    return items, pages


def posixpath_join(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, href)).strip("/") + "/"


def test_paged_lists_hold_every_item_exactly_once(synthetic):
    site, corpus, _ = synthetic
    checked = 0
    for owner, items_by_kind in full_lists.owners(corpus):
        for kind, items in items_by_kind.items():
            expected = [item.slug if kind == "artikelen" else item.id for item in items]
            owner_path, list_path = f"{owner.folder}/{owner.slug}/", full_lists.full_list_path(owner, kind)
            if len(items) <= full_lists.shown_on_owner_page(kind):
                assert not (site / list_path).exists(), list_path
                continue
            found, pages = follow_list(site, list_path)
            assert found == expected, f"/{list_path}: {len(found)} items listed, {len(expected)} expected"
            assert len(pages) == -(-len(items) // generated.LIST_PAGE_SIZE)
            links = [a["href"] for a in soup(site, owner_path).select("p.ik-more a")]
            assert any(posixpath_join(owner_path, href) == list_path for href in links), (owner_path, links)
            for page in pages:
                assert page.select_one(f".ik-lead a[href$='{owner_path}']"), f"/{list_path} does not link back"
            checked += 1
    assert checked >= 20, f"only {checked} lists were long enough to be paged"


def test_theme_page_shows_only_the_newest(synthetic):
    site, corpus, _ = synthetic
    theme = max(corpus.themes, key=lambda slug: len(corpus.events_by_theme.get(slug, [])))
    page = soup(site, f"themas/{theme}")
    assert len(shown_items(page, "artikelen")) == generated.ARTICLE_LIMIT
    assert len(shown_items(page, "gebeurtenissen")) == generated.EVENT_LIMIT


@pytest.fixture(scope="module")
def tab(synthetic, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(synthetic[2])
    yield page
    page.close()


def test_search_finds_a_sample_of_articles_and_events(synthetic, tab):
    _, corpus, _ = synthetic
    titles = {}
    for article in corpus.articles.values():
        titles.setdefault(article.title, []).append(article.slug)
    unique = sorted(slugs[0] for slugs in titles.values() if len(slugs) == 1)
    for slug in random.Random(SEED).sample(unique, 12):
        found = search(tab, corpus.articles[slug].title)
        assert f"artikelen/{slug}/" in found[:TOP], (corpus.articles[slug].title, found[:TOP])
    events = {}
    for event in corpus.events.values():
        events.setdefault(event.title, []).append(event)
    unique = sorted((found[0] for found in events.values() if len(found) == 1), key=lambda e: e.id)
    for event in random.Random(SEED).sample(unique, 8):
        found = search(tab, event.title)[:TOP]
        # Every article that reports the event shows it (with its title) on its page.
        assert {f"artikelen/{slug}/" for slug in event.sources} & set(found), (event.title, event.sources, found)


def test_search_finds_every_theme_and_every_place_by_each_alias(synthetic, tab):
    _, corpus, _ = synthetic
    for theme in corpus.themes.values():
        assert f"themas/{theme.slug}/" in search(tab, theme.title)[:3], theme.title
    for place in corpus.places.values():
        for spelling in [place.name, *place.aliases]:
            assert f"plaatsen/{place.slug}/" in search(tab, spelling)[:3], (spelling, place.slug)


def test_search_finds_plural_and_singular_alike(synthetic, tab):
    for plural, singular in (("aanslagen", "aanslag"), ("gevangenissen", "gevangenis"), ("video's", "videos")):
        found_plural, count_plural = search(tab, plural), status(tab)
        found_singular, count_singular = search(tab, singular), status(tab)
        assert set(found_plural[:3]) & set(found_singular), (plural, found_plural, singular, found_singular)
        # The same pages, ranked a little differently (Pagefind favours the form as typed).
        assert found_plural and count_plural == count_singular, (plural, count_plural, singular, count_singular)


@pytest.mark.parametrize("scheme", ["licht", "donker"])
def test_paged_list_is_accessible(scheme, synthetic, tab):
    url = synthetic[2]
    tab.goto(url + "themas/gevangenen/gebeurtenissen/2/")
    set_scheme(tab, scheme)
    tab.add_script_tag(path=str(AXE))
    results = tab.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [v for v in results["violations"] if v["impact"] in ("critical", "serious")]
    assert not serious, axe_report(serious)


def year_page_paths(site) -> list[str]:
    return sorted(p.parent.name for p in (site / "tijdlijn").glob("[0-9][0-9][0-9][0-9]/index.html"))


def test_year_pages_list_every_event_exactly_once(synthetic):
    site, corpus, _ = synthetic
    assert timeline_years.at_scale(corpus), "the 300-article corpus should draw the overview"
    years = year_page_paths(site)
    listed = []
    for index, year in enumerate(years):
        page = soup(site, f"tijdlijn/{year}")
        rows = [tr["data-event"] for tr in page.select("table.ik-timeline-table tbody tr")]
        assert all(corpus.events[i].date.start.year == int(year) for i in rows), year
        listed += rows
        assert "alleen bij het jaar waarin ze begint" in page.select_one(".ik-lead").get_text()
        prev, nxt = page.select_one(".ik-years a[rel=prev]"), page.select_one(".ik-years a[rel=next]")
        assert (prev is None) == (index == 0) and (nxt is None) == (index == len(years) - 1), year
        if nxt is not None:
            assert posixpath_join(f"tijdlijn/{year}/", nxt["href"]) == f"tijdlijn/{years[index + 1]}/"
    assert sorted(listed) == sorted(corpus.events) and len(listed) == len(set(listed))
    overview = soup(site, "tijdlijn")
    assert not overview.select("#tijdlijn-tabel"), "at scale /tijdlijn/ counts per year instead of listing"
    linked = {posixpath_join("tijdlijn/", a["href"]) for a in overview.select(".ik-years a")}
    assert linked == {f"tijdlijn/{year}/" for year in years}
    counted = [int(td.get_text().replace(".", "")) for td in overview.select(".ik-count-table tbody td:nth-of-type(1)")]
    assert sum(counted) == len(corpus.events)


def test_detail_data_files_cover_every_event(synthetic):
    site, corpus, _ = synthetic
    figure = json.loads(html.unescape(soup(site, "tijdlijn").select_one(".ik-chart")["data-figure"]))
    files = figure["layout"]["meta"]["detail"]["jaren"]
    assert figure["layout"]["meta"]["detail"]["totaal"] == len(corpus.events)
    assert {t["meta"]["soort"] for t in figure["data"]} == {"overzicht"}
    marks = sum(len(t["x"]) for t in figure["data"])
    assert marks < len(corpus.events) / 2, "the overview draws months, not events"
    seen = []
    for year, path in files.items():
        data = json.loads((site / path).read_text(encoding="utf-8"))
        assert data["jaar"] == int(year)
        for trace in data["data"]:
            if trace["mode"] == "markers":
                seen += [c["id"] for c in trace["customdata"]]
    assert sorted(seen) == sorted(corpus.events), "every event drawn once in the detail files"
    # where a #gebeurtenis= link finds an event whose id does not name its year
    years = json.loads((site / figure["layout"]["meta"]["detail"]["ids"]).read_text(encoding="utf-8"))
    assert sorted(i for ids in years.values() for i in ids) == sorted(corpus.events)
    assert all(corpus.events[i].date.start.year == int(year) for year, ids in years.items() for i in ids)


def test_paged_article_and_source_lists_hold_every_article_once(synthetic):
    site, corpus, _ = synthetic
    expected = list(corpus.articles)
    for folder in ("artikelen", "bronnen"):
        found, path, pages_seen = [], f"{folder}/", 0
        while path is not None:
            page = soup(site, path)
            pages_seen += 1
            if folder == "artikelen":
                found += [urlsplit(a["href"]).path.rstrip("/").rsplit("/", 1)[-1] for a in page.select("ul.ik-articles > li > a")]
            else:
                found += [
                    urlsplit(row.select("td")[-1].a["href"]).path.rstrip("/").rsplit("/", 1)[-1]
                    for row in page.select("table tbody tr")
                ]
            following = page.select_one(".ik-pager a[rel=next]")
            path = posixpath_join(path, following["href"]) if following else None
            assert pages_seen < 50
        assert found == expected, folder
        assert pages_seen == -(-len(expected) // generated.LIST_PAGE_SIZE)


def test_timeline_at_scale_draws_single_events_of_a_chosen_year(synthetic, tab):
    _, corpus, url = synthetic
    errors = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(url + "tijdlijn/")
    upgrade_charts(tab, timeout=60000)
    assert "Overzicht van" in status_text(tab)
    tab.goto(url + "tijdlijn/")  # a reader who picks a year before touching the static picture
    assert tab.evaluate("() => typeof window.Plotly") == "undefined"
    tab.select_option("select[data-jaar]", "2020")
    tab.wait_for_function("() => /in deze periode/.test(document.querySelector('[data-status]').textContent)", timeout=30000)
    expected = sum(1 for e in corpus.events.values() if "2019-12-10" <= e.date.midpoint.isoformat() <= "2021-01-21")
    shown = int(status_text(tab).split(" ")[0].replace(".", ""))
    assert abs(shown - expected) <= 2, (shown, expected)  # marks at the range's very edges
    assert "jaar=" not in tab.url and "van=2019-12-10" in tab.url
    tab.reload()
    tab.wait_for_function("() => /in deze periode/.test(document.querySelector('[data-status]').textContent)", timeout=30000)
    assert not errors, errors


def test_event_deep_link_at_scale(synthetic, tab):
    """A #gebeurtenis= link zooms the overview to the event and marks it."""
    _, corpus, url = synthetic
    events = list(corpus.events.values())
    event = events[len(events) // 2]
    tab.goto("about:blank")  # a fresh load: the tab is on /tijdlijn/ already, and a hash alone would not reload it
    tab.goto(url + "tijdlijn/#gebeurtenis=" + event.id)
    tab.wait_for_function("() => /in deze periode/.test(document.querySelector('[data-status]').textContent)", timeout=60000)
    # The mark comes with the event's year file, which may arrive after the status line.
    titles = [html.escape(event.title, quote=False), event.title]
    tab.wait_for_function(
        "(titles) => (document.getElementById('grafiek-tijdlijn').layout.annotations || []).some(a => titles.includes(a.text))",
        arg=titles,
        timeout=30000,
    )
    layout = tab.evaluate(
        "() => { const l = document.getElementById('grafiek-tijdlijn').layout;"
        " return {range: l.xaxis.range, notes: l.annotations.map(a => a.text)}; }"
    )
    assert html.escape(event.title, quote=False) in layout["notes"] or event.title in layout["notes"], layout["notes"]
    middle = event.date.midpoint.isoformat()
    assert layout["range"][0][:10] <= middle <= layout["range"][1][:10], (layout["range"], middle)
    assert "gebeurtenis=" + event.id in tab.url


def status_text(tab) -> str:
    return tab.evaluate("() => document.querySelector('[data-status]').textContent")


def test_month_bar_of_the_static_overview_has_its_label_and_zooms_in(synthetic, tab):
    """At scale the picture's monthly bars answer at once (chart-tooltip.js): month, lane and
    count as in Plotly's label; a click draws Plotly zoomed in on that month, its events loaded."""
    _, _, url = synthetic
    tab.goto(url + "tijdlijn/")
    tab.wait_for_load_state("networkidle")
    bar = tab.evaluate("""() => {
      const chart = document.getElementById('grafiek-tijdlijn'), figure = JSON.parse(chart.getAttribute('data-figure'));
      const node = [...chart.querySelectorAll('.ik-static [data-i]')].filter(n => n.getBoundingClientRect().height > 0)
        .sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0];
      node.scrollIntoView({block: 'center'});
      const [t, p] = node.getAttribute('data-i').split('.').map(Number), r = node.getBoundingClientRect();
      return {x: r.left + r.width / 2, y: r.top + r.height / 2, custom: figure.data[t].customdata[p],
              lane: figure.data[t].name, month: figure.data[t].x[p]}; }""")
    tab.mouse.move(bar["x"], bar["y"])
    tab.wait_for_selector(".ik-tip:not([hidden])", timeout=5000)
    text = tab.locator(".ik-tip:not([hidden])").inner_text()
    for part in (bar["custom"]["maand"], bar["lane"], bar["custom"]["aantal"], "klik om in te zoomen"):
        assert html.unescape(part) in text, (part, text)
    tab.mouse.click(bar["x"], bar["y"])
    tab.wait_for_function("() => /in deze periode/.test(document.querySelector('[data-status]').textContent)", timeout=30000)
    start = dt.date.fromisoformat(bar["month"]) - dt.timedelta(days=75)
    assert f"van={start.isoformat()}" in tab.url


def test_map_circles_stay_readable_at_scale(synthetic, tab):
    """A country counts every event in it: at scale its circle kept growing until it covered the
    page. Every circle, in every period and in the size legend, stays within LARGEST_DIAMETER; the
    picture clips to its frame, and just outside the frame no mark answers the mouse."""
    site, _, url = synthetic
    page = soup(site, "kaart")
    figure = json.loads(html.unescape(page.select_one(".ik-chart")["data-figure"]))
    sizes = [size for variant in figure["layout"]["meta"]["periodes"].values() for size in variant["grootte"]]
    assert max(sizes) == charts_maps.LARGEST_DIAMETER, "the busiest place gets the largest circle"
    for layout in figure["layout"]["meta"]["periodes"]["alles"]["labels"]:  # one per chart width
        named = [name for name in layout["landen"]["tekst"] if name]
        assert len(named) == len(set(named)), f"a country the content has as a place is named once: {named}"
    legend = [float(svg["width"]) - 2 for svg in page.select(".ik-size-legend svg")]
    assert max(legend) == pytest.approx(charts_maps.LARGEST_DIAMETER)
    counts = [item.get_text(strip=True) for item in page.select(".ik-size-legend__item")]
    assert all(re.fullmatch(r"\d{1,3}(\.\d{3})*", c) for c in counts), f"counts in Dutch digit groups: {counts}"
    tab.goto(url + "kaart/")
    tab.wait_for_load_state("networkidle")
    found = tab.evaluate("""() => {
      const outer = [...document.querySelectorAll('#grafiek-kaart .ik-static svg.ik-static-map')]
        .find(svg => svg.getBoundingClientRect().width > 0), frame = outer.querySelector('svg');
      outer.scrollIntoView({block: 'center'});
      const box = frame.getBoundingClientRect(), circles = [...frame.querySelectorAll('circle[data-i]')];
      const above = {x: box.left + box.width / 2, y: box.top - 4};
      return {overflow: [getComputedStyle(outer).overflow, getComputedStyle(frame).overflow], above,
              under: document.elementFromPoint(above.x, above.y).tagName,
              widest: Math.max(...circles.map(c => c.getBoundingClientRect().width))}; }""")
    assert found["overflow"] == ["hidden", "hidden"]
    assert found["under"] != "circle" and found["widest"] <= charts_maps.LARGEST_DIAMETER + 1
    tab.mouse.move(found["above"]["x"], found["above"]["y"])
    tab.wait_for_timeout(300)
    assert tab.locator(".ik-tip:not([hidden])").count() == 0


def figure_rows(page: BeautifulSoup) -> list[str]:
    return [row["id"] for row in page.select("table.ik-figures tbody tr")]


def test_figure_pages_list_every_figure_exactly_once(synthetic):
    site, corpus, _ = synthetic
    assert figures_pages.at_scale(corpus), "the 300-article corpus has more figures than /cijfers/ draws"
    cijfers, listed = soup(site, "cijfers"), []
    links = cijfers.select("table.ik-count-table a")
    assert links
    for link in links:
        path, pages = posixpath_join("cijfers/", link["href"]), 0
        while path is not None:
            page = soup(site, path)
            listed += figure_rows(page)
            following = page.select_one(".ik-pager a[rel=next]")
            path = posixpath_join(path, following["href"]) if following else None
            pages += 1
            assert pages < 100, "the pager goes round in circles"
    expected = [routes.figure_anchor(f.id) for f in corpus.figures.values()]
    assert len(listed) == len(set(listed)) and sorted(listed) == sorted(expected)


def test_figures_page_at_scale_draws_the_newest_of_each_kind_and_lists_them(synthetic):
    site, corpus, _ = synthetic
    cijfers = soup(site, "cijfers")
    figure = json.loads(cijfers.select_one("#grafiek-cijfers")["data-figure"])
    drawn = [d["id"] for trace in figure["data"] if trace["meta"]["soort"] == "cijfers" for d in trace["customdata"]]
    assert sorted(routes.figure_anchor(i) for i in drawn) == sorted(figure_rows(cijfers))
    panels = figures_pages.panels(list(corpus.figures.values()))
    assert len(figure["layout"]["meta"]["panelen"]) == len(panels)
    newest = {f.id for _, _, group in panels for f in group[-figures_pages.PANEL_LIMIT :]}
    assert set(drawn) == newest
    assert len((site / "cijfers" / "index.html").read_bytes()) < 400_000, "/cijfers/ does not grow with the corpus"


def test_a_long_timeline_lists_its_events_per_year_but_still_draws_them_all(monkeypatch):
    """Between TABLE_MAX and FULL_LIST_MAX events /tijdlijn/ keeps the chart of single events but
    moves its table to the year pages (a table that long is not read, and it slowed the page)."""
    from conftest import FIXTURES

    from explainer.pages.render import Renderer, publication_globals

    corpus = build_corpus(FIXTURES / "mini" / "content")
    monkeypatch.setattr(timeline_years, "TABLE_MAX", len(corpus.events) - 1)
    renderer = Renderer(corpus)
    renderer.env.globals.update(publication_globals(corpus, "https://example.org/", "Test"))
    rows = timeline_years.year_rows(timeline_years.by_year(corpus))
    page = BeautifulSoup(timeline_years.timeline_page(corpus, renderer, rows).rendered.inline(), "html.parser")
    assert not page.select("#tijdlijn-tabel")
    counted = [int(td.get_text().replace(".", "")) for td in page.select(".ik-count-table tbody td:nth-of-type(1)")]
    assert sum(counted) == len(corpus.events)
    figure = json.loads(page.select_one("#grafiek-tijdlijn")["data-figure"])
    drawn = {d["id"] for trace in figure["data"] for d in trace.get("customdata") or [] if isinstance(d, dict) and "id" in d}
    assert drawn == set(corpus.events), "the chart still draws every event"
