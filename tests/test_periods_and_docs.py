"""content/periods.yml and the hand-written pages of docs/ are checked like the rest of the
content: every problem at once, with file, line and field, before anything is rendered."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXPLAINER, FIXTURES, ROOT, build_env

from explainer.build import build_corpus
from explainer.model.records import Period
from explainer.pages.handwritten import check_handwritten
from explainer.problems import ContentError

PERIODS = "content/periods.yml"
GOOD = """# Achtergrondbanden
- slug: eerste-periode
  title: "Eerste periode"
  from_event: gebeurtenis-twee
  until_event: gebeurtenis-een
  description: "van de tweede tot de eerste gebeurtenis[@gebeurtenis-twee; @gebeurtenis-een]"
- slug: tweede-periode
  title: "Tweede periode"
  from_event: gebeurtenis-een
"""


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    shutil.copytree(FIXTURES / "mini" / "docs", tmp_path / "docs")
    return tmp_path


def check(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*EXPLAINER, "--content", str(root / "content"), "check"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env=build_env(),
    )


def test_periods_become_frozen_records(tree):
    (tree / PERIODS).write_text(GOOD, encoding="utf-8")
    periods = build_corpus(tree / "content").periods
    assert [p.slug for p in periods] == ["eerste-periode", "tweede-periode"]
    first, second = periods
    assert isinstance(first, Period) and first.events == ("gebeurtenis-twee", "gebeurtenis-een")
    assert (first.start, first.end) == ("2014-06-29", "2020-03-31")
    assert (second.start, second.end, second.description) == ("2020-03-21", "2020-03-31", "")  # to the last event
    with pytest.raises(AttributeError):
        first.title = "anders"


PERIOD_CASES = {
    "unknown event": (
        ("until_event: gebeurtenis-een", "until_event: gebeurtenis-drie"),
        f"{PERIODS}:5: [0].until_event: geen artikel beschrijft de gebeurtenis 'gebeurtenis-drie' — ",
    ),
    "ends before it starts": (
        (
            "from_event: gebeurtenis-twee\n  until_event: gebeurtenis-een",
            "from_event: gebeurtenis-een\n  until_event: gebeurtenis-twee",
        ),
        f"{PERIODS}:5: [0].until_event: de periode eindigt op 29 juni 2014, voor haar begin (eind maart 2020) — ",
    ),
    "slug twice": (
        ("slug: tweede-periode", "slug: eerste-periode"),
        f"{PERIODS}:7: [1].slug: de slug 'eerste-periode' staat er al (periode 0) — geef elke periode een eigen slug",
    ),
    "unknown field": (("description:", "beschrijving:"), f"{PERIODS}:6: [0].beschrijving: "),
    "missing title": (('  title: "Tweede periode"\n', ""), f"{PERIODS}:7: [1]"),
    "not a list": (("- slug: eerste-periode", "slug: eerste-periode"), f"{PERIODS}:"),
}


@pytest.mark.parametrize("case", PERIOD_CASES)
def test_a_bad_period_is_reported_by_check_with_its_line(tree, case):
    (old, new), expected = PERIOD_CASES[case]
    assert old in GOOD
    (tree / PERIODS).write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    result = check(tree)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert expected in result.stderr, result.stderr


def test_period_problems_come_with_the_other_problems(tree):
    (tree / PERIODS).write_text(GOOD.replace("until_event: gebeurtenis-een", "until_event: x", 1), encoding="utf-8")
    article = tree / "content/articles/tweede-artikel.md"
    article.write_text(article.read_text(encoding="utf-8").replace("title:", "titel:", 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build_corpus(tree / "content")
    paths = {p.path for p in caught.value.problems}
    assert paths == {PERIODS, "content/articles/tweede-artikel.md"}


def test_docs_problems_are_listed_with_file_and_line(tree):
    page = tree / "docs/index.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nZie [[nergens]] en [[ook-niet|hier]].\n\n<!-- explainer:bestaat-niet -->\n",
        encoding="utf-8",
    )
    found = [str(p) for p in check_handwritten(tree / "docs", build_corpus(tree / "content"))]
    assert found == [
        "docs/index.md:11: wiki-link: [[nergens]] verwijst naar niets — gebruik de slug van een artikel, thema of "
        "plaats (of een andere spelling van een plaats)",
        "docs/index.md:11: wiki-link: [[ook-niet]] verwijst naar niets — gebruik de slug van een artikel, thema of "
        "plaats (of een andere spelling van een plaats)",
        "docs/index.md:13: blok: het blok <!-- explainer:bestaat-niet --> bestaat niet — kies een van: begin-hier, "
        "kerndata, laatste-artikelen, thema-overzicht, omvang",
    ]
    result = check(tree)
    assert result.returncode == 1 and "docs/index.md:11: wiki-link: [[nergens]]" in result.stderr, result.stderr


def test_the_real_docs_are_sound():
    assert check_handwritten(ROOT / "docs", build_corpus(ROOT / "content")) == []
