"""A generated page (Markdown that MkDocs renders like a hand-written page), and the limits the
page emitters share."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from explainer.model.corpus import Event
from explainer.pages.render import Rendered, events_word, number, plain_title


@dataclass
class GeneratedPage:
    src_uri: str  # e.g. artikelen/slug/index.md
    rendered: Rendered  # the Markdown, without front matter, and its finished HTML blocks
    edit_path: str | None = None  # the content file a contributor edits, relative to the repo root
    meta: dict[str, object] = field(default_factory=dict)  # title, description, hide, search, ... (Material's keys)

    @property
    def markdown(self) -> str:
        return self.rendered.markdown


def page(
    src_uri: str, rendered: Rendered, *, description: str, edit_path: str | None = None, title: str | None = None, **meta
) -> GeneratedPage:
    # Material writes the description into an attribute without escaping it.
    meta = {"description": html.escape(" ".join(description.split()), quote=True), **meta}
    if title is not None:
        meta["title"] = plain_title(title)
    return GeneratedPage(src_uri, rendered, edit_path, meta)


# Theme and place pages show at most this many events (the most recent) and link to /tijdlijn/,
# filtered on the theme or place, for the rest: a page that lists thousands of events serves no
# reader and would make the build grow with the corpus on every such page.
EVENT_LIMIT = 25
# ... and at most this many articles (the newest); both link to their full lists (pages/full_lists.py),
# which hold this many items per page.
ARTICLE_LIMIT = 10
LIST_PAGE_SIZE = 100


def latest_events(events: list[Event]) -> list[Event]:
    """The last EVENT_LIMIT of a list in time order (the corpus keeps every event list in time order)."""
    return events[-EVENT_LIMIT:]


def list_limits() -> dict:
    return {"article_limit": ARTICLE_LIMIT, "page_size": LIST_PAGE_SIZE}


def shown_words(shown: list, events: list) -> str:
    if len(shown) == len(events):
        return events_word(len(events))
    return f"de {number(len(shown))} meest recente van {events_word(len(events))}"


def page_chunks(items: list) -> list[tuple[int, int, list]]:
    """A paged list's pages: (page number, the number of its first item, its items), LIST_PAGE_SIZE per page."""
    size = LIST_PAGE_SIZE
    return [(start // size + 1, start + 1, items[start : start + size]) for start in range(0, len(items), size)]
