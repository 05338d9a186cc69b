"""The site search (Pagefind, docs/assets/search.js) on the real site, in Chromium: what it
finds, that it loads nothing until used, and that it works by keyboard and with axe."""

from __future__ import annotations

import pytest
from searching import search, status
from test_quality import AXE, axe_report, set_scheme


@pytest.mark.parametrize("spelling", ["Hasaka", "Hasakeh", "Al-Hasakah"])
def test_search_finds_a_place_by_every_spelling(spelling, server, page):
    page.goto(server)
    assert search(page, spelling)[0] == "plaatsen/hasaka/"


def test_search_stems_dutch_plurals(server, page):
    page.goto(server)
    plural, plural_count = search(page, "gevangenissen"), status(page)
    singular, singular_count = search(page, "gevangenis"), status(page)
    assert "themas/gevangenen/" in plural and "themas/gevangenen/" in singular
    assert plural_count == singular_count, (plural_count, singular_count)
    # "video's" in the text, "videos" typed: the same word to the stemmer.
    assert "themas/propaganda/" in search(page, "videos")


def test_search_finds_articles_events_and_themes(server, page):
    page.goto(server)
    assert "artikelen/corona-als-dekmantel-voor-is/" in search(page, "coronacrisis comeback")[:3]  # its title (issue 22)
    assert "artikelen/corona-als-dekmantel-voor-is/" in search(page, "Koerdische gevangenis opstand Hasaka")
    assert search(page, "Propaganda en boodschappen")[0] == "themas/propaganda/"
    assert search(page, "xqzwv") == [] and status(page).startswith("Niets gevonden")


def test_search_loads_nothing_until_used_and_stays_on_the_site(server, page):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "artikelen/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requests if "/pagefind/" in url or "search_index" in url or "/workers/" in url]
    search(page, "Mosul")
    loaded = [url for url in requests if "/pagefind/" in url]
    assert any(url.endswith("pagefind.js") for url in loaded) and any(".pf_index" in url for url in loaded)
    assert not page.watch.foreign and not page.watch.errors, (page.watch.foreign, page.watch.errors)


def test_search_by_keyboard_with_instant_navigation(server, page):
    page.goto(server)
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.matches('[data-ik-search-input]')")
    assert page.is_checked("#__search")
    page.keyboard.type("Hasakeh")
    page.wait_for_function("() => document.querySelector('[data-ik-search]').getAttribute('data-ik-searched') === 'Hasakeh'")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.getAttribute('href')").endswith("/plaatsen/hasaka/")
    page.keyboard.press("Enter")
    page.wait_for_url(server + "plaatsen/hasaka/")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    # Instant navigation sets the URL before it swaps the page's content in: wait for the content.
    page.wait_for_function(
        "() => ((document.querySelector('article h1') || {}).textContent || '').trim() === 'Hasaka'", timeout=10_000
    )
    # After Material's instant navigation the same box still works, and Escape closes it.
    page.keyboard.press("/")
    assert search(page, "Raqqa")[0] == "plaatsen/raqqa/"
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search")
    assert not page.watch.errors, page.watch.errors


@pytest.mark.parametrize("scheme", ["licht", "donker"])
@pytest.mark.parametrize("width", [1280, 390])
def test_open_search_is_accessible(width, scheme, server, page):
    page.set_viewport_size({"width": width, "height": 844})
    page.goto(server)
    set_scheme(page, scheme)
    assert search(page, "gevangenis")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [v for v in results["violations"] if v["impact"] in ("critical", "serious")]
    assert not serious, axe_report(serious)
