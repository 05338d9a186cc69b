"""/correcties/: every correction on the site, newest first (the records: model/corrections.py)."""

from __future__ import annotations

from explainer import routes
from explainer.model.corpus import Corpus
from explainer.model.corrections import KIND_WORDS, logged
from explainer.pages.generated import GeneratedPage, page
from explainer.pages.render import Renderer

LOG_URI = routes.source(routes.CORRECTIONS)


def corrections_page(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/correcties/: every correction, newest first."""
    rendered = renderer.render("corrections.md.j2", LOG_URI, entries=logged(corpus), kind_words=KIND_WORDS)
    return [
        page(
            LOG_URI,
            rendered,
            title="Correcties",
            description="Alle correcties op deze site, de nieuwste eerst: wat er fout was en wat het nu is.",
        )
    ]
