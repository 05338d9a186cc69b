"""The content after the per-file checks (content/validate.py), as the cross-file checks
(content/crosscheck.py) and the model read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from explainer.content.load import Document
from explainer.content.schema import ArticleFrontMatter, PlaceEntry, ThemeFrontMatter


@dataclass
class ValidTree:
    """The content after per-file checks: typed front matter with its document."""

    articles: list[tuple[Document, ArticleFrontMatter]] = field(default_factory=list)
    themes: list[tuple[Document, ThemeFrontMatter]] = field(default_factory=list)
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # by slug
    places_document: Document | None = None
    # Every slug that has a file or entry, valid or not, so one broken file does not
    # turn each reference to it into a second, misleading problem.
    theme_names: set[str] = field(default_factory=set)
    place_names: set[str] = field(default_factory=set)
    article_names: set[str] = field(default_factory=set)
    bodies: list[Document] = field(default_factory=list)  # every readable article and theme document
    alias_names: set[str] = field(default_factory=set)
    # Every readable article, valid or not: cross-file checks read the valid fields of all of them.
    article_documents: list[Document] = field(default_factory=list)


def link_targets(valid: ValidTree) -> set[str]:
    return valid.article_names | valid.theme_names | valid.place_names | valid.alias_names
