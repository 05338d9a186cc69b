"""Markdown tables of the pages' side: first visits per page type (with the timeline's time to
interactive per size), the real site's page weight, the timeline's milestones, the budget with
Lighthouse, and the article builder. Plain functions of the results' JSON (report.py joins them)."""

from __future__ import annotations

import statistics

GOAL_KB = 600  # issue 14: a page and one search, per page, at 3,000 articles
SEARCH_QUERY = "aanslag"  # benchmarks/first_visit.py
BUDGET_HEADING = "## Page weight and Lighthouse"


def kb(n: float) -> str:
    return f"{n / 1024:,.0f}"


def first_visit_cell(row: dict) -> str:
    page_kb, search_kb = row["page"]["gzip"] / 1024, row["with_search"]["gzip"] / 1024
    chart_kb = row["with_chart"]["gzip"] / 1024 if row.get("with_chart") else None
    flag = " **over**" if search_kb > GOAL_KB else ""
    chart = "–" if chart_kb is None else f"{chart_kb:,.0f}" + (" ‡" if chart_kb > GOAL_KB else "")
    touch = row.get("touch_extra")
    touch_kb = (
        "–"
        if touch is None
        else f"{search_kb + touch['gzip'] / 1024:,.0f}" + (" ‡" if search_kb + touch["gzip"] / 1024 > GOAL_KB else "")
    )
    return f"{page_kb:,.0f} / {search_kb:,.0f}{flag} / {chart} / {touch_kb}"


