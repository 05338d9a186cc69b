"""Stories (content/verhalen/): bad story files give located Dutch errors, all at once; the schema
agrees with the checker; the first story is what the issue asks for; its page, the home page's
"Begin hier", the theme chain and the navigation are built from it (no browser here)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import EXPLAINER, FIXTURES, ROOT, build_env

from explainer.build import build_corpus
from explainer.content.story_schema import story_json_schema
from explainer.problems import ContentError

STORY = "content/verhalen/verhaal-een.md"
GOOD_STORY = """---
title: "Een testverhaal"
summary: "Twee stappen door de testinhoud."
steps:
  - title: "De eerste stap"
    events: [gebeurtenis-twee]
    window: "2014"
    text: |
      Er gebeurde iets in [[dorp-twee]].[@gebeurtenis-twee]

      Een tweede alinea noemt [[thema-a]].[@gebeurtenis-twee]
  - title: "De tweede stap"
    events: [gebeurtenis-een]
    places: [stad-een]
    figure: cijfer-een
    text: "Daarna gebeurde er iets in [[stad-een]].[@gebeurtenis-een]"
---
"""
REAL_STORY = ROOT / "content" / "verhalen" / "van-kalifaat-tot-comeback.md"
STORY_SCHEMA_FILE = ROOT / "schema" / "story.schema.json"


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    (tmp_path / "content" / "verhalen").mkdir()
    (tmp_path / STORY).write_text(GOOD_STORY, encoding="utf-8")
    return tmp_path


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        build_corpus(root / "content")
    return [str(p) for p in caught.value.problems]


def edit(root: Path, old: str, new: str) -> None:
    path = root / STORY
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_story_is_valid(tree):
    corpus = build_corpus(tree / "content")
    [story] = corpus.stories.values()
    first, second = story.steps
    assert (first.number, first.events, first.places, first.window) == (1, ("gebeurtenis-twee",), ("dorp-twee",), "2014")
    assert second.places == ("stad-een",) and second.figure == "cijfer-een"
    assert (second.start.isoformat(), second.end.isoformat()) == ("2020-03-21", "2020-03-31")  # the span of its events
    assert first.text_line == 9 and second.text_line == 16


CASES = {
    "unknown event id": (
        [("events: [gebeurtenis-twee]", "events: [gebeurtenis-tweee]")],
        f"{STORY}:6: steps[0].events[0]: geen enkel artikel beschrijft de gebeurtenis 'gebeurtenis-tweee' — "
        "bedoel je 'gebeurtenis-twee'?",
    ),
    "unknown event id, nothing close": (
        [("events: [gebeurtenis-twee]", "events: [iets-anders]")],
        f"{STORY}:6: steps[0].events[0]: geen enkel artikel beschrijft de gebeurtenis 'iets-anders' — een stap noemt "
        "gebeurtenissen die in een artikel staan; neem het id over uit de events van dat artikel",
    ),
    "unknown place": (
        [("places: [stad-een]", "places: [stad-eem]")],
        f"{STORY}:14: steps[1].places[0]: onbekende plaats 'stad-eem' — bedoel je 'stad-een'?",
    ),
    "unknown figure": (
        [("figure: cijfer-een", "figure: cijfer-drie")],
        f"{STORY}:15: steps[1].figure: geen enkel artikel noemt het cijfer 'cijfer-drie' — bedoel je 'cijfer-een'?",
    ),
    "event outside the window": (
        [('window: "2014"', 'window: "2015/2016"')],
        f"{STORY}:7: steps[0].window: de gebeurtenis 'gebeurtenis-twee' (29 juni 2014) valt buiten het venster van deze "
        "stap (2015 – 2016) — maak het venster ruimer, haal window weg (dan loopt het van de eerste tot de laatste "
        "gebeurtenis), of noem deze gebeurtenis in een andere stap",
    ),
    "window is no EDTF date": (
        [('window: "2014"', 'window: "zomer 2014"')],
        f"{STORY}:7: steps[0].window: 'zomer 2014' is geen geldige EDTF-datum — schrijf een EDTF-datum zoals \"2020\", "
        '"2020-04", "2020-04-12", "2020-04~" of "2019-10/2019-12" (zie CONTRIBUTING.md)',
    ),
    "an event twice in a step": (
        [("events: [gebeurtenis-een]", "events: [gebeurtenis-een, gebeurtenis-een]")],
        f"{STORY}:13: steps[1].events[1]: de gebeurtenis 'gebeurtenis-een' staat twee keer in deze stap — noem elke "
        "gebeurtenis één keer per stap",
    ),
    "dead wiki-link in a block text": (
        [("Een tweede alinea noemt [[thema-a]].", "Een tweede alinea noemt [[thema-aa]].")],
        f"{STORY}:11: steps[0].text: de wiki-link [[thema-aa]] leidt nergens heen — bedoel je [[thema-a]]?",
    ),
    "dead wiki-link in a quoted text": (
        [('[[stad-een]].[@gebeurtenis-een]"', '[[stad-twee]].[@gebeurtenis-een]"')],
        f"{STORY}:16: steps[1].text: de wiki-link [[stad-twee]] leidt nergens heen — bedoel je [[stad-een]]?",
    ),
    "a step without events": (
        [("events: [gebeurtenis-een]", "events: []")],
        f"{STORY}:13: steps[1].events: de lijst is leeg — noem minstens één gebeurtenis",
    ),
    "a step without text": (
        [('    text: "Daarna gebeurde er iets in [[stad-een]].[@gebeurtenis-een]"\n', "")],
        f"{STORY}:12: steps[1].text: dit verplichte veld ontbreekt — voeg `text:` toe met een waarde (zie CONTRIBUTING.md)",
    ),
    "unknown field in a step (typo)": (
        [("    places: [stad-een]", "    plaatsen: [stad-een]")],
        f"{STORY}:14: steps[1].plaatsen: onbekend veld — haal het weg. Toegestaan zijn hier: title, events, places, "
        "window, figure, text",
    ),
    "no steps": (
        [("steps:\n", "stappen:\n")],
        f"{STORY}:4: stappen: onbekend veld — haal het weg. Toegestaan zijn hier: title, summary, order, steps, corrections",
    ),
    "text below the front matter": (
        [("---\n", "---\nEen inleiding hier.\n", 2)],
        f"{STORY}:18: body: de tekst onder de velden hoort bij geen stap — zet een inleiding in summary en de tekst van "
        "elke stap in haar eigen `text:`; laat onder de afsluitende '---' niets staan",
    ),
}


def _apply(tree: Path, edits: list) -> None:
    for old, new, *last in edits:
        path = tree / STORY
        text = path.read_text(encoding="utf-8")
        if last:  # the last occurrence (the closing '---')
            head, _, tail = text.rpartition(old)
            path.write_text(head + new + tail, encoding="utf-8")
        else:
            edit(tree, old, new)


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_story_gets_one_located_dutch_message(tree, name):
    edits, expected = CASES[name]
    _apply(tree, edits)
    found = problems(tree)
    assert expected in found, "\n".join(found)


def test_every_problem_of_a_story_at_once(tree):
    _apply(tree, CASES["unknown event id"][0] + CASES["unknown figure"][0] + CASES["dead wiki-link in a quoted text"][0])
    found = problems(tree)
    assert len(found) == 3, found
    assert [p.split(":")[1] for p in found] == ["6", "15", "16"]


def test_explainer_check_reports_a_story_in_english_too(tree):
    edit(tree, "figure: cijfer-een", "figure: cijfer-drie")
    run = subprocess.run(
        [*EXPLAINER, "--lang", "en", "check"], cwd=tree, env=build_env(), capture_output=True, text=True, check=False
    )
    assert run.returncode == 1
    assert f"{STORY}:15: steps[1].figure: no article gives the figure 'cijfer-drie' — did you mean 'cijfer-een'?" in run.stderr


def test_explainer_check_counts_the_stories(tree):
    (tree / "docs").mkdir()
    run = subprocess.run([*EXPLAINER, "check"], cwd=tree, env=build_env(), capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0].endswith("2 thema's, 1 verhaal."), run.stdout


# ---- the JSON Schema ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    schema = story_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _front(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def test_the_schema_accepts_the_stories(validator):
    assert list(validator.iter_errors(_front(GOOD_STORY))) == []
    assert list(validator.iter_errors(_front(REAL_STORY.read_text(encoding="utf-8")))) == []


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("steps"),
        lambda d: d.update(steps=[]),
        lambda d: d["steps"][0].update(events=[]),
        lambda d: d["steps"][0].pop("text"),
        lambda d: d["steps"][0].update(window="zomer 2014"),
        lambda d: d["steps"][0].update(plaatsen=["x"]),
        lambda d: d["steps"][0].update(figure="Geen Slug"),
    ],
)
def test_the_schema_rejects_what_the_checker_rejects(validator, change):
    data = _front(GOOD_STORY)
    change(data)
    assert list(validator.iter_errors(data))


def test_every_story_field_is_explained_in_dutch():
    schema = story_json_schema()
    step = schema["$defs"]["StepEntry"]["properties"]
    for name, prop in {**schema["properties"], **step}.items():
        assert prop.get("description") and prop.get("examples") is not None, name
        assert not re.search(r"\b(the|and|with|which)\b", prop["description"]), name


def test_the_committed_story_schema_is_the_generated_one():
    generated = json.dumps(story_json_schema(), indent=2, ensure_ascii=False) + "\n"
    assert STORY_SCHEMA_FILE.read_text(encoding="utf-8") == generated, (
        "schema/story.schema.json is out of date; run: .venv/bin/explainer schema --story schema/story.schema.json"
    )


# ---- the first story ----------------------------------------------------------------------

MARKER = re.compile(r"\[(@[^\]]+)\]")


def test_the_first_story_is_what_the_issue_asks_for():
    data = _front(REAL_STORY.read_text(encoding="utf-8"))
    assert data["title"] == "Van kalifaat tot comeback"
    assert 10 <= len(data["steps"]) <= 15
    for step in data["steps"]:
        paragraphs = [p for p in step["text"].split("\n\n") if p.strip()]
        assert all(MARKER.search(p) for p in paragraphs), (step["title"], "a paragraph without a citation marker")


def test_every_citation_marker_of_the_story_names_a_source_event_or_figure():
    """The markers' form of the citations spec (@article, passages; @event; @figure); issue 22's
    check renders and checks them on every prose path, the story's included."""
    text = REAL_STORY.read_text(encoding="utf-8")
    articles = {p.stem for p in (ROOT / "content" / "articles").glob("*.md")}
    ids = set()
    for path in (ROOT / "content" / "articles").glob("*.md"):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        ids |= {e["id"] for e in front.get("events", [])} | {f["id"] for f in front.get("figures", [])}
    for marker in MARKER.findall(text):
        for part in marker.split(";"):
            name, *passages = [bit.strip() for bit in part.strip().split(",")]
            assert name.startswith("@") and name[1:] in articles | ids, marker
            assert all(re.fullmatch(r"\d+(-\d+)?", p) for p in passages) and (not passages or name[1:] in articles), marker


