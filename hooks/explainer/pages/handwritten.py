"""The hand-written pages of docs/: their generated blocks (<!-- explainer:NAME -->) and
wiki-links, checked with file and line before any page is rendered."""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup

from explainer.charts import story as story_charts
from explainer.content.links import find_links
from explainer.messages import field_name
from explainer.model.corpus import Corpus, Event
from explainer.pages.citations import HEADING as SOURCES_HEADING
from explainer.pages.render import Rendered, Renderer
from explainer.problems import Problem

BLOCK_MARKER = re.compile(r"<!--\s*explainer:([a-z-]+)\s*-->")
KEY_EVENT_LIMIT = 15


def key_events(corpus: Corpus) -> list[Event]:
    """For the home page, in time order: the events that bound a timeline period, then those that
    the most sources report (at least two), the most recent first, up to KEY_EVENT_LIMIT."""
    bounding = {event_id for period in corpus.periods for event_id in period.events}
    shared = sorted(
        (e for e in corpus.events.values() if e.id not in bounding and len(e.sources) > 1),
        key=lambda e: (-len(e.sources), -e.date.end.toordinal(), e.id),
    )
    chosen = bounding | {e.id for e in shared[: max(KEY_EVENT_LIMIT - len(bounding), 0)]}
    return [e for e in corpus.events.values() if e.id in chosen]  # in time order


def first_story(corpus: Corpus) -> tuple[str, dict]:
    """The home page's "Begin hier": the first story with the picture of its first step (nothing
    when there is no story)."""
    story = next(iter(corpus.stories.values()), None)
    if story is None:
        return "begin", {"story": None, "picture": ""}
    return "begin", {"story": story, "picture": Markup(story_charts.step_map(corpus, list(story.steps[0].places)))}


BLOCKS = {
    "begin-hier": first_story,
    "kerndata": lambda corpus: ("key_dates", {"events": key_events(corpus)}),
    "laatste-artikelen": lambda corpus: ("latest", {"articles": list(corpus.articles.values())[:3]}),
    "thema-overzicht": lambda corpus: ("themes", {}),
    "omvang": lambda corpus: ("size", {}),
}


def fill_handwritten(markdown: str, src_uri: str, renderer: Renderer) -> Rendered:
    """Wiki-links -> Markdown links; citation markers -> links to the page's "Bronnen", appended at
    its end; each block -> finished HTML, kept like a generated page's."""
    rendered, cites = Rendered(""), renderer.citations(src_uri)

    def block(match: re.Match) -> str:
        if match.group(1) not in BLOCKS:  # reported by check_handwritten; left as written meanwhile
            return match.group(0)
        macro, values = BLOCKS[match.group(1)](renderer.corpus)
        return rendered.add(renderer.macro("_blocks.j2", macro, src_uri, **values))

    rendered.markdown = str(renderer.links(cites.markdown(BLOCK_MARKER.sub(block, markdown)), src_uri))
    if cites.entries:
        listing = f"{SOURCES_HEADING}\n\n{rendered.add(cites.listing())}\n"
        rendered.markdown = rendered.markdown.rstrip("\n") + "\n\n" + listing
    return rendered


def handwritten_pages(docs_dir: Path) -> list[Path]:
    """The Markdown pages of docs/ (the theme's overrides/ are templates, not pages)."""
    docs_dir = Path(docs_dir)
    return sorted(p for p in docs_dir.rglob("*.md") if p.relative_to(docs_dir).parts[0] != "overrides")


def check_handwritten(docs_dir: Path, corpus: Corpus) -> list[Problem]:
    """Every wiki-link that leads nowhere and every unknown block of docs/, with file and line."""
    docs_dir = Path(docs_dir)
    problems = []
    for path in handwritten_pages(docs_dir):
        shown = f"{docs_dir.name}/{path.relative_to(docs_dir).as_posix()}"
        problems += _check_page(path.read_text(encoding="utf-8"), shown, corpus)
    return problems


def _check_page(text: str, shown: str, corpus: Corpus) -> list[Problem]:
    problems = [
        Problem.of(shown, link.line_offset + 1, "wiki-link", "page_dead_link", target=link.target)
        for link in find_links(text)
        if corpus.resolve(link.target) is None
    ]
    problems += [
        Problem.of(
            shown,
            text.count("\n", 0, match.start()) + 1,
            field_name("block"),
            "page_unknown_block",
            name=match.group(1),
            blocks=", ".join(BLOCKS),
        )
        for match in BLOCK_MARKER.finditer(text)
        if match.group(1) not in BLOCKS
    ]
    return problems
