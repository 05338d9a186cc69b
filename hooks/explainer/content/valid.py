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
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # by slug: the gazetteer's and the articles' new_places
    places_document: Document | None = None
    # slug -> (Document, key path of its entry): content/locations.yml, or an article's new_places
    place_origins: dict[str, tuple[Document, tuple]] = field(default_factory=dict)
    # Every slug that has a file or entry, valid or not, so one broken file does not
    # turn each reference to it into a second, misleading problem.
    theme_names: set[str] = field(default_factory=set)
    place_names: set[str] = field(default_factory=set)
    article_names: set[str] = field(default_factory=set)
    bodies: list[Document] = field(default_factory=list)  # every readable article and theme document
    alias_names: set[str] = field(default_factory=set)
    # Every readable article, valid or not: cross-file checks read the valid fields of all of them.
    article_documents: list[Document] = field(default_factory=list)

    def place_at(self, slug: str, *keys: str | int) -> tuple[str, int | None, str]:
        """The file, line and field of a place's entry (or of one of its fields), for a Problem."""
        origin = self.place_origins.get(slug)
        if origin is None:
            assert self.places_document is not None, "places come from a gazetteer or an article"
            origin = (self.places_document, (slug,))
        document, prefix = origin
        return document.path, document.line_of(prefix + keys), ".".join(map(str, prefix + keys))

    def is_article_place(self, slug: str) -> bool:
        return slug in self.place_origins and self.place_origins[slug][0] is not self.places_document


def link_targets(valid: ValidTree) -> set[str]:
    return valid.article_names | valid.theme_names | valid.place_names | valid.alias_names
