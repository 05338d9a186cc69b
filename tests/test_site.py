"""The built site: every page type shows its content; data files are complete and consistent."""

from __future__ import annotations

import csv
import gzip
import json
from urllib.parse import urlsplit
from xml.etree import ElementTree

from bs4 import BeautifulSoup
from conftest import ROOT, TEST_REPO_URL


def soup(build, path: str) -> BeautifulSoup:
    return BeautifulSoup((build.site / path).read_text(encoding="utf-8"), "html.parser")


def text(build, path: str) -> str:
    return " ".join(soup(build, path).select_one("article.md-content__inner").get_text(" ").split())


# ---- the small fixture site: exact content ---------------------------------------------


def test_strict_build_has_no_warnings(mini_site, site):
    for build in (mini_site, site):
        assert "WARNING" not in build.output and "ERROR" not in build.output, build.output


def test_article_page(mini_site):
    page = soup(mini_site, "artikelen/eerste-artikel/index.html")
    assert page.h1.get_text(strip=True) == "Eerste artikel"
    citation = " ".join(page.select_one(".ik-citation").get_text(" ").split())
    assert "„Oorspronkelijke kop”. Door Testauteur. Uitgever onbekend. Verschenen: april 2020 ." in citation
    assert "Testbron; uitgever onbekend." in citation
    chips = [a.get_text() for a in page.select(".ik-chips a")]
    assert chips == ["Thema A", "Stad Een", "Dorp Twee", "Landa"]
    event = page.select_one("#gebeurtenis-een")
    assert "eind maart 2020" in event.get_text() and "Stad Een" in event.get_text()
    also = event.select_one(".ik-event__also a")
    assert also.get_text() == "Tweede artikel" and also["href"] == "../../artikelen/tweede-artikel/#gebeurtenis-een"
    assert "29 juni 2014" in page.select_one("#gebeurtenis-twee").get_text()
    figure = " ".join(page.select_one("#cijfer-cijfer-een").get_text(" ").split())
    assert "2.500 – 3.000 strijders" in figure and "Een testinstantie" in figure
    body_links = {a.get_text(): a["href"] for a in page.select("article p a")}
    assert body_links["Stad Een"] == "../../plaatsen/stad-een/"
    assert body_links["thema b"] == "../../themas/thema-b/"
    related = page.select(".ik-related a")
    assert [a.get_text() for a in related] == ["Tweede artikel"]
    assert page.find("meta", attrs={"name": "description"})["content"] == "Een testartikel met twee gebeurtenissen."


def test_second_article_links_to_alias_and_source_url(mini_site):
    page = soup(mini_site, "artikelen/tweede-artikel/index.html")
    assert page.select_one(".ik-citation a")["href"] == "https://example.org/tweede"
    assert "Uitgever: Testuitgever." in page.select_one(".ik-citation").get_text()
    alias = page.find("a", string="Stad-1")
    assert alias["href"] == "../../plaatsen/stad-een/"
    assert "ongeveer 16.000 inwoners" in " ".join(page.get_text(" ").split())


def test_article_list_newest_first(mini_site):
    titles = [a.get_text(strip=True) for a in soup(mini_site, "artikelen/index.html").select(".ik-articles a")]
    assert titles == ["Tweede artikel", "Eerste artikel"]


def test_theme_page(mini_site):
    page = text(mini_site, "themas/thema-b/index.html")
    assert "Inleiding op thema B" in page
    events = [
        li.select_one(".ik-event__title").get_text(strip=True)
        for li in soup(mini_site, "themas/thema-b/index.html").select(".ik-events li")
    ]
    assert events == ["Tweede gebeurtenis"]
    assert [a.get_text(strip=True) for a in soup(mini_site, "themas/thema-b/index.html").select(".ik-articles a")] == [
        "Tweede artikel"
    ]
    listing = text(mini_site, "themas/index.html")
    assert listing.index("Thema A") < listing.index("Thema B")


