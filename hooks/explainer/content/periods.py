"""Background periods of the timeline (content/periods.yml), checked with the rest of the
content: each entry against the schema, then the events they start and end at. model/periods.py
makes the records."""

from __future__ import annotations

from explainer import dates
from explainer.content.load import Document
from explainer.content.schema import PeriodEntry
from explainer.content.valid import ValidTree
from explainer.content.validate import check_model
from explainer.problems import Problem

BOUNDS = ("from_event", "until_event")


def check_periods(document: Document | None, valid: ValidTree) -> tuple[list[PeriodEntry], list[Problem]]:
    """Each entry against the schema, slugs once, bounds at events that an article defines."""
    if document is None:
        return [], []
    problems: list[Problem] = []
    if not isinstance(document.data, list):
        problems.append(Problem.of(document.path, document.line_of(()) or 1, "", "periods_not_list"))
        return [], problems
    entries = [(i, check_model(document, PeriodEntry, problems, prefix=(i,))) for i in range(len(document.data))]
    entries = [(i, entry) for i, entry in entries if entry is not None]
    defined = {entry.id: entry.date for _, front in valid.articles for entry in front.events if not entry.is_reference}
    seen: dict[str, int] = {}
    for i, entry in entries:
        if entry.slug in seen:
            problems.append(
                Problem.of(
                    document.path,
                    document.line_of((i, "slug")),
                    f"[{i}].slug",
                    "period_slug_taken",
                    slug=entry.slug,
                    first=seen[entry.slug],
                )
            )
        seen.setdefault(entry.slug, i)
        problems += _check_bounds(document, i, entry, defined)
    return [entry for _, entry in entries], problems


def _check_bounds(document: Document, i: int, entry: PeriodEntry, defined: dict) -> list[Problem]:
    problems = []
    for key in BOUNDS:
        event_id = getattr(entry, key)
        if event_id is not None and event_id not in defined:
            problems.append(
                Problem.of(document.path, document.line_of((i, key)), f"[{i}].{key}", "period_event_undefined", id=event_id)
            )
    if entry.from_event in defined and entry.until_event in defined:
        start, end = dates.parse(defined[entry.from_event]), dates.parse(defined[entry.until_event])
        if end.end < start.start:
            problems.append(
                Problem.of(
                    document.path,
                    document.line_of((i, "until_event")),
                    f"[{i}].until_event",
                    "period_backwards",
                    end=dates.dutch(end.text),
                    start=dates.dutch(start.text),
                )
            )
    return problems
