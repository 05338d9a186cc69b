"""Per corpus size: our build and plain Material's (time, memory, output), the EDTF parse cost, and
on our built site the first visits (first_visit.py) and the timeline's time to interactive."""

from __future__ import annotations

import re
import shutil
import time
from collections import defaultdict
from pathlib import Path

from benchmarks import corpora, first_visit, timeline
from benchmarks.timed_build import child, timed_build


def run(options) -> dict:
    sizes = []
    for size in options.sizes:
        row = first_visit_size(size, options.workdir) if options.only_first_visit else bench_size(size, options.workdir)
        if not options.skip_first_visit:
            site = options.workdir / f"site-{size}" / "build"
            print(f"   first visit per page type in Chromium ({site})", flush=True)
            row["first_visit"] = first_visit.measure(site)
            row["timeline_tti"] = timeline.on_site(site, options.runs)
        sizes.append(row)
    return {"sizes": sizes}


def bench_size(articles: int, work: Path) -> dict:
    print(f"== {articles} articles", flush=True)
    project, counts = corpora.synthetic_project(work, articles)
    site = timed_build(project, work / f"site-{articles}.log")
    print(f"   our site: {site['pages']} pages in {site['wall']:.1f} s", flush=True)
    plain = timed_build(corpora.plain_project(work / f"plain-{articles}", site["pages"]), work / f"plain-{articles}.log")
    print(f"   plain Material: {plain['pages']} pages in {plain['wall']:.1f} s", flush=True)
    shutil.rmtree(work / f"plain-{articles}" / "docs")
    dates = edtf_cost(date_strings(work / f"content-{articles}"))
    return {"articles": articles, "counts": counts, "site": site, "plain": plain, "dates": dates}


def first_visit_size(articles: int, work: Path) -> dict:
    """Only our site's build of this size (--only-first-visit)."""
    print(f"== {articles} articles (our site only)", flush=True)
    project, counts = corpora.synthetic_project(work, articles)
    site = timed_build(project, work / f"site-{articles}.log")
    print(f"   our site: {site['pages']} pages in {site['wall']:.1f} s", flush=True)
    return {"articles": articles, "counts": counts, "site": site, "only_first_visit": True}


def profile(options) -> dict:
    """cProfile of build_site() on the synthetic corpus of --profile articles, in a child process."""
    articles, work = options.profile, options.workdir
    print(f"== cProfile of build_site() at {articles} articles", flush=True)
    project, _ = corpora.synthetic_project(work, articles, "profile")
    out = work / f"profile-{articles}.txt"
    code, _ = child("profile", project, out, work / f"profile-{articles}.log")
    if code != 0:
        raise SystemExit(f"cProfile failed; see {work / f'profile-{articles}.log'}")
    return {"articles": articles, "text": out.read_text()}


def date_strings(content: Path) -> list[str]:
    pattern = re.compile(r'^\s*(?:date|published):\s*"([^"]+)"', re.M)
    return [
        text for path in sorted((content / "articles").glob("*.md")) for text in pattern.findall(path.read_text(encoding="utf-8"))
    ]


def per_call_us(function, sample: list[str]) -> float:
    start = time.process_time()
    for text in sample:
        function(text)
    return (time.process_time() - start) / len(sample) * 1e6


def edtf_cost(strings: list[str]) -> dict:
    """Per-call cost of edtf.parse_edtf and of our dates.parse without its lru_cache."""
    from edtf import parse_edtf

    from explainer import dates

    distinct = sorted(set(strings))
    sample = distinct * max(1, 3000 // max(1, len(distinct)))
    for text in distinct[:50]:  # warm the parser (pyparsing builds its caches lazily)
        parse_edtf(text)
    return {
        "occurrences": len(strings),
        "distinct": len(distinct),
        "parse_edtf_us": per_call_us(parse_edtf, sample),
        "dates.parse_us": per_call_us(dates.parse.__wrapped__, sample),
        "by_shape_us": by_shape(distinct, parse_edtf),
    }


def by_shape(distinct: list[str], parse_edtf) -> list:
    kinds = defaultdict(list)
    for text in distinct:
        kinds[re.sub(r"\d", "9", text)].append(text)
    return sorted(((per_call_us(parse_edtf, texts[:10] * 20), shape) for shape, texts in kinds.items()), reverse=True)
