"""The site's benchmarks: scripts that measure and print figures (BENCHMARKS.md tells the method).

Each benchmark has a `run(options)` that returns plain data; `python -m benchmarks` runs the chosen
ones, writes their results as JSON, and report.py renders BENCHMARKS.md's generated parts from that
JSON. Shared helpers (project copies, the local web server, the Chromium launcher, gzip sizes) are
in harness.py; nothing here imports from tests/."""

from __future__ import annotations

from benchmarks import budget, builder, generators, page_weight, reuse, sizes, story, timeline

# name -> (run(options) -> dict, what it measures). DEFAULT runs without naming any.
BENCHMARKS = {
    "sizes": (sizes.run, "per corpus size: our build and plain Material's, EDTF, first visits, the timeline"),
    "profile": (sizes.profile, "cProfile of build_site() (with --profile ARTICLES)"),
    "weight": (page_weight.run, "page weight of the real site per page type"),
    "timeline": (timeline.run, "the timeline's time to interactive at --timeline-articles articles"),
    "generators": (generators.run, "the export of the real site built by MkDocs, ProperDocs and Zensical"),
    "budget": (budget.run, "issue 10's page budgets and Lighthouse on the real site"),
    "builder": (builder.run, "the article builder on /bijdragen/: download, ready, one check"),
    "story": (story.run, "issue 23: the story page's and the reading path's first loads, Lighthouse on story and home"),
    "reuse": (reuse.run, "issue 24: embed pages' first loads and Lighthouse, existing pages with the reuse controls"),
}
DEFAULT = ("sizes", "weight", "timeline", "generators")
