"""The stories as frozen records, from the checked files of content/verhalen/ (content/stories.py)."""

from __future__ import annotations

from explainer import dates
from explainer.content.stories import text_line
from explainer.model.corrections import corrections_of
from explainer.model.records import Event, Step, Story


def build_stories(checked: list, events: dict[str, Event]) -> dict[str, Story]:
    """slug -> Story, in reading order: by `order`, then title."""
    stories = [
        Story(
            slug=document.slug,
            title=front.title,
            summary=front.summary,
            order=front.order,
            steps=tuple(_step(document, i, entry, events) for i, entry in enumerate(front.steps)),
            source_path=document.path,
            corrections=corrections_of(front),
        )
        for document, front in checked
    ]
    stories.sort(key=lambda s: (s.order if s.order is not None else 10**6, s.title, s.slug))
    return {story.slug: story for story in stories}


def _step(document, i: int, entry, events: dict[str, Event]) -> Step:
    named = [events[event_id] for event_id in entry.events]
    places = [*entry.places, *(event.location for event in named if event.location)]
    window = dates.parse(entry.window) if entry.window else None
    return Step(
        number=i + 1,
        title=entry.title,
        events=tuple(entry.events),
        places=tuple(dict.fromkeys(places)),
        start=window.start if window else min(event.date.start for event in named),
        end=window.end if window else max(event.date.end for event in named),
        window=entry.window,
        figure=entry.figure,
        text=entry.text,
        text_line=text_line(document, ("steps", i, "text")),
    )
