"""The article builder on the built site (/bijdragen/), used as a contributor would: the result,
written into a copy of the content, passes `explainer check` and builds into a page."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import EXPLAINER, ROOT, TEST_REPO_URL, make_project, run_build, serve

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = Path(os.environ.get("BUILDER_SCREENSHOTS", "")) if os.environ.get("BUILDER_SCREENSHOTS") else None
SLUG = "testbron-uit-de-bouwer"
BODY = "Een tekst over [[sukhna]] en [[Hasakeh]], bij het thema [[opstand]].[@rutba-aanval-2020]\n\nZie ook [[testdorp]]."


def open_builder(page, server: str) -> None:
    page.goto(server + "bijdragen/")
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.wait_for_selector("#bouwer[data-ready=true]", timeout=20_000)


def settle(page) -> None:
    """The check runs 120 ms after the last keystroke; until it has, the builder is marked pending."""
    page.wait_for_timeout(150)
    page.wait_for_function("() => !document.querySelector('#bouwer[data-pending]')", timeout=20_000)


def axe_serious(page) -> list:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}"
        for v in results["violations"]
        if v["impact"] in ("critical", "serious")
    ]


def shoot(page, name: str) -> None:
    if SHOTS:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def fill_article(page) -> None:
    page.fill("#bw-title", "Testbron uit de bouwer")
    page.fill("#bw-summary", "Een testartikel over een aanval bij Sukhna, gemaakt met de artikelbouwer.")
    page.fill("#bw-source-note", "Testbron voor de tests; kop, auteur en uitgever bestaan niet.")
    page.check("#bw-themes-opstand")
    for name in ("Sukhna", "Hasakeh"):  # a name and another spelling
        page.fill("#bw-plaats-zoek", name)
        page.get_by_role("button", name="Plaats toevoegen", exact=True).click()
    page.get_by_role("button", name="Nieuwe gebeurtenis", exact=True).click()
    page.fill("#bw-events-0-title", "Testaanval bij Sukhna")
    page.fill("#bw-events-0-date", "2020-04-09")
    page.select_option("#bw-events-0-location", "sukhna")
    page.fill("#bw-events-0-summary", "Een gebeurtenis die alleen in de tests bestaat.")
    page.fill("#bw-events-0-passages", "2")  # the source's paragraphs that tell it (issue 22)
    page.select_option("#bw-bestaande-gebeurtenis", "rutba-aanval-2020")
    page.get_by_role("button", name="Bestaande toevoegen", exact=True).click()
    page.fill("#bw-events-1-passages", "4")
    page.fill("#bw-body", BODY)


def describe_place(page) -> None:
    page.click("#bw-nieuwe-plaats-knop")
    page.fill("#bw-newPlaces-0-name", "Testdorp")
    page.fill("#bw-newPlaces-0-aliases", "Test-Dorp, Tast Dorp")
    page.select_option("#bw-newPlaces-0-kind", "dorp")
    page.select_option("#bw-newPlaces-0-country", "syrie")
    page.fill("#bw-newPlaces-0-description", "Een dorp dat alleen in de tests bestaat.[@rutba-aanval-2020]")
    box = page.locator(".bw-map").bounding_box()
    page.locator(".bw-map").click(position={"x": box["width"] * 0.45, "y": box["height"] * 0.5})
    lat, lon = float(page.input_value("#bw-newPlaces-0-lat")), float(page.input_value("#bw-newPlaces-0-lon"))
    assert abs(lat - 34) < 0.1 and abs(lon - 39) < 0.1, "a click on the map gives its coordinates"


@pytest.mark.browser
def test_builder_end_to_end(page, server, tmp_path):
    open_builder(page, server)
    fill_article(page)
    page.fill("#bw-published", "april 2020")
    page.locator("#bw-published").blur()
    settle(page)
    error = page.inner_text("#bw-published-error")
    assert "'april 2020' is geen datum die de site kan lezen" in error and "2020-04~" in error
    assert "Bedoel je 2020-04" in page.inner_text("#bw-published-date")
    assert page.is_hidden("#bw-file-block"), "an invalid date blocks the result"
    assert "Nog niet klaar" in page.inner_text("#bw-status")
    assert "geen datum die de site kan lezen" in page.inner_text("#bw-todo")
    assert not axe_serious(page)
    shoot(page, "fouten-1280")

    page.fill("#bw-published", "2020-04~")
    settle(page)
    assert page.is_hidden("#bw-published-error")
    assert "circa april 2020" in page.inner_text("#bw-published-date")

    page.fill("#bw-slug", "van-kalifaat-tot-baghouz")
    settle(page)
    assert "let op: 'van-kalifaat-tot-baghouz' is al het artikel" in page.inner_text("#bw-slug-error")
    page.fill("#bw-slug", SLUG)
    describe_place(page)
    settle(page)
    assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
    assert not axe_serious(page)
    shoot(page, "klaar-1280")

    article = page.inner_text("#bw-file")
    href = page.get_attribute("#bw-github", "href")
    assert href.startswith(f"{TEST_REPO_URL}/new/main/content/articles?filename={SLUG}.md")
    assert page.get_attribute("#bw-download", "download") == f"{SLUG}.md"
    assert "  - id: rutba-aanval-2020\n" in article and 'date: "2020-04-09"' in article
    assert "locations: [sukhna, hasaka, testdorp]" in article, "the article names its new place"
    assert '\nnew_places:\n  testdorp:\n    name: "Testdorp"\n    aliases: ["Test-Dorp", "Tast Dorp"]\n' in article, "one file"
    assert not page.watch.foreign, page.watch.foreign
    assert not page.watch.errors, page.watch.errors

    project = make_project(tmp_path / "project")
    (project / "content" / "articles" / f"{SLUG}.md").write_text(article, encoding="utf-8")
    checked = subprocess.run([*EXPLAINER, "check"], cwd=project, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    build = run_build(project)
    assert build.returncode == 0, build.output
    built = (build.site / "artikelen" / SLUG / "index.html").read_text(encoding="utf-8")
    assert "Testbron uit de bouwer" in built and "Testaanval bij Sukhna" in built
    place = (build.site / "plaatsen" / "testdorp" / "index.html").read_text(encoding="utf-8")
    assert f"edit/main/content/articles/{SLUG}.md" in place, "the new place is edited in the article that brings it"


@pytest.mark.browser
def test_works_offline_and_keeps_a_draft_until_cleared(page, server):
    open_builder(page, server)
    page.context.set_offline(True)  # once loaded, the builder needs no network at all
    page.fill("#bw-title", "Een concept")
    page.fill("#bw-published", "rond april 2020")
    page.locator("#bw-published").blur()
    settle(page)
    assert "Bedoel je 2020-04~" in page.inner_text("#bw-published-date")
    page.context.set_offline(False)
    page.reload()
    page.wait_for_selector("#bouwer[data-ready=true]")
    assert page.input_value("#bw-title") == "Een concept"
    assert "concept van eerder is teruggezet" in page.inner_text("#bw-copied")
    page.click("#bw-clear")
    assert page.input_value("#bw-title") == "Een concept", "one click only asks to confirm"
    page.click("#bw-clear")
    assert page.input_value("#bw-title") == ""
    assert page.evaluate("() => localStorage.getItem('ik-bouwer-concept')") in (
        None,
        '{"title":""}',
    ) or '"title":""' in page.evaluate("() => localStorage.getItem('ik-bouwer-concept')")


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_phone_and_dark_mode(browser, server, scheme):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="nl-NL", color_scheme="dark" if scheme == "slate" else "light"
    )
    page = context.new_page()
    try:
        open_builder(page, server)
        assert page.get_attribute("body", "data-md-color-scheme") == scheme
        page.fill("#bw-title", "Telefoon")
        page.fill("#bw-published", "eind maart 2020")
        page.locator("#bw-published").blur()
        settle(page)
        assert "2020-03-21/2020-03-31" in page.inner_text("#bw-published-date")
        width = page.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]")
        assert width[0] <= width[1], "no sideways scrolling on a phone"
        assert not axe_serious(page)
        shoot(page, f"fouten-390-{scheme}")
        page.get_by_role("button", name="Gebruik 2020-03-21/2020-03-31").click()
        settle(page)
        assert page.is_hidden("#bw-published-error")
    finally:
        context.close()


@pytest.mark.browser
def test_without_a_repository_the_button_says_why(browser, tmp_path):
    """A local build (no REPO_URL): the file can still be downloaded; GitHub is explained, not broken."""
    project = make_project(tmp_path / "project")
    build = run_build(project, REPO_URL="")
    assert build.returncode == 0, build.output
    httpd = serve(build.site)
    context = browser.new_context()
    page = context.new_page()
    try:
        server = f"http://127.0.0.1:{httpd.server_address[1]}/"
        open_builder(page, server)
        fill_article(page)
        page.fill("#bw-published", "2020-04")
        page.fill("#bw-body", "Over [[sukhna]].[@rutba-aanval-2020]")
        settle(page)
        assert page.inner_text("#bw-status").startswith("Het bestand is klaar"), page.inner_text("#bw-todo")
        assert page.get_attribute("#bw-github", "aria-disabled") == "true"
        assert page.get_attribute("#bw-github", "href") is None
        assert "gebouwd zonder adres van de repository" in page.inner_text("#bw-github-note")
        assert page.get_attribute("#bw-download", "href").startswith("blob:")
    finally:
        context.close()
        httpd.shutdown()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_a_new_place_can_be_typed_key_by_key(browser, server, width):
    """The name and slug of a new place keep the focus while typing (the real keyboard, not fill)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    try:
        open_builder(page, server)
        page.click("#bw-nieuwe-plaats-knop")
        page.click("#bw-newPlaces-0-name")
        page.keyboard.type("Al-Qaim", delay=20)
        settle(page)
        assert page.input_value("#bw-newPlaces-0-name") == "Al-Qaim"
        assert page.input_value("#bw-newPlaces-0-slug") == "al-qaim", "the slug follows the name"
        assert page.evaluate("() => document.activeElement.id") == "bw-newPlaces-0-name"
        page.click("#bw-newPlaces-0-slug")
        page.keyboard.press("End")
        page.keyboard.type("-stad", delay=20)
        settle(page)
        assert page.input_value("#bw-newPlaces-0-slug") == "al-qaim-stad"
        assert page.evaluate("() => document.activeElement.id") == "bw-newPlaces-0-slug"
        assert "Al-Qaim (nieuwe plaats)" in page.inner_text("#bw-gekozen-plaatsen"), "the article names it, by its new slug"
    finally:
        context.close()
