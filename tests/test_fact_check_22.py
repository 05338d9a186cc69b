"""The second fact-check (issue 22, part 4), on the built site: each fix by the data it changed (id
and field) or by the wording that is gone from every page. Corrections quote the old wording on
purpose, so the pages are read without them. The content is the content writer's; these tests keep
the fixes from coming back."""

from __future__ import annotations

import json
import re

import pytest
from test_publication import html, soup, text, without_corrections


@pytest.fixture(scope="module")
def events(site) -> dict:
    return {e["id"]: e for e in json.loads(html(site, "data/events.json"))}


@pytest.fixture(scope="module")
def figures(site) -> dict:
    return {f["id"]: f for f in json.loads(html(site, "data/figures.json"))}


@pytest.fixture(scope="module")
def all_pages(site) -> str:
    return "\n".join(without_corrections(p) for p in site.site.rglob("*.html"))


def theme_text(site, slug: str) -> str:
    """A theme's own text: its lead and the paragraphs before its first section."""
    article = soup(site, f"themas/{slug}/index.html").select_one("article")
    for link in article.select(".ik-ref"):
        link.decompose()
    first = article.find("h2")
    return " ".join(
        " ".join(p.get_text(" ").split()) for p in article.find_all("p") if first is None or p.find_next("h2") is first
    )


def page_text(site, path: str) -> str:
    """A page's article text without its corrections (which quote the old wording)."""
    return without_corrections(site.site / path)


@pytest.mark.parametrize(
    "wording",
    [
        "naar Homs genoemde",  # the branch is in Homs
        "geen reden tot alarm",
        "nog lang geen sprake",
        "stond al onder druk",
        "een van de grootste onzekerheden",
        "tienduizenden IS-strijders en hun families",
        "tienduizenden gevangenen",
        "om jihadisten te trekken",
        "vanaf het begin een pijler",
        "een andere publicatie",
        "een eenvoudige reden",
        "telde niemand",
        "later dan januari",
        "ook Nederland, hun trainers",
        "alle reden tot bezorgdheid",
        "Dit maakt de situatie gevoelig",
        "lokale leiders te intimideren",
        "kleine aanvallen",
        "Het gezicht van het kalifaat",
        "werd de top kwetsbaarder",
        "geen interviews meer",
        "grotendeels gevoerd met steun van buiten",
        "De gevolgen waren het duidelijkst in Irak",
        "tegenstrijdige",
        "Een jaar later is het antwoord duidelijk",
        "Zo kwamen duizenden mensen in Koerdische handen",
        "liepen uiteen",
        "allebei in twijfel",
        "weg in richting Sukhna",
        "kort na de val van Mosul",
        "van vingerafdrukken voorzien",
        "bombardeert sinds",
        "tussen 2015 en 2019",
        "Daarna verloor de groep ook Raqqa",
        "precies een jaar eerder",
        "kwetsbaarste land",
        "is de vraag",
        "in andere tijden wereldnieuws",
        "1 januari – 28 juni 2014",
    ],
)
def test_the_wording_is_gone_from_every_page(all_pages, wording):
    assert wording not in all_pages


def test_homs_branch_and_sinjar_after_mosul(site, events):
    assert events["homs-propagandavideo-2020"]["title"].startswith("IS-afdeling in Homs")
    assert "De IS-afdeling in Homs" in page_text(site, "plaatsen/homs/index.html")
    caliphate = page_text(site, "themas/kalifaat/index.html")
    assert re.search(r"na de inname van Mosul[^.]*Sinjar", caliphate), "Sinjar fell after Mosul (004 al. 3)"


def test_is_advances_article_and_prisoners(site):
    advance = page_text(site, "artikelen/is-rukt-op-in-syrische-woestijn/index.html")
    assert "onhoudbaar geworden" in advance and "De krant betwijfelt" in advance
    assert "70.000" in text(site, "themas/gevangenen/index.html").split("Gebeurtenissen")[0]
    assert "70.000" in soup(site, "plaatsen/noordoost-syrie/index.html").select_one(".ik-lead").get_text()


def test_attacks_on_the_iraqi_army_are_an_is_claim_of_one_report(events):
    attacks = events["is-aanvallen-iraakse-leger-april-2020"]
    assert (attacks["claimed_by"], attacks["status"]) == ("is", "geclaimd")
    assert "irak-kwetsbaar-voor-is-comeback" not in attacks["sources"], "002's series was in several countries"


def test_iraq_demands_withdrawal_and_western_troops_leave(site, events):
    demand = events["irak-eist-vertrek-buitenlandse-troepen-2020"]
    assert (demand["date"], demand["location"], demand["open_start"]) == ("[..2020-04]", "irak", True)
    trainers = events["westerse-trainers-verlaten-irak-2020"]
    assert (
        trainers["date"] == "[..2020-04]"
        and trainers["title"] == "Westerse landen halen militairen en trainers uit Irak vanwege corona"
    )
    for theme in ("coalitie", "corona"):
        sentences = re.split(r"(?<=[.!?])\s", theme_text(site, theme))
        with_nl = [s for s in sentences if re.search(r"\bNederland\b", s)]
        assert with_nl and all(re.search(r"Nederland\W+waren bezig hun militairen", s) for s in with_nl), (theme, with_nl)


def test_russia_and_the_sensitive_situation(events):
    summary = events["rusland-begint-luchtaanvallen-2015"]["summary"]
    assert "Volgens de reportage ligt de toestand in Syrië door die steun" in summary