def test_place_page(mini_site):
    page = soup(mini_site, "plaatsen/stad-een/index.html")
    facts = " ".join(page.select_one(".ik-facts").get_text(" ").split())
    assert "Andere spellingen Stad-1, Eenstad" in facts
    assert "Ligt in Landa" in facts and "Plaatsen hierin Dorp Twee" in facts
    assert "35,1° N, 38,2° O" in facts
    titles = [li.select_one(".ik-event__title").get_text(strip=True) for li in page.select(".ik-events li")]
    assert titles == ["Tweede gebeurtenis", "Eerste gebeurtenis"], "a region lists its sub-places' events, in time order"
    nearby = [" ".join(li.get_text(" ").split()) for li in page.select(".ik-nearby li")]
    assert nearby == ["Dorp Twee – 29 km"]
    assert page.select_one(".ik-chart[data-chart='kaart-stad-een']") is not None
    articles = [a.get_text(strip=True) for a in page.select(".ik-articles a")]
    assert articles == ["Tweede artikel", "Eerste artikel"]


def test_places_grouped_by_country(mini_site):
    page = soup(mini_site, "plaatsen/index.html")
    assert [h.get_text(strip=True) for h in page.select("article h2")] == ["Landa"]
    assert "ook Stad-1, Eenstad" in page.get_text()


def test_alias_redirects(mini_site):
    for alias in ("stad-1", "eenstad"):
        html = (mini_site.site / "plaatsen" / alias / "index.html").read_text(encoding="utf-8")
        assert '<meta http-equiv="refresh" content="0; url=../stad-een/">' in html


def test_sources_page(mini_site):
    rows = [
        [" ".join(td.get_text(" ").split()) for td in tr.select("td")]
        for tr in soup(mini_site, "bronnen/index.html").select("tbody tr")
    ]
    assert rows[0][:4] == ["mei 2020", "(zonder kop)", "onbekend", "Testuitgever"]
    assert rows[1][:4] == ["april 2020", "Oorspronkelijke kop", "Testauteur", "uitgever onbekend"]


def test_home_blocks(mini_site):
    page = soup(mini_site, "index.html")
    assert [a.get_text(strip=True) for a in page.select(".ik-keydates a")] == ["Eerste gebeurtenis"]
    assert page.select_one(".ik-keydates a")["href"] == "artikelen/eerste-artikel/#gebeurtenis-een"
    assert [a.get_text(strip=True) for a in page.select(".ik-articles a")] == ["Tweede artikel", "Eerste artikel"]


def test_edit_links_point_at_content_files(mini_site):
    for path, source in [
        ("artikelen/eerste-artikel/index.html", "content/articles/eerste-artikel.md"),
        ("themas/thema-a/index.html", "content/themes/thema-a.md"),
        ("plaatsen/stad-een/index.html", "content/locations.yml"),
        ("over/index.html", "docs/over/index.md"),
    ]:
        edit = soup(mini_site, path).select_one("a.md-content__button[href*='/edit/']")
        assert edit is not None and edit["href"] == f"{TEST_REPO_URL}/edit/main/{source}", path
    assert soup(mini_site, "tijdlijn/index.html").select_one("a.md-content__button[href*='/edit/']") is None


FEED_PAGES = {"index.html", "artikelen/index.html", "correcties/index.html", "over/index.html"}


def test_feeds_discoverable_where_readers_subscribe_and_linked_from_every_page(mini_site):
    """The <link rel=alternate> feeds only on FEED_PAGES (Material parses sitemap.xml once per such
    link on every page load); every page's footer links the feed."""
    for page in mini_site.site.rglob("index.html"):
        if page.parent.parent.name == "plaatsen" and "refresh" in page.read_text(encoding="utf-8"):
            continue
        name = page.relative_to(mini_site.site).as_posix()
        if name.startswith("insluiten/"):  # an embed page: a chart alone in another site's iframe, no site footer
            continue
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        feeds = [link["href"] for link in html.find_all("link", attrs={"type": "application/atom+xml"})]
        assert len(feeds) == (2 if name in FEED_PAGES else 0), name
        assert html.select_one("footer a[href$='feed.xml']") is not None, name


