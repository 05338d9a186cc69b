"""Markdown of the story and reuse benchmarks (issues 23 and 24): first loads per page at 1280 and
390 px and Lighthouse, as plain functions of the results' JSON (report.py joins them)."""

from __future__ import annotations

from benchmarks import reuse, story

SETUP = (
    "the real site built from this tree, served locally with gzip -6 (`harness.SiteServer`), each page loaded "
    "cold in headless Chromium at 1280 and 390 px, nothing touched, until the network is idle (the charts are "
    "their static pictures then); Lighthouse with the mobile preset and Debian's Chromium (`budget.lighthouse`; "
    "median performance, lowest accessibility, highest cumulative layout shift of {runs} runs). Load average "
    "{load} at the start, {lighthouse_load} at the start of Lighthouse. KB are KiB of gzip -6, absolute: "
    "no baseline build is measured."
)


def kb(n: float) -> str:
    return f"{n / 1024:,.1f}"


def widths(by_width: dict) -> tuple[dict, dict]:
    """The 1280 and 390 px figures (keys are strings once the results went through JSON)."""
    return by_width.get(1280) or by_width["1280"], by_width.get(390) or by_width["390"]


def scores(score: dict | None) -> list[str]:
    if not score:
        return ["–", "–", "–"]
    runs = ", ".join(map(str, score["runs"]))
    return [f"**{score['performance']}** ({runs})", str(score["accessibility"]), f"{score['cls']:.3f}"]


def _verdict(score: dict | None, wide: dict, budget_kb: int | None) -> str:
    missed = []
    if budget_kb is not None and wide["total"] / 1024 > budget_kb:
        missed.append(f"over {budget_kb} KB")
    if score and score["performance"] < story.PERFORMANCE_BUDGET:
        missed.append(f"performance under {story.PERFORMANCE_BUDGET}")
    if score and score["accessibility"] < 100:
        missed.append("accessibility under 100")
    if score and score["cls"] >= story.CLS_BUDGET:
        missed.append(f"CLS {story.CLS_BUDGET} or more")
    if budget_kb is None and not score:
        return "–"
    return "**missed**: " + ", ".join(missed) if missed else "met"


def story_part(result: dict) -> str:
    intro = "Issue 23's budgets, measured by `python -m benchmarks story` (benchmarks/story.py): " + SETUP.format(**result)
    header = [
        "| page | first load KB, 1280 / 390 px | HTML | CSS | JS | requests | Lighthouse perf (runs) | a11y | CLS | LCP s | budget |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows = []
    for path, by_width in result["weights"].items():
        wide, phone = widths(by_width)
        score = result["lighthouse"].get(path)
        steps = result["stories"].get(path)
        name = f"`{path}`" + (f" (story, {steps} steps; budget {story.STORY_BUDGET_KB} KB)" if steps else "")
        lcp = f"{score['largest-contentful-paint']:.1f}" if score else "–"
        rows.append(
            f"| {name} | {kb(wide['total'])} / {kb(phone['total'])} | {kb(wide['html'])} | {kb(wide['css'])} | "
            f"{kb(wide['js'])} | {wide['requests']} | " + " | ".join(scores(score)) + f" | {lcp} | "
            f"{_verdict(score, wide, story.STORY_BUDGET_KB if steps else None)} |"
        )
    own = f"The story page's own stylesheet `{story.STORY_STYLESHEET}` (only a story page links it): {kb(result['story_stylesheet'])} KB."
    return "\n".join([intro, "", *header, *rows, "", own]) + "\n"


def _embed_row(path: str, by_width: dict) -> str:
    wide, phone = widths(by_width)
    fits = max(wide["total"], phone["total"]) / 1024 <= reuse.EMBED_BUDGET_KB
    return (
        f"| `{path}` | {kb(wide['total'])} | {kb(phone['total'])} | {kb(wide['html'])} | {kb(wide['css'])} | "
        f"{kb(wide['js'])} | {wide['requests']} | {wide['foreign']} | {kb(wide['upgrade']['total'])} | "
        f"{'yes' if fits else '**no**'} |"
    )


def _page_row(path: str, by_width: dict) -> str:
    wide, phone = widths(by_width)
    return (
        f"| `{path}` | {kb(wide['total'])} / {kb(phone['total'])} | {kb(wide['html'])} | {kb(wide['css'])} | "
        f"{kb(wide['js'])} | {wide['requests']} / {phone['requests']} |"
    )


def reuse_part(result: dict) -> str:
    intro = "Issue 24's budgets, measured by `python -m benchmarks reuse` (benchmarks/reuse.py): " + SETUP.format(**result)
    lines = [intro, "", "### Embed pages: first load before any interaction (KB gzip)", ""]
    lines += [
        f"| page | 1280 px | 390 px | HTML | CSS | JS | requests | other origins | upgrade KB | ≤ {reuse.EMBED_BUDGET_KB} KB |",
        "|---|---|---|---|---|---|---|---|---|---|",
        *[_embed_row(path, by_width) for path, by_width in result["embeds"].items()],
        "",
        f"### Embed pages: Lighthouse, mobile preset (budget: performance ≥ {reuse.PERFORMANCE_BUDGET})",
        "",
        "| page | performance (runs) | accessibility | CLS |",
        "|---|---|---|---|",
        *[f"| `{path}` | " + " | ".join(scores(score)) + " |" for path, score in result["lighthouse"].items()],
        "",
        "### Existing pages with the controls beside their charts: first load (KB gzip)",
        "",
        "| page | 1280 / 390 px | HTML | CSS | JS | requests 1280 / 390 px |",
        "|---|---|---|---|---|---|",
        *[_page_row(path, by_width) for path, by_width in result["pages"].items()],
        "",
        f"`{reuse.CONTROLS_SCRIPT}`, fetched at the first press of a control (not in the first load): "
        f"{kb(result['controls_script'])} KB.",
    ]
    return "\n".join(lines) + "\n"
