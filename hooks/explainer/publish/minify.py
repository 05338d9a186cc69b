"""The site's own stylesheets as one minified file and its page scripts minified.

A first visit then waits for one stylesheet of ours instead of five (each is render-blocking)
and fetches less script. The sources in docs/assets stay as written; esbuild (npm, installed by
scripts/setup.sh) minifies them on every build, `mkdocs serve` included, so an edit shows at once.
Same input, same bytes. Also one rule less in Material's palette stylesheet (SWITCHING_RULE says why)."""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

import material

STYLESHEET = "assets/site.min.css"  # replaces mkdocs.yml's extra_css, in the same order
# The story page's own stylesheet: only that page links it (templates/story.md.j2), so no other page
# grows by it; the pictures' rules, which the home page needs too, are in the one stylesheet.
STORY_STYLESHEET, STORY_SOURCE = "assets/verhaal.min.css", "assets/verhaal.css"
# Scripts every chart page (or every page) loads; the article builder's modules stay as they are.
SCRIPTS = (
    "assets/charts.js",
    "assets/charts-timeline.js",
    "assets/chart-tooltip.js",
    "assets/share.js",
    "assets/search.js",
    "assets/verhaal.js",
    "assets/reuse.js",  # the controls beside a chart's footer, and the embed pages' scripts (issue 24)
    "assets/embed.js",
    "assets/insluiten.js",
    "assets/citations.js",
)
CSS_TARGET = "chrome100,firefox100,safari15"
JS_TARGET = "es2017"


class MinifyError(Exception):
    pass


def esbuild(root: Path) -> Path:
    binary = root / "node_modules" / ".bin" / "esbuild"
    if not binary.is_file():
        raise MinifyError(f"esbuild is missing ({binary}); run `bash scripts/setup.sh` in {root}")
    return binary


# `mkdocs serve` rebuilds on every edit: an unchanged file is not minified again (one esbuild
# process per file and build otherwise).
@functools.lru_cache(maxsize=32)
def _run(binary: Path, source: str, loader: str, target: str) -> str:
    result = subprocess.run(
        [str(binary), f"--loader={loader}", "--minify", f"--target={target}", "--legal-comments=none", "--log-level=error"],
        input=source,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise MinifyError(f"esbuild could not minify the {loader}: {result.stderr.strip()}")
    return result.stdout


def built(root: Path, docs_dir: Path, stylesheets: list) -> dict:
    """Site path -> text: the one stylesheet, the minified scripts (those docs_dir has) and Material's
    palette stylesheets (palette_sheets)."""
    files = {STYLESHEET: stylesheet(root, docs_dir, stylesheets)}
    if (Path(docs_dir) / STORY_SOURCE).is_file():
        files[STORY_STYLESHEET] = stylesheet(root, docs_dir, [STORY_SOURCE])
    for path in SCRIPTS:
        if (Path(docs_dir) / path).is_file():
            files[path] = script(root, Path(docs_dir) / path)
    return {**files, **palette_sheets()}


def stylesheet(root: Path, docs_dir: Path, sources: list) -> str:
    """The stylesheets (paths relative to docs_dir, in cascade order) as one minified file."""
    parts = [(Path(docs_dir) / source).read_text(encoding="utf-8") for source in sources]
    return _run(esbuild(root), "\n".join(parts), "css", CSS_TARGET)


def script(root: Path, source: Path) -> str:
    """A classic script, minified: same global names, no syntax newer than JS_TARGET."""
    return _run(esbuild(root), Path(source).read_text(encoding="utf-8"), "js", JS_TARGET)


# Material's palette component sets data-md-color-switching on <body> at every page load, not only
# when the reader switches, and then reads the header's computed style. This rule (no transitions
# while switching) makes that attribute restyle every element of the page, twice per load: measured
# as blocking time in Lighthouse on the chart pages. Without it a palette switch merely animates.
SWITCHING_RULE = re.compile(
    r"\[data-md-color-switching\] \*,\[data-md-color-switching\] :after,"
    r"\[data-md-color-switching\] :before\{[^}]*\}"
)


def palette_sheets() -> dict:
    """Site path -> text: Material's palette stylesheets without SWITCHING_RULE."""
    theme = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    return {
        f"assets/stylesheets/{sheet.name}": SWITCHING_RULE.sub("", sheet.read_text(encoding="utf-8"))
        for sheet in theme.glob("palette.*.min.css")
    }
