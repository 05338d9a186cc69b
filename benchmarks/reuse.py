"""Take it with you (issue 24): the embed pages and what the reuse controls cost the pages that
already were, on the real site (`python -m benchmarks reuse`).

1. Embed pages (/insluiten/<chart>/): what a cold visit fetches before any interaction, at 1280 and
   390 px (budget: 120 KB gzip), and what the chart's upgrade to Plotly adds.
2. Lighthouse (mobile preset) on two embed pages (budget: performance at least 95).
3. The first load of existing pages with the controls beside their charts (issue 10's pages, as
   `budget` measures them): absolute figures, no baseline build; and `reuse.js`, which a page
   fetches at the first press of a control."""

from __future__ import annotations

from pathlib import Path

from benchmarks import budget
from benchmarks.budget import first_loads, lighthouse, load_average, real_site
from benchmarks.harness import SiteServer, gz

EMBED_BUDGET_KB, PERFORMANCE_BUDGET = 120, 95
EMBEDS = (
    "/insluiten/tijdlijn/",
    "/insluiten/kaart/",
    "/insluiten/cijfers/",
    "/insluiten/cijfers-strijders/",  # one panel of the figures chart
    "/insluiten/kaart-raqqa/",  # one place's locator map
)
LIGHTHOUSE = ("/insluiten/tijdlijn/", "/insluiten/kaart/")
PAGES = tuple(budget.PAGES)
CONTROLS_SCRIPT = "assets/reuse.js"  # fetched by share.js at the first press of a control


def measure(site: Path, runs: int) -> dict:
    missing = [path for path in EMBEDS if not (site / path.strip("/") / "index.html").is_file()]
    if missing:
        raise SystemExit(f"no embed page {', '.join(missing)} in {site}: update EMBEDS in benchmarks/reuse.py")
    load = load_average()
    server = SiteServer(site, gzip=True)
    base = server.base.rstrip("/")
    try:
        embeds = first_loads(base, EMBEDS)
        pages = first_loads(base, PAGES)
        lighthouse_load = load_average()
        scores = {path: lighthouse(base + path, runs) for path in LIGHTHOUSE}
    finally:
        server.shutdown()
    return {
        "embeds": embeds,
        "pages": pages,
        "lighthouse": scores,
        "runs": runs,
        "load": load,
        "lighthouse_load": lighthouse_load,
        "controls_script": gz((site / CONTROLS_SCRIPT).read_bytes()),
    }


def run(options) -> dict:
    print("== embed pages and the reuse controls (issue 24)", flush=True)
    return measure(real_site(options, "reuse"), options.lighthouse_runs)
