"""The export built with Zensical (README.md, "Building without hooks"): Zensical's search plugin
off, Pagefind after the build, and the site's own search box (partials/search.html, search.js,
search-box.css) working on a wide screen and on a phone. Zensical installs into
.cache/generators/ from requirements-generators.txt; where it does not install, the tests skip
and say why."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import EXPLAINER, PageWatch, build_env, free_port, serve
from searching import RESULT_LINKS, search

from benchmarks import generators

WIDE, PHONE = 1280, 390


@pytest.fixture(scope="module")
def zensical_site(mini_site, tmp_path_factory):
    """The mini project exported, built by Zensical, indexed by Pagefind and served."""
    binary, why = generators.install("zensical")
    if binary is None:
        pytest.skip(f"Zensical ({generators.pinned('zensical')}) does not install here: {why}")
    port = free_port()
    export = tmp_path_factory.mktemp("zensical") / "export"
    env = build_env(SITE_URL=f"http://127.0.0.1:{port}/")
    for command, where in (
        ([*EXPLAINER, "export", str(export)], mini_site.project),
        ([str(binary), "build"], export),
        ([sys.executable, "-m", "pagefind"], export),
    ):
        done = subprocess.run(command, cwd=where, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
    httpd = serve(export / "build", port)
    yield export / "build", f"http://127.0.0.1:{port}/"
    httpd.shutdown()


def test_zensical_builds_the_export_with_the_search_styles_it_lacks(zensical_site, mini_site):
    site, _ = zensical_site
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'content="zensical-' in home and "assets/search-box.css" in home
    assert "search-box.css" not in (mini_site.site / "index.html").read_text(encoding="utf-8"), "MkDocs: Material styles it"
    assert (site / "pagefind" / "pagefind.js").is_file()


@pytest.mark.parametrize("width", [WIDE, PHONE])
def test_our_search_box_works_with_zensical(zensical_site, browser, width):
    """On a wide screen the box in the header, on a phone the header's magnifier opens it; the
    results (Pagefind's) are on screen, and Zensical's own search index is never fetched."""
    _, base = zensical_site
    context = browser.new_context(viewport={"width": width, "height": 844}, locale="nl-NL")
    page = context.new_page()
    watch, requested = PageWatch(page, base.rstrip("/")), []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base)
    assert "artikelen/eerste-artikel/" in search(page, "artikel")
    assert page.locator("[data-ik-search-input]").is_visible()
    first = page.locator(RESULT_LINKS).first.bounding_box()
    assert first and first["x"] >= 0 and first["x"] + first["width"] <= width and 0 < first["y"] < 844, first
    covered = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('[data-ik-search-results]') !== null",
        [first["x"] + 5, first["y"] + 5],
    )
    assert covered, "the first result is in front of the page"
    assert not [url for url in requested if "search.json" in url or "/workers/search" in url], requested
    assert not watch.errors and not watch.foreign, watch.errors + watch.foreign
    context.close()
