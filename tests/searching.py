"""Searching the built site through its own search box, as a reader does (assets/search.js)."""

from __future__ import annotations

from urllib.parse import urlparse

RESULT_LINKS = "[data-ik-search-results] > li > a:first-child"


def search(page, query: str) -> list[str]:
    """Types `query` into the search box; the site paths of the results on screen, best first."""
    box = page.locator("[data-ik-search-input]")
    if not box.is_visible():  # a phone: the search opens from the header's magnifier
        page.click("label.md-header__button[for=__search]")
    box.fill(query)
    page.wait_for_function(
        "q => document.querySelector('[data-ik-search]').getAttribute('data-ik-searched') === q", arg=query, timeout=15_000
    )
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
    return [
        urlparse(href).path.lstrip("/") + (f"#{urlparse(href).fragment}" if urlparse(href).fragment else "") for href in hrefs
    ]


def status(page) -> str:
    return page.locator("[data-ik-search-status]").inner_text()
