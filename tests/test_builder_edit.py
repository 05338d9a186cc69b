"""The article builder on /bijdragen/ (issue 25), used as a journalist would: an existing article loaded
from the file the site publishes and handed back byte for byte; a date corrected, with the list of changes
and the correction for the readers; the fictional report of the issue (an attack near Mayadeen with two
death tolls, fighting near Sukhna since May, a new place Al-Qaim) typed into the form as one file; places
found by every spelling and a duplicate refused; the preview; "Meld een fout". The files the form gives are
checked and built into a site once, at the end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, TEST_REPO_URL, make_project, run_build
from test_builder_page import axe_serious, open_builder, settle

from explainer.build import build_corpus

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ["BUILDER_SCREENSHOTS"]) if os.environ.get("BUILDER_SCREENSHOTS") else None
ARTICLE = "is-rukt-op-in-syrische-woestijn"
REPORT = "is-valt-leger-aan-bij-mayadeen"
CORRECTIONS_OF_ARTICLE = yaml.safe_load(
    (ROOT / "content" / "articles" / f"{ARTICLE}.md").read_text(encoding="utf-8").split("---\n", 2)[1]
)["corrections"]
CORRECTION = (
    "Hier stond dat het offensief eind maart begon. Het bericht van april 2020 noemt het begin van april; zo staat het er nu."
)


def published_source(server: str, path: str) -> str:
    with urllib.request.urlopen(server + "bronbestanden/" + path.removeprefix("content/") + ".json") as response:
        return json.loads(response.read())["text"]


def edit(page, server: str, what: str) -> None:
    page.goto(server + "bijdragen/?bewerk=" + what)
    page.wait_for_selector("#bouwer[data-ready=true]", timeout=20_000)
    page.wait_for_selector("#bw-bewerk-status button", timeout=10_000)
    settle(page)


def test_existing_files_load_with_every_field_and_come_back_byte_for_byte(page, server):
    """Every article, a theme and a place, opened from its page's 'Bewerk in de bouwer', unchanged: the file
    the builder hands over is the file the site publishes (and the repository holds)."""
    open_builder(page, server)
    page.goto(server + f"artikelen/{ARTICLE}/")
    page.get_by_role("link", name="Bewerk in de bouwer").click()
    page.wait_for_selector("#bw-bewerk-status button", timeout=20_000)
    settle(page)
    assert page.input_value("#bw-title") == "IS rukt op vanuit de Syrische woestijn"
    assert page.input_value("#bw-published") == "2020-04"
    assert (
        page.input_value("#bw-events-3-claimed-by") == "syrische-staatsmedia"
        and page.input_value("#bw-events-3-status") == "gemeld"
    )
    assert page.input_value("#bw-events-2-location") == "onbekend", "an event without a known place"
    assert page.input_value("#bw-figures-0-value") == "16000" and page.input_value("#bw-figures-0-counted") == "inwoners"
    assert page.locator("#bw-oude-correcties li").count() == len(CORRECTIONS_OF_ARTICLE) and page.is_checked("#bw-themes-corona")
    assert "Nog niets veranderd" in page.inner_text("#bw-status")
    assert page.get_attribute("#bw-github", "href") == f"{TEST_REPO_URL}/edit/main/content/articles/{ARTICLE}.md"
    assert page.inner_text("#bw-file") == published_source(server, f"content/articles/{ARTICLE}.md")
    for what, path in [
        (f"artikelen/{slug.stem}", f"content/articles/{slug.name}") for slug in sorted((ROOT / "content/articles").glob("*.md"))
    ] + [("themas/opstand", "content/themes/opstand.md"), ("plaatsen/deir-ez-zor", "content/locations.yml")]:
        edit(page, server, what)
        assert "Nog niets veranderd" in page.inner_text("#bw-status"), what
        shown = page.evaluate("() => BouwerResult.current()")
        assert shown == published_source(server, path) == (ROOT / path).read_text(encoding="utf-8"), what
    assert not page.watch.errors, page.watch.errors


def test_drafts_of_a_new_article_and_of_an_edit_are_kept_apart(page, server):
    """Opening 'Bewerk in de bouwer' keeps a new article's draft; an edit survives a reload; wiping an edit
    loads the file again as the site has it."""
    open_builder(page, server)
    page.fill("#bw-title", "Mijn nieuwe artikel")
    settle(page)
    edit(page, server, "themas/opstand")
    page.fill("#bw-summary", "Een andere samenvatting.")
    settle(page)
    page.reload()
    page.wait_for_selector("#bw-bewerk-status button", timeout=20_000)
    assert page.input_value("#bw-summary") == "Een andere samenvatting."
    assert "bewerking van eerder is teruggezet" in page.inner_text("#bw-copied")
    page.click("#bw-nieuw-artikel")
    settle(page)
    assert page.input_value("#bw-title") == "Mijn nieuwe artikel", "the new article's draft is still there"
    edit(page, server, "themas/opstand")
    page.click("#bw-clear")
    page.click("#bw-clear")
    page.wait_for_selector("#bw-bewerk-status button", timeout=20_000)
    settle(page)
    assert page.input_value("#bw-summary") != "Een andere samenvatting." and "Nog niets veranderd" in page.inner_text(
        "#bw-status"
    )


def correct_a_date(page, server) -> str:
    """Changes an event's date in a published article; returns the whole new file."""
    edit(page, server, f"artikelen/{ARTICLE}")
    page.locator("details.bw-fold").first.evaluate("d => d.open = true")
    page.fill("#bw-events-0-date", "2020-04")
    settle(page)
    changes = page.inner_text("#bw-changes")
    assert (
        "Gebeurtenis 'IS begint opmars vanuit de Syrische woestijn', datum: van maart 2020 tot en met april 2020 → april 2020"
        in changes
    )
    assert "feitelijk" in changes
    assert page.is_hidden("#bw-file-block"), "a factual change waits for its correction"
    assert "schrijf de correctie voor de lezers" in page.inner_text("#bw-todo")
    page.fill("#bw-correction", CORRECTION)
    settle(page)
    assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
    assert "Correctie: " + CORRECTION in page.inner_text("#bw-changes")
    assert CORRECTION in page.inner_text("#bw-voorbeeld"), "the preview shows the correction"
    shoot(page, "bewerken")
    return page.inner_text("#bw-file")


