"""Issue 23's budgets, as figures: the story page's first load (gzip KB), Lighthouse mobile
(performance, accessibility, CLS) on the story page and the home page, and the first load of the
site's other page types, beside a baseline build when one is given.

    .venv/bin/python scripts/story_budget.py build                       # this build
    .venv/bin/python scripts/story_budget.py build --baseline /tmp/main/build --runs 3

Self-contained (its own gzip server, Chromium through Playwright, npm `lighthouse` with Debian's
Chromium): it only reads built sites. Budgets: story page at most 250 KB gzip on first load,
Lighthouse performance at least 95 and accessibility 100 on the story page and the home page, CLS
below 0.05, the other pages not heavier than the baseline."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import subprocess
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
STORY, HOME = "/verhaal/van-kalifaat-tot-comeback/", "/"
OTHERS = ["/tijdlijn/", "/kaart/", "/cijfers/", "/themas/gevangenen/", "/plaatsen/mosul/", "/artikelen/van-kalifaat-tot-baghouz/"]
TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".geojson")


class Gzipped(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in TEXT and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Once(body)


class _Once:
    def __init__(self, data):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Gzipped, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def first_load(browser, base: str, path: str, width: int) -> float:
    """KB gzip of every same-origin file a cold visit fetches until the network is idle."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page, seen = context.new_page(), []
    page.on("response", lambda response: seen.append(response))
    page.goto(base + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    total = 0
    for response in seen:
        if response.url.startswith(base):
            with contextlib.suppress(Exception):  # a redirect has no body
                total += len(gzip.compress(response.body(), 6, mtime=0))
    context.close()
    return total / 1024


def lighthouse(url: str, runs: int) -> dict:
    """Median performance, lowest accessibility, highest CLS over `runs` mobile runs."""
    found = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "report.json"
            subprocess.run(
                [str(ROOT / "node_modules/.bin/lighthouse"), url, "--quiet", "--output=json", f"--output-path={out}",
                 "--only-categories=performance,accessibility", f"--chrome-flags={FLAGS}"],
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, check=True, capture_output=True, timeout=300,
            )  # fmt: skip
            report = json.loads(out.read_text(encoding="utf-8"))
        found.append(
            (
                round(report["categories"]["performance"]["score"] * 100),
                round(report["categories"]["accessibility"]["score"] * 100),
                report["audits"]["cumulative-layout-shift"]["numericValue"],
                report["audits"]["largest-contentful-paint"]["numericValue"] / 1000,
            )
        )
    found.sort()
    return {
        "performance": found[len(found) // 2][0],
        "runs": [f[0] for f in found],
        "accessibility": min(f[1] for f in found),
        "cls": max(f[2] for f in found),
        "lcp": found[len(found) // 2][3],
    }


def weights(site: Path, paths: list[str]) -> dict:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS.split()[1:])
            found = {path: {w: first_load(browser, base, path, w) for w in (1280, 390)} for path in paths}
            browser.close()
    finally:
        server.shutdown()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the built site (build/)")
    parser.add_argument("--baseline", type=Path, help="a build to compare the other pages' weight with")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median); 0: weights only")
    args = parser.parse_args()
    print(f"load average: {' / '.join(f'{n:.1f}' for n in os.getloadavg())}")
    paths = [STORY, HOME, *OTHERS]
    now = weights(args.site, paths)
    before = weights(args.baseline, [p for p in paths if p != STORY]) if args.baseline else {}
    print("\nfirst load, KB gzip (1280 / 390 px)" + ("; baseline" if before else ""))
    for path in paths:
        line = f"  {path:45} {now[path][1280]:6.1f} / {now[path][390]:6.1f}"
        if path in before:
            line += (
                f"   baseline {before[path][1280]:6.1f} / {before[path][390]:6.1f}  ({now[path][1280] - before[path][1280]:+.1f})"
            )
        print(line + ("   budget 250" if path == STORY else ""))
    if args.runs < 1:
        return
    server, base = serve(args.site)
    try:
        print(f"\nLighthouse, mobile preset, {args.runs} runs (median performance; lowest accessibility; highest CLS)")
        for path in (STORY, HOME):
            score = lighthouse(base + path, args.runs)
            print(
                f"  {path:45} performance {score['performance']} {score['runs']}  accessibility {score['accessibility']}  "
                f"CLS {score['cls']:.3f}  LCP {score['lcp']:.1f} s"
            )
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
