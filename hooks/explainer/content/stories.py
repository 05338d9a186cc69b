"""The checks of the stories (content/verhalen/<slug>.md): each file against its schema
(content/story_schema.py), then every step against the rest of the content: its events and
figure must be ones an article gives, its places in the gazetteer, its events inside its window,
its wiki-links leading somewhere. Read from the raw YAML data, like content/crosscheck.py, so a
story with one broken field still has its other steps checked in the same run."""

from __future__ import annotations

import re

from slugify import slugify

from explainer import dates
from explainer.content.crosscheck import _close, _unknown
from explainer.content.links import find_links
from explainer.content.load import Document, dotted
from explainer.content.references import figure_ids
from explainer.content.schema import SLUG_PATTERN
from explainer.content.story_schema import StoryFrontMatter
from explainer.content.valid import ValidTree, link_targets
from explainer.content.validate import check_model
from explainer.messages import hint
from explainer.problems import Problem

BLOCK_STYLES = ("|", ">")  # `text: |`: the text starts on the line after its key


def check_stories(documents: list[Document], valid: ValidTree) -> tuple[list, list[Problem]]:
    """(document, StoryFrontMatter) for every sound story, and every problem of every story."""
    problems: list[Problem] = []
    known = _Known.of(valid)
    checked = []
    for document in documents:
        model = _check_file(document, problems)
        if isinstance(document.data, dict):
            for i, step in _steps(document.data):
                problems += _check_step(document, i, step, known)
        if model is not None:
            checked.append((document, model))
    return checked, problems


class _Known:
    """What a step may name: events (with their dates), figures, places and link targets."""

    def __init__(self, events: dict, figures: set, places: set, links: set, complete: bool):
        self.events, self.figures, self.places, self.links, self.complete = events, figures, places, links, complete

    @classmethod
    def of(cls, valid: ValidTree) -> _Known:
        events: dict[str, dates.EdtfSpan | None] = {}
        figures: set[str] = set()
        for document in valid.article_documents:
            data = document.data if isinstance(document.data, dict) else {}
            entries = data.get("events")
            for event in entries if isinstance(entries, list) else []:
                if isinstance(event, dict) and isinstance(event.get("id"), str) and "date" in event:  # a definition
                    events.setdefault(event["id"], _span(event["date"]))
            figures |= {figure_id for _, figure_id in figure_ids(data)}
        # a file that could not be read at all may define what a story names: then unknown ids are not reported
        complete = valid.article_names <= {document.slug for document in valid.article_documents}
        return cls(events, figures, valid.place_names, link_targets(valid), complete)


def _span(value) -> dates.EdtfSpan | None:
    try:
        return dates.parse(value) if isinstance(value, str) else None
    except dates.EdtfError:
        return None


def _check_file(document: Document, problems: list) -> StoryFrontMatter | None:
    if not re.match(SLUG_PATTERN, document.slug):
        problems.append(Problem.of(document.path, None, "", "bad_file_slug", slug=document.slug, fixed=slugify(document.slug)))
    if document.body.strip():
        problems.append(Problem.of(document.path, document.body_line, "body", "story_body"))
    if not isinstance(document.data, dict):
        problems.append(Problem.of(document.path, document.line_of(()) or 2, "", "not_mapping"))
        return None
    return check_model(document, StoryFrontMatter, problems)


def _steps(data: dict) -> list[tuple[int, dict]]:
    steps = data.get("steps")
    return [(i, step) for i, step in enumerate(steps) if isinstance(step, dict)] if isinstance(steps, list) else []


def _slugs(step: dict, key: str) -> list[tuple[int, str]]:
    values = step.get(key)
    if not isinstance(values, list):
        return []
    return [(j, value) for j, value in enumerate(values) if isinstance(value, str) and re.match(SLUG_PATTERN, value)]


def _check_step(document: Document, i: int, step: dict, known: _Known) -> list[Problem]:
    at: tuple = ("steps", i)
    problems = _check_events(document, at, step, known) + _check_window(document, at, step, known)
    for j, slug in _slugs(step, "places"):
        if slug not in known.places:
            path = at + ("places", j)
            problems.append(_unknown(document.path, document.line_of(path), dotted(path), "place", slug, known.places))
    figure = step.get("figure")
    if isinstance(figure, str) and re.match(SLUG_PATTERN, figure) and figure not in known.figures and known.complete:
        close = _close(figure, known.figures)
        fix = hint("did_you_mean", close=close) if close else hint("story_figure_hint")
        path = at + ("figure",)
        problems.append(
            Problem.of(document.path, document.line_of(path), dotted(path), "story_figure_unknown", id=figure, fix=fix)
        )
    return problems + _check_links(document, at, step, known)


def _check_events(document: Document, at: tuple, step: dict, known: _Known) -> list[Problem]:
    problems, seen = [], set()
    for j, event_id in _slugs(step, "events"):
        path = at + ("events", j)
        where = (document.path, document.line_of(path), dotted(path))
        if event_id in seen:
            problems.append(Problem.of(*where, "story_event_twice", id=event_id))
        seen.add(event_id)
        if event_id not in known.events and known.complete:
            close = _close(event_id, known.events)
            fix = hint("did_you_mean", close=close) if close else hint("story_event_hint")
            problems.append(Problem.of(*where, "story_event_unknown", id=event_id, fix=fix))
    return problems


def _check_window(document: Document, at: tuple, step: dict, known: _Known) -> list[Problem]:
    """Every event of the step overlaps its window (a window that is no date has its own problem)."""
    window = _span(step.get("window"))
    if window is None:
        return []
    path = at + ("window",)
    problems = []
    for _, event_id in _slugs(step, "events"):
        span = known.events.get(event_id)
        if span is not None and (span.end < window.start or span.start > window.end):
            problems.append(
                Problem.of(
                    document.path,
                    document.line_of(path),
                    dotted(path),
                    "story_outside_window",
                    id=event_id,
                    date=dates.dutch(span.text),
                    window=dates.dutch(window.text),
                )
            )
    return problems


def _check_links(document: Document, at: tuple, step: dict, known: _Known) -> list[Problem]:
    text = step.get("text")
    if not isinstance(text, str):
        return []
    path = at + ("text",)
    first = text_line(document, path)
    problems = []
    for link in find_links(text):
        if link.key not in known.links:
            close = _close(link.key, known.links)
            fix = hint("did_you_mean_link", close=close) if close else hint("link_to_slug")
            line = first + link.line_offset if first else None
            problems.append(Problem.of(document.path, line, dotted(path), "dead_link", target=link.target, fix=fix))
    return problems


def text_line(document: Document, path: tuple) -> int | None:
    """The line of the first line of a text value: for `text: |` the line after the key."""
    line = document.line_of(path)
    written = document.written.get(tuple(path))
    if line and written and written[2] in BLOCK_STYLES:
        return line + 1
    return line


def story_texts(documents: list) -> list[tuple[Document, tuple, int | None, str]]:
    """Every prose text of the stories with its document, field path and first line: for checks of
    prose that run over all content (the step texts are Markdown like an article's body)."""
    found = []
    for document in documents:
        for i, step in _steps(document.data) if isinstance(document.data, dict) else []:
            if isinstance(step.get("text"), str):
                path = ("steps", i, "text")
                found.append((document, path, text_line(document, path), step["text"]))
    return found
