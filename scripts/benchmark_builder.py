"""Figures for the article builder on /bijdragen/: what it downloads, how soon it is ready,
how long one check takes. Builds the real site into a temporary folder first.

    .venv/bin/python scripts/benchmark_builder.py
"""

from __future__ import annotations

import gzip
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM_ARGS, build_env, chromium_path, serve  # noqa: E402

CHECK = """() => { const s = BouwerView.state(), times = [];
  for (let i = 0; i < 20; i++) { const t = performance.now();
    BouwerCheck.validateArticle(BouwerContent.frontMatter(s), s.body, s.slug, %s, BouwerLibs); times.push(performance.now() - t); }
  return times; }"""
# An edit of the longest article: its file written back with one date changed, and the list of changes.
EDIT = """() => { const s = BouwerView.state(), times = [];
  s.events[0].date = "2020-04";
  for (let i = 0; i < 20; i++) { const t = performance.now();
    BouwerContent.fileText(s, BouwerLibs); BouwerEdit.changes(s, BouwerView.fullSite()); times.push(performance.now() - t); }
  return times; }"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
            cwd=ROOT,
            env=build_env(),
            check=True,
            capture_output=True,
        )
        assets = sorted((site / "assets" / "bijdragen").glob("*.js")) + [site / "assets" / "vendor" / "builder-libs.js"]
        raw = sum(p.stat().st_size for p in assets)
        packed = sum(len(gzip.compress(p.read_bytes(), 9)) for p in assets)
        print(f"builder scripts: {len(assets)} files, {raw / 1024:.0f} KiB ({packed / 1024:.0f} KiB gzipped)")
        httpd = serve(site)
        url = f"http://127.0.0.1:{httpd.server_address[1]}/bijdragen/"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            ready = []
            for _ in range(5):
                page = browser.new_page()
                page.goto(url)
                page.wait_for_selector("#bouwer[data-ready=true]")
                ready.append(page.evaluate("() => performance.now()"))
                page.close()
            print(f"form ready after (ms, 5 cold loads): median {statistics.median(ready):.0f}, max {max(ready):.0f}")
            page = browser.new_page()
            page.goto(url)
            page.wait_for_selector("#bouwer[data-ready=true]")
            page.fill("#bw-title", "Een artikel")
            page.fill("#bw-body", "Over [[sukhna]]. " * 200)
            site_data = "window.__site"
            page.evaluate("""async () => { const get = p => fetch('../' + p).then(r => r.json());
              const [schema, themes, geo, events, articles, figures] = await Promise.all(['schema/article.schema.json',
                'data/themes.json', 'data/locations.geojson', 'data/events.json', 'data/articles.json',
                'data/figures.json'].map(get));
              window.__site = {schema, themes, events, articles, figures,
                places: geo.features.map(f => Object.assign({lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]}, f.properties))}; }""")
            times = page.evaluate(CHECK % site_data)
            print(f"one full check (ms, 20 runs, 200 wiki-links): median {statistics.median(times):.1f}, max {max(times):.1f}")
            page.goto(url + "?bewerk=artikelen/corona-als-dekmantel-voor-is")
            page.wait_for_selector("#bw-bewerk-status button")
            times = page.evaluate(EDIT)
            print(
                f"edit: the whole file and its changes (ms, 20 runs): median {statistics.median(times):.1f}, max {max(times):.1f}"
            )
            browser.close()
        httpd.shutdown()


if __name__ == "__main__":
    main()
