"""Page weight and Lighthouse of the real site against the budgets of issue 10 (run by
`scripts/benchmark.py --budget`).

The built site is served locally with gzip (as any real web server would), every page is loaded
cold in Chromium and what it fetches with nothing touched is summed after gzip (the charts are
their static pictures then; what their interactive upgrade adds is counted apart); then Lighthouse (npm `lighthouse`,
its default mobile preset: simulated slow 4G and 4x CPU slowdown) runs against the same server
with Debian's Chromium."""

from __future__ import annotations

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
GZIP_LEVEL = 6
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
# page -> budget in KB gzip (HTML, CSS, JS, data, geometry), from issue 10
PAGES = {
    "/tijdlijn/": 350,
    "/cijfers/": 350,
    "/themas/gevangenen/": 350,
    "/kaart/": 450,
    "/plaatsen/raqqa/": 450,
    "/": None,
    "/artikelen/van-kalifaat-tot-baghouz/": None,
}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".csv", ".geojson", ".svg")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded for clients that accept it (text types only)."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's URL
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _sum(seen: list, base: str) -> dict:
    parts = {"html": 0, "css": 0, "js": 0, "data": 0, "other": 0, "requests": 0, "foreign": 0}
    for response in seen:
        if not response.url.startswith(base):
            parts["foreign"] += 1
            continue
        try:
            size = len(gzip.compress(response.body(), compresslevel=GZIP_LEVEL, mtime=0))
        except Exception:  # noqa: BLE001 - redirects have no body
            continue
        parts["requests"] += 1
        parts[_kind(response)] += size
    parts["total"] = sum(parts[k] for k in ("html", "css", "js", "data", "other"))
    return parts


def observed(browser, base: str, path: str, width: int) -> dict:
    """What a cold first visit fetches with nothing touched (the charts are their static
    pictures) until the network is idle, gzip KB; then, under "upgrade", what the interactive
    charts add once the reader starts to use them (plotly.js, the timeline's controls, geometry)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    seen = []
    page.on("response", lambda response: seen.append(response))
    page.goto(base + path, wait_until="load")
    page.wait_for_load_state("networkidle")
    parts = _sum(seen, base)
    first = len(seen)
    if page.query_selector(".ik-chart"):
        for chart in page.locator(".ik-chart").all():
            chart.dispatch_event("pointerover")  # as a pointer entering the chart (focus alone no longer draws Plotly)
        page.wait_for_function("() => [...document.querySelectorAll('.ik-chart')].every(c => c.dataset.drawn)", timeout=60000)
        page.wait_for_load_state("networkidle")
    parts["upgrade"] = _sum(seen[first:], base)
    context.close()
    return parts


def _kind(response) -> str:
    kind = response.request.resource_type
    url = response.url.split("?")[0]
    if kind == "document":
        return "html"
    if url.endswith(".css"):
        return "css"
    if url.endswith(".js"):
        return "js"
    if url.endswith((".json", ".csv", ".geojson", ".xml")):
        return "data"
    return "other"


def lighthouse(url: str, runs: int) -> dict:
    """Median performance score (and its metrics) and the accessibility score over `runs` runs."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "report.json"
            subprocess.run(
                [
                    str(ROOT / "node_modules" / ".bin" / "lighthouse"),
                    url,
                    "--quiet",
                    "--output=json",
                    f"--output-path={out}",
                    "--only-categories=performance,accessibility",
                    f"--chrome-flags={CHROME_FLAGS}",
                ],
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
                check=True,
                timeout=300,
                capture_output=True,
            )
            report = json.loads(out.read_text(encoding="utf-8"))
        audits = report["audits"]
        results.append(
            {
                "performance": round(report["categories"]["performance"]["score"] * 100),
                "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
                **{
                    key: audits[key]["numericValue"] / 1000
                    for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
                },
            }
        )
    median = sorted(results, key=lambda r: r["performance"])[len(results) // 2]
    return {**median, "runs": [r["performance"] for r in results], "accessibility": min(r["accessibility"] for r in results)}


def measure(site: Path, runs: int = 3) -> dict:
    from playwright.sync_api import sync_playwright

    load = " / ".join(f"{n:.1f}" for n in os.getloadavg())
    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROME_FLAGS.split()[1:])
            weights = {path: {w: observed(browser, base, path, w) for w in (1280, 390)} for path in PAGES}
            browser.close()
        scores = {path: lighthouse(base + path, runs) for path in PAGES}
    finally:
        server.shutdown()
    return {
        "weights": weights,
        "lighthouse": scores,
        "runs": runs,
        "load": load,
        "bundles": {
            name: len(gzip.compress((ROOT / "vendor-build" / name).read_bytes(), GZIP_LEVEL, mtime=0))
            for name in ("plotly-kern.min.js", "plotly-geo.min.js", "topojson/regio/world_50m.json")
        },
    }


