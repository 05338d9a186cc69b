"""Page weight of the real site per page type: a static count (gzip -6 of the page's HTML, the
CSS/JS it references, the plotly.js bundle its charts need, the topojson on map pages) and what
headless Chromium actually fetches on a cold load, nothing touched."""

from __future__ import annotations

import html as html_module
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

from benchmarks.harness import ROOT, SiteServer, gz, launch_browser, make_project
from benchmarks.timed_build import timed_build

ASSET_REF = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')
FIGURE_ATTRIBUTE = re.compile(r'data-figure="([^"]*)"')
FIGURE_SCRIPT = re.compile(r'<script type="application/json"[^>]*>(.*?)</script>', re.S)
VENDOR = "assets/vendor/"


def chart_figures(text: str) -> list[dict]:
    """The Plotly figures a page embeds (as a data-figure attribute or a JSON script)."""
    figures = []
    for value in [html_module.unescape(v) for v in FIGURE_ATTRIBUTE.findall(text)] + FIGURE_SCRIPT.findall(text):
        try:
            figure = json.loads(value)
        except ValueError:
            continue
        if isinstance(figure, dict) and "data" in figure:
            figures.append(figure)
    return figures


def topojson_files(figures: list[dict]) -> set[str]:
    found = set()
    for figure in figures:
        if any(trace.get("type") in ("scattergeo", "choropleth") for trace in figure.get("data", [])):
            layout = figure.get("layout") or {}
            resolution = (layout.get("geo") or {}).get("resolution", 110)
            found.add(f"{(layout.get('meta') or {}).get('topojson', 'regio')}/world_{int(resolution)}m.json")
    return found


def static_weight(site: Path, url_path: str) -> dict:
    """HTML + referenced CSS/JS (+ plotly and locale on chart pages, the topojson maps fetch)."""
    html = (site / url_path.strip("/") / "index.html").read_bytes()
    text = html.decode("utf-8")
    parts = {"html": gz(html), "css": 0, "js": 0, "plotly": 0, "data": 0}
    for ref in ASSET_REF.findall(text):
        if not ref.startswith(("http:", "https:", "//")):
            path = site / urlparse(urljoin("http://x/" + url_path.lstrip("/"), ref)).path.lstrip("/")
            parts["css" if path.suffix == ".css" else "js"] += gz(path.read_bytes())
    figures, charts = chart_figures(text), 'class="ik-chart"' in text
    topojson = topojson_files(figures)
    if charts:  # the one plotly.js bundle the page needs (data-plotly), the Dutch locale built in
        parts["plotly"] += gz(
            (site / VENDOR / ("plotly-geo.min.js" if 'data-plotly="geo"' in text else "plotly-kern.min.js")).read_bytes()
        )
    parts["data"] += sum(gz((site / VENDOR / "topojson" / name).read_bytes()) for name in sorted(topojson))
    parts.update(charts=charts, map=bool(topojson), figures=len(figures), html_raw=len(html))
    parts["figure_json"] = sum(len(json.dumps(f, separators=(",", ":"))) for f in figures)
    parts["template_json"] = sum(
        len(json.dumps((f.get("layout") or {}).get("template", {}), separators=(",", ":"))) for f in figures
    )
    parts["js_css"] = parts["css"] + parts["js"] + parts["plotly"]
    parts["total"] = parts["html"] + parts["js_css"] + parts["data"]
    return parts


def observed_weight(browser, base: str, url_path: str) -> dict:
    """What Chromium actually fetches on a cold load (gzip sizes computed here; the server sends raw)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    seen = []
    page.on("response", lambda response: seen.append(response))
    page.goto(base + url_path.lstrip("/"), wait_until="load")
    if page.query_selector(".ik-chart"):  # its static picture, or Plotly where a chart has none
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart .ik-static svg", timeout=30000, state="attached")
    page.wait_for_load_state("networkidle")
    result = {"requests": 0, "gzip": 0, "js_css": 0, "plotly": False, "search_index": 0, "topojson": 0, "files": []}
    for response in seen:
        if response.url.startswith(base):
            count_response(result, response, response.url[len(base) - 1 :])
    context.close()
    return result


def count_response(result: dict, response, path: str) -> None:
    try:
        body = response.body()
    except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
        return
    size = gz(body)
    result["requests"] += 1
    result["gzip"] += size
    result["files"].append([path, response.request.resource_type, len(body), size])
    result["js_css"] += size if path.endswith((".js", ".css")) else 0
    result["plotly"] |= "/plotly-" in path
    result["topojson"] += size if "topojson" in path else 0
    result["search_index"] = size if path.endswith("search_index.json") else result["search_index"]


def targets(site: Path) -> list[tuple[str, str]]:
    articles = sorted(p.parent.name for p in (site / "artikelen").glob("*/index.html"))
    themes = sorted(p.parent.name for p in (site / "themas").glob("*/index.html"))
    places = sorted(
        (p.stat().st_size, p.parent.name)
        for p in (site / "plaatsen").glob("*/index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")
    )
    return [
        ("home", "/"),
        ("article", f"/artikelen/{articles[0]}/"),
        ("theme", f"/themas/{themes[0]}/"),
        ("place (largest)", f"/plaatsen/{places[-1][1]}/"),
        ("place (smallest)", f"/plaatsen/{places[0][1]}/"),
        *[
            (f"list: {name}", f"/{folder}/")
            for name, folder in (
                ("artikelen", "artikelen"),
                ("thema's", "themas"),
                ("plaatsen", "plaatsen"),
                ("bronnen", "bronnen"),
            )
        ],
        *[(name, f"/{name}/") for name in ("tijdlijn", "kaart", "cijfers", "over")],
    ]


def observe(site: Path, paths: list[str]) -> dict:
    from playwright.sync_api import sync_playwright

    server = SiteServer(site)
    try:
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            observed = {path: observed_weight(browser, server.base, path) for path in paths}
            browser.close()
    finally:
        server.shutdown()
    return observed


def run(options) -> dict:
    print("== page weight of the real site", flush=True)
    project = make_project(options.workdir / "real", ROOT / "content")
    build = timed_build(project, options.workdir / "real.log")
    site = project / "build"
    try:
        observed = observe(site, [path for _, path in targets(site)])
    except Exception as error:  # noqa: BLE001 - the static figures still stand
        print(f"   (no browser observation: {error})", flush=True)
        observed = {}
    rows = [
        {"type": name, "path": path, **static_weight(site, path), "observed": observed.get(path)} for name, path in targets(site)
    ]
    return {"rows": rows, "build": {k: build[k] for k in ("wall", "pages", "bytes")}}
