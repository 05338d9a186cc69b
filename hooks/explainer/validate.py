"""Check loaded documents against the schema and against each other.

Every problem is collected; nothing stops at the first one.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError
from slugify import slugify

from . import template
from .links import find_links
from .load import ContentTree, Document, dotted
from .problems import Problem
from .schema import CLAIM_FIELDS, SLUG_PATTERN, UNKNOWN_PLACE, ArticleFrontMatter, PlaceEntry, ThemeFrontMatter

YAML_TYPES = {
    "tag:yaml.org,2002:bool": "the yes/no value {value}",
    "tag:yaml.org,2002:timestamp": "the date object {value}",
    "tag:yaml.org,2002:int": "the number {value}",
    "tag:yaml.org,2002:float": "the number {value}",
    "tag:yaml.org,2002:null": "an empty value",
}


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


def validate_tree(tree: ContentTree, problems: list[Problem]) -> tuple[ValidTree, list[Problem]]:
    """Per-file checks for every file; cross-file checks once every file is sound."""
    problems = list(problems)
    valid = ValidTree(places_document=tree.places, bodies=tree.articles + tree.themes)
    valid.theme_names = {document.slug for document in tree.themes} | tree.theme_files
    valid.article_names = {document.slug for document in tree.articles} | tree.article_files
    if tree.places is not None and isinstance(tree.places.data, dict):
        valid.place_names = {str(slug) for slug in tree.places.data}
        valid.alias_names = {slugify(alias) for entry in tree.places.data.values() if isinstance(entry, dict)
                             for alias in (entry.get("aliases") or []) if isinstance(alias, str)}
    for document in tree.articles:
        model = _check_model(document, ArticleFrontMatter, problems)
        _check_body(document, problems)
        _check_template_text(document, problems)
        if model is not None:
            valid.articles.append((document, model))
    for document in tree.themes:
        model = _check_model(document, ThemeFrontMatter, problems)
        _check_body(document, problems)
        if model is not None:
            valid.themes.append((document, model))
    if tree.places is not None:
        valid.places = _check_places(tree.places, problems)
    if valid.places_document is not None:
        problems += cross_check(valid)
    return valid, problems


# ---- per file ---------------------------------------------------------------------

def _check_model(document: Document, model: type[BaseModel], problems: list, prefix: tuple = ()):
    data = _value_at(document.data, prefix)
    if not prefix:
        if not re.match(SLUG_PATTERN, document.slug):
            problems.append(Problem(document.path, None, "", f"the file name '{document.slug}' is not a valid slug",
                                    f"rename the file to {slugify(document.slug)}.md (lowercase, digits, dashes)"))
        if not isinstance(data, dict):
            problems.append(Problem(document.path, document.line_of(()) or 2, "",
                                    "the front matter is not a set of 'key: value' fields",
                                    "write one 'key: value' per line between the '---' lines"))
            return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems += [_problem(document, prefix + tuple(item["loc"]), item, model) for item in error.errors()]
        return None


def _value_at(data, path):
    for part in path:
        data = data[part]
    return data


def _check_body(document: Document, problems: list) -> None:
    if not document.body.strip():
        problems.append(Problem(document.path, document.body_line, "body", "the text below the front matter is empty",
                                "write the article or introduction in your own words below the closing '---'"))


def _check_template_text(document: Document, problems: list) -> None:
    """Text that `explainer new` wrote and nobody replaced would otherwise be published."""
    for path, (placeholder, hint) in template.PLACEHOLDERS.items():
        try:
            value = _value_at(document.data, path)
        except (KeyError, TypeError, IndexError):
            continue
        if isinstance(value, str) and placeholder in value:
            problems.append(Problem(document.path, document.line_of(path), dotted(path),
                                    "this is still the text of the template", hint))
    if template.BODY in document.body:
        line = document.body_line + document.body[: document.body.index(template.BODY)].count("\n")
        problems.append(Problem(document.path, line, "body", "this is still the text of the template",
                                "write the article in your own words"))


def _check_places(document: Document, problems: list) -> dict:
    if not isinstance(document.data, dict):
        problems.append(Problem(document.path, 1, "", "the gazetteer is not a set of places",
                                "write one 'slug:' per place with its fields indented below it"))
        return {}
    places = {}
    for slug, entry in document.data.items():
        slug = str(slug)
        if not re.match(SLUG_PATTERN, slug):
            problems.append(Problem(document.path, document.line_of((slug,)), slug, "not a valid place slug",
                                    f"use lowercase letters, digits and dashes, e.g. {slugify(slug)}"))
            continue
        if not isinstance(entry, dict):
            problems.append(Problem(document.path, document.line_of((slug,)), slug, "a place needs its fields",
                                    "indent name, aliases, kind, country, lat, lon and description below the slug"))
            continue
        model = _check_model(document, PlaceEntry, problems, prefix=(slug,))
        if model is not None:
            places[slug] = model
    return places


def _problem(document: Document, loc: tuple, item: dict, model) -> Problem:
    kind, value = item["type"], item.get("input")
    where = dotted(loc)
    line = document.line_of(loc)
    written = document.written.get(tuple(loc))
    name = loc[-1] if loc else ""
    hint = (item.get("ctx") or {}).get("hint", "")
    if kind == "missing":
        return Problem(document.path, line, where, "this required field is missing",
                       f"add `{name}:` with a value (see CONTRIBUTING.md)")
    if kind == "extra_forbidden":
        allowed = _allowed_fields(model, loc)
        close = difflib.get_close_matches(str(name), allowed, n=1)
        fix = f"did you mean `{close[0]}`?" if close else "remove it."
        return Problem(document.path, line, where, "unknown field",
                       f"{fix} Allowed here: {', '.join(allowed)}")
    if written and written[0] in YAML_TYPES and kind.endswith("_type") and written[2] is None:
        found = YAML_TYPES[written[0]].format(value=written[1])
        quoted = f'{name}: "{written[1]}"' if isinstance(name, str) else f'"{written[1]}"'
        return Problem(document.path, line, where, f"YAML reads this as {found}, not as text",
                       f"put it in quotes: {quoted}")
    if kind == "string_type":
        return Problem(document.path, line, where, f"expected text, found {_kind_of(value)}",
                       "write the text after the colon, in quotes if it contains ': ' or '#'")
    if kind in ("list_type", "tuple_type"):
        return Problem(document.path, line, where, f"expected a list, found {_kind_of(value)}",
                       f"write a list: {name}: [eerste, tweede] or one '- item' per line")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return Problem(document.path, line, where, f"expected a group of fields, found {_kind_of(value)}",
                       "indent the fields below the key, one 'key: value' per line")
    if kind in ("float_type", "int_type", "float_parsing", "int_parsing", "int_from_float"):
        return Problem(document.path, line, where, f"expected a number, found {_kind_of(value)}",
                       "write the number without quotes, e.g. 36.5")
    if kind == "string_pattern_mismatch":
        return Problem(document.path, line, where, f"'{value}' is not a valid slug",
                       f"use lowercase letters, digits and dashes, e.g. {slugify(str(value)) or 'voorbeeld-slug'}")
    if kind == "too_short":
        return Problem(document.path, line, where, "the list is empty",
                       f"give at least one {name[:-1] if str(name).endswith('s') else name}")
    if kind == "literal_error":
        expected = item["ctx"]["expected"]
        close = difflib.get_close_matches(str(value), re.findall(r"'([^']*)'", expected), n=1)
        fix = f"did you mean '{close[0]}'? " if close else ""
        return Problem(document.path, line, where, f"'{value}' is not allowed here", f"{fix}use one of {expected}")
    if kind in ("greater_than_equal", "less_than_equal"):
        bounds = "-90 and 90" if name == "lat" else "-180 and 180"
        return Problem(document.path, line, where, f"{value} is out of range",
                       f"{'latitude' if name == 'lat' else 'longitude'} lies between {bounds} (decimal degrees)")
    message = item["msg"].removeprefix("Value error, ")
    return Problem(document.path, line, where, message, hint)


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    if value is None:
        return "nothing"
    return f"'{value}'"


def _allowed_fields(model, loc: tuple) -> list[str]:
    """The field names allowed at the place of an unknown key."""
    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        annotation = current.model_fields[part].annotation
        inner = getattr(annotation, "__args__", (annotation,))
        current = next((a for a in inner if isinstance(a, type) and issubclass(a, BaseModel)), current)
        for arg in inner:
            for sub in getattr(arg, "__args__", ()):
                if isinstance(sub, type) and issubclass(sub, BaseModel):
                    current = sub
    return list(current.model_fields)


# ---- across files --------------------------------------------------------------------

def cross_check(valid: ValidTree) -> list[Problem]:
    problems: list[Problem] = []
    theme_slugs = valid.theme_names
    problems += _check_places_graph(valid)
    problems += _check_slug_namespace(valid)
    for document, article in valid.articles:
        problems += _check_article_refs(document, article, theme_slugs, valid.place_names)
    problems += _check_events(valid)
    problems += _check_figure_ids(valid)
    problems += _check_wiki_links(valid)
    return problems


def _unknown(kind: str, value: str, known) -> str:
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"use one of the {kind} slugs in content/ or add the {kind} first"


def _check_article_refs(document, article, theme_slugs, places) -> list[Problem]:
    problems = []
    refs = [(("themes", i), slug, "theme") for i, slug in enumerate(article.themes)]
    refs += [(("locations", i), slug, "place") for i, slug in enumerate(article.locations)]
    for i, event in enumerate(article.events):
        refs += [(("events", i, "themes", j), slug, "theme") for j, slug in enumerate(event.themes or [])]
        if event.location and event.location != UNKNOWN_PLACE:
            refs.append((("events", i, "location"), event.location, "place"))
    refs += [(("figures", i, "location"), f.location, "place") for i, f in enumerate(article.figures) if f.location]
    for loc, slug, kind in refs:
        known = theme_slugs if kind == "theme" else places
        if slug not in known:
            problems.append(Problem(document.path, document.line_of(loc), dotted(loc),
                                    f"unknown {kind} '{slug}'", _unknown(kind, slug, known)))
    return problems


def _check_places_graph(valid: ValidTree) -> list[Problem]:
    problems, document, places = [], valid.places_document, valid.places
    for slug, place in places.items():
        for key in ("country", "within"):
            target = getattr(place, key)
            if target is None:
                continue
            if target not in valid.place_names:
                problems.append(Problem(document.path, document.line_of((slug, key)), f"{slug}.{key}",
                                        f"unknown place '{target}'", _unknown("place", target, places)))
            elif target not in places:
                continue
            elif key == "country" and places[target].kind != "land":
                problems.append(Problem(document.path, document.line_of((slug, key)), f"{slug}.country",
                                        f"'{target}' is a {places[target].kind}, not a country",
                                        "point country at a place with kind: land"))
        cycle = _within_cycle(slug, places)
        if cycle:
            problems.append(Problem(document.path, document.line_of((slug, "within")), f"{slug}.within",
                                    f"places lie within each other in a circle: {' → '.join(cycle)}",
                                    "a place's `within` must lead up to a larger place, never back to itself"))
    return problems


def _within_cycle(start: str, places: dict) -> list[str] | None:
    path, current = [start], places[start].within
    while current in places:
        path.append(current)
        if current == start:
            return path
        if current in path[:-1]:
            return None  # a cycle that does not pass through start; reported for its own members
        current = places[current].within
    return None


def _check_slug_namespace(valid: ValidTree) -> list[Problem]:
    """Articles, themes, places and place aliases share one namespace for wiki-links."""
    problems, owners = [], {}
    entries = [(d.slug, d.path, None, "article") for d, _ in valid.articles]
    entries += [(d.slug, d.path, None, "theme") for d, _ in valid.themes]
    doc = valid.places_document
    for slug, place in valid.places.items():
        entries.append((slug, doc.path, doc.line_of((slug,)), "place"))
        for i, alias in enumerate(place.aliases):
            key = slugify(alias)
            if key != slug:
                entries.append((key, doc.path, doc.line_of((slug, "aliases", i)), f"alias of place '{slug}'"))
    for key, path, line, kind in entries:
        if key in owners and owners[key][2] != kind or key in owners and kind == "article":
            first_path, first_line, first_kind = owners[key]
            where = f"{first_path}:{first_line}" if first_line else first_path
            problems.append(Problem(path, line, "slug" if kind in ("article", "theme") else "aliases",
                                    f"'{key}' is already used by the {first_kind} in {where}",
                                    "every article, theme, place and place alias needs its own name; rename one"))
        else:
            owners.setdefault(key, (path, line, kind))
    return problems


def _check_events(valid: ValidTree) -> list[Problem]:
    problems, defined, references = [], {}, []
    for document, article in valid.articles:
        for i, event in enumerate(article.events):
            if event.is_reference:
                references.append((document, i, event))
                continue
            if event.id in defined:
                first_doc, first_i, first = defined[event.id]
                conflicts = [name for name in ("date", "title", "location", "summary", "themes", *CLAIM_FIELDS)
                             if getattr(first, name) != getattr(event, name)]
                where = f"{first_doc.path}:{first_doc.line_of(('events', first_i))}"
                if conflicts:
                    problems.append(Problem(document.path, document.line_of(("events", i, "id")), f"events[{i}].id",
                                            f"event '{event.id}' is also defined in {where} with a different "
                                            f"{', '.join(conflicts)}",
                                            f"define it once; here write only `- id: {event.id}` to add this "
                                            "article as a source"))
            else:
                defined[event.id] = (document, i, event)
    if len(valid.articles) < len(valid.article_names):
        return problems  # an article that failed its own checks may define the referenced events
    for document, i, event in references:
        if event.id not in defined:
            problems.append(Problem(document.path, document.line_of(("events", i, "id")), f"events[{i}].id",
                                    f"no article defines the event '{event.id}'",
                                    _unknown("event", event.id, defined) if difflib.get_close_matches(
                                        event.id, list(defined), n=1) else
                                    "give the event its date, title, location and summary here"))
    return problems


def _check_figure_ids(valid: ValidTree) -> list[Problem]:
    problems, seen = [], {}
    for document, article in valid.articles:
        for i, figure in enumerate(article.figures):
            if figure.id in seen:
                problems.append(Problem(document.path, document.line_of(("figures", i, "id")), f"figures[{i}].id",
                                        f"the figure id '{figure.id}' is already used in {seen[figure.id]}",
                                        "give every figure its own id"))
            seen.setdefault(figure.id, document.path)
    return problems


def link_targets(valid: ValidTree) -> set[str]:
    targets = valid.article_names | valid.theme_names | valid.place_names | valid.alias_names
    return targets


def _check_wiki_links(valid: ValidTree) -> list[Problem]:
    problems, targets = [], link_targets(valid)
    for document in valid.bodies:
        for link in find_links(document.body):
            if link.key not in targets:
                close = difflib.get_close_matches(link.key, sorted(targets), n=1, cutoff=0.6)
                problems.append(Problem(document.path, document.body_line + link.line_offset, "body",
                                        f"the wiki-link [[{link.target}]] leads nowhere",
                                        f"did you mean [[{close[0]}]]?" if close else
                                        "link to the slug of an article, theme or place (or a place's alias)"))
    return problems
