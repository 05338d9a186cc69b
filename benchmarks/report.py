"""The report writer: renders BENCHMARKS.md's generated parts from the benchmarks' JSON results.

    .venv/bin/python -m benchmarks.report RESULTS.json [MORE.json ...] [--write]

Several files are merged (sizes in order; everything else from the last file that has it). Each
generated part sits between `<!-- generated: NAME -->` and `<!-- end: NAME -->` in BENCHMARKS.md;
--write replaces the parts the results have and leaves the rest of the file as it is."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks import report_budgets, report_builds, report_pages
from benchmarks.harness import ROOT, SEED

TARGET = ROOT / "BENCHMARKS.md"


def header(results: dict) -> str:
    m = results["machine"]
    sizes = ", ".join(str(r["articles"]) for r in results.get("sizes", [])) or "–"
    end = results.get("commit_end")
    moved = f" at the start, {end} at the end (others committed during the run)" if end and end != m.get("commit") else ""
    return (
        f"### Run of {results['date']} (sizes {sizes})\n\n"
        f"Machine: {m['nproc']} cores, {m['memory_gb']} GB RAM, {m['cpu']}; Python {m['python']}, "
        f"MkDocs {m['mkdocs']}, Material {m['material']}, Python-Markdown {m['markdown']}; {m['chromium']}. "
        f"Commit {m.get('commit', '?')}{moved}. Seed {SEED}. Measuring took {results.get('seconds', 0) / 60:.1f} min.\n"
    )


def latest(results: dict) -> str:
    """The part 'Latest results': the machine, then every table the results have."""
    out = [header(results), report_pages.first_visits(results.get("sizes", []))]
    full = [row for row in results.get("sizes", []) if "plain" in row]
    if full:
        for table in (
            report_builds.builds,
            report_builds.where_time_goes,
            report_builds.inside_hooks,
            report_builds.per_page_type,
            report_builds.edtf,
        ):
            out += table(full)
    if results.get("weight"):
        out += report_pages.page_weight(results["weight"])
    if results.get("timeline"):
        out += report_pages.timeline(results["timeline"])
    if results.get("profile"):
        out += report_builds.profile(results["profile"])
    if results.get("generators"):
        out += report_builds.generators(results["generators"])
    return "\n".join(out)


def parts(results: dict) -> dict[str, str]:
    """The generated parts these results fill, by name."""
    found = {}
    if any(results.get(key) for key in ("sizes", "weight", "timeline", "profile", "generators")):
        found["latest"] = latest(results)
    if results.get("budget"):
        found["budget"] = report_pages.budget(results["budget"])
    if results.get("builder"):
        load = f"{results['builder'].get('load', '?')}"
        found["builder"] = report_pages.builder(results["builder"], results["date"], load)
    if results.get("story"):
        found["story"] = report_budgets.story_part(results["story"])
    if results.get("reuse"):
        found["reuse"] = report_budgets.reuse_part(results["reuse"])
    return found


def replace_part(text: str, name: str, body: str) -> str:
    begin, end = f"<!-- generated: {name} -->", f"<!-- end: {name} -->"
    if begin not in text or end not in text:
        raise SystemExit(f"{TARGET.name} has no generated part '{name}' ({begin} … {end})")
    before, rest = text.split(begin, 1)
    return f"{before}{begin}\n\n{body.rstrip()}\n\n{end}{rest.split(end, 1)[1]}"


def write(results: dict) -> list[str]:
    text = TARGET.read_text(encoding="utf-8")
    written = parts(results)
    for name, body in written.items():
        text = replace_part(text, name, body)
    TARGET.write_text(text, encoding="utf-8")
    return list(written)


def merge(found: list[dict]) -> dict:
    merged = {
        "date": found[0]["date"],
        "machine": found[0]["machine"],
        "sizes": [],
        "seconds": sum(p.get("seconds", 0) for p in found),
    }
    for part in found:
        merged["sizes"] += part.get("sizes", [])
        merged.update({key: value for key, value in part.items() if key not in ("sizes", "seconds", "date", "machine") and value})
    return merged


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Render BENCHMARKS.md's generated parts from saved results.")
    parser.add_argument("results", type=Path, nargs="+", help="JSON written by `python -m benchmarks`")
    parser.add_argument("--write", action="store_true", help="replace the generated parts of BENCHMARKS.md")
    args = parser.parse_args(argv)
    results = merge([json.loads(path.read_text(encoding="utf-8")) for path in args.results])
    for name, body in parts(results).items():
        print(f"<!-- {name} -->\n{body}")
    if args.write:
        print(f"Replaced {', '.join(write(results))} in {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
