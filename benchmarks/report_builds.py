"""Markdown tables of the build's side, from the results' JSON: build time, memory and output per
corpus size, where the CPU time goes, the hooks' stages, per page type, EDTF dates, cProfile, and
the export built by other generators."""

from __future__ import annotations

import re

from benchmarks.timed_build import HOOK_PLUGIN

WALL, CALLS, CPU = 0, 1, 2
PAGE_TYPES = [
    "home",
    "article",
    "theme",
    "place",
    "/artikelen/",
    "/themas/",
    "/plaatsen/",
    "/bronnen/",
    "/tijdlijn/",
    "/kaart/",
    "/cijfers/",
    "/over/",
]


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def timer(build: dict, key: str) -> float:
    return build["timers"].get(key, [0, 0, 0])[CPU]


def timers_like(build: dict, test) -> float:
    return sum(v[CPU] for k, v in build["timers"].items() if test(k))


def build_row(row: dict, label: str, build: dict) -> str:
    site, plain = row["site"], row["plain"]
    ours = label == "our site"
    hooks = (
        f"{build['hooks']:.1f} ({pct(build['hooks'], build['wall'])} / {pct(build['hooks_cpu'], build['cpu'])})" if ours else "–"
    )
    ratio_wall = (site["wall"] / site["pages"]) / (plain["wall"] / plain["pages"])
    ratio_cpu = (site["cpu"] / site["pages"]) / (plain["cpu"] / plain["pages"])
    largest = build["largest_page"]
    return (
        f"| {row['articles']:,} | {row['counts']['events']:,} | {label} | {build['pages']:,} "
        f"| {build['wall']:.1f} | {build['cpu']:.1f} | {hooks} | {build['maxrss_mb']:,.0f} "
        f"| {build['bytes'] / 2**20:,.1f} ({build['files']:,}) "
        f"| {largest[0] / 2**20:.2f} MB `{largest[1]}` | {build['search_index_bytes'] / 2**20:.1f} "
        f"({build.get('search_index_gzip', 0) / 2**20:.1f}) "
        f"| {1000 * build['wall'] / build['pages']:.1f} / {1000 * build['cpu'] / build['pages']:.1f} "
        f"| {f'**{ratio_wall:.1f}× / {ratio_cpu:.1f}×**' if ours else '1'} | {build['load'][0]:.1f} / {build['load'][1]:.1f} |"
    )


def builds(sizes: list[dict]) -> list[str]:
    return [
        "#### Build time, memory, output\n",
        "Wall = `mkdocs build --strict` start to exit; CPU = the child's user+sys time (os.wait4), which "
        "other load on the machine disturbs less; load = 1-minute load average before/after the build. "
        "Hooks = time inside our hook functions (every `on_*` of hooks/site_hooks.py), share of wall / of "
        "CPU.\n",
        "| articles | events | build | pages | wall s | CPU s | hooks s (share wall / CPU) | peak RSS MB "
        "| output MB (files) | largest page | search index MB (sent: gzip, or Pagefind's files as they are) | ms / page (wall / CPU) "
        "| ours ÷ plain per page (wall / CPU) | load |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|",
        *[build_row(row, label, row[key]) for row in sizes for label, key in (("our site", "site"), ("plain Material", "plain"))],
        "",
    ]


def split_row(articles: int, label: str, build: dict) -> str:
    files = timer(build, f"event files [{HOOK_PLUGIN}]")
    hook_other = timers_like(build, lambda k: k.endswith(f"[{HOOK_PLUGIN}]")) - files
    markdown_ = timers_like(build, lambda k: k.startswith("markdown "))
    search = timers_like(build, lambda k: k.endswith("search]"))
    static = timer(build, "mkdocs: copy_static_files")
    # search's on_page_context (it indexes the page's HTML) runs inside _build_page: count it once
    template = timers_like(build, lambda k: k.startswith("template ")) - timers_like(
        build, lambda k: k.startswith("event page_context [") and k.endswith("search]")
    )
    other = build["cpu"] - files - hook_other - markdown_ - template - search - static
    return (
        f"| {articles:,} | {label} | {files:.1f} | {hook_other:.1f} | {markdown_:.1f} | "
        f"{template:.1f} | {search:.1f} | {static:.1f} | {other:.1f} | {build['cpu']:.1f} |"
    )


def where_time_goes(sizes: list[dict]) -> list[str]:
    return [
        "#### Where the build time goes (CPU seconds, inclusive; `Markdown` = Page.render, "
        "`page templates` = Jinja page template + write, `search plugin` = Material's search indexing of "
        "every page's HTML (on_page_context) and writing search_index.json, `startup + other` = interpreter "
        "start, imports, reading sources, file scan, nav)\n",
        "| articles | build | on_files (hooks) | other hook events | Markdown → HTML | page templates "
        "| search plugin | static copy | startup + other | total CPU |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *[
            split_row(row["articles"], label, row[key])
            for row in sizes
            for label, key in (("our site", "site"), ("plain Material", "plain"))
        ],
        "",
    ]


def hook_stage_cell(build: dict, key: str) -> str:
    _, calls, cpu = build["timers"].get(key, [0, 0, 0])
    return f"{cpu:.2f}" + (f" ({calls:,}×)" if calls > 1 else "")


