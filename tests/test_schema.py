"""The JSON Schema (for editors) comes from the validator's model and agrees with it."""

import copy
import re

import frontmatter
import jsonschema
import pytest
from conftest import ROOT

from explainer.content.schema import article_json_schema

ARTICLES = sorted((ROOT / "content" / "articles").glob("*.md"))


@pytest.fixture(scope="module")
def validator():
    schema = article_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_schema_accepts_the_real_articles(validator, path):
    assert list(validator.iter_errors(frontmatter.load(path).metadata)) == []


@pytest.fixture(scope="module")
def good():
    return frontmatter.load(ARTICLES[0]).metadata


BREAKS = {
    "unknown key": lambda d: d.update(tiemes=["x"]),
    "missing title": lambda d: d.pop("title"),
    "title is a boolean": lambda d: d.update(title=True),
    "no themes": lambda d: d.update(themes=[]),
    "bad slug": lambda d: d.update(themes=["Thema A"]),
    "javascript url": lambda d: d["source"].update(url="javascript:alert(1)"),
    "date is not EDTF-shaped": lambda d: d.update(published="april 2020"),
    "figure value is text": lambda d: d["figures"][0].update(value="veel"),
    "event with a date but no title": lambda d: d["events"].append({"id": "nieuw", "date": "2020"}),
    "empty summary": lambda d: d.update(summary=""),
}


@pytest.mark.parametrize("name", list(BREAKS))
def test_schema_rejects_bad_front_matter(validator, good, name):
    data = copy.deepcopy(good)
    BREAKS[name](data)
    assert list(validator.iter_errors(data)), f"the schema accepted: {name}"


def _properties(node, path=""):
    """Every (path, property schema) in the schema, through $defs, anyOf and items."""
    if not isinstance(node, dict):
        return
    for name, prop in (node.get("properties") or {}).items():
        yield f"{path}.{name}".lstrip("."), prop
        yield from _properties(prop, f"{path}.{name}")
    for key in ("anyOf", "items"):
        for sub in node.get(key, []) if isinstance(node.get(key), list) else [node.get(key)]:
            yield from _properties(sub, path)
    for name, definition in (node.get("$defs") or {}).items():
        yield from _properties(definition, name)


def test_every_field_is_explained_in_dutch_for_the_editor():
    """VS Code shows `description` on hover and offers `examples` on completion."""
    schema = article_json_schema()
    fields = dict(_properties(schema))
    assert {"title", "published", "Source.url", "EventEntry.date", "FigureEntry.value", "PlaceEntry.lat"} <= set(fields)
    for path, prop in fields.items():
        assert prop.get("description"), f"{path} has no description"
        assert prop.get("examples") is not None, f"{path} has no examples"
    english = [path for path, prop in fields.items() if re.search(r"\b(the|and|with|which)\b", prop["description"])]
    assert not english, f"descriptions in English: {english}"
