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
    places: dict = field(default_factory=dict)  # slug -> PlaceEntry, from the gazetteer and the articles' new_places
    places_document: Document | None = None
    # slug -> (Document, key path of its entry): content/locations.yml, or an article's new_places
    place_origins: dict = field(default_factory=dict)
    # Every slug that has a file or entry, valid or not, so one broken file does not
    # turn each reference to it into a second, misleading problem.
    theme_names: set = field(default_factory=set)
    place_names: set = field(default_factory=set)
    article_names: set = field(default_factory=set)
    bodies: list = field(default_factory=list)  # every readable article and theme document
    alias_names: set = field(default_factory=set)
    # Every readable article, valid or not: cross-file checks read the valid fields of all of them.
    article_documents: list = field(default_factory=list)

    def place_at(self, slug: str, *keys) -> tuple[str, int | None, str]:
        """The file, line and field of a place's entry (or of one of its fields), for a Problem."""
        document, prefix = self.place_origins.get(slug, (self.places_document, (slug,)))
        return document.path, document.line_of(prefix + keys), ".".join(map(str, prefix + keys))

    def is_article_place(self, slug: str) -> bool:
        return slug in self.place_origins and self.place_origins[slug][0] is not self.places_document


def link_targets(valid: ValidTree) -> set[str]:
    return valid.article_names | valid.theme_names | valid.place_names | valid.alias_names
