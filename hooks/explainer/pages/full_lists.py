"""The full lists of a theme's or a place's articles and events (/themas/<slug>/artikelen/, ...),
paged; the site-wide lists of every article are the index pages (pages/indexes.py).

A theme or place page shows only the newest items (generated.EVENT_LIMIT events, generated.ARTICLE_LIMIT
articles), so its size does not grow with the corpus; when it leaves items out, it links to
these lists, which hold every item exactly once, newest first, generated.LIST_PAGE_SIZE per page."""

from __future__ import annotations

from dataclasses import dataclass

from explainer.model.corpus import Corpus
from explainer.pages import generated
from explainer.pages.render import Renderer

KINDS = ("artikelen", "gebeurtenissen")


@dataclass
class Owner:
    """The theme or place a full list belongs to, and how its pages speak of it."""

    folder: str  # themas | plaatsen
    slug: str
    name: str
    where: dict[str, str]  # list kind -> the words after "Artikelen" / "Gebeurtenissen" in the title


def owners(corpus: Corpus) -> list[tuple[Owner, dict]]:
    """Every theme and place, with its articles and events (newest first)."""
    found = []
    for theme in corpus.themes.values():
        owner = Owner(
            "themas",
            theme.slug,
            theme.title,
            {"artikelen": f"in het thema {theme.title}", "gebeurtenissen": f"in het thema {theme.title}"},
        )
        found.append(
            (
                owner,
                {
                    "artikelen": corpus.articles_by_theme.get(theme.slug, []),
                    "gebeurtenissen": corpus.events_by_theme.get(theme.slug, [])[::-1],
                },
            )
        )
    for place in corpus.places.values():
        owner = Owner(
            "plaatsen", place.slug, place.name, {"artikelen": f"over {place.name}", "gebeurtenissen": f"in en rond {place.name}"}
        )
        found.append(
            (
                owner,
                {
                    "artikelen": corpus.articles_by_place.get(place.slug, []),
                    "gebeurtenissen": corpus.events_in_place(place.slug)[::-1],
                },
            )
        )
    return found


def shown_on_owner_page(kind: str) -> int:
    return generated.ARTICLE_LIMIT if kind == "artikelen" else generated.EVENT_LIMIT


def full_list_path(owner: Owner, kind: str, number: int = 1) -> str:
    """The full list's page `number` as a directory path from the site root."""
    return f"{owner.folder}/{owner.slug}/{kind}/" + (f"{number}/" if number > 1 else "")


def full_list_pages(corpus: Corpus, renderer: Renderer) -> list[generated.GeneratedPage]:
    """The full lists of every theme and place that shows only part of its items."""
    made = []
    for owner, items_by_kind in owners(corpus):
        for kind, items in items_by_kind.items():
            if len(items) > shown_on_owner_page(kind):
                made += full_list(owner, kind, items, renderer)
    return made


def full_list(owner: Owner, kind: str, items: list, renderer: Renderer) -> list[generated.GeneratedPage]:
    """One full list's pages."""
    chunks = generated.page_chunks(items)
    title = f"{kind.capitalize()} {owner.where[kind]}"
    made = []
    for number, first, chunk in chunks:
        uri = full_list_path(owner, kind, number) + "index.md"
        rendered = renderer.render(
            "full_list.md.j2",
            uri,
            owner=owner,
            kind=kind,
            title=title,
            items=chunk,
            total=len(items),
            page_number=number,
            pages=[full_list_path(owner, kind, n) for n in range(1, len(chunks) + 1)],
            first=first,
            last=first + len(chunk) - 1,
        )
        shown_title = title if number == 1 else f"{title} (pagina {number})"
        made.append(
            generated.page(
                uri,
                rendered,
                title=shown_title,
                search={"exclude": True},
                description=f"Alle {len(items)} {kind} {owner.where[kind]}, nieuwste eerst: pagina {number} van {len(chunks)}.",
            )
        )
    return made
