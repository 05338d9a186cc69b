"""The citation check of the hand-written pages of docs/ (the home page, /over/, /bijdragen/).

Their factual paragraphs cite like every other text. A page names in its front matter the sections
that only describe the site itself (`site_text: ["Werkwijze en bronnen", …]`, the page's title for
the part before its first section), or `site_text: true` when the whole page does; their markers
are still checked."""

from __future__ import annotations

import difflib
from pathlib import Path

import frontmatter
import yaml

from explainer.content import prose
from explainer.content.citations import Checker
from explainer.content.load import Document
from explainer.messages import hint
from explainer.problems import Problem

FIELD = "bron"


def pages(docs_dir: Path) -> list[Path]:
    """The Markdown pages of docs/ (the theme's overrides/ are templates, not pages)."""
    docs_dir = Path(docs_dir)
    return sorted(p for p in docs_dir.rglob("*.md") if p.relative_to(docs_dir).parts[0] != "overrides")


def check_pages(docs_dir: Path, checker: Checker) -> None:
    docs_dir = Path(docs_dir)
    for path in pages(docs_dir):
        shown = f"{docs_dir.name}/{path.relative_to(docs_dir).as_posix()}"
        check_page(path.read_text(encoding="utf-8"), shown, checker)


def check_page(source: str, shown: str, checker: Checker) -> None:
    front, body, body_line = _split(source)
    document = Document(shown, Path(shown).stem, front, body=body, body_line=body_line, source=source)
    skip = front.get("site_text", False) if isinstance(front, dict) else False
    if skip is True:
        checker.body(document, body, body_line, FIELD, skip=True)
        return
    if not isinstance(skip, list) or not all(isinstance(item, str) for item in skip):
        if skip is not False:
            checker.problems.append(Problem.of(shown, 2, "site_text", "site_text_type"))
        skip = []
    headings = prose.headings(body)
    for heading in skip:
        if heading not in headings:
            close = difflib.get_close_matches(heading, headings, n=1)
            fix = hint("did_you_mean", close=close[0]) if close else hint("site_text_headings")
            checker.problems.append(Problem.of(shown, 2, "site_text", "site_text_heading", heading=heading, fix=fix))
    checker.body(document, body, body_line, FIELD, skip=frozenset(skip))


def _split(source: str) -> tuple[dict, str, int]:
    """Front matter, body and the body's first line (1-based)."""
    boundaries = list(frontmatter.YAMLHandler.FM_BOUNDARY.finditer(source))
    if not source.startswith("---") or len(boundaries) < 2:
        return {}, source, 1
    try:
        front = yaml.safe_load(source[boundaries[0].end() : boundaries[1].start()]) or {}
    except yaml.YAMLError:
        front = {}
    after = source.find("\n", boundaries[1].start())
    body = source[after + 1 :] if after >= 0 else ""
    return front, body, source[: boundaries[1].start()].count("\n") + 2
