"""Background periods of the timeline (content/periods.yml), each traced to articles."""
from __future__ import annotations

from pathlib import Path

from .load import Document, read_text, _parse_yaml
from .problems import ContentError, Problem


def load_periods(content_dir: Path, corpus) -> list[dict]:
    path = Path(content_dir) / "periods.yml"
    if not path.is_file():
        return []
    shown = f"{Path(content_dir).name}/periods.yml"
    problems: list[Problem] = []
    text = read_text(path, shown, problems)
    document = Document(shown, "periods", None)
    if text is not None:
        _parse_yaml(text, document, 1, problems)
    periods = []
    for i, entry in enumerate(document.data or []):
        periods.append(_period(entry, i, document, corpus, problems))
    if problems:
        raise ContentError(problems)
    return periods


COLOURS = ["#8C6D1F", "#CC79A7", "#009E73"]


def _period(entry, i: int, document: Document, corpus, problems: list) -> dict:
    fields = {"slug", "title", "from_event", "until_event", "description"}
    if not isinstance(entry, dict) or set(entry) - fields or not {"slug", "title", "from_event"} <= set(entry):
        problems.append(Problem(document.path, document.line_of((i,)), f"[{i}]",
                                "a period needs slug, title and from_event (and may have until_event, description)",
                                f"allowed fields: {', '.join(sorted(fields))}"))
        return {}
    bounds = {}
    for key in ("from_event", "until_event"):
        event_id = entry.get(key)
        if event_id is None:
            continue
        if event_id not in corpus.events:
            problems.append(Problem(document.path, document.line_of((i, key)), f"[{i}].{key}",
                                    f"no article defines the event '{event_id}'",
                                    "a period starts and ends at events that articles define"))
            continue
        bounds[key] = corpus.events[event_id]
    start = bounds["from_event"].date.start.isoformat() if "from_event" in bounds else None
    last = max((e.date.end for e in corpus.events.values()), default=None)
    end = bounds["until_event"].date.end if "until_event" in bounds else last
    return {"slug": entry["slug"], "title": entry["title"], "start": start, "end": end.isoformat() if end else None,
            "description": entry.get("description", ""), "colour": COLOURS[i % len(COLOURS)],
            "events": [bounds[k].id for k in ("from_event", "until_event") if k in bounds]}
