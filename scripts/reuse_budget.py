"""The budgets of issue 24 ("take it with you"), measured on the real site; prints Markdown tables.

    .venv/bin/python scripts/reuse_budget.py [--base main] [--lighthouse-runs 3]

1. Embed pages (/insluiten/<chart>/): what a cold visit fetches before any interaction, gzip -6,
   at 1280 and 390 px (budget: 120 KB), and what the chart's upgrade to Plotly adds.
2. Lighthouse (npm `lighthouse`, mobile preset, Debian Chromium) on two embed pages (budget: 95).
3. The first load of existing pages before (the --base commit) and after (this work tree): the
   controls' markup and nothing else may be added.

Self-contained on purpose (its own gzip server and counting), so it stays apart from the benchmark
package. Both sites are built from a copy (content/, docs/, hooks/, mkdocs.yml) with the same
.venv, node_modules and vendor-build; PYTHONPATH picks the copy's pipeline."""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
EMBEDS = (
    "/insluiten/tijdlijn/",
    "/insluiten/kaart/",
    "/insluiten/cijfers/",
    "/insluiten/cijfers-strijders/",
    "/insluiten/kaart-raqqa/",
)
LIGHTHOUSE = ("/insluiten/tijdlijn/", "/insluiten/kaart/")
PAGES = (
    "/",
    "/tijdlijn/",
    "/kaart/",
    "/cijfers/",
    "/plaatsen/raqqa/",
    "/themas/gevangenen/",
    "/artikelen/van-kalifaat-tot-baghouz/",
)
TEXT = (".html", ".css", ".js", ".json", ".xml", ".csv", ".geojson", ".svg")
EMBED_BUDGET_KB, LIGHTHOUSE_BUDGET = 120, 95


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
        return _Body(body)


class _Body:
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


def build(source: Path, target: Path) -> Path:
    """content/, docs/, hooks/ and mkdocs.yml of `source` built in `target` (sharing node_modules and vendor-build)."""
    target.mkdir(parents=True)
    for name in ("content", "docs", "hooks"):
        shutil.copytree(source / name, target / name)
    for name in ("mkdocs.yml", "pagefind.yml"):
        shutil.copy(source / name, target / name)
    for name in ("node_modules", "vendor-build"):
        (target / name).symlink_to(ROOT / name)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(target / "hooks"), SITE_URL="http://127.0.0.1:8000/")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=target, env=env, check=True)
    return target / "build"


