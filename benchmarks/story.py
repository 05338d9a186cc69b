"""The story page and the reading path (issue 23), on the real site (`python -m benchmarks story`).

The first load of every story page (/verhaal/<slug>/), of the home page (which begins with the
story's first picture) and of the page types the reading path touched, at 1280 and 390 px; then
Lighthouse (mobile preset) on the story pages and the home page. Budgets: a story page at most
250 KB gzip on first load; Lighthouse performance at least 95, accessibility 100 and cumulative
layout shift below 0.05 on the story pages and the home page. Absolute figures: no baseline build."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.budget import first_loads, lighthouse, load_average, real_site
from benchmarks.harness import SiteServer, gz

STORY_BUDGET_KB = 250
PERFORMANCE_BUDGET, CLS_BUDGET = 95, 0.05
HOME = "/"
# The page types whose look the reading path changed (stacked tables, an article's compact head,
# "Lees verder", the densest months on /tijdlijn/).
OTHERS = ("/tijdlijn/", "/kaart/", "/cijfers/", "/themas/gevangenen/", "/plaatsen/mosul/", "/artikelen/van-kalifaat-tot-baghouz/")
STORY_STYLESHEET = "assets/verhaal.min.css"  # only a story page links it
STEP = re.compile(r'<section[^>]*class="ik-stap"')


def story_pages(site: Path) -> dict[str, int]:
    """Every story page's path -> its number of steps."""
    return {
        f"/verhaal/{page.parent.name}/": len(STEP.findall(page.read_text(encoding="utf-8")))
        for page in sorted((site / "verhaal").glob("*/index.html"))
    }


def measure(site: Path, runs: int) -> dict:
    stories = story_pages(site)
    if not stories:
        raise SystemExit(f"no story page in {site / 'verhaal'}: the story benchmark needs one")
    load = load_average()
    server = SiteServer(site, gzip=True)
    base = server.base.rstrip("/")
    try:
        weights = first_loads(base, [*stories, HOME, *OTHERS])
        lighthouse_load = load_average()
        scores = {path: lighthouse(base + path, runs) for path in [*stories, HOME]}
    finally:
        server.shutdown()
    return {
        "stories": stories,
        "weights": weights,
        "lighthouse": scores,
        "runs": runs,
        "load": load,
        "lighthouse_load": lighthouse_load,
        "story_stylesheet": gz((site / STORY_STYLESHEET).read_bytes()),
    }


def run(options) -> dict:
    print("== the story page and the reading path (issue 23)", flush=True)
    return measure(real_site(options, "story"), options.lighthouse_runs)