def test_period_of_corona_starts_without_claiming_the_first_event(site):
    periods = soup(site, "tijdlijn/index.html").select_one(".ik-periods").get_text(" ")
    assert "Het is geen vast begin" in " ".join(periods.split())
    assert "de eerste gebeurtenis" not in periods


def test_road_towards_sukhna_is_three_actions(events):
    road = events["is-neemt-weg-richting-sukhna-2020"]
    assert road["title"] == "IS rukt op richting Sukhna, neemt een weg in en valt een legerbasis aan"
    assert "onderweg" not in road["summary"].lower() and "drie acties van IS-strijders" in road["summary"]


@pytest.mark.parametrize(
    "event_id, place",
    [
        ("soleimani-gedood-2020", None),
        ("cia-schat-is-strijders-2014", None),
        ("pentagon-claimt-gedode-strijders-2015", None),
        ("irak-eist-vertrek-buitenlandse-troepen-2020", "irak"),
        ("peshmerga-verdedigingslinie-2014", "irak"),
    ],
)
def test_no_place_the_source_does_not_name(events, event_id, place):
    assert events[event_id]["location"] == place


def test_sukhna_shows_both_reports(site, events):
    battle = events["sukhna-veldslag-2020"]
    assert "meibericht" in battle["summary"] and "aprilbericht zegt daarentegen" in battle["summary"]
    lead = soup(site, "plaatsen/sukhna/index.html").select_one(".ik-lead").get_text()
    assert "een krant uit april 2020 schreef dat IS niet verder was gekomen dan het buitengebied" in lead
    assert "daarentegen" in page_text(site, "artikelen/irak-kwetsbaar-voor-is-comeback/index.html")


def test_order_of_telling_is_not_chronology(site, events, figures):
    assert "wanneer, zegt de reportage niet" in page_text(site, "themas/kalifaat/index.html")
    exodus = events["baghouz-uittocht-2019"]
    assert (exodus["date"], exodus["uncertain"]) == ("2019-02/2019-03?", True)
    telskuf = figures["afstand-telskuf-is-stellingen"]
    assert telskuf["date"] == "[2014..2019]" and "zonder datum" in telskuf["according_to"]
    assert "volgorde van het verhaal" in events["coalitie-voert-luchtaanvallen-op-2015"]["summary"]


@pytest.mark.parametrize(
    "event_id, date",
    [
        ("al-qaida-coronarichtlijnen-2020", "[..2020]"),
        ("is-publicatie-gevangenen-bevrijden-2020", "[..2020]"),
        ("slapende-cellen-februari-2020", "2020-02?"),
        ("dorpshoofden-vermoord-deir-ez-zor-2020", "2020-02?"),
        ("pentagon-claimt-gedode-strijders-2015", "2015"),
        ("is-verovert-mosul-2014", "[..2014-06-28]"),
        ("hinderlaag-bij-bagdad-2020", "[2020-04-25..2020-05-31]"),
        ("kobani-heroverd", "[2014..2016-11]"),
        ("mosul-omsingeld-2016", "/2016-11"),
        ("raqqa-valt", "[..2019-02-14]"),
        ("sinjar-veroverd-2014", "2014?"),
        ("peshmerga-verdedigingslinie-2014", "2014?"),
    ],
)
def test_dates_no_firmer_than_the_source(events, event_id, date):
    assert events[event_id]["date"] == date


def test_inferences_and_claims_are_attributed(site, events, figures):
    assert "leidt daaruit af" in events["mosul-bevrijd-2017"]["summary"]
    assert "Een jaar noemt ze niet" in events["slapende-cellen-februari-2020"]["summary"]
    for figure_id in ("pentagon-gedode-is-strijders-2015", "pentagon-burgerdoden-2015"):
        assert figures[figure_id]["date"] == "2015", figure_id
    gas = events["gasvelden-oost-homs-stilgelegd-2020"]["summary"]
    assert gas.startswith("Volgens Syrische staatsmedia") and "vermoedelijk van IS" in gas
    assert "volgens Judit Neurink is de echte reden" in events["vs-concentreren-troepen-al-asad-2020"]["summary"]
    assert "Daarin beschrijft ze al de opstand van eind maart, een jaar na de val van Baghouz" in page_text(
        site, "artikelen/corona-als-dekmantel-voor-is/index.html"
    )
    assert "lijkt Irak" in soup(site, "plaatsen/irak/index.html").select_one(".ik-lead").get_text()
    assert "Een fotoreportage uit 2024" in page_text(site, "themas/opstand/index.html"), (
        "the guerrilla question is the reportage's"
    )


def test_windows_read_as_windows_on_the_pages(site):
    home = " ".join(soup(site, "index.html").get_text(" ").split())
    assert "uiterlijk 28 juni 2014" in home and "1 januari" not in home
    article = page_text(site, "artikelen/irak-kwetsbaar-voor-is-comeback/index.html")
    assert "ergens tussen 25 april en 31 mei 2020" in article
    baghouz = page_text(site, "artikelen/van-kalifaat-tot-baghouz/index.html")
    assert "tot november 2016" in baghouz and "ergens tussen 2014 en november 2016" in baghouz
    timeline = json.loads(soup(site, "tijdlijn/index.html").select_one("#grafiek-tijdlijn")["data-figure"])
    words = {c["id"]: c["datum"] for t in timeline["data"] if t["mode"] == "markers" for c in t["customdata"]}
    assert words["hinderlaag-bij-bagdad-2020"] == "ergens tussen 25 april en 31 mei 2020"
    assert words["raqqa-valt"] == "uiterlijk 14 februari 2019"