def inside_hooks(sizes: list[dict]) -> list[str]:
    def ours(key: str) -> bool:
        return key.startswith(("build_site", "on_page_markdown", "event ", "import ")) and (
            not key.startswith("event ") or key.endswith(f"[{HOOK_PLUGIN}]")
        )

    keys = sorted({k for row in sizes for k in row["site"]["timers"] if ours(k)})
    return [
        "#### Inside the hooks (CPU seconds, inclusive; `a > b` = b is part of a)\n",
        "| stage | " + " | ".join(f"{r['articles']:,} art." for r in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
        *[f"| `{key}` | " + " | ".join(hook_stage_cell(row["site"], key) for row in sizes) + " |" for key in keys],
        "",
    ]


def page_type_cell(build: dict, kind: str) -> str:
    md = build["timers"].get(f"markdown {kind}", [0, 0, 0])
    tp = build["timers"].get(f"template {kind}", [0, 0, 0])
    return f"{1000 * md[CPU] / md[CALLS]:.0f} / {1000 * tp[CPU] / md[CALLS]:.0f}" if md[CALLS] else "–"


def per_page_type(sizes: list[dict]) -> list[str]:
    return [
        "#### Per page type (CPU ms per page: Markdown → HTML / page template incl. search indexing)\n",
        "| page type | " + " | ".join(f"{r['articles']:,} art." for r in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
        *[f"| {kind} | " + " | ".join(page_type_cell(row["site"], kind) for row in sizes) + " |" for kind in PAGE_TYPES],
        "| plain Material page | " + " | ".join(page_type_cell(row["plain"], "plain page") for row in sizes) + " |",
        "",
    ]


def edtf_row(row: dict) -> str:
    d, cache = row["dates"], row["site"].get("parse_cache") or {}
    return (
        f"| {row['articles']:,} | {d['occurrences']:,} | {d['distinct']:,} | {d['parse_edtf_us']:,.0f} "
        f"| {d['dates.parse_us']:,.0f} | {d['distinct'] * d['dates.parse_us'] / 1e6:.1f} s "
        f"| {cache.get('hits', 0):,} / {cache.get('misses', 0):,} |"
    )


def edtf(sizes: list[dict]) -> list[str]:
    shapes = ", ".join(f"`{shape}` {us:,.0f}" for us, shape in sizes[-1]["dates"]["by_shape_us"])
    return [
        "#### EDTF dates\n",
        "| articles | date fields | distinct strings | `edtf.parse_edtf` µs/call (uncached) "
        "| `dates.parse` µs/call (uncached) | all distinct, once | dates.parse cache in the build (hits / misses) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        *[edtf_row(row) for row in sizes],
        f"\nBy shape of the string (µs/call, slowest first): {shapes}.\n",
    ]


def trim_profile(text: str) -> str:
    keep, total = [], None
    for line in (line.rstrip() for line in text.splitlines()):
        if not line.strip() or line.startswith(("   Ordered by", "   List reduced")):
            continue
        if "function calls" in line[:60]:
            total = total or line.strip()
            continue
        line = re.sub(r"/\S*/site-packages/", "", re.sub(r"/\S*/hooks/", "hooks/", line))
        keep.append(re.sub(r"/\S*/lib/python3\.\d+/", "", line))
    return "\n".join(([total] if total else []) + keep)


def profile(result: dict) -> list[str]:
    return [
        f"#### cProfile of build_site() at {result['articles']:,} articles\n",
        "cProfile roughly doubles the time of call-heavy code (pyparsing, plotly validators); read the proportions, not the seconds.\n",
        "```text\n" + trim_profile(result["text"]) + "\n```\n",
    ]


def generator_row(name: str, r: dict) -> str:
    if not r.get("installed") or "status" not in r:
        return f"| {name} | – | does not install: {r.get('why') or r.get('error', '?')} | | | | | | |"
    d = r.get("differences") or {}
    other = ", ".join(f"`{line}`" for line in d.get("other", [])) or "none"
    built = "yes" if r["status"] == 0 else f"no (exit {r['status']})"
    built += f"; {r['search']}" if r.get("search", "indexed") != "indexed" else ""
    box = r.get("search_box") or {}
    return (
        f"| {name} | {r.get('version', '')} | {built} "
        f"| {r['wall']:.1f} | {r['cpu']:.1f} | {d.get('pages', '–')} | {other} | {d.get('theme_files', '–')} "
        f"| {box.get('wide', '–')} / {box.get('phone', '–')} |"
    )


def generators(results: dict) -> list[str]:
    out = [
        "#### The export of the real site built by other generators\n",
        "`explainer export`, then each generator's build of it (no hooks) and Pagefind over the result "
        "(`python -m pagefind`, the documented step after a build without hooks), compared with the hooked "
        "MkDocs build by benchmarks/site_compare.py: the same files, and per page the same title, description and main "
        "content (links resolved, whitespace between tags ignored). CPU = the generator's user+sys time. Search box: "
        "results of a search for “aanslag” on screen in headless Chromium at 1280 / 390 px (benchmarks/search_box.py).\n",
        "| generator | version | builds | wall s | CPU s | pages that differ | other files that differ "
        "| theme bundle files that differ | search box: results on screen, 1280 / 390 px |",
        "|---|---|---|---:|---:|---:|---|---:|---|",
    ]
    if "error" in results:
        return out[:1] + [f"The export or the hooked build failed: {results['error'][-500:]}", ""]
    out += [generator_row(name, r) for name, r in results.items()]
    examples = [
        f"{n}: " + "; ".join(r["differences"]["examples"]) for n, r in results.items() if r.get("differences", {}).get("examples")
    ]
    return out + (["\nFirst pages that differ: " + " — ".join(examples)] if examples else []) + [""]
