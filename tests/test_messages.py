"""The message catalogues (hooks/explainer/messages/): Dutch for contributors (nl.py), English for
maintainers (en.py), with the same keys and the same {placeholders} per key; every message the
code names is in them, and no contributor message is written outside them, so `--lang en`
reaches every one."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys

import pytest
import yaml
from conftest import FIXTURES, ROOT, build_env

from explainer.build import build_corpus
from explainer.content import field_problems, yaml_messages
from explainer.messages import DUTCH, FIELD_NAMES
from explainer.messages.en import ENGLISH, FIELD_NAMES_EN
from explainer.pages.handwritten import check_handwritten

PIPELINE = ROOT / "hooks" / "explainer"
LOOKUPS = {"text": 0, "hint": 0, "say": 0, "of": 3}  # the functions that take a key, and where it stands


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_both_catalogues_have_the_same_keys():
    assert sorted(set(DUTCH) - set(ENGLISH)) == [], "in nl.py only"
    assert sorted(set(ENGLISH) - set(DUTCH)) == [], "in en.py only"
    assert set(FIELD_NAMES_EN) <= set(FIELD_NAMES), "a field name in English only (a name without one stays as it is)"


def test_each_key_has_the_same_placeholders_in_both():
    differ = [
        f"{key} ({part}): {sorted(placeholders(DUTCH[key][index]))} / {sorted(placeholders(ENGLISH[key][index]))}"
        for key in DUTCH
        for index, part in enumerate(("message", "hint"))
        if placeholders(DUTCH[key][index]) != placeholders(ENGLISH[key][index])
    ]
    assert not differ, "\n".join(differ)


def named_keys() -> list[tuple[str, str]]:
    """(module, key) of every catalogue key the pipeline names in a call: text("key"),
    hint("key"), say("key"), Problem.of(path, line, field, "key")."""
    found = []
    for module in sorted(PIPELINE.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            at = LOOKUPS.get(name)
            if at is not None and len(node.args) > at and isinstance(node.args[at], ast.Constant):
                found.append((module.relative_to(PIPELINE).as_posix(), node.args[at].value))
    return found


def test_every_key_the_code_names_is_in_the_catalogue():
    keys = named_keys() + [("content/yaml_messages.py", key) for _, key in yaml_messages.PROBLEMS]
    keys += [("content/yaml_messages.py", key) for key in yaml_messages.CONTEXTS.values()]
    keys += [
        ("content/field_problems.py", key) for key in [*field_problems.FOUND_KEYS.values(), *field_problems.YAML_TYPES.values()]
    ]
    assert len(keys) > 80
    assert [f"{module}: {key}" for module, key in keys if key not in DUTCH] == []


def test_problems_are_made_from_the_catalogue():
    """A Problem is made by Problem.of(..., key, ...): only content/field_problems.py passes on a
    message as it is, the one pydantic made from the catalogue (content/schema_types.py custom)."""
    direct = [
        module.relative_to(PIPELINE).as_posix()
        for module in sorted(PIPELINE.rglob("*.py"))
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Problem"
    ]
    assert direct == ["content/field_problems.py"]


@pytest.fixture
def english(monkeypatch):
    monkeypatch.setenv("EXPLAINER_LANG", "en")


def test_the_hand_written_pages_problems_in_english(english, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nZie [[nergens]].\n\n<!-- explainer:onbekend -->\n", encoding="utf-8")
    problems = check_handwritten(docs, build_corpus(FIXTURES / "mini" / "content"))
    assert [str(p).split(" — ")[0] for p in problems] == [
        "docs/index.md:3: wiki-link: [[nergens]] leads nowhere",
        "docs/index.md:5: block: there is no block <!-- explainer:onbekend -->",
    ]


@pytest.mark.parametrize(
    ("source", "dutch", "english_text"),
    [
        ("a: [1, 2\nb: 3\n", "verwachtte YAML ',' of ']'", "YAML expected ',' or ']'"),
        ("a: {b: 1\n", "na een element in { ... }", "after an item of { ... }"),
        ("a: *nergens\n", "'*nergens' verwijst nergens naar", "'*nergens' refers to nothing"),
    ],
)
def test_yaml_parser_messages_in_both_languages(monkeypatch, source, dutch, english_text):
    with pytest.raises(yaml.YAMLError) as error:
        yaml.safe_load(source)
    assert dutch in yaml_messages.yaml_problem(error.value, 1)
    monkeypatch.setenv("EXPLAINER_LANG", "en")
    assert english_text in yaml_messages.yaml_problem(error.value, 1)


def test_explainer_new_speaks_english_when_asked(tmp_path):
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    theme = sorted((tmp_path / "content" / "themes").glob("*.md"))[0].stem
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "--lang", "en", "--content", str(tmp_path / "content"), "new", theme],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=build_env(),
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"'{theme}' is already the name of the theme {theme}.md; choose another title."
