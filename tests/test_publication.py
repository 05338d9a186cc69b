"""Publication standards on the built site: the fact-check's corrections (issue 11, part 1), the
public corrections log and its feed, "Laatst bijgewerkt", the licence, the Frictionless data
package, JSON-LD, Open Graph and citation tags per page type, and who claims each event."""

from __future__ import annotations

import csv
import json
import re
from xml.etree import ElementTree

import extruct
import pytest
from bs4 import BeautifulSoup
from frictionless import validate

SITE_URL_PATTERN = re.compile(r"^http://127\.0\.0\.1:\d+/")
ATOM = "{http://www.w3.org/2005/Atom}"


def html(build, path: str) -> str:
    return (build.site / path).read_text(encoding="utf-8")


def soup(build, path: str) -> BeautifulSoup:
    return BeautifulSoup(html(build, path), "html.parser")


def text(build, path: str) -> str:
    return " ".join(soup(build, path).select_one("article.md-content__inner").get_text(" ").split())


@pytest.fixture(scope="module")
def events(site) -> dict:
    return {e["id"]: e for e in json.loads(html(site, "data/events.json"))}


@pytest.fixture(scope="module")
def figures(site) -> dict:
    return {f["id"]: f for f in json.loads(html(site, "data/figures.json"))}


@pytest.fixture(scope="module")
def articles(site) -> dict:
    return {a["slug"]: a for a in json.loads(html(site, "data/articles.json"))}