def _median(values: list) -> float | None:
    values = sorted(value for value in values if value is not None)
    return values[len(values) // 2] if values else None


def _tti_cell(samples: list[dict]) -> str:
    moved = [x for x in samples if not x.get("resting")]
    resting = [x for x in samples if x.get("resting")]
    hover, label = _median([x.get("hover") for x in moved]), _median([x.get("label") for x in moved])
    if hover is None:
        return "–"
    # Resting from the first byte, the first label may be Plotly's (plotly.js drew before the
    # picture's script saw the pointer): the reader's first answer either way.
    first = [x.get("label") or x.get("hover") for x in resting if x.get("label") or x.get("hover")]
    rest, by_plotly = _median(first), sum(1 for x in resting if not x.get("label") and x.get("hover"))
    load = [x["load_average"] for x in samples]
    parts = (
        [
            f"**{rest:,.0f} ms** first label, mouse resting (max {max(first):,.0f}"
            + (f"; Plotly's in {by_plotly} of {len(resting)} runs" if by_plotly else "")
            + ")"
        ]
        if rest
        else []
    )
    parts += [f"{label:,.0f} ms label, found then pointed at" if label else "", f"{hover:,.0f} ms Plotly's label"]
    return ", ".join(part for part in parts if part) + f" (load {min(load):.1f}–{max(load):.1f})"


def _tti_row(measured: list[dict]) -> str:
    cells = [_tti_cell(size.get("timeline_tti") or []) for size in measured]
    runs = max(len([x for x in size.get("timeline_tti") or [] if not x.get("resting")]) for size in measured)
    return f"| tijdlijn: time to interactive (median of {runs} runs each) | " + " | ".join(cells) + " |"


def first_visits(sizes: list[dict]) -> str:
    """Markdown: one row per page type, first-visit KB (page / + search / + chart) per corpus size."""
    measured = [size for size in sizes if size.get("first_visit")]
    if not measured:
        return ""
    header = " | ".join(f"{size['articles']:,} articles" for size in measured)
    title = (
        "#### First visit per page type (KB after gzip -6 of every file the server sent, cache hits not counted; "
        f"page alone / + one search for “{SEARCH_QUERY}” / + chart used by mouse, i.e. Plotly drawn / "
        "+ chart used by touch, i.e. a mark tapped and its label read)\n"
    )
    out = [title, f"| page type | {header} |", "|---|" + "---:|" * len(measured)]
    names = list(dict.fromkeys(row["type"] for size in measured for row in size["first_visit"]))
    for name in names:
        cells = []
        for size in measured:
            row = next((r for r in size["first_visit"] if r["type"] == name), None)
            cells.append("–" if row is None else f"({row['error']})" if "error" in row else first_visit_cell(row))
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    if any(size.get("timeline_tti") for size in measured):
        out.append(_tti_row(measured))
    search_kb = [max(r["with_search"]["search"] for r in size["first_visit"] if "error" not in r) / 1024 for size in measured]
    shares = " / ".join(f"{kb:,.0f} KB" for kb in search_kb)
    out += [
        "",
        f"Goal: at most {GOAL_KB} KB per page at 3,000 articles for the page and one search (the middle figure; "
        "**over** marks a miss). ‡ marks where the page with its chart in use and a search is over "
        f"{GOAL_KB} KB, the strict reading: by mouse plotly.js loads (for zoom, legend and modebar, a fixed "
        "348 KB, 433 KB with maps), by touch the picture answers alone (a control, such as the timeline's "
        "filters, loads plotly.js on any device). The search's own share (Pagefind's script, "
        f"WebAssembly, index chunks and result fragments) was at most {shares} per page.",
    ]
    return "\n".join(out) + "\n"


def weight_row(r: dict) -> str:
    o = r["observed"]
    seen = f"{o['requests']}, {kb(o['js_css'])}, {kb(o['gzip'])}, {'plotly' if o['plotly'] else 'no plotly'}" if o else "–"
    flag = " ⚠" if r["charts"] and r["js_css"] > 700 * 1024 else ""
    charts = f"{kb(r['figure_json'])} ({kb(r['template_json'])})" if r.get("figures") else "–"
    return (
        f"| {r['type']} `{r['path']}` | {kb(r['html'])} | {kb(r['css'])} | {kb(r['js'])} "
        f"| {kb(r['plotly'])} | {kb(r['data'])} | **{kb(r['js_css'])}**{flag} | {kb(r['total'])} "
        f"| {charts} | {seen} |"
    )


def page_weight(w: dict) -> list[str]:
    return [
        "#### Page weight of the real site (KB after gzip -6)\n",
        "Static count (a page with its chart in use): the page's HTML, the CSS/JS files it references, "
        "the plotly.js bundle its charts need (kern, or geo with a map; Dutch locale included), the topojson file on pages with a map. "
        "Observed: everything headless Chromium fetched from the site on a cold load until network "
        "idle, nothing touched (adds `sitemap.xml` and the favicon; the charts are their static pictures, the "
        "search loads only when the reader searches, see “First visit per page type”).\n",
        "| page | HTML | CSS | JS (site + Material) | plotly.js | topojson | **JS+CSS** | total "
        "| chart JSON KB raw (of which plotly template) | observed: requests, JS+CSS, total, plotly? |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        *[weight_row(r) for r in w["rows"]],
        "",
    ]


def ms(value) -> str:
    return "–" if value is None or value != value else f"{value:.0f}"


def timeline_row(s: list[dict]) -> str:
    def med(key):
        values = [x[key] for x in s if x.get(key) is not None]
        return statistics.median(values) if values else float("nan")

    first = [x.get("label") or x["hover"] for x in s]
    return (
        f"| {ms(med('dcl'))} ({ms(s[0]['dcl'])}) | {ms(med('load'))} | {ms(med('shown'))} "
        f"| **{ms(med('label'))}** ({ms(s[0].get('label'))}) | {ms(med('plotly'))} "
        f"| {ms(med('plotly_ready'))} | {ms(med('newplot_start'))} | {ms(med('newplot_ms'))} "
        f"| {ms(med('drawn'))} ({ms(s[0]['drawn'])}) | {ms(med('react_ms'))} "
        f"| {ms(med('hover'))} ({ms(s[0]['hover'])}) "
        f"| {statistics.median(f - x['moved'] for f, x in zip(first, s)):.0f} | {s[0]['points']:,} "
        f"| {min(x['load_average'] for x in s):.1f}–{max(x['load_average'] for x in s):.1f} |"
    )


def timeline(t: dict) -> list[str]:
    return [
        f"#### Timeline time to interactive ({t['events']:,} events, {t['articles']} articles; "
        f"/tijdlijn/ HTML {t['html_bytes'] / 2**20:.2f} MB, {kb(t['html_gzip'])} KB gzip)\n",
        "ms from navigation start (performance.now()), headless Chromium, localhost, fresh context per "
        f"run; median of {len(t['samples'])} runs (first run in brackets).\n",
        "| DOMContentLoaded | load | chart on screen (picture or Plotly) | label from the picture (**interactive**) "
        "| plotly received | plotly evaluated "
        "| newPlot starts | newPlot ms | chart drawn (`data-drawn=ja`) | react ms (filters applied) | Plotly's hover label "
        "| label latency after mouse move | points | load average |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        timeline_row(t["samples"]),
        "",
    ]


def budget_row(path: str, by_width: dict, score: dict, budget) -> str:
    wide, phone = by_width.get(1280) or by_width["1280"], by_width.get(390) or by_width["390"]
    verdict = "" if budget is None else (" met" if wide["total"] / 1024 <= budget else " **missed**")
    return (
        f"| `{path}` | {budget or '–'}{verdict} | {kb(wide['total'])} / {kb(phone['total'])} | "
        f"{kb(wide['html'])} | {kb(wide['css'])} | {kb(wide['js'])} | {kb(wide['data'])} | "
        f"{wide['requests']} | {wide['foreign']} | {kb(wide.get('upgrade', {}).get('total', 0))} | "
        f"**{score['performance']}** ({', '.join(map(str, score['runs']))}) | {score['first-contentful-paint']:.1f} | "
        f"{score['largest-contentful-paint']:.1f} | {score['total-blocking-time']:.2f} | {score['accessibility']} |"
    )


def budget(result: dict) -> str:
    from benchmarks.budget import PAGES

    bundles = result["bundles"]
    intro = (
        "Issue 10's budgets, measured by `python -m benchmarks budget` (benchmarks/budget.py): the "
        "built site served locally with gzip -6, each page loaded cold in Chromium at 1280 and 390 px (every "
        "file a first visit fetches with nothing touched, until the network is idle; the charts are their "
        "static SVG pictures then), then Lighthouse (mobile preset, Debian Chromium; median of "
        f"{result['runs']} runs; load average {result.get('load', '?')} at the start, on a shared machine "
        'scores are low). "Upgrade KB" is what a page fetches more once the reader starts to interact '
        "with its charts (plotly.js, the timeline's controls, map geometry): not part of the first load. "
        f"Bundles: plotly-kern {kb(bundles['plotly-kern.min.js'])} KB, plotly-geo "
        f"{kb(bundles['plotly-geo.min.js'])} KB, regional topojson {kb(bundles['topojson/regio/world_50m.json'])} KB (gzip)."
    )
    header = (
        "| page | budget KB | first load KB 1280 / 390 px | HTML | CSS | JS | data | requests | foreign | "
        "upgrade KB | Lighthouse perf (runs) | FCP s | LCP s | TBT s | a11y |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    rows = [budget_row(path, w, result["lighthouse"][path], PAGES.get(path)) for path, w in result["weights"].items()]
    return "\n".join([intro, "", header, *rows]) + "\n"


def builder(result: dict, date: str, load: str) -> str:
    s = result["scripts"]
    return (
        "\n".join(
            [
                f"`python -m benchmarks builder` builds the real site, then measures the builder in headless Chromium ({date}, load {load}):",
                "",
                "| figure | value |",
                "|---|---|",
                f"| builder scripts ({s['files']} files: its own and the esbuild bundle of ajv, edtf, yaml, topojson-client) "
                f"| {s['bytes'] / 1024:,.0f} KiB, {s['gzip_9'] / 1024:,.0f} KiB gzipped (-9) |",
                f"| form ready (5 cold loads, from navigation to `data-ready=true`) | median {statistics.median(result['ready_ms']):,.0f} ms, "
                f"max {max(result['ready_ms']):,.0f} ms |",
                f"| one full check of an article (20 runs, 200 wiki-links) | median {statistics.median(result['check_ms']):.1f} ms; "
                f"the first run {result['check_ms'][0]:.0f} ms |",
            ]
        )
        + "\n"
    )
