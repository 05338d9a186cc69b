"""Places an article brings in its own front matter (`new_places`): merged into the gazetteer at build
time, with the gazetteer's checks; and the duplicate checks every place gets, wherever it is written
(content/gazetteer.py): a name or spelling that is another place's, the same sort of place on nearly
the same spot. Also the content files the site publishes for the article builder (publish/sources.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, fixture_docs, make_project, run_build

from explainer.build import build_corpus
from explainer.problems import ContentError

ARTICLE = "content/articles/eerste-artikel.md"
OTHER = "content/articles/tweede-artikel.md"
PLACE = {
    "name": "Dorp Drie",
    "aliases": ["Drie"],
    "kind": "dorp",
    "country": "landa",
    "lat": 34.6,
    "lon": 38.9,
    "description": "Een dorp.[@gebeurtenis-een]",
}


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    return tmp_path


# The line of the article's first new place: its front matter's lines, then "new_places:".
FIRST = len((FIXTURES / "mini" / ARTICLE).read_text(encoding="utf-8").split("---\n", 2)[1].splitlines()) + 3


def bring(root: Path, path: str, places: dict) -> None:
    """Give an article new places (front matter as the builder writes it: after the other fields)."""
    file = root / path
    front, body = file.read_text(encoding="utf-8").split("---\n", 2)[1:]
    extra = yaml.safe_dump({"new_places": places}, allow_unicode=True, sort_keys=False, width=10**6)
    file.write_text("---\n" + front + extra + "---\n" + body, encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        build_corpus(root / "content")
    return [str(p) for p in caught.value.problems]


def test_a_new_place_joins_the_gazetteer(tree):
    bring(tree, ARTICLE, {"dorp-drie": PLACE})
    corpus = build_corpus(tree / "content")
    place = corpus.places["dorp-drie"]
    assert (place.name, place.source_path, place.country) == ("Dorp Drie", ARTICLE, "landa")
    assert place.source_line == FIRST and corpus.aliases["drie"] == "dorp-drie"


@pytest.mark.parametrize(
    "places, path, expected",
    [
        (
            {"stad-een": {**PLACE, "name": "Stad Een bis"}},
            ARTICLE,
            f"{ARTICLE}:{FIRST}: new_places.stad-een: de plaats 'stad-een' is al beschreven in content/locations.yml:8 — "
            "beschrijf een plaats één keer: gebruik de slug 'stad-een' zonder haar opnieuw te beschrijven, of kies een andere slug",
        ),
        (
            {"dorp-drie": {**PLACE, "kind": "stad", "lat": 35.11, "lon": 38.21}},
            ARTICLE,
            f"{ARTICLE}:{FIRST + 6}: new_places.dorp-drie.lat: deze plaats ligt 1,4 km van 'stad-een' (Stad Een, in content/locations.yml:8): "
            "is het dezelfde plaats? — is het dezelfde plaats, gebruik dan 'stad-een' en zet deze schrijfwijze bij haar aliases; "
            "is het een andere plaats, controleer dan de coördinaten, of zet within: stad-een als ze erin ligt",
        ),
        (
            {"dorp-drie": {**PLACE, "aliases": ["Eenstad"]}},
            ARTICLE,
            f"{ARTICLE}:{FIRST + 3}: new_places.dorp-drie.aliases.0: 'eenstad' is al de naam of een schrijfwijze van de plaats 'stad-een' "
            "(content/locations.yml:10) — is het dezelfde plaats, gebruik dan 'stad-een' (en zet een nieuwe schrijfwijze bij haar "
            "aliases); is het een andere plaats, geef haar dan een naam die haar onderscheidt",
        ),
        (
            {"dorp-drie": {**PLACE, "name": "Stad-1"}},
            ARTICLE,
            f"{ARTICLE}:{FIRST + 1}: new_places.dorp-drie.name: 'stad-1' is al de naam of een schrijfwijze van de plaats 'stad-een' "
            "(content/locations.yml:10) — is het dezelfde plaats, gebruik dan 'stad-een' (en zet een nieuwe schrijfwijze bij haar "
            "aliases); is het een andere plaats, geef haar dan een naam die haar onderscheidt",
        ),
        (
            {"dorp-drie": {k: v for k, v in PLACE.items() if k != "country"}},
            ARTICLE,
            f"{ARTICLE}:{FIRST}: new_places.dorp-drie: een plaats die geen land is heeft `country` nodig — voeg country: <slug van het land> "
            "toe, bijvoorbeeld country: syrie",
        ),
    ],
    ids=["slug of the gazetteer", "same spot", "alias of another place", "name that is another place's alias", "no country"],
)
def test_a_new_place_that_doubles_another_is_refused(tree, places, path, expected):
    bring(tree, path, places)
    assert expected in problems(tree)


def test_one_new_place_in_two_articles_is_refused(tree):
    bring(tree, ARTICLE, {"dorp-drie": PLACE})
    bring(tree, OTHER, {"dorp-drie": PLACE})
    found = problems(tree)
    assert any(
        p.startswith(f"{OTHER}:") and "de plaats 'dorp-drie' is al beschreven in content/articles/eerste-artikel.md:" in p
        for p in found
    )


def test_a_building_within_a_city_is_no_duplicate(tree):
    bring(
        tree,
        ARTICLE,
        {
            "gevangenis": {
                **PLACE,
                "name": "Gevangenis",
                "aliases": [],
                "kind": "gebouw",
                "within": "stad-een",
                "lat": 35.1,
                "lon": 38.2,
            }
        },
    )
    assert "gevangenis" in build_corpus(tree / "content").places


def test_the_gazetteer_gets_the_same_duplicate_check(tree):
    gazetteer = tree / "content" / "locations.yml"
    gazetteer.write_text(
        gazetteer.read_text(encoding="utf-8")
        + 'stad-twee:\n  name: "Stad Twee"\n  kind: stad\n  country: landa\n  lat: 35.11\n  lon: 38.2\n  description: "Dubbel.[@gebeurtenis-een]"\n',
        encoding="utf-8",
    )
    assert any(
        p.startswith("content/locations.yml:") and "stad-twee.lat: deze plaats ligt 1,1 km van 'stad-een'" in p
        for p in problems(tree)
    )


@pytest.mark.build
def test_the_site_publishes_its_content_files_and_builds_the_new_place(tmp_path):
    """An article with its own place builds as one file: the place has a page whose edit link is the
    article, the builder's index names the article as the place's file, every content file is served."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "mini" / "content", content)
    bring(tmp_path, ARTICLE, {"dorp-drie": PLACE})
    project = make_project(tmp_path / "project", content, fixture_docs(tmp_path))
    build = run_build(project)
    assert build.returncode == 0, build.output
    page = (build.site / "plaatsen" / "dorp-drie" / "index.html").read_text(encoding="utf-8")
    assert f"edit/main/{ARTICLE}" in page and "?bewerk=plaatsen/dorp-drie" in page
    index = json.loads((build.site / "bronbestanden" / "index.json").read_text(encoding="utf-8"))
    assert {"page": "plaatsen/dorp-drie", "kind": "place", "slug": "dorp-drie", "title": "Dorp Drie", "path": ARTICLE,
            "file": "bronbestanden/articles/eerste-artikel.md.json"} in index  # fmt: skip
    for entry in index:
        served = json.loads((build.site / entry["file"]).read_text(encoding="utf-8"))
        assert served == {"path": entry["path"], "text": (project / entry["path"]).read_text(encoding="utf-8")}
    assert len({entry["file"] for entry in index}) == 2 + 2 + 1  # two articles, two themes, the gazetteer
