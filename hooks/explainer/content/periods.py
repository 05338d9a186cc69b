"""Background periods of the timeline (content/periods.yml), checked with the rest of the
content: each entry against the schema, then the events they start and end at. model/content/periods.py
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
        problems.append(
            Problem(
                document.path,
                document.line_of(()) or 1,
                "",
                "het bestand is geen lijst van perioden",
                "begin elke periode met '- slug: ...' en zet de andere velden eronder",
            )
        )
        return [], problems
    entries = [(i, check_model(document, PeriodEntry, problems, prefix=(i,))) for i in range(len(document.data))]
    entries = [(i, entry) for i, entry in entries if entry is not None]
    defined = {entry.id: entry.date for _, front in valid.articles for entry in front.events if not entry.is_reference}
    seen: dict[str, int] = {}
    for i, entry in entries:
        if entry.slug in seen:
            problems.append(
                Problem(
                    document.path,
                    document.line_of((i, "slug")),
                    f"[{i}].slug",
                    f"de slug '{entry.slug}' staat er al (periode {seen[entry.slug]})",
                    "geef elke periode een eigen slug",
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
                Problem(
                    document.path,
                    document.line_of((i, key)),
                    f"[{i}].{key}",
                    f"geen artikel beschrijft de gebeurtenis '{event_id}'",
                    "een periode begint en eindigt bij een gebeurtenis die een artikel beschrijft; "
                    "neem het id over uit de events van dat artikel",
                )
            )
    if entry.from_event in defined and entry.until_event in defined:
        start, end = dates.parse(defined[entry.from_event]), dates.parse(defined[entry.until_event])
        if end.end < start.start:
            problems.append(
                Problem(
                    document.path,
                    document.line_of((i, "until_event")),
                    f"[{i}].until_event",
                    f"de periode eindigt op {dates.dutch(end.text)}, voor haar begin ({dates.dutch(start.text)})",
                    "wissel from_event en until_event om",
                )
            )
    return problems