def test_style_only_edit_needs_no_correction(page, server):
    edit(page, server, "themas/opstand")
    page.fill("#bw-summary", page.input_value("#bw-summary") + " ")
    page.fill("#bw-summary", page.input_value("#bw-summary").strip() + " Een zin erbij.")
    settle(page)
    assert "Het thema, samenvatting" in page.inner_text("#bw-changes") and "feitelijk" not in page.inner_text("#bw-changes")
    assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
    assert page.get_attribute("#bw-github", "href") == f"{TEST_REPO_URL}/edit/main/content/themes/opstand.md"


class Actions:
    """Counts what a contributor does: every field filled, choice made, key pressed and button clicked."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def __getattr__(self, name):
        def act(*args, **kwargs):
            self.count += 1
            return getattr(self.page, name)(*args, **kwargs)

        return act

    def button(self, name: str, exact: bool = True) -> None:
        self.count += 1
        self.page.get_by_role("button", name=name, exact=exact).click()


def type_the_fictional_report(page) -> int:
    """The report of the issue, through the form as a journalist types it; returns the number of actions."""
    act = Actions(page)
    act.fill("#bw-title", "IS valt leger aan bij Mayadeen")
    act.fill(
        "#bw-summary", "Een oefenbericht uit juni 2020: een aanval bij Mayadeen met twee dodentallen, en gevechten rond Sukhna."
    )
    act.fill("#bw-published", "juni 2020")
    page.locator("#bw-published").blur()
    settle(page)
    act.button("Gebruik 2020-06")
    act.fill("#bw-source-note", "Fictief oefenbericht voor de tests van de artikelbouwer; kop, auteur en uitgever bestaan niet.")
    act.check("#bw-themes-opstand")
    for spelling, slug in (("Mayadin", "mayadeen"), ("Sukhnah", "sukhna")):
        act.fill("#bw-plaats-zoek", spelling)
        act.press("#bw-plaats-zoek", "Enter")
        assert slug in page.evaluate("() => BouwerView.state().locations"), spelling
    act.fill("#bw-plaats-zoek", "Al-Qaim")
    act.press("#bw-plaats-zoek", "Enter")
    act.click("#bw-als-nieuwe-plaats")
    act.select_option("#bw-newPlaces-0-kind", "stad")
    act.select_option("#bw-newPlaces-0-country", "irak")
    act.fill("#bw-newPlaces-0-lat", "34.37")
    act.fill("#bw-newPlaces-0-lon", "41.08")
    act.fill("#bw-newPlaces-0-description", "Stad aan de Eufraat bij de grens met Syrië.[@is-valt-leger-aan-bij-mayadeen, 3]")
    event(act, 0, "Aanval op het leger bij Mayadeen", "2020-06", "mayadeen", "syrische-staatsmedia", "gemeld",
          "Volgens Syrische staatsmedia vallen IS-strijders een legerpost bij Mayadeen aan.", "1")  # fmt: skip
    act.button("Nieuwe gebeurtenis")
    act.fill("#bw-events-1-title", "Gevechten rond Sukhna")
    act.fill("#bw-events-1-date", "sinds mei")
    page.locator("#bw-events-1-date").blur()
    settle(page)
    act.click("#bw-events-1-date-date button >> nth=0")
    act.select_option("#bw-events-1-location", "sukhna")
    act.fill("#bw-events-1-summary", "Rond Sukhna wordt volgens het bericht sinds mei gevochten.")
    act.fill("#bw-events-1-passages", "2")
    event(
        act,
        2,
        "IS claimt aanslag bij Al-Qaim",
        "2020-06",
        "al-qaim",
        "is",
        "",
        "IS zegt een aanslag te hebben gepleegd bij Al-Qaim.",
        "3",
    )
    act.button("Cijfer toevoegen")
    act.fill("#bw-figures-0-label", "Gedode militairen bij Mayadeen")
    act.fill("#bw-figures-0-value", "7-12")
    act.fill("#bw-figures-0-unit", "militairen")
    act.select_option("#bw-figures-0-counted", "doden")
    act.fill("#bw-figures-0-date", "2020-06")
    act.fill("#bw-figures-0-according-to", "Syrische staatsmedia")
    act.fill("#bw-figures-0-passages", "1")
    act.button("Nog een schatting hiervan (van een andere partij)")
    act.fill("#bw-figures-1-value", "30")
    act.fill("#bw-figures-1-according-to", "IS")
    act.fill("#bw-body", "Bij [[Mayadin]] vielen IS-strijders in juni 2020 het leger aan; over het aantal doden spreken de bronnen "
             "elkaar tegen.[@is-valt-leger-aan-bij-mayadeen, 1]\n\nRond [[sukhna]] wordt sinds mei gevochten, en bij [[al-qaim]] eiste IS "
             "een aanslag op.[@is-valt-leger-aan-bij-mayadeen, 2-3]")  # fmt: skip
    settle(page)
    return act.count


def event(act, i: int, title: str, date: str, place: str, claimant: str, status: str, summary: str, passages: str) -> None:
    act.button("Nieuwe gebeurtenis")
    act.fill(f"#bw-events-{i}-title", title)
    act.fill(f"#bw-events-{i}-date", date)
    act.select_option(f"#bw-events-{i}-location", place)
    act.select_option(f"#bw-events-{i}-claimed-by", claimant)
    if status:
        act.select_option(f"#bw-events-{i}-status", status)
    act.fill(f"#bw-events-{i}-summary", summary)
    act.fill(f"#bw-events-{i}-passages", passages)


def test_the_fictional_report_and_a_correction_build_into_the_site(page, server, tmp_path):
    """The issue's report as one file whose events carry their claimants, and a corrected date; both pass
    `explainer check` and build: the new place has its page, the correction shows on the article."""
    open_builder(page, server)
    actions = type_the_fictional_report(page)
    assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
    report = page.inner_text("#bw-file")
    assert actions <= 52, actions  # 48 before issue 22; each event and figure now names its paragraphs of the source
    assert "    claimed_by: syrische-staatsmedia\n    status: gemeld\n" in report and "    claimed_by: is\n" in report
    assert 'date: "2020-05/' in report, "since May: an interval that starts in May"
    assert "    value: {low: 7, high: 12}\n" in report and '    according_to: "IS"\n' in report
    ids = [line.split(": ")[1] for line in report.splitlines() if line.startswith("  - id: ")]
    assert len(ids) == len(set(ids)) == 5, ids
    assert "\nnew_places:\n  al-qaim:\n" in report, "the new place travels in the same file"
    preview = page.inner_text("#bw-voorbeeld")
    assert "Geclaimd, volgens IS" in preview and "Gemeld, volgens Syrische staatsmedia" in preview
    assert page.get_attribute("#bw-voorbeeld a:text('Mayadin')", "href").endswith("/plaatsen/mayadeen/"), "links resolved"
    assert "juni 2020: Aanval op het leger bij Mayadeen" in preview
    shoot(page, "nieuw-artikel")
    corrected = correct_a_date(page, server)

    project = make_project(tmp_path / "project")
    (project / "content" / "articles" / f"{REPORT}.md").write_text(report, encoding="utf-8")
    (project / "content" / "articles" / f"{ARTICLE}.md").write_text(corrected, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(project / "hooks"))
    checked = subprocess.run(
        [sys.executable, "-m", "explainer", "check"], cwd=project, env=env, capture_output=True, text=True, timeout=120
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    build = run_build(project)
    assert build.returncode == 0, build.output
    article = (build.site / "artikelen" / ARTICLE / "index.html").read_text(encoding="utf-8")
    assert CORRECTION in article and CORRECTION in (build.site / "correcties" / "index.html").read_text(encoding="utf-8")
    qaim = (build.site / "plaatsen" / "al-qaim" / "index.html").read_text(encoding="utf-8")
    assert "IS claimt aanslag bij Al-Qaim" in qaim and f"content/articles/{REPORT}.md" in qaim
    assert "Geclaimd, volgens IS" in (build.site / "artikelen" / REPORT / "index.html").read_text(encoding="utf-8")


def test_every_field_of_the_content_model_can_be_entered(page, server, tmp_path):
    """The fields the fictional report leaves out: the source's title, author, publisher and address;
    another party and its name, an established event, no known place, the event's own themes, a reference
    to an event another article defines; a figure's qualifier; a new place's spellings and where it lies."""
    open_builder(page, server)
    page.fill("#bw-title", "Alle velden van de bouwer")
    page.fill("#bw-summary", "Een testartikel dat elk veld van een artikel invult.")
    page.fill("#bw-published", "2020-05-02")
    for field, value in (("title", "Oorspronkelijke kop"), ("author", "Een auteur"), ("publisher", "Een uitgever"),
                         ("url", "https://example.org/bron"), ("note", "Testbron voor de tests.")):  # fmt: skip
        page.fill(f"#bw-source-{field}", value)
    page.check("#bw-themes-opstand")
    page.fill("#bw-plaats-zoek", "Homs")
    page.press("#bw-plaats-zoek", "Enter")
    page.get_by_role("button", name="Nieuwe gebeurtenis", exact=True).click()
    page.fill("#bw-events-0-title", "Een partij meldt een aanslag")
    page.fill("#bw-events-0-date", "2020-05")
    page.select_option("#bw-events-0-location", "onbekend")
    page.select_option("#bw-events-0-claimed-by", "anders")
    page.fill("#bw-events-0-claimed-by-text", "de Iraakse regering")
    page.select_option("#bw-events-0-status", "vastgesteld")
    page.fill("#bw-events-0-summary", "Volgens de Iraakse regering gebeurde het; waar, zegt de bron niet.")
    page.fill("#bw-events-0-passages", "2, 4-5")
    page.locator("details.bw-more").first.evaluate("d => d.open = true")
    page.check("#bw-events-0-themes-propaganda")
    page.select_option("#bw-bestaande-gebeurtenis", "rutba-aanval-2020")
    page.get_by_role("button", name="Bestaande toevoegen", exact=True).click()
    page.fill("#bw-events-1-passages", "6")
    page.get_by_role("button", name="Cijfer toevoegen", exact=True).click()
    for field, value in (("label", "IS-strijders in Syrië"), ("value", "2.500"), ("unit", "strijders"), ("date", "2020-05"),
                         ("according-to", "een testinstantie")):  # fmt: skip
        page.fill(f"#bw-figures-0-{field}", value)
    page.select_option("#bw-figures-0-qualifier", "ongeveer")
    page.select_option("#bw-figures-0-counted", "strijders")
    page.select_option("#bw-figures-0-location", "homs")
    page.fill("#bw-figures-0-passages", "3")
    page.click("#bw-nieuwe-plaats-knop")
    for field, value in (("name", "Testgehucht"), ("aliases", "Test Gehucht, Tesgehucht"), ("lat", "34.2"), ("lon", "37.9"),
                         ("description", "Een gehucht dat alleen in de tests bestaat.[@alle-velden-van-de-bouwer, 7]")):  # fmt: skip
        page.fill(f"#bw-newPlaces-0-{field}", value)
    page.select_option("#bw-newPlaces-0-kind", "dorp")
    page.select_option("#bw-newPlaces-0-country", "syrie")
    page.select_option("#bw-newPlaces-0-within", "homs")
    page.fill("#bw-body", "Over [[homs]] en [[testgehucht]].[@rutba-aanval-2020]")
    settle(page)
    assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
    text = page.inner_text("#bw-file")
    for line in ('  title: "Oorspronkelijke kop"', '  url: "https://example.org/bron"', "    location: onbekend",
                 "    themes: [propaganda]", "    claimed_by: anders", '    claimed_by_text: "de Iraakse regering"',
                 "    status: vastgesteld", "    passages: [2, 4, 5]", "  - id: rutba-aanval-2020", "    passages: [6]", "    value: 2500", '    qualifier: "ongeveer"',
                 "    within: homs", '    aliases: ["Test Gehucht", "Tesgehucht"]'):  # fmt: skip
        assert line + "\n" in text, line
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    (project / "content" / "articles" / "alle-velden-van-de-bouwer.md").write_text(text, encoding="utf-8")
    corpus = build_corpus(project / "content")
    event = next(e for e in corpus.events.values() if e.defined_in == "alle-velden-van-de-bouwer")
    assert (event.location, event.claimed_by_text, event.status, event.themes) == (
        None,
        "de Iraakse regering",
        "vastgesteld",
        ("propaganda",),
    )
    assert (
        corpus.places["testgehucht"].within == "homs"
        and "alle-velden-van-de-bouwer" in corpus.events["rutba-aanval-2020"].sources
    )


def test_places_are_found_and_a_duplicate_is_refused(page, server):
    open_builder(page, server)
    for spelling, slug in (
        ("Sukhnah", "sukhna"),
        ("As-Sukhnah", "sukhna"),
        ("Mayadin", "mayadeen"),
        ("Hasakeh", "hasaka"),
        ("Rakka", "raqqa"),
    ):
        page.fill("#bw-plaats-zoek", spelling)
        page.press("#bw-plaats-zoek", "Enter")
        assert page.evaluate("() => BouwerView.state().locations").count(slug) == 1, spelling
    page.fill("#bw-plaats-zoek", "Deir ez-Zor")
    page.press("#bw-plaats-zoek", "Enter")
    choice = page.inner_text("#bw-plaats-voorstellen")
    assert "kies welke je bedoelt" in choice and "stad in Provincie Deir ez-Zor" in choice and "provincie in Oost-Syrië" in choice
    page.get_by_role("button", name="Voeg toe: Provincie Deir ez-Zor").click()
    assert "Provincie Deir ez-Zor" in page.inner_text("#bw-gekozen-plaatsen")
    page.click("#bw-nieuwe-plaats-knop")
    page.fill("#bw-newPlaces-0-name", "Sukhna-Oost")
    page.select_option("#bw-newPlaces-0-kind", "stad")
    page.fill("#bw-newPlaces-0-lat", "34.89")
    page.fill("#bw-newPlaces-0-lon", "38.88")
    page.click("#bw-reveal")
    settle(page)
    assert "km van Sukhna (stad in Syrische woestijn, Syrië): is het dezelfde plaats?" in page.inner_text(
        "#bw-newPlaces-0-lat-error"
    )
    page.fill("#bw-newPlaces-0-name", "Mayadin")
    page.fill("#bw-newPlaces-0-lat", "35.5")
    settle(page)
    assert "'Mayadin' is al een schrijfwijze van Mayadeen" in page.inner_text("#bw-todo")
    assert not page.inner_text("#bw-status").startswith("Het bestand is klaar")


def test_meld_een_fout_opens_the_issue_form_with_the_page_filled_in(page, server):
    """The page's link and a chart's link lead to GitHub's new-issue form with the page address; nothing
    is loaded from GitHub before the click."""
    opened = []
    page.context.route(
        "https://github.com/**", lambda route: (opened.append(route.request.url), route.fulfill(status=200, body="ok"))
    )
    page.goto(server + f"artikelen/{ARTICLE}/")
    assert opened == [] and not page.watch.foreign
    link = page.get_by_role("link", name="Meld een fout")
    with page.expect_navigation():
        link.click()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(opened[-1]).query)
    assert opened[-1].startswith(f"{TEST_REPO_URL}/issues/new?")
    assert query["template"] == ["correctie.yml"] and query["pagina"] == [f"{server}artikelen/{ARTICLE}/"]
    assert query["title"] == ["Correctie: IS rukt op vanuit de Syrische woestijn"]
    page.goto(server + "tijdlijn/")
    with page.expect_navigation():
        page.locator("a.ik-chart-report").first.click()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(opened[-1]).query)
    assert query["pagina"][0].endswith("/tijdlijn/#grafiek-tijdlijn") and query["onderdeel"][0].startswith("Grafiek: ")


def test_hostile_text_in_the_new_fields_stays_text(page, server):
    """Markup typed into every new field (claims, corrections, new places, figures, the body) shows as text
    in the form, the list of changes and the preview; nothing runs."""
    attack = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>[x](javascript:window.__ran=3)'
    edit(page, server, f"artikelen/{ARTICLE}")
    page.locator("details.bw-fold").first.evaluate("d => d.open = true")
    for selector in (
        "#bw-events-0-claimed-by-text",
        "#bw-events-0-title",
        "#bw-correction",
        "#bw-body",
        "#bw-figures-0-according-to",
    ):
        page.locator(selector).evaluate("n => n.closest('details') && (n.closest('details').open = true)")
        page.fill(selector, attack)
    page.click("#bw-nieuwe-plaats-knop")
    page.fill("#bw-newPlaces-0-name", attack)
    page.fill("#bw-plaats-zoek", attack)
    page.click("#bw-reveal")
    settle(page)
    assert page.evaluate("() => window.__ran") is None
    assert page.locator(".bouwer img, .bouwer script, .bw-preview a[href^='javascript']").count() == 0
    assert attack in page.inner_text("#bw-changes")
    assert "<script>" in page.inner_text("#bw-voorbeeld"), "raw HTML in the body is shown as text"


# Each width and each colour scheme once; with BUILDER_SCREENSHOTS set, all four (for looking at them).
VIEWS = [(1280, "default"), (1280, "slate"), (390, "default"), (390, "slate")] if SHOTS else [(1280, "default"), (390, "slate")]


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_edit_mode_on_phone_and_desktop_light_and_dark(browser, server, width, scheme):
    context = browser.new_context(
        viewport={"width": width, "height": 900}, locale="nl-NL", color_scheme="dark" if scheme == "slate" else "light"
    )
    tab = context.new_page()
    try:
        edit(tab, server, f"artikelen/{ARTICLE}")
        tab.locator("details.bw-fold").first.evaluate("d => d.open = true")
        tab.fill("#bw-events-0-date", "2020-04")
        settle(tab)
        assert tab.get_attribute("body", "data-md-color-scheme") == scheme
        width_used = tab.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]")
        assert width_used[0] <= width_used[1], "no sideways scrolling"
        assert not axe_serious(tab)
        if SHOTS:
            SHOTS.mkdir(parents=True, exist_ok=True)
            for part in ("#bw-changes", "#bw-voorbeeld-sectie", ".bw-mode"):
                tab.locator(part).scroll_into_view_if_needed()
                tab.screenshot(path=str(SHOTS / f"{part.strip('#.')}-{width}-{scheme}.png"))
    finally:
        context.close()


def shoot(page, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
