"""The index pages /artikelen/ and /bronnen/: every article once, newest first, paged
(generated.LIST_PAGE_SIZE per page). /themas/ and /plaatsen/ are made with their kind's pages
(pages/themes.py, pages/places.py)."""

from __future__ import annotations

from explainer import routes
from explainer.model.corpus import Corpus
from explainer.pages import generated
from explainer.pages.render import Renderer

# Folder -> template. Page 1 is the index's own page (in the navigation), the next ones are
# pagina-2/, pagina-3/, ... inside it.
INDEXES = {routes.LISTS["article"]: "articles.md.j2", routes.SOURCES: "sources.md.j2"}
INDEX_TITLES = {routes.LISTS["article"]: "Artikelen", routes.SOURCES: "Bronnen"}
INDEX_DESCRIPTIONS = {
    routes.LISTS["article"]: "Alle bronnen als artikel: samenvatting, gebeurtenissen en cijfers.",
    routes.SOURCES: "De bronteksten van deze site en wat we van elke bron weten.",
}


def index_path(folder: str, number: int = 1) -> str:
    return folder + (f"pagina-{number}/" if number > 1 else "")


def index_pages(corpus: Corpus, renderer: Renderer) -> list[generated.GeneratedPage]:
    """/artikelen/ and /bronnen/, every article once, newest first, LIST_PAGE_SIZE per page."""
    articles = list(corpus.articles.values())
    chunks = generated.page_chunks(articles)
    made = []
    for folder, template in INDEXES.items():
        paths = [index_path(folder, n) for n in range(1, len(chunks) + 1)]
        for number, first, chunk in chunks or [(1, 1, [])]:
            uri = routes.source(index_path(folder, number))
            rendered = renderer.render(
                template,
                uri,
                items=chunk,
                total=len(articles),
                page_number=number,
                pages=paths,
                first=first,
                last=first + len(chunk) - 1,
            )
            description = INDEX_DESCRIPTIONS[folder] + (f" Pagina {number} van {len(chunks)}." if number > 1 else "")
            title = f"{INDEX_TITLES[folder]} (pagina {number})" if number > 1 else None
            made.append(generated.page(uri, rendered, title=title, description=description, search={"exclude": True}))
    return made
