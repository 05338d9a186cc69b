"""The citation check: every prose paragraph cites a source, every marker cites something known,
every passage number lies within its source.

Run with every other check (build.read_content): the articles' and themes' texts, the theme
summaries, the places' and periods' descriptions, and the hand-written pages of docs/ (there a
page may name, in `site_text`, the sections that only describe the site; `site_text: true` for
the whole page). Known names are read from the raw data, so one broken article does not turn the
markers that cite it into misleading problems."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from explainer.content import prose
from explainer.content.load import Document, dotted
from explainer.content.markers import Marker, find_markers
from explainer.content.references import event_ids, figure_ids
from explainer.content.valid import ValidTree
from explainer.messages import hint, text
from explainer.problems import Problem


@dataclass
class Targets:
    """What a marker may cite: article slugs (with their source's passage count, when known), event
    and figure ids."""

    articles: dict = field(default_factory=dict)  # slug -> passage count or None
    events: set = field(default_factory=set)
    figures: set = field(default_factory=set)
    complete: bool = True  # False: an article could not be read, and may define what a marker names

    @classmethod
    def of(cls, valid: ValidTree) -> Targets:
        counts = {document.slug: front.source.passage_count for document, front in valid.articles}
        targets = cls({slug: counts.get(slug) for slug in valid.article_names})
        targets.complete = valid.article_names == {document.slug for document in valid.article_documents}
        for document in valid.article_documents:
            targets.events.update(event_id for _, event_id, _ in event_ids(document.data))
            targets.figures.update(figure_id for _, figure_id in figure_ids(document.data))
        return targets

    def names(self) -> list[str]:
        return sorted(set(self.articles) | self.events | self.figures)


@dataclass
class Tally:
    """The share of sentences that carry a marker, over every prose block checked."""

    sentences: int = 0
    cited: int = 0
    blocks: int = 0

    def add(self, block_text: str, markers: list[Marker]) -> None:
        masked = block_text
        for marker in reversed(markers):
            masked = masked[: marker.start] + "\x00" + masked[marker.end :]
        found = prose.sentences(masked)
        self.sentences += len(found)
        self.cited += sum(1 for sentence in found if "\x00" in sentence)
        self.blocks += 1


@dataclass
class Place:
    """Where a text stands: its file, the field a problem names and the line of its start. In
    Markdown the text's own lines are the file's; a YAML value may be folded, so a marker's line is
    looked up in the file's text."""

    document: Document
    field: str
    line: int | None
    markdown: bool = False

    def line_of(self, block_text: str, marker: Marker) -> int | None:
        if self.line is None:
            return None
        if self.markdown:
            return self.line + block_text[: marker.start].count("\n")
        lines = self.document.source.splitlines()
        head = marker.text[:30]
        for number in range(self.line - 1, len(lines)):
            if head in lines[number]:
                return number + 1
        return self.line


class Checker:
    def __init__(self, targets: Targets, tally: Tally | None = None):
        self.targets, self.tally = targets, tally or Tally()
        self.problems: list[Problem] = []

    def prose(self, where: Place, text_: str, what: str = "what_paragraph", must_cite: bool = True) -> None:
        """One block of prose: its markers checked; without any, a problem (unless it needn't cite)."""
        markers = find_markers(text_)
        for marker in markers:
            self.marker(where, text_, marker)
        if must_cite:
            self.tally.add(text_, markers)
            if not any(marker.citations for marker in markers):
                self.problems.append(Problem.of(where.document.path, where.line, where.field, "uncited", what=text(what)))

    def marker(self, where: Place, text_: str, marker: Marker) -> None:
        at = (where.document.path, where.line_of(text_, marker), where.field)
        if marker.citations is None:
            self.problems.append(Problem.of(*at, "marker_malformed", marker=marker.text))
            return
        for citation in marker.citations:
            problem = self._citation(at, marker.text, citation)
            if problem is not None:
                self.problems.append(problem)

    def _citation(self, at: tuple[str, int | None, str], shown: str, citation) -> Problem | None:
        key, numbers, targets = citation.key, citation.passages, self.targets
        if key in targets.articles:
            count = targets.articles[key]
            beyond = [n for n in numbers if count is not None and n > count]
            if not numbers:
                return Problem.of(*at, "marker_needs_passages", marker=shown, key=key)
            if beyond:
                return Problem.of(*at, "marker_beyond", marker=shown, key=key, number=beyond[0], count=count)
            return None
        if key in targets.events or key in targets.figures:
            kind = text("kind_event") if key in targets.events else text("kind_figure")
            return Problem.of(*at, "marker_no_passages", marker=shown, key=key, kind=kind) if numbers else None
        if not targets.complete:
            return None  # reported once that article can be read
        close = difflib.get_close_matches(key, targets.names(), n=1, cutoff=0.6)
        fix = hint("did_you_mean", close=close[0]) if close else hint("marker_known_names")
        return Problem.of(*at, "marker_unknown", marker=shown, key=key, fix=fix)

    def body(self, document: Document, body: str, first_line: int, field_name: str = "body", skip=frozenset()) -> None:
        """A Markdown text, block by block. Content bodies show raw HTML as text (prose); the
        hand-written pages (field 'bron') use it as markup. `skip` holds the headings of sections
        that need no source (True: the whole text)."""
        for block in prose.blocks(body, html_is_prose=field_name == "body"):
            where = Place(document, field_name, first_line + block.line, markdown=True)
            self.prose(where, block.text, must_cite=skip is not True and block.heading not in skip)


def check_content(valid: ValidTree, periods: Document | None, checker: Checker) -> None:
    """Every citation problem of content/: texts, summaries, descriptions, fields, passage numbers."""
    for document in valid.article_documents:
        checker.body(document, document.body, document.body_line)
        _no_markers_in_fields(checker, document)
        _passages_within(checker, document)
    for document, _ in valid.themes:
        summary = document.data.get("summary") if isinstance(document.data, dict) else None
        if isinstance(summary, str):
            line = document.line_of(("summary",))
            checker.prose(Place(document, "summary", line), summary, "what_summary")
        checker.body(document, document.body, document.body_line)
    _descriptions(checker, valid)
    if periods is not None and isinstance(periods.data, list):
        for i, entry in enumerate(periods.data):
            description = entry.get("description") if isinstance(entry, dict) else None
            if isinstance(description, str):
                where = Place(periods, f"[{i}].description", periods.line_of((i, "description")))
                checker.prose(where, description, "what_description")


def _descriptions(checker: Checker, valid: ValidTree) -> None:
    """Every place's description, where it is written: the gazetteer, or an article's new_places."""
    for slug, place in valid.places.items():
        document, prefix = valid.place_origins.get(slug) or (valid.places_document, (slug,))
        if document is None:
            continue
        path = (*prefix, "description")
        checker.prose(Place(document, ".".join(map(str, path)), document.line_of(path)), place.description, "what_description")


# Fields that take their source from the article and `passages`, never from a marker.
PLAIN_FIELDS = (("title",), ("summary",))
ENTRY_FIELDS = {"events": ("title", "summary"), "figures": ("label", "unit", "according_to")}


def _no_markers_in_fields(checker: Checker, document: Document) -> None:
    data = document.data if isinstance(document.data, dict) else {}
    paths: list[tuple] = [path for path in PLAIN_FIELDS if path[0] in data]
    for key, names in ENTRY_FIELDS.items():
        written = data.get(key)
        entries = written if isinstance(written, list) else []
        paths += [(key, i, name) for i, entry in enumerate(entries) if isinstance(entry, dict) for name in names]
    for path in paths:
        value = _value(data, path)
        if isinstance(value, str) and "[@" in value:
            shown = find_markers(value)[0].text if find_markers(value) else "[@"
            checker.problems.append(
                Problem.of(
                    document.path, document.line_of(path), dotted(path), "marker_not_here", field=dotted(path), marker=shown
                )
            )


def _value(data, path: tuple):
    for part in path:
        data = data[part] if isinstance(data, (dict, list)) and (isinstance(part, int) or part in data) else None
    return data


def _passages_within(checker: Checker, document: Document) -> None:
    count = checker.targets.articles.get(document.slug)
    data = document.data if isinstance(document.data, dict) else {}
    if count is None:
        return
    for key in ("events", "figures"):
        entries = data.get(key)
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            numbers = entry.get("passages") if isinstance(entry, dict) else None
            for j, number in enumerate(numbers if isinstance(numbers, list) else []):
                if isinstance(number, int) and not isinstance(number, bool) and number > count:
                    path = (key, i, "passages", j)
                    checker.problems.append(
                        Problem.of(
                            document.path, document.line_of(path), dotted(path), "passage_beyond", number=number, count=count
                        )
                    )


def check_story_texts(texts: list, checker: Checker) -> None:
    """The stories' step texts (content/stories.py story_texts): Markdown like an article's body,
    every paragraph with its source."""
    for document, path, first, text_ in texts:
        for block in prose.blocks(text_, html_is_prose=True):
            line = first + block.line if first else None
            checker.prose(Place(document, dotted(path), line, markdown=True), block.text)