# ---- the example in CONTRIBUTING.md ---------------------------------------------------------------

CONTRIBUTING = ROOT / "CONTRIBUTING.md"


def _story_example() -> tuple[str, str]:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    section = text[text.index("## Een verhaal schrijven") :]
    block = re.search(r"^```markdown\n(.*?)^```$", section, re.MULTILINE | re.DOTALL).group(1)
    name = re.search(r"# Bestand: content/verhalen/(\S+)", block).group(1)
    return name, block


STORY_EXAMPLE_CASES = {
    "unknown event": ("events: [kalifaat-uitgeroepen-2014]", "events: [kalifaat-uitgeroepen-2015]"),
    "outside the window": ('window: "2014"', 'window: "2015"'),
    "dead link": ("[[mosul]]", "[[Mosoel]]"),
}


@pytest.fixture(scope="module")
def real_content(tmp_path_factory) -> Path:
    """A copy of the project's content/ (the example refers to its events)."""
    target = tmp_path_factory.mktemp("inhoud") / "content"
    shutil.copytree(ROOT / "content", target)
    return target


def test_the_story_example_in_contributing_passes_and_its_messages_are_real(real_content):
    name, example = _story_example()
    target = real_content / "verhalen" / name
    assert not target.exists()
    target.write_text(example, encoding="utf-8")
    build_corpus(real_content)  # passes the check as written
    produced = []
    for old, new in STORY_EXAMPLE_CASES.values():
        assert example.count(old) == 1, old
        target.write_text(example.replace(old, new), encoding="utf-8")
        produced += problems(real_content.parent)
    target.unlink()
    text = CONTRIBUTING.read_text(encoding="utf-8")
    blocks = re.findall(r"^```text\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    documented = [line for block in blocks for line in block.splitlines() if line.startswith("content/verhalen/")]
    assert sorted(documented) == sorted(produced), produced