def test_atom_feed(mini_site):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ElementTree.parse(mini_site.site / "feed.xml").getroot()
    entries = feed.findall("a:entry", ns)
    assert [e.find("a:title", ns).text for e in entries] == ["Tweede artikel", "Eerste artikel"]
    assert entries[0].find("a:link", ns).get("href") == "http://127.0.0.1:8000/artikelen/tweede-artikel/"
    assert feed.find("a:updated", ns).text.startswith("2020-05-31")


# ---- open data ------------------------------------------------------------------------


def test_events_json_and_csv(mini_site):
    events = json.loads((mini_site.site / "data/events.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in events] == ["gebeurtenis-twee", "gebeurtenis-een"]
    first = events[1]
    assert first == {
        "id": "gebeurtenis-een",
        "title": "Eerste gebeurtenis",
        "date": "2020-03-21/2020-03-31",
        "start": "2020-03-21",
        "end": "2020-03-31",
        "precision": "interval",
        "approximate": False,
        "uncertain": False,
        "open_start": False,
        "open_end": False,
        "location": "stad-een",
        "themes": ["thema-a"],
        "summary": "Er gebeurde iets in Stad Een.",
        "sources": ["eerste-artikel", "tweede-artikel"],
        "passages": {"eerste-artikel": [2], "tweede-artikel": [4]},
        "url": "http://127.0.0.1:8000/artikelen/eerste-artikel/#gebeurtenis-een",
        "claimed_by": None,
        "claimed_by_name": "",
        "status": "gemeld",
    }
    rows = list(csv.DictReader((mini_site.site / "data/events.csv").open(encoding="utf-8")))
    assert list(rows[0]) == list(first)
    assert rows[1]["sources"] == "eerste-artikel;tweede-artikel" and rows[1]["approximate"] == "false"
    assert rows[1]["passages"] == "eerste-artikel:2;tweede-artikel:4", "per source its passages"


def test_geojson(mini_site):
    data = json.loads((mini_site.site / "data/locations.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    by_slug = {f["properties"]["slug"]: f for f in data["features"]}
    stad = by_slug["stad-een"]
    assert stad["type"] == "Feature" and stad["geometry"] == {"type": "Point", "coordinates": [38.2, 35.1]}
    assert stad["properties"] == {
        "slug": "stad-een",
        "name": "Stad Een",
        "aliases": ["Stad-1", "Eenstad"],
        "kind": "stad",
        "country": "landa",
        "within": None,
        "url": "http://127.0.0.1:8000/plaatsen/stad-een/",
        "event_count": 2,
    }


def test_figures_and_articles_json(mini_site):
    figures = {f["id"]: f for f in json.loads((mini_site.site / "data/figures.json").read_text(encoding="utf-8"))}
    assert figures["cijfer-een"] | {} == {
        "id": "cijfer-een",
        "label": "Strijders",
        "counted": None,
        "low": 2500,
        "high": 3000,
        "qualifier": None,
        "unit": "strijders",
        "date": "2020-05",
        "according_to": "Een testinstantie",
        "location": "landa",
        "source": "eerste-artikel",
        "passages": [2, 3],
        "url": "http://127.0.0.1:8000/artikelen/eerste-artikel/#cijfer-cijfer-een",
    }
    rows = {row["id"]: row for row in csv.DictReader((mini_site.site / "data/figures.csv").open(encoding="utf-8"))}
    assert rows["cijfer-een"]["passages"] == "2,3"
    articles = json.loads((mini_site.site / "data/articles.json").read_text(encoding="utf-8"))
    assert [a["slug"] for a in articles] == ["tweede-artikel", "eerste-artikel"]
    schema = json.loads((mini_site.site / "schema/article.schema.json").read_text(encoding="utf-8"))
    assert schema["required"] == ["title", "summary", "published", "source", "themes"]


def test_every_event_url_resolves_to_an_anchor(site):
    events = json.loads((site.site / "data/events.json").read_text(encoding="utf-8"))
    assert len(events) >= 40
    for event in events:
        url = urlsplit(event["url"])
        page = site.site / url.path.lstrip("/") / "index.html"
        assert page.exists(), event["url"]
        assert f'id="{url.fragment}"' in page.read_text(encoding="utf-8"), event["url"]


def test_sitemap(site):
    sitemap = (site.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "artikelen/is-rukt-op-in-syrische-woestijn/" in sitemap
    assert gzip.decompress((site.site / "sitemap.xml.gz").read_bytes()).decode() == sitemap


# ---- the real site: every page type exists for all content -------------------------------


def test_real_site_has_a_page_for_everything(site):
    from explainer.build import build_corpus

    corpus = build_corpus(ROOT / "content")
    for slug in corpus.articles:
        assert (site.site / "artikelen" / slug / "index.html").exists()
    for slug in corpus.themes:
        assert (site.site / "themas" / slug / "index.html").exists()
    for slug in corpus.places:
        assert (site.site / "plaatsen" / slug / "index.html").exists()
    for alias in corpus.aliases:
        assert (site.site / "plaatsen" / alias / "index.html").exists()
    assert (site.site / "plaatsen/hasakeh/index.html").read_text().count("url=../hasaka/") == 1


def test_real_home_page(site):
    page = text(site, "index.html")
    assert "IS na het kalifaat" in page
    assert len(soup(site, "index.html").select(".ik-keydates li")) >= 5
    for target in ("tijdlijn/", "kaart/", "themas/", "artikelen/"):
        assert soup(site, "index.html").select_one(f"a[href^='{target}']") is not None, target


def test_search_index_is_built_and_reads_place_facts_as_words(site):
    """Pagefind's index is in the site (the browser tests in test_search.py use it), and the
    place page's facts are separate elements, so "Andere spellingen" never runs into an alias."""
    assert (site.site / "pagefind" / "pagefind.js").is_file()
    assert list((site.site / "pagefind" / "index").glob("*.pf_index"))
    assert not (site.site / "search" / "search_index.json").exists(), "Material's index is not used"
    facts = BeautifulSoup((site.site / "plaatsen/hasaka/index.html").read_text(encoding="utf-8"), "html.parser")
    aliases = facts.select_one("dl.ik-facts dt:-soup-contains('Andere spellingen') + dd")
    assert aliases.get_text() == "Hasakeh, Al-Hasakah" and aliases.find_previous_sibling(string=True).strip() == ""
    assert facts.select_one("[data-pagefind-body] h1").get_text() == "Hasaka"


def test_navigation_is_bounded(site):
    nav = soup(site, "artikelen/index.html").select(".md-nav--primary .md-nav__link")
    assert len(nav) < 30, "generated pages stay out of the sidebar"


def test_no_third_party_urls_in_pages(site):
    for page in site.site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "cdn.plot.ly" not in html and "cdn.jsdelivr" not in html, page


def test_about_page_states_the_event_limit_of_theme_and_place_pages(site):
    from explainer.pages.generated import ARTICLE_LIMIT, EVENT_LIMIT, LIST_PAGE_SIZE

    about = " ".join(
        BeautifulSoup((site.site / "over/index.html").read_text(encoding="utf-8"), "html.parser").get_text(" ").split()
    )
    assert f"de {EVENT_LIMIT} meest recente gebeurtenissen en de {ARTICLE_LIMIT} nieuwste artikelen" in about
    assert f"met {LIST_PAGE_SIZE} per pagina" in about