def without_corrections(path) -> str:
    """A page's text without its corrections, which quote the old wording on purpose."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for quoted in page.select(".ik-corrections, .ik-correction-log"):
        quoted.decompose()
    return " ".join(page.get_text(" ").split())


@pytest.fixture(scope="module")
def all_pages(site) -> str:
    """The text of every built page, to assert that a wording is gone everywhere."""
    return "\n".join(without_corrections(p) for p in site.site.rglob("*.html"))


# ---- part 1: the fact-check ---------------------------------------------------------------

SUKHNA = "artikelen/is-rukt-op-in-syrische-woestijn/index.html"


def test_sukhna_outskirts_are_how_far_is_got_not_its_aim(site):
    page = text(site, SUKHNA)
    assert "Het doel van de recente opmars" not in page
    assert "Volgens deze krant uit april was het buitengebied van Sukhna het verste punt dat de strijders hadden bereikt" in page


def test_hasaka_breakout_not_massive(site, all_pages):
    assert "massaal" not in all_pages
    page = text(site, SUKHNA)
    assert "spectaculaire uitbraak" in page and "Judit Neurink schrijft dat het er enkele zouden zijn" in page


def test_rutba_is_an_is_claim(site, events):
    rutba = events["rutba-aanval-2020"]
    assert (rutba["claimed_by"], rutba["status"], rutba["claimed_by_name"]) == ("is", "geclaimd", "IS")
    assert "opeiste" in rutba["summary"]
    event = soup(site, SUKHNA).select_one("#rutba-aanval-2020 .ik-claim")
    assert event.get_text(strip=True) == "Geclaimd, volgens IS"
    place = soup(site, "plaatsen/rutba/index.html")
    assert "eiste IS een aanval op het Iraakse leger hier op" in place.select_one(".ik-lead").get_text()
    assert "Geclaimd, volgens IS" in text(site, "plaatsen/rutba/index.html")


def test_iraq_called_most_vulnerable_not_the_main_place_of_cells(articles):
    summary = articles["irak-kwetsbaar-voor-is-comeback"]["summary"]
    assert "vooral in het gebied van het vroegere kalifaat" in summary and "vooral in Irak" not in summary


def test_coalition_strikes_halved_credited_to_rojava_without_invented_end(figures, events):
    figure = figures["coalitie-aanvallen-daling-noordoost-syrie"]
    assert "Rojava Informatiecentrum" in figure["according_to"]
    assert figure["date"] == "2019-10/2020-04?" and "2020-03" not in figure["date"]
    assert "Rojava Informatiecentrum" in events["vs-deels-weg-uit-noordoost-syrie-2019"]["summary"]


def test_order_restored_in_almost_a_day(figures, site):
    assert figures["hasaka-herstel-orde-april-2020"]["qualifier"] == "bijna"
    assert "bijna 24 uur" in text(site, SUKHNA)


def test_dates_no_more_precise_than_the_sources(events):
    """Issue 11's dates, as issue 22's second check revised them with windows and open starts."""
    russia = events["rusland-begint-luchtaanvallen-2015"]
    assert (russia["date"], russia["precision"]) == ("[2015-05..2015-08]", "window")
    trainers = events["westerse-trainers-verlaten-irak-2020"]  # no source names March (issue 22)
    assert (trainers["date"], trainers["precision"], trainers["open_start"], trainers["end"]) == (
        "[..2020-04]",
        "window",
        True,
        "2020-04-30",
    )
    for event_id in ("sinjar-veroverd-2014", "peshmerga-verdedigingslinie-2014"):
        assert events[event_id]["uncertain"] and events[event_id]["date"] == "2014?", event_id
    for event_id, date in (("kobani-heroverd", "[2014..2016-11]"), ("raqqa-valt", "[..2019-02-14]")):
        assert (events[event_id]["date"], events[event_id]["precision"]) == (date, "window"), event_id
    encircled = events["mosul-omsingeld-2016"]
    assert (encircled["date"], encircled["precision"], encircled["open_start"]) == ("/2016-11", "interval", True)
    mosul = events["is-verovert-mosul-2014"]
    assert (mosul["open_start"], mosul["end"], mosul["precision"]) == (True, "2014-06-28", "window")
    assert events["hasaka-gevangenisopstand-2020"]["date"] == "2020-03-30"
    ambush = events["hinderlaag-bij-bagdad-2020"]
    assert (ambush["date"], ambush["start"], ambush["precision"]) == ("[2020-04-25..2020-05-31]", "2020-04-25", "window")
    assert "in de buurt van Bagdad" in ambush["title"]


def test_paramilitaries_figure_follows_the_event_date(figures):
    assert figures["paramilitairen-gedood-bagdad-2020"]["date"] == "[2020-04-25..2020-05-31]"


def test_sukhna_battle_and_the_april_report(events):
    battle = events["sukhna-veldslag-2020"]
    assert battle["sources"] == ["irak-kwetsbaar-voor-is-comeback"], "the April report names no battle"
    assert "dezelfde gevechten" in battle["summary"]
    road = events["is-neemt-weg-richting-sukhna-2020"]
    assert road["location"] == "syrische-woestijn" and "richting van Sukhna" in road["summary"]
    assert "dezelfde gevechten" in road["summary"]


def test_events_without_a_place_are_off_the_maps(site, events):
    for event_id in (
        "al-adnani-gedood-2016",
        "keane-kritiek-op-cijfers-2015",
        "rusland-claimt-dood-al-baghdadi-2017",
        "homs-propagandavideo-2016",
    ):
        assert events[event_id]["location"] is None, event_id
    rows = {r["id"]: r for r in csv.DictReader(html(site, "data/events.csv").splitlines())}
    assert rows["al-adnani-gedood-2016"]["location"] == ""
    counts = {
        f["properties"]["slug"]: f["properties"]["event_count"]
        for f in json.loads(html(site, "data/locations.geojson"))["features"]
    }
    assert counts["rusland"] == 0
    page = soup(site, "artikelen/is-na-mosul-cijfers-en-leiders/index.html")
    assert "plaats niet bekend" in page.select_one("#al-adnani-gedood-2016 .ik-event__date").get_text()
    assert "Rusland claimt" not in text(site, "plaatsen/rusland/index.html")
    timeline = soup(site, "tijdlijn/index.html").select_one("tr[data-event='al-adnani-gedood-2016']")
    assert timeline["data-places"] == "" and "plaats niet bekend" in timeline.get_text()


def test_homs_videos_from_the_branch_filmed_in_the_desert(events, figures):
    assert events["homs-propagandavideo-2020"]["location"] == "syrische-woestijn"
    assert "woestijn" in events["homs-propagandavideo-2020"]["summary"]
    assert figures["homs-video-lengte-april-2020"]["location"] == "syrische-woestijn"
    assert figures["homs-video-lengte-mei-2020"]["location"] == "syrische-woestijn"


@pytest.mark.parametrize(
    "wording",
    [
        "weekblad",
        "onderzoeker Aymenn",
        "antiterreurcoördinator",
        "gewonnen zou zijn",
        "baart zorgen",
        "IS maakte er grote hoeveelheden wapens buit",
        "waar fotografen",
        "aan de oostkant van Mosul",
        "vooral via geschreven boodschappen",
        "Vanaf 2015 keerde het tij",
        "Volgens verschillende bronnen is het",
        "controleposten aan, onder meer bij",
        "had kort daarvoor",
        "de bronnen lopen tot mei 2020",
        "onder wie Nederland",
        "afroept",
        "zouden ze nu wel het laatste willen",
        "valt af te leiden",
        "maatstaf voor de kracht",
        "IS-hinderlaag",
        "zeer dunbevolkt gebied",
    ],
)
def test_claims_the_sources_do_not_make_are_gone(all_pages, wording):
    assert wording not in all_pages


def test_attributions_added(site):
    corona = text(site, "themas/corona/index.html")
    assert "in Syrië was het virus volgens haar officieel nog niet vastgesteld" in corona
    assert "antiterreurbaas" in corona and "propagandablad Al-Naba" in corona
    assert "volgens een Nederlandse krant uit april 2020 een publiek geheim" in text(site, "themas/coalitie/index.html")
    assert "Judit Neurink vraagt zich af" in text(site, "themas/gevangenen/index.html")
    assert "Een van de foto's in de reportage" in text(site, "plaatsen/gogjali/index.html")


@pytest.mark.parametrize(
    "event_id, words",
    [
        ("is-publicatie-gevangenen-bevrijden-2020", "gevangenen te bevrijden"),
        ("al-qaida-coronarichtlijnen-2020", "straf van God"),
        ("is-neemt-weg-richting-sukhna-2020", "legerbasis"),
        ("coalitie-voert-luchtaanvallen-op-2015", "bombardeert steeds vaker"),
        ("is-tegenoffensieven-deir-ez-zor", "tegenoffensief"),
        ("sdf-drijven-is-terug-naar-baghouz", "Syrische Democratische Strijdkrachten"),
        ("is-strijders-oost-homs-2020", "enkele duizenden"),
        ("irak-coronadoden-2020", "enkele tientallen"),
    ],
)
def test_missing_facts_added(events, event_id, words):
    assert words in events[event_id]["summary"] or words in events[event_id]["title"]


# ---- part 2: corrections in public ------------------------------------------------------

FIXED_PAGES = {  # page -> corrections of issue 11's fact-check (1 December) and issue 22's (6 December)
    "artikelen/is-rukt-op-in-syrische-woestijn/": (8, 13),
    "artikelen/irak-kwetsbaar-voor-is-comeback/": (6, 9),
    "artikelen/corona-als-dekmantel-voor-is/": (4, 12),
    "artikelen/is-na-mosul-cijfers-en-leiders/": (1, 7),
    "artikelen/van-kalifaat-tot-baghouz/": (4, 13),
    "themas/coalitie/": (2, 4),
    "themas/corona/": (4, 3),
    "themas/gevangenen/": (2, 3),
    "themas/kalifaat/": (1, 3),
    "themas/leiders/": (2, 1),
    "themas/opstand/": (1, 3),
    "themas/propaganda/": (2, 3),
    "plaatsen/rutba/": (1, 0),
    "plaatsen/gogjali/": (1, 0),
    "plaatsen/bagdad/": (1, 0),
    **{
        f"plaatsen/{slug}/": (0, 1)
        for slug in (
            "homs",
            "irak",
            "nederland",
            "noordoost-syrie",
            "rusland",
            "sukhna",
            "verenigde-staten",
            "oost-syrie",
            "mayadeen",
            "sinjar",
            "ramadi",
            "falluja",
        )
    },  # fmt: skip
}
DAYS = ("1 december 2026", "6 december 2026")


@pytest.mark.parametrize("path, counts", FIXED_PAGES.items())
def test_corrections_shown_on_the_page(site, path, counts):
    page = soup(site, path + "index.html")
    items = [" ".join(li.get_text(" ").split()) for li in page.select("#correcties li")]
    for day, count in zip(DAYS, counts):
        assert sum(item.startswith(f"Correctie, {day} :") for item in items) == count, day
    assert len(items) == sum(counts), items
    newest = DAYS[1] if counts[1] else DAYS[0]
    assert f"Laatst bijgewerkt: {newest}" in " ".join(page.get_text(" ").split())


def test_corrections_log_newest_first_with_its_feed(site):
    page = soup(site, "correcties/index.html")
    items = page.select(".ik-correction-log li")
    assert len(items) == sum(sum(counts) for counts in FIXED_PAGES.values()) == 126
    days = [li.select_one("time")["datetime"] for li in items]
    assert days == sorted(days, reverse=True)
    linked = {li.select_one("a")["href"] for li in items}
    assert "../artikelen/is-rukt-op-in-syrische-woestijn/#correcties" in linked
    assert "../plaatsen/rutba/#correcties" in linked
    feed = ElementTree.fromstring((site.site / "correcties.xml").read_bytes())
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(items)
    assert entries[0].find(f"{ATOM}updated").text.startswith("2026-12-06")
    assert SITE_URL_PATTERN.match(entries[0].find(f"{ATOM}link").get("href"))
    rows = list(csv.DictReader(html(site, "data/corrections.csv").splitlines()))
    assert len(rows) == len(items) and rows[0]["date"] == "2026-12-06"
    over = soup(site, "over/index.html")
    assert over.select_one("a[href='../correcties/']") and over.select_one("a[href='../correcties.xml']")
    assert soup(site, "index.html").select_one(".ik-footer a[href='correcties/']")


def test_updated_follows_content_and_sitemap(site, mini_site):
    sitemap = html(site, "sitemap.xml")
    entry = re.search(r"<loc>[^<]*artikelen/is-rukt-op-in-syrische-woestijn/</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    assert entry.group(1) == "2026-12-06"
    assert "Laatst bijgewerkt: 30 april 2020" in text(mini_site, "artikelen/eerste-artikel/index.html")
    assert "<lastmod>2020-04-30</lastmod>" in html(mini_site, "sitemap.xml")
    for path in ("index.html", "over/index.html", "tijdlijn/index.html", "correcties/index.html"):
        assert soup(site, path).select_one(".ik-pagefoot time")["datetime"] == "2026-12-06", path


# ---- part 3: licence, data package, citation, sharing ------------------------------------


def test_licence_on_over_and_in_every_footer(site):
    over = text(site, "over/index.html")
    assert "Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)" in over
    assert "blijven van hun uitgevers en auteurs" in over
    for path in ("index.html", SUKHNA, "plaatsen/sukhna/index.html", "correcties/index.html"):
        footer = soup(site, path).select_one(".ik-footer")
        assert footer.select_one("a[rel=license][href^='https://creativecommons.org/licenses/by/4.0/']"), path


def test_datapackage_describes_every_file_and_validates(site):
    package = json.loads(html(site, "data/datapackage.json"))
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    paths = {r["path"] for r in package["resources"]}
    served = {p.name for p in (site.site / "data").iterdir()} - {"datapackage.json"}
    assert paths == served
    events_schema = next(r for r in package["resources"] if r["path"] == "events.json")["schema"]
    assert {"claimed_by", "status"} <= {f["name"] for f in events_schema["fields"]}
    assert len(package["sources"]) == 5 and all(s["title"] for s in package["sources"])
    report = validate(str(site.site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:5]


def structured(site, path: str) -> dict:
    url = SITE_URL_PATTERN.match(soup(site, path).find("meta", property="og:url")["content"]).group(0)
    return extruct.extract(
        html(site, path), base_url=url + path.removesuffix("index.html"), syntaxes=["json-ld", "opengraph"], uniform=True
    )


@pytest.mark.parametrize(
    "path, kind, og_type, image",
    [
        (SUKHNA, "Article", "article", "artikel.png"),
        ("artikelen/corona-als-dekmantel-voor-is/index.html", "Article", "article", "artikel.png"),
        ("plaatsen/sukhna/index.html", "Place", "website", "plaats.png"),
        ("themas/opstand/index.html", "WebPage", "website", "thema.png"),
        ("over/index.html", "Dataset", "website", "site.png"),
        ("index.html", "WebSite", "website", "site.png"),
        ("tijdlijn/index.html", "WebPage", "website", "site.png"),
    ],
)
def test_json_ld_and_open_graph_per_page_type(site, path, kind, og_type, image):
    data = structured(site, path)
    [ld] = data["json-ld"]
    assert ld["@type"] == kind and ld["@context"] == "https://schema.org"
    [og] = data["opengraph"]
    assert og["@type"] == og_type and og["og:title"] and og["og:description"]
    page_url = og["og:url"]
    assert SITE_URL_PATTERN.match(page_url) and page_url.endswith("/" + path.removesuffix("index.html"))
    assert og["og:image"].endswith(f"/assets/images/og/{image}")
    assert (site.site / "assets/images/og" / image).stat().st_size > 1000, "the image is served by the site"
    page = soup(site, path)
    assert page.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    assert page.find("meta", attrs={"name": "twitter:image"})["content"] == og["og:image"]


def test_article_json_ld_has_only_known_source_fields(site):
    [neurink] = structured(site, "artikelen/corona-als-dekmantel-voor-is/index.html")["json-ld"]
    assert neurink["isBasedOn"]["author"] == {"@type": "Person", "name": "Judit Neurink"}
    assert neurink["isBasedOn"]["name"] == "ISIS gebruikt corona voor terugkeer"
    assert "publisher" not in neurink["isBasedOn"] and "url" not in neurink["isBasedOn"]
    assert neurink["datePublished"] == "2020-04" and neurink["dateModified"] == "2026-12-06"
    [anonymous] = structured(site, SUKHNA)["json-ld"]
    assert set(anonymous["isBasedOn"]) == {"@type", "datePublished", "inLanguage"}
    assert anonymous["license"] == "https://creativecommons.org/licenses/by/4.0/"
    [place] = structured(site, "plaatsen/sukhna/index.html")["json-ld"]
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 34.88, "longitude": 38.87}
    [dataset] = structured(site, "over/index.html")["json-ld"]
    assert any(d["contentUrl"].endswith("data/datapackage.json") for d in dataset["distribution"])


def test_citation_block_and_tags(site):
    page = soup(site, SUKHNA)
    cite = page.select_one("#citeer-tekst").get_text(" ")
    url = page.find("meta", property="og:url")["content"]
    assert re.fullmatch(  # built outside git (a test copy): the version is unknown (content/version.py)
        re.escape(f"IS na het kalifaat, „IS rukt op vanuit de Syrische woestijn”, {url}, laatst bijgewerkt op 6 december 2026, ")
        + r"versie onbekend \(inhoud tot en met \d+ \w+ \d{4}\)\.",
        " ".join(cite.split()),
    )
    tags = {m["name"]: m["content"] for m in page.find_all("meta", attrs={"name": re.compile("^citation_")})}
    assert tags["citation_title"] == "IS rukt op vanuit de Syrische woestijn"
    assert tags["citation_publication_date"] == "2026/12/06" and tags["citation_public_url"] == url
    assert tags["citation_publisher"] == "IS na het kalifaat"


# ---- part 4: who says so ------------------------------------------------------------------


def test_claim_columns_in_open_data(site, events):
    header = html(site, "data/events.csv").splitlines()[0].split(",")
    assert {"claimed_by", "claimed_by_name", "status"} <= set(header)
    assert all(e["status"] in ("vastgesteld", "gemeld", "geclaimd") for e in events.values())
    assert events["gasvelden-oost-homs-stilgelegd-2020"]["claimed_by"] == "syrische-staatsmedia"
    assert events["rusland-claimt-dood-al-baghdadi-2017"]["status"] == "geclaimd"
    assert events["slapende-cellen-februari-2020"]["claimed_by_name"] == "Rojava Informatiecentrum"


def test_claims_on_theme_and_place_pages_and_the_timeline(site):
    assert "Gemeld, volgens Syrische staatsmedia" in text(site, "themas/opstand/index.html")
    assert "Gemeld, volgens het Rojava Informatiecentrum" in text(site, "plaatsen/noordoost-syrie/index.html")
    page = soup(site, "tijdlijn/index.html")
    assert page.select_one("tr[data-event='rutba-aanval-2020']")["data-claim-status"] == "geclaimd"
    assert [o["value"] for o in page.select("select[data-filter=status] option")] == ["", "vastgesteld", "gemeld", "geclaimd"]
    assert "is" in [o["value"] for o in page.select("select[data-filter=volgens] option")]
    figure = json.loads(page.select_one("#grafiek-tijdlijn")["data-figure"])
    marks = [
        (custom, symbol)
        for trace in figure["data"]
        if trace["mode"] == "markers"
        for custom, symbol in zip(trace["customdata"], trace["marker"]["symbol"])
    ]
    assert all(("-x" in symbol) == (custom["status"] == ["geclaimd"]) for custom, symbol in marks)


def test_timeline_filters_on_claims_in_the_browser(page, server, events):
    claimed = sum(1 for e in events.values() if e["status"] == "geclaimd")
    page.goto(server + "tijdlijn/#status=geclaimd")
    page.wait_for_selector("#grafiek-tijdlijn[data-drawn=ja]")
    assert page.locator("[data-status]").first.inner_text().startswith(f"{claimed} van {len(events)}")
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == claimed
    page.select_option("select[data-filter=status]", "")
    page.select_option("select[data-filter=volgens]", "is")
    by_is = sum(1 for e in events.values() if e["claimed_by"] == "is")
    assert page.locator("#tijdlijn-tabel tbody tr:visible").count() == by_is
    assert "volgens=is" in page.url
    assert page.watch.errors == [] and page.watch.foreign == []


def test_share_button_copies_the_link(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    tab = context.new_page()
    tab.add_init_script("delete Navigator.prototype.share")  # the copy-link fallback
    tab.goto(server + "artikelen/is-rukt-op-in-syrische-woestijn/")
    tab.click("button[data-share]")
    tab.wait_for_selector(".ik-share__status:has-text('Link gekopieerd.')")
    assert tab.evaluate("navigator.clipboard.readText()") == server + "artikelen/is-rukt-op-in-syrische-woestijn/"
    tab.click("button[data-copy=citeer-tekst]")
    tab.wait_for_selector(".ik-copy__status:has-text('Verwijzing gekopieerd.')")
    assert tab.evaluate("navigator.clipboard.readText()").startswith("IS na het kalifaat, „IS rukt op")
    context.close()


# ---- contributors: mistakes in the new fields get a Dutch message with file, line and fix ----

BAD_CLAIMS = {
    "claim without a party": (
        "    location: stad-een\n",
        "    location: stad-een\n    status: geclaimd\n",
        "content/articles/eerste-artikel.md:12: events[0]: status: geclaimd zonder claimed_by: wie claimt het? — "
        "voeg claimed_by toe, bijvoorbeeld claimed_by: is, of kies status: gemeld",
    ),
    "other party without a name": (
        "    location: stad-een\n",
        "    location: stad-een\n    claimed_by: anders\n",
        "content/articles/eerste-artikel.md:12: events[0]: claimed_by: anders zonder naam van de partij — noem de "
        'partij in claimed_by_text, bijvoorbeeld claimed_by_text: "de Iraakse regering"',
    ),
    "correction on a day that does not exist": (
        "themes: [thema-a]\n",
        'themes: [thema-a]\ncorrections:\n  - date: "2026-02-30"\n    text: "Iets."\n',
        "content/articles/eerste-artikel.md:11: corrections[0].date: '2026-02-30' is geen dag in de vorm "
        'JJJJ-MM-DD — schrijf de dag van de correctie, bijvoorbeeld date: "2026-12-01"',
    ),
}


@pytest.mark.parametrize("case", list(BAD_CLAIMS))
def test_new_fields_explain_mistakes_in_dutch(tmp_path, case):
    import shutil

    from conftest import FIXTURES

    from explainer.build import build_corpus
    from explainer.problems import ContentError

    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    old, new, expected = BAD_CLAIMS[case]
    path = tmp_path / "content/articles/eerste-artikel.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build_corpus(tmp_path / "content")
    assert expected in [str(p) for p in caught.value.problems]


def test_unknown_place_is_allowed_and_shown_as_such(tmp_path):
    import shutil

    from conftest import FIXTURES

    from explainer.build import build_corpus

    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    path = tmp_path / "content/articles/eerste-artikel.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    location: dorp-twee\n", "    location: onbekend\n"), encoding="utf-8"
    )
    corpus = build_corpus(tmp_path / "content")
    assert corpus.events["gebeurtenis-twee"].location is None
    assert "gebeurtenis-twee" not in [e.id for e in corpus.events_in_place("dorp-twee")]
