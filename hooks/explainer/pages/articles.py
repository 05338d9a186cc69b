"""Article pages: a source's summary, its events and figures, the body with its links, related articles."""

from __future__ import annotations

from explainer import routes
from explainer.model.corpus import Corpus
from explainer.pages.generated import GeneratedPage, page
from explainer.pages.render import Renderer


def article_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    for article in corpus.articles.values():
        uri = routes.source(routes.article(article.slug))
        cites = renderer.citations(uri)
        rendered = renderer.render(
            "article.md.j2",
            uri,
            article=article,
            body=renderer.body(article.body, uri, cites),
            cites=cites,
            events=sorted((corpus.events[i] for i in article.event_ids), key=lambda e: (e.date.sort_key, e.id)),
            figures=[corpus.figures[i] for i in article.figure_ids],
            related=corpus.related_articles(article),
        )
        pages.append(page(uri, rendered, title=article.title, description=article.summary, edit_path=article.source_path))
    return pages