def report(result: dict, heading: str = "## Page weight and Lighthouse") -> str:
    kb = lambda n: f"{n / 1024:.0f}"  # noqa: E731
    bundles = result["bundles"]
    lines = [
        heading,
        "",
        f"Issue 10's budgets, measured by `python scripts/benchmark.py --budget` (scripts/page_budget.py): the "
        f"built site served locally with gzip -6, each page loaded cold in Chromium at 1280 and 390 px (every "
        f"file a first visit fetches with nothing touched, until the network is idle; the charts are their "
        f"static SVG pictures then), then Lighthouse (mobile preset, Debian Chromium; median of "
        f"{result['runs']} runs; load average {result.get('load', '?')} at the start, on a shared machine "
        f'scores are low). "Upgrade KB" is what a page fetches more once the reader starts to interact '
        f"with its charts (plotly.js, the timeline's controls, map geometry): not part of the first load. A "
        f"chart without a static picture (a map, before charts/svg/geo.py) is drawn at once, so there plotly.js "
        f"counts in the first load. "
        f"Bundles: plotly-kern {kb(bundles['plotly-kern.min.js'])} KB, plotly-geo "
        f"{kb(bundles['plotly-geo.min.js'])} KB, regional topojson {kb(bundles['topojson/regio/world_50m.json'])}"
        f" KB (gzip).",
        "",
        "| page | budget KB | first load KB 1280 / 390 px | HTML | CSS | JS | data | requests | foreign | "
        "upgrade KB | Lighthouse perf (runs) | FCP s | LCP s | TBT s | a11y |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for path, by_width in result["weights"].items():
        wide, phone = by_width.get(1280) or by_width["1280"], by_width.get(390) or by_width["390"]
        score = result["lighthouse"][path]
        budget = PAGES.get(path)
        verdict = "" if budget is None else (" met" if wide["total"] / 1024 <= budget else " **missed**")
        lines.append(
            f"| `{path}` | {budget or '–'}{verdict} | {kb(wide['total'])} / {kb(phone['total'])} | "
            f"{kb(wide['html'])} | {kb(wide['css'])} | {kb(wide['js'])} | {kb(wide['data'])} | "
            f"{wide['requests']} | {wide['foreign']} | {kb(wide.get('upgrade', {}).get('total', 0))} | "
            f"**{score['performance']}** "
            f"({', '.join(map(str, score['runs']))}) | {score['first-contentful-paint']:.1f} | "
            f"{score['largest-contentful-paint']:.1f} | {score['total-blocking-time']:.2f} | "
            f"{score['accessibility']} |"
        )
    return "\n".join(lines) + "\n"


def write_section(markdown: str, section: str, heading: str = "## Page weight and Lighthouse") -> str:
    """BENCHMARKS.md with this section replaced (or appended): other sections stay as they are."""
    if heading not in markdown:
        return markdown.rstrip("\n") + "\n\n" + section
    before, rest = markdown.split(heading, 1)
    after = rest.split("\n## ", 1)
    tail = "\n## " + after[1] if len(after) > 1 else ""
    return before + section.rstrip("\n") + "\n" + tail