def checkout(ref: str, target: Path) -> Path:
    """The files of commit `ref`, unpacked into target (no git work tree needed)."""
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "content", "docs", "hooks", "mkdocs.yml", "pagefind.yml"],
                             check=True, capture_output=True).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def fetched(browser, base: str, path: str, width: int) -> dict:
    """gzip bytes of everything a cold visit fetches, nothing touched, until the network is idle;
    then what pointing at the charts adds (plotly.js and the rest of the upgrade)."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page, seen = context.new_page(), []
    page.on("response", lambda response: seen.append(response))
    page.goto(base + path)
    page.wait_for_load_state("networkidle")
    first = _count(seen, base)
    before = len(seen)
    for chart in page.locator(".ik-chart").all():
        chart.dispatch_event("pointerover")
    if before and page.locator(".ik-chart").count():
        page.wait_for_function("() => [...document.querySelectorAll('.ik-chart')].every(c => c.dataset.drawn)", timeout=60_000)
        page.wait_for_load_state("networkidle")
    first["upgrade"] = _count(seen[before:], base)["total"]
    context.close()
    return first


def _count(responses, base: str) -> dict:
    parts = {"html": 0, "css": 0, "js": 0, "other": 0, "requests": 0, "foreign": 0}
    for response in responses:
        if not response.url.startswith(base):
            parts["foreign"] += 1
            continue
        try:
            size = len(gzip.compress(response.body(), 6, mtime=0))
        except Exception:  # noqa: BLE001 - a redirect has no body
            continue
        url = response.url.split("?")[0]
        kind = "html" if response.request.resource_type == "document" else url.rsplit(".", 1)[-1]
        parts[kind if kind in parts else "other"] += size
        parts["requests"] += 1
    parts["total"] = parts["html"] + parts["css"] + parts["js"] + parts["other"]
    return parts


def lighthouse(url: str, runs: int) -> dict:
    scores = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "report.json"
            subprocess.run(
                [str(ROOT / "node_modules/.bin/lighthouse"), url, "--quiet", "--output=json", f"--output-path={out}",
                 "--only-categories=performance,accessibility", f"--chrome-flags={FLAGS}"],
                env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, check=True, capture_output=True, timeout=300,
            )  # fmt: skip
            report = json.loads(out.read_text(encoding="utf-8"))
        scores.append(
            (
                round(report["categories"]["performance"]["score"] * 100),
                round(report["categories"]["accessibility"]["score"] * 100),
            )
        )
    performance = sorted(s[0] for s in scores)
    return {"performance": performance[len(performance) // 2], "runs": performance, "accessibility": min(s[1] for s in scores)}


def kb(n: float) -> str:
    return f"{n / 1024:.1f}"


def report(embeds: dict, scores: dict, pages: dict, base_ref: str) -> str:
    lines = ["## Embed pages: first load before any interaction (gzip KB)", "",
             f"| page | 1280 px | 390 px | HTML | CSS | JS | requests | other origins | upgrade KB | ≤ {EMBED_BUDGET_KB} KB |",
             "|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for path, (wide, phone) in embeds.items():
        verdict = "yes" if max(wide["total"], phone["total"]) / 1024 <= EMBED_BUDGET_KB else "**no**"
        lines.append(
            f"| `{path}` | {kb(wide['total'])} | {kb(phone['total'])} | {kb(wide['html'])} | {kb(wide['css'])} | {kb(wide['js'])} "
            f"| {wide['requests']} | {wide['foreign']} | {kb(wide['upgrade'])} | {verdict} |"
        )
    lines += [
        "",
        f"## Lighthouse, mobile preset (budget ≥ {LIGHTHOUSE_BUDGET})",
        "",
        "| page | performance (runs) | accessibility |",
        "|---|---|---|",
    ]
    lines += [
        f"| `{p}` | **{s['performance']}** ({', '.join(map(str, s['runs']))}) | {s['accessibility']} |" for p, s in scores.items()
    ]
    lines += ["", f"## First load of existing pages, before ({base_ref}) and after, 1280 px (gzip bytes)", "",
              "| page | before | after | added | HTML | CSS | JS | requests before / after |", "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for path, (old, new) in pages.items():
        lines.append(
            f"| `{path}` | {old['total']} | {new['total']} | {new['total'] - old['total']:+d} | {new['html'] - old['html']:+d} "
            f"| {new['css'] - old['css']:+d} | {new['js'] - old['js']:+d} | {old['requests']} / {new['requests']} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="main", help="the commit the first load is compared with")
    parser.add_argument("--lighthouse-runs", type=int, default=3)
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        after = build(ROOT, work / "after")
        before = build(checkout(args.base, work / "base-src"), work / "before")
        (server, base), (old_server, old_base) = serve(after), serve(before)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS.split()[1:])
                embeds = {p: (fetched(browser, base, p, 1280), fetched(browser, base, p, 390)) for p in EMBEDS}
                pages = {p: (fetched(browser, old_base, p, 1280), fetched(browser, base, p, 1280)) for p in PAGES}
                browser.close()
            scores = {p: lighthouse(base + p, args.lighthouse_runs) for p in LIGHTHOUSE}
        finally:
            server.shutdown()
            old_server.shutdown()
    print(f"load average {' / '.join(f'{n:.1f}' for n in os.getloadavg())}\n")
    print(report(embeds, scores, pages, args.base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
