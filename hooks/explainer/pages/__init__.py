"""The page emitters: each makes one kind of generated page from the corpus, with the same
inputs (the corpus and the renderer) and the same output (a list of GeneratedPage). The build
asks every emitter of EMITTERS, in this order."""

from __future__ import annotations

from collections.abc import Callable

from explainer.model.corpus import Corpus
from explainer.pages import articles, corrections, embeds, figures, full_lists, indexes, places, themes, timeline
from explainer.pages.generated import GeneratedPage
from explainer.pages.render import Renderer

Emitter = Callable[[Corpus, Renderer], list[GeneratedPage]]

EMITTERS: tuple[Emitter, ...] = (
    articles.article_pages,  # /artikelen/<slug>/
    themes.theme_pages,  # /themas/<slug>/
    places.place_pages,  # /plaatsen/<slug>/
    themes.theme_index,  # /themas/
    places.place_index,  # /plaatsen/
    places.map_page,  # /kaart/
    timeline.timeline_pages,  # /tijdlijn/ and its year pages
    figures.figures_pages,  # /cijfers/ and, at scale, one page per kind
    full_lists.full_list_pages,  # the full, paged lists of a theme's or place's articles and events
    indexes.index_pages,  # /artikelen/ and /bronnen/, paged
    corrections.corrections_page,  # /correcties/
    embeds.embed_pages,  # /insluiten/<chart>/: a chart alone, for an <iframe> elsewhere
)


def generate_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    return [page for emit in EMITTERS for page in emit(corpus, renderer)]
