"""Run benchmarks and save their results as JSON; --write renders them into BENCHMARKS.md.

.venv/bin/python -m benchmarks                                  # sizes 100,1000, page weight, timeline, other generators
.venv/bin/python -m benchmarks --sizes 100 --write              # ... at 100 articles, into BENCHMARKS.md
.venv/bin/python -m benchmarks generators                       # one benchmark by name (see --list)
.venv/bin/python -m benchmarks budget builder --write
.venv/bin/python -m benchmarks story reuse --write              # issues 23 and 24: story page, embed pages
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from benchmarks import BENCHMARKS, DEFAULT, report
from benchmarks.harness import commit, machine


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Benchmarks of the site build and pages.")
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: {' '.join(DEFAULT)}; --list names them all)")
    parser.add_argument("--list", action="store_true", help="name every benchmark and what it measures")
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes in articles, comma-separated (default 100,1000)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ik-benchmark"))
    parser.add_argument("--json", type=Path, help="where to save the results (default: WORKDIR/results.json)")
    parser.add_argument("--write", action="store_true", help="render the results into BENCHMARKS.md's generated parts")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="ARTICLES", help="also cProfile build_site() at this many articles"
    )
    parser.add_argument("--skip", default="", help="benchmarks to leave out, comma-separated (e.g. weight,timeline)")
    parser.add_argument("--skip-first-visit", action="store_true", help="sizes: no first visits and timeline per size (Chromium)")
    parser.add_argument("--only-first-visit", action="store_true", help="sizes: only our site's build and its first visits")
    parser.add_argument("--timeline-articles", type=int, default=125, help="articles for the timeline (~8 events each)")
    parser.add_argument("--runs", type=int, default=5, help="browser runs for the timelines")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (budget, story, reuse)")
    return parser


def chosen(options) -> list[str]:
    names = list(options.names or DEFAULT) + (["profile"] if options.profile else [])
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; --list names them")
    return [name for name in dict.fromkeys(names) if name not in options.skip.split(",")]


def run(options) -> dict:
    started = time.perf_counter()
    options.workdir.mkdir(parents=True, exist_ok=True)
    results = {"date": dt.date.today().isoformat(), "machine": machine()}
    for name in chosen(options):
        found = BENCHMARKS[name][0](options)
        results.update(found if name == "sizes" else {name: found})
    return {**results, "seconds": time.perf_counter() - started, "commit_end": commit()}


def main(argv=None) -> int:
    options = parser().parse_args(argv)
    if options.list:
        print("\n".join(f"{name:11} {what}" for name, (_, what) in BENCHMARKS.items()))
        return 0
    options.sizes = [int(size) for size in options.sizes.split(",") if size.strip()]
    results = run(options)
    target = options.json or options.workdir / "results.json"
    target.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    print(f"Results: {target}")
    for name, body in report.parts(results).items():
        print(f"\n<!-- {name} -->\n{body}")
    if options.write:
        print(f"Replaced {', '.join(report.write(results))} in {report.TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
