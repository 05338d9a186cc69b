"""Checks across files: references to themes, places and events, shared names, wiki-links.

They read every readable article, also one whose other fields are broken, so a contributor
sees every problem of a file in one run.
"""

from __future__ import annotations

import difflib

from slugify import slugify

from explainer.content.gazetteer import check_places
from explainer.content.links import find_links
from explainer.content.load import dotted
from explainer.content.references import event_ids, figure_ids, slug_references
from explainer.content.schema import CLAIM_FIELDS
from explainer.content.valid import ValidTree, link_targets
from explainer.messages import field_name, hint, text
from explainer.problems import Problem

CONFLICT_FIELDS = ("date", "title", "location", "summary", "themes", *CLAIM_FIELDS)


def cross_check(valid: ValidTree) -> list[Problem]:
    problems = check_places(valid) + _check_slug_namespace(valid)
    for document in valid.article_documents:
        problems += _check_article_refs(document, valid)
    return problems + _check_events(valid) + _check_figure_ids(valid) + _check_wiki_links(valid)


def _close(value: str, known, cutoff: float = 0.6) -> str | None:
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=cutoff)
    return close[0] if close else None


def _unknown(path: str, line, where: str, kind: str, slug: str, known) -> Problem:
    close = _close(slug, known)
    fix = hint("did_you_mean", close=close) if close else hint(f"add_{kind}_first")
    return Problem.of(path, line, where, f"unknown_{kind}", slug=slug, fix=fix)


def _check_article_refs(document, valid: ValidTree) -> list[Problem]:
    problems = []
    for loc, slug, kind in slug_references(document.data):
        known = valid.theme_names if kind == "theme" else valid.place_names
        if slug not in known:
            problems.append(_unknown(document.path, document.line_of(loc), dotted(loc), kind, slug, known))
    return problems


def _named_entries(valid: ValidTree) -> list[tuple[str, str, int | None, str, str, str]]:
    """(name, path, line, field, kind, owner text) of everything a wiki-link can lead to, and of the
    places' names, which must not be another place's name or spelling either."""
    entries: list[tuple[str, str, int | None, str, str, str]] = [
        (d.slug, d.path, None, "slug", "article", text("owner_article")) for d in valid.article_documents
    ]
    entries += [(d.slug, d.path, None, "slug", "theme", text("owner_theme")) for d, _ in valid.themes]
    for slug, place in valid.places.items():
        entries.append((slug, *valid.place_at(slug), "place", text("owner_place")))
        own = {slug}
        for i, alias in enumerate(place.aliases):
            if slugify(alias) not in own:
                own.add(slugify(alias))
                entries.append(
                    (slugify(alias), *valid.place_at(slug, "aliases", i), f"alias:{slug}", text("owner_alias", slug=slug))
                )
        if slugify(place.name) not in own:  # a new place named like another place's spelling shadows it
            entries.append((slugify(place.name), *valid.place_at(slug, "name"), f"name:{slug}", text("owner_name", slug=slug)))
    return entries


def _check_slug_namespace(valid: ValidTree) -> list[Problem]:
    """Articles, themes, places and place aliases share one namespace for wiki-links."""
    problems: list[Problem] = []
    owners: dict[str, tuple[str, int | None, str, str]] = {}
    for key, path, line, field, kind, owner in _named_entries(valid):
        if key in owners and (owners[key][2] != kind or kind == "article"):
            first_path, first_line, first_kind, first_owner = owners[key]
            where = f"{first_path}:{first_line}" if first_line else first_path
            other = _place_of(key, first_kind)
            if other and _place_of(key, kind):
                problems.append(Problem.of(path, line, field, "place_shadowed", key=key, other=other, where=where))
            else:
                problems.append(Problem.of(path, line, field, "name_taken", key=key, owner=first_owner, where=where))
        else:
            owners.setdefault(key, (path, line, kind, owner))
    return problems


def _place_of(key: str, kind: str) -> str | None:
    """The place a name belongs to: its slug ('place'), or the slug after 'alias:' or 'name:'."""
    if kind == "place":
        return key
    return kind.partition(":")[2] or None


def _check_events(valid: ValidTree) -> list[Problem]:
    problems: list[Problem] = []
    defined: dict[str, tuple] = {}  # event id -> (document, index, event) where it is defined
    references: list[tuple] = []  # (document, index, event id) of every reference
    models = {document.path: article for document, article in valid.articles}
    for document in valid.article_documents:
        article = models.get(document.path)
        for i, event_id, is_reference in event_ids(document.data):
            event = article.events[i] if article is not None else None
            if is_reference:
                references.append((document, i, event_id))
            elif event_id in defined:
                problems += _conflict(document, i, event, defined[event_id])
            else:
                defined[event_id] = (document, i, event)
    unreadable = valid.article_names - {document.slug for document in valid.article_documents}
    if unreadable:
        return problems  # a file that could not be read at all may define the referenced events
    return problems + [
        _undefined(document, i, event_id, defined) for document, i, event_id in references if event_id not in defined
    ]


def _conflict(document, i: int, event, first) -> list[Problem]:
    first_doc, first_i, first_event = first
    if event is None or first_event is None:
        return []  # one of them is broken and reported as such; compare once both are sound
    conflicts = [field_name(name) for name in CONFLICT_FIELDS if getattr(first_event, name) != getattr(event, name)]
    if not conflicts:
        return []
    where = f"{first_doc.path}:{first_doc.line_of(('events', first_i))}"
    return [
        Problem.of(
            document.path,
            document.line_of(("events", i, "id")),
            f"events[{i}].id",
            "event_conflict",
            id=event.id,
            where=where,
            fields=", ".join(conflicts),
        )
    ]


def _undefined(document, i: int, event_id: str, defined: dict) -> Problem:
    close = _close(event_id, defined)
    fix = hint("did_you_mean", close=close) if close else hint("describe_event")
    return Problem.of(
        document.path, document.line_of(("events", i, "id")), f"events[{i}].id", "event_undefined", id=event_id, fix=fix
    )


def _check_figure_ids(valid: ValidTree) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}  # figure id -> the file that has it first
    for document in valid.article_documents:
        for i, figure_id in figure_ids(document.data):
            if figure_id in seen:
                problems.append(
                    Problem.of(
                        document.path,
                        document.line_of(("figures", i, "id")),
                        f"figures[{i}].id",
                        "figure_id_taken",
                        id=figure_id,
                        where=seen[figure_id],
                    )
                )
            seen.setdefault(figure_id, document.path)
    return problems


def _check_wiki_links(valid: ValidTree) -> list[Problem]:
    problems, targets = [], link_targets(valid)
    for document in valid.bodies:
        for link in find_links(document.body):
            if link.key not in targets:
                close = _close(link.key, targets)
                fix = hint("did_you_mean_link", close=close) if close else hint("link_to_slug")
                problems.append(
                    Problem.of(
                        document.path, document.body_line + link.line_offset, "body", "dead_link", target=link.target, fix=fix
                    )
                )
    return problems
