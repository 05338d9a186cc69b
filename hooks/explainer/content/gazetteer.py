"""The places, wherever they are written: content/locations.yml, or the `new_places` of the article
that introduces them (merged into the gazetteer here). Checks the places' graph (country, within), a
place described twice, and a place that duplicates another: the same spot (within a few km) for
places of the same sort. Names and aliases share the namespace checked in content/crosscheck.py."""

from __future__ import annotations

import difflib
import math

from explainer.content.valid import ValidTree
from explainer.messages import hint
from explainer.problems import Problem

# How close two places of the same sort may lie before they are taken for one place, in km. Areas
# (land, regio, provincie, gebied) have a centre that means little, so they are not compared.
SETTLEMENTS = ("stad", "dorp")
RADIUS_KM = {"stad": 3.0, "dorp": 3.0, "wijk": 0.3, "gebouw": 0.3, "basis": 0.3}
DEGREES_PER_KM = 1 / 111.0  # of latitude: bounds the sweep below


def distance_km(a, b) -> float:
    """Great-circle distance (haversine) on a sphere of radius 6371 km, between two objects with lat and lon."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def merge_article_places(valid: ValidTree) -> list[Problem]:
    """Every valid article's new places join the gazetteer's; a slug described twice is a problem."""
    problems: list[Problem] = []
    if valid.places_document is not None:
        for slug in valid.places:
            valid.place_origins.setdefault(slug, (valid.places_document, (slug,)))
    for document, article in valid.articles:
        for slug, entry in article.new_places.items():
            if slug in valid.places:
                path, line, _ = valid.place_at(slug)
                at = (document.path, document.line_of(("new_places", slug)), f"new_places.{slug}")
                problems.append(Problem.of(*at, "place_twice", slug=slug, where=f"{path}:{line}" if line else path))
                continue
            valid.places[slug] = entry
            valid.place_origins[slug] = (document, ("new_places", slug))
    return problems


def check_places(valid: ValidTree) -> list[Problem]:
    return _check_graph(valid) + _check_duplicates(valid)


def _check_graph(valid: ValidTree) -> list[Problem]:
    problems, places = [], valid.places
    for slug, place in places.items():
        for key in ("country", "within"):
            target = getattr(place, key)
            if target is None or target in places and key == "within":
                continue
            if target not in valid.place_names:
                problems.append(_unknown_place(valid, slug, key, target))
            elif target in places and key == "country" and places[target].kind != "land":
                problems.append(
                    Problem.of(*valid.place_at(slug, key), "country_not_land", target=target, kind=places[target].kind)
                )
        cycle = _within_cycle(slug, places)
        if cycle:
            problems.append(Problem.of(*valid.place_at(slug, "within"), "within_cycle", chain=" → ".join(cycle)))
    return problems


def _unknown_place(valid: ValidTree, slug: str, key: str, target: str) -> Problem:
    close = next(iter(difflib.get_close_matches(target, sorted(valid.places), n=1, cutoff=0.6)), None)
    fix = hint("did_you_mean", close=close) if close else hint("add_place_first")
    return Problem.of(*valid.place_at(slug, key), "unknown_place", slug=target, fix=fix)


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


def _same_sort(a, b) -> bool:
    return a.kind == b.kind or (a.kind in SETTLEMENTS and b.kind in SETTLEMENTS)


def _check_duplicates(valid: ValidTree) -> list[Problem]:
    """Two places of the same sort on (nearly) the same spot, neither said to lie within the other:
    reported at the one written later (an article's new place before the gazetteer's)."""
    points = sorted(((p.lat, slug) for slug, p in valid.places.items() if p.kind in RADIUS_KM))
    problems = []
    for i, (lat, slug) in enumerate(points):
        for other_lat, other in points[i + 1 :]:
            if other_lat - lat > max(RADIUS_KM.values()) * DEGREES_PER_KM:
                break
            problem = _duplicate(valid, slug, other)
            if problem:
                problems.append(problem)
    return problems


def _duplicate(valid: ValidTree, a: str, b: str) -> Problem | None:
    first, second = valid.places[a], valid.places[b]
    if not _same_sort(first, second) or first.within == b or second.within == a:
        return None
    km = distance_km(first, second)
    if km >= min(RADIUS_KM[first.kind], RADIUS_KM[second.kind]):
        return None
    older, newer = sorted((a, b), key=lambda slug: _written_order(valid, slug))
    path, line, _ = valid.place_at(older)
    return Problem.of(
        *valid.place_at(newer, "lat"),
        "place_too_close",
        km=f"{km:.1f}".replace(".", ","),
        other=older,
        name=valid.places[older].name,
        where=f"{path}:{line}" if line else path,
    )


def _written_order(valid: ValidTree, slug: str) -> tuple:
    path, line, _ = valid.place_at(slug)
    return (valid.is_article_place(slug), path, line or 0)
