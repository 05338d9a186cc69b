"""Page weight and Lighthouse of the real site against the budgets of issue 10
(`python -m benchmarks budget`).

The built site is served locally with gzip (as any real web server would), every page is loaded
cold in Chromium and what it fetches with nothing touched is summed after gzip (the charts are
their static pictures then; what their interactive upgrade adds is counted apart); then Lighthouse (npm `lighthouse`,
its default mobile preset: simulated slow 4G and 4x CPU slowdown) runs against the same server
with Debian's Chromium."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from benchmarks.harness import CHROMIUM_ARGS, ROOT, SiteServer, chromium_path, gz, launch_browser, make_project
from benchmarks.timed_build import timed_build

CHROME_FLAGS = " ".join(["--headless", *CHROMIUM_ARGS])
WIDTHS = (1280, 390)  # a desktop window and a phone, in CSS px
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


def _sum(seen: list, base: str) -> dict:
    parts = {"html": 0, "css": 0, "js": 0, "data": 0, "other": 0, "requests": 0, "foreign": 0}
    for response in seen:
        if not response.url.startswith(base):
            parts["foreign"] += 1
            continue
        try:
            size = gz(response.body())
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


def lighthouse_once(url: str) -> dict:
    """One Lighthouse run (mobile preset) with Debian's Chromium: its scores and metrics."""
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
            env={**os.environ, "CHROME_PATH": chromium_path()},
            check=True,
            timeout=300,
            capture_output=True,
        )
        report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        **{
            key: audits[key]["numericValue"] / 1000
            for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
        },
        "cls": audits["cumulative-layout-shift"]["numericValue"],
    }


def lighthouse(url: str, runs: int) -> dict:
    """Median performance score (and that run's metrics), the lowest accessibility score and the
    highest cumulative layout shift over `runs` runs."""
    results = [lighthouse_once(url) for _ in range(runs)]
    median = sorted(results, key=lambda r: r["performance"])[len(results) // 2]
    return {
        **median,
        "runs": [r["performance"] for r in results],
        "accessibility": min(r["accessibility"] for r in results),
        "cls": max(r["cls"] for r in results),
    }


def load_average() -> str:
    return " / ".join(f"{n:.1f}" for n in os.getloadavg())


def first_loads(base: str, paths, widths=WIDTHS) -> dict:
    """path -> width -> what `observed` counts, in one headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        found = {path: {width: observed(browser, base, path, width) for width in widths} for path in paths}
        browser.close()
    return found


def real_site(options, name: str) -> Path:
    """The real site (content/) built from this tree into WORKDIR/NAME/build."""
    project = make_project(options.workdir / name, ROOT / "content")
    timed_build(project, options.workdir / f"{name}.log")
    return project / "build"


def measure(site: Path, runs: int = 3) -> dict:
    load = load_average()
    server = SiteServer(site, gzip=True)
    base = server.base.rstrip("/")
    try:
        weights = first_loads(base, PAGES)
        scores = {path: lighthouse(base + path, runs) for path in PAGES}
    finally:
        server.shutdown()
    return {
        "weights": weights,
        "lighthouse": scores,
        "runs": runs,
        "load": load,
        "bundles": {
            name: gz((ROOT / "vendor-build" / name).read_bytes())
            for name in ("plotly-kern.min.js", "plotly-geo.min.js", "topojson/regio/world_50m.json")
        },
    }


def run(options) -> dict:
    print("== page weight and Lighthouse of the real site", flush=True)
    return measure(real_site(options, "budget"), options.lighthouse_runs)
