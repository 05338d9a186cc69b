"""The article builder on /bijdragen/: what it downloads, how soon it is ready, how long one
check takes. Builds the real site into the work folder first (`python -m benchmarks builder`)."""

from __future__ import annotations

import statistics
import subprocess
from pathlib import Path

from benchmarks.harness import GZIP_LEVEL, PYTHON, ROOT, SiteServer, build_env, launch_browser

CHECK = """() => { const s = BouwerView.state(), times = [];
  for (let i = 0; i < 20; i++) { const t = performance.now();
    BouwerCheck.validateArticle(BouwerContent.frontMatter(s), s.body, s.slug, window.__site, BouwerLibs);
    times.push(performance.now() - t); }
  return times; }"""
# An edit of the longest article: its file written back with one date changed, and the list of changes.
EDIT = """() => { const s = BouwerView.state(), times = [];
  s.events[0].date = "2020-04";
  for (let i = 0; i < 20; i++) { const t = performance.now();
    BouwerContent.fileText(s, BouwerLibs); BouwerEdit.changes(s, BouwerView.fullSite()); times.push(performance.now() - t); }
  return times; }"""
SITE_DATA = """async () => { const get = p => fetch('../' + p).then(r => r.json());
  const [schema, themes, geo, events, articles, figures] = await Promise.all(['schema/article.schema.json',
    'data/themes.json', 'data/locations.geojson', 'data/events.json', 'data/articles.json',
    'data/figures.json'].map(get));
  window.__site = {schema, themes, events, articles, figures, places: geo.features.map(f => Object.assign({lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]}, f.properties))}; }"""


def scripts(site: Path) -> dict:
    import gzip

    assets = sorted((site / "assets" / "bijdragen").glob("*.js")) + [site / "assets" / "vendor" / "builder-libs.js"]
    return {
        "files": len(assets),
        "bytes": sum(p.stat().st_size for p in assets),
        "gzip_9": sum(len(gzip.compress(p.read_bytes(), 9)) for p in assets),  # gzip -9, as first measured
        "gzip": sum(len(gzip.compress(p.read_bytes(), GZIP_LEVEL)) for p in assets),
    }


def ready_ms(browser, url: str) -> float:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("#bouwer[data-ready=true]")
    ready = page.evaluate("() => performance.now()")
    page.close()
    return ready


def check_ms(browser, url: str) -> list[float]:
    page = browser.new_page()
    page.goto(url)
    page.wait_for_selector("#bouwer[data-ready=true]")
    page.fill("#bw-title", "Een artikel")
    page.fill("#bw-body", "Over [[sukhna]]. " * 200)
    page.evaluate(SITE_DATA)
    return page.evaluate(CHECK)


def edit_ms(browser, url: str) -> list[float]:
    page = browser.new_page()
    page.goto(url + "?bewerk=artikelen/corona-als-dekmantel-voor-is")
    page.wait_for_selector("#bw-bewerk-status button")
    return page.evaluate(EDIT)


def run(options) -> dict:
    from playwright.sync_api import sync_playwright

    print("== the article builder (/bijdragen/)", flush=True)
    site = options.workdir / "builder-site"
    subprocess.run(
        [PYTHON, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, env=build_env(), check=True, capture_output=True
    )
    server = SiteServer(site)
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            ready = [ready_ms(browser, server.base + "bijdragen/") for _ in range(5)]
            times = check_ms(browser, server.base + "bijdragen/")
            edits = edit_ms(browser, server.base + "bijdragen/")
            browser.close()
    finally:
        server.shutdown()
    return {
        "scripts": scripts(site),
        "ready_ms": ready,
        "check_ms": times,
        "edit_ms": edits,
        "ready_median": statistics.median(ready),
    }
