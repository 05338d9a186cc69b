"""Check loaded documents against the schema and against each other.

Every problem is collected; nothing stops at the first one. The per-file checks are here; the
messages for schema errors are in content/field_problems.py, the checks across files in content/crosscheck.py.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ValidationError
from slugify import slugify

from explainer.content import scaffold
from explainer.content.crosscheck import cross_check
from explainer.content.field_problems import field_problem
from explainer.content.gazetteer import merge_article_places
from explainer.content.load import ContentTree, Document, dotted
from explainer.content.schema import SLUG_PATTERN, ArticleFrontMatter, PlaceEntry, ThemeFrontMatter
from explainer.content.valid import ValidTree
from explainer.messages import hint
from explainer.problems import Problem


def validate_tree(tree: ContentTree, problems: list[Problem]) -> tuple[ValidTree, list[Problem]]:
    """Per-file checks for every file, then the cross-file checks on every field that is sound."""
    problems = list(problems)
    valid = _names(tree)
    for document in tree.articles:
        model = _check_document(document, ArticleFrontMatter, problems)
        _check_template_text(document, problems)
        _check_list_page_slug(document, problems)
        if model is not None:
            valid.articles.append((document, model))
    for document in tree.themes:
        model = _check_document(document, ThemeFrontMatter, problems)
        if model is not None:
            valid.themes.append((document, model))
    if tree.places is not None:
        valid.places = _check_places(tree.places, problems)
    if valid.places_document is not None:
        problems += merge_article_places(valid)
        problems += cross_check(valid)
    return valid, problems


def _names(tree: ContentTree) -> ValidTree:
    valid = ValidTree(places_document=tree.places, bodies=tree.articles + tree.themes, article_documents=list(tree.articles))
    valid.theme_names = {document.slug for document in tree.themes} | tree.theme_files
    valid.article_names = {document.slug for document in tree.articles} | tree.article_files
    written = [tree.places.data] if tree.places is not None and isinstance(tree.places.data, dict) else []
    written += [
        d.data["new_places"] for d in tree.articles if isinstance(d.data, dict) and isinstance(d.data.get("new_places"), dict)
    ]
    entries = [entry for places in written for entry in places.values() if isinstance(entry, dict)]
    valid.place_names = {str(slug) for places in written for slug in places}
    valid.alias_names = {slugify(alias) for entry in entries for alias in (entry.get("aliases") or []) if isinstance(alias, str)}
    return valid


# ---- per file ---------------------------------------------------------------------


def _check_document(document: Document, model: type[BaseModel], problems: list):
    if not re.match(SLUG_PATTERN, document.slug):
        problems.append(Problem.of(document.path, None, "", "bad_file_slug", slug=document.slug, fixed=slugify(document.slug)))
    if not document.body.strip():
        problems.append(Problem.of(document.path, document.body_line, "body", "empty_body"))
    if not isinstance(document.data, dict):
        problems.append(Problem.of(document.path, document.line_of(()) or 2, "", "not_mapping"))
        return None
    return check_model(document, model, problems)


# /artikelen/pagina-2/, ... are the pages of the article list (pages/indexes.py index_path); an article of
# that name would be written over, or write over, one of them.
LIST_PAGE_SLUG = re.compile(r"pagina-[0-9]+")


def _check_list_page_slug(document: Document, problems: list) -> None:
    if LIST_PAGE_SLUG.fullmatch(document.slug):
        title = document.data.get("title") if isinstance(document.data, dict) else None
        fixed = slugify(str(title)) if title else f"artikel-{document.slug}"
        problems.append(Problem.of(document.path, None, "", "list_page_slug", slug=document.slug, fixed=fixed))


def check_model(document: Document, model: type[BaseModel], problems: list, prefix: tuple = ()):
    data = _value_at(document.data, prefix)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems += [field_problem(document, prefix + tuple(item["loc"]), item, model) for item in error.errors()]
        return None


def _value_at(data, path):
    for part in path:
        data = data[part]
    return data


def _check_template_text(document: Document, problems: list) -> None:
    """Text that `explainer new` wrote and nobody replaced would otherwise be published."""
    for path, (placeholder, hint_key) in scaffold.PLACEHOLDERS.items():
        try:
            value = _value_at(document.data, path)
        except (KeyError, TypeError, IndexError):
            continue
        if isinstance(value, str) and placeholder in value:
            problems.append(_template_problem(document, document.line_of(path), dotted(path), hint_key))
    if scaffold.BODY in document.body:
        line = document.body_line + document.body[: document.body.index(scaffold.BODY)].count("\n")
        problems.append(_template_problem(document, line, "body", "template_body"))


def _template_problem(document: Document, line, where: str, hint_key: str) -> Problem:
    return Problem.of(document.path, line, where, "template_text", hint=hint(hint_key))


def _check_places(document: Document, problems: list) -> dict:
    if not isinstance(document.data, dict):
        problems.append(Problem.of(document.path, 1, "", "gazetteer_not_mapping"))
        return {}
    places = {}
    for slug, entry in document.data.items():
        slug = str(slug)
        if not re.match(SLUG_PATTERN, slug):
            problems.append(Problem.of(document.path, document.line_of((slug,)), slug, "bad_place_slug", fixed=slugify(slug)))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem.of(document.path, document.line_of((slug,)), slug, "place_without_fields"))
            continue
        model = check_model(document, PlaceEntry, problems, prefix=(slug,))
        if model is not None:
            places[slug] = model
    return places
