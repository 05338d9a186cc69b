"""The content after the per-file checks (content/validate.py), as the cross-file checks
(content/crosscheck.py) and the model read it."""

from __future__ import annotations

from dataclasses import dataclass, field

from explainer.content.load import Document


@dataclass
class ValidTree:
    """The content after per-file checks: typed front matter with its document."""

    articles: list = field(default_factory=list)  # (Document, ArticleFrontMatter)
    themes: list = field(default_factory=list)  # (Document, ThemeFrontMatter)
    places: dict = field(default_factory=dict)  # slug -> PlaceEntry
    places_document: Document | None = None
    # Every slug that has a file or entry, valid or not, so one broken file does not
    # turn each reference to it into a second, misleading problem.
    theme_names: set = field(default_factory=set)
    place_names: set = field(default_factory=set)
    article_names: set = field(default_factory=set)
    bodies: list = field(default_factory=list)  # every readable article and theme document
    alias_names: set = field(default_factory=set)
    # Every readable article, valid or not: cross-file checks read the valid fields of all of them.
    article_documents: list = field(default_factory=list)


def link_targets(valid: ValidTree) -> set[str]:
    return valid.article_names | valid.theme_names | valid.place_names | valid.alias_names
