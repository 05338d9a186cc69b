"""The mechanical support check (issue 22, part 3): what the content says about a figure, an event's
place and its date can be found in the source passages it cites. And the overlap check on the text
as the site shows it: a wiki-link must not hide a run of words copied from a source.

The source texts are not in the repository (copyright); the tests read them from ../shared/sources/
next to the checkout (numbered as its README says) and are skipped, with that reason, where that
folder is absent. A mismatch fails unless tests/support_exceptions.yml lists it with a one-line
reason, after a reviewer has read the passage; an exception that no longer occurs fails too."""

from __future__ import annotations

import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from explainer.build import build_corpus
from explainer.content.links import replace_links
from explainer.content.markers import strip_markers
from explainer.date_phrases import MONTH_NAMES
from explainer.pages.render import Renderer

SOURCES = ROOT.parent / "shared" / "sources"
OVERLAP_TOOL = ROOT.parent / "shared" / "tools" / "source_overlap.py"
EXCEPTIONS = Path(__file__).parent / "support_exceptions.yml"
pytestmark = pytest.mark.skipif(
    not SOURCES.is_dir(), reason=f"the source texts are not here ({SOURCES}); the support check needs ../shared/sources/"
)

MONTHS = list(MONTH_NAMES)
# Words that date a passage relative to its date line ("vorig jaar" in a May 2020 text is 2019).
RELATIVE = re.compile(
    r"\b(vorig(e)? (jaar|maand|week)|afgelopen (weekend|dagen|weken|maanden)|deze (maand|week)|dit jaar|onlangs|"
    r"gisteren|eergisteren|vandaag|vorige)\b",
    re.I,
)
# Quantities the sources write in words (the figure's unit says which one is meant).
WORDED = {("uur", 24): ["etmaal"], ("minuten", 30): ["half uur", "halfuur"], ("procent", 50): ["gehalveerd", "halvering"]}


@cache
def setup() -> dict:
    return yaml.safe_load(EXCEPTIONS.read_text(encoding="utf-8"))


@cache
def corpus():
    return build_corpus(ROOT / "content")


@cache
def source(slug: str) -> tuple[list[str], str | None]:
    """The passages of an article's source text (README: blocks between blank lines, numbered from
    1, the date marker not text) and its date line ("2020-04"), None when the text has none."""
    text = (SOURCES / setup()["sources"][slug]).read_text(encoding="utf-8")
    date = re.match(r"\s*date (\d{4}-\d{2})", text)
    text = text[date.end() :] if date else text
    return [block.strip() for block in re.split(r"\n[ \t]*\n", text) if block.strip()], date.group(1) if date else None


def cited(slug: str, numbers: tuple) -> str:
    passages = source(slug)[0]
    return "\n".join(passages[n - 1] for n in numbers if 0 < n <= len(passages))


# ---- Dutch numbers, in digits and in words -----------------------------------------------------------

UNITS = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig", 9: "negentig"}


def words(n: int) -> str:
    """A whole number below a million in Dutch words: 'zestienduizend', 'tweeëntwintig'."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if not unit:
            return TENS[tens]
        joiner = "ën" if UNITS[unit].endswith("e") else "en"
        return f"{UNITS[unit]}{joiner}{TENS[tens]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return ("" if hundreds == 1 else words(hundreds)) + "honderd" + (words(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    return ("" if thousands == 1 else words(thousands)) + "duizend" + (words(rest) if rest else "")


def forms(value: float, unit: str) -> list[str]:
    """How a source may write a number: 70000, 70.000, 70 000, 70 duizend, zeventigduizend, (een) etmaal."""
    n = int(value)
    if n != value:
        return [str(value).replace(".", ",")]
    found = [str(n), f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), words(n)]
    if n >= 1000 and n % 1000 == 0:
        found.append(f"{n // 1000} duizend")
    return found + WORDED.get((unit, n), [])


def has_number(text: str, value: float, unit: str) -> bool:
    text = text.lower()
    return any(re.search(rf"(?<![\w.,]){re.escape(form)}(?!\w|[.,]\d)", text) for form in forms(value, unit))


# ---- the three checks ----------------------------------------------------------------------------------


def figure_mismatches() -> list[tuple]:
    found = []
    for figure in corpus().figures.values():
        if figure.article not in setup()["sources"]:
            continue
        text = cited(figure.article, figure.passages)
        found += [
            (figure.article, figure.id, f"value {value:g}")
            for value in dict.fromkeys((figure.low, figure.high))
            if not has_number(text, value, figure.unit)
        ]
    return found


def place_words(slug: str) -> list[str]:
    """A place's name and aliases, and those of every place within it."""
    corpus_ = corpus()
    inside = [p for p in corpus_.places.values() if slug in corpus_.place_chains[p.slug]]
    return [name.lower() for place in inside for name in (place.name, *place.aliases)]


def place_mismatches() -> list[tuple]:
    found = []
    for event in corpus().events.values():
        if event.location is None:
            continue
        names = place_words(event.location)
        for slug, numbers in event.passages:
            if slug in setup()["sources"]:
                text = cited(slug, numbers).lower()
                if not any(re.search(rf"\b{re.escape(name)}", text) for name in names):
                    found.append((slug, event.id, "location"))
    return found


def date_words(event) -> tuple[set, set]:
    """The years an event's date spans, and the Dutch names of its first and last month."""
    span = event.date
    years = {str(year) for year in range(span.start.year, span.end.year + 1)}
    months = set() if span.precision == "year" else {MONTHS[span.start.month - 1], MONTHS[span.end.month - 1]}
    return years, months


def date_line(slug: str) -> str:
    """The source's date line; for a text without one, the article's own `published`."""
    line = source(slug)[1]
    return line or corpus().articles[slug].published.start.strftime("%Y-%m")


def date_mismatches() -> list[tuple]:
    found = []
    for event in corpus().events.values():
        years, months = date_words(event)
        for slug, numbers in event.passages:
            if slug not in setup()["sources"]:
                continue
            text, line = cited(slug, numbers).lower(), date_line(slug)
            if any(year in text for year in years) or any(re.search(rf"\b{month}\b", text) for month in months):
                continue
            if line[:4] in years or RELATIVE.search(text):
                continue
            found.append((slug, event.id, "date"))
    return found


def listed() -> set[tuple]:
    return {(entry["article"], entry["id"], entry["field"]) for entry in setup()["exceptions"]}


@pytest.mark.parametrize("check", [figure_mismatches, place_mismatches, date_mismatches], ids=["number", "place", "date"])
def test_content_is_supported_by_its_cited_passages(check):
    kind = {"figure_mismatches": "value", "place_mismatches": "location", "date_mismatches": "date"}[check.__name__]
    found = set(check())
    exempt = {entry for entry in listed() if entry[2].startswith(kind)}
    assert not found - exempt, "not in the cited passages and not a reviewed exception:\n" + "\n".join(
        map(str, sorted(found - exempt))
    )
    assert not exempt - found, "exceptions that no longer occur (remove them):\n" + "\n".join(map(str, sorted(exempt - found)))


def test_exceptions_are_reviewed_entries_with_a_reason():
    for entry in setup()["exceptions"]:
        assert set(entry) == {"article", "id", "field", "reason"}, entry
        assert entry["reason"].strip() and "\n" not in entry["reason"].strip(), entry
    assert len(listed()) == len(setup()["exceptions"]), "each exception once"
    articles = corpus().articles
    assert set(setup()["sources"]) == set(articles), "every article's source text is named"
    for slug, name in setup()["sources"].items():
        assert (SOURCES / name).is_file(), name
        assert len(source(slug)[0]) >= (articles[slug].source.passage_count or 0), f"{slug}: passage_count beyond the text"


def test_the_counting_of_passages_is_the_readmes():
    counts = {slug: len(source(slug)[0]) for slug in setup()["sources"]}
    declared = {slug: corpus().articles[slug].source.passage_count for slug in counts}
    assert {slug: counts[slug] - declared[slug] for slug in counts} == {
        slug: (1 if slug == "van-kalifaat-tot-baghouz" else 0) for slug in counts
    }, "004's last block is scraping residue, not a passage"


@pytest.mark.parametrize(
    "value, unit, text",
    [
        (70000, "personen", "zo’n 70.000 ISIS-leden"),
        (5000, "strijders", "zo’n vijfduizend ISIS-strijders"),
        (16000, "inwoners", "slechts 16 duizend inwoners"),
        (24, "uur", "bijna een etmaal"),
        (30, "minuten", "een propagandavideo van een half uur"),
        (22, "doden", "tweeëntwintig doden"),
        (2500, "strijders", "tussen de 2500 en 3000"),
    ],
)
def test_numbers_in_digits_and_words(value, unit, text):
    assert has_number(text, value, unit)
    assert not has_number(text, value + 1, unit)


def test_a_number_is_a_whole_word():
    assert not has_number("de tweede keer", 2, "keer") and not has_number("tweeëntwintig", 2, "doden")
    assert not has_number("2.500", 500, "strijders") and not has_number("25000", 2500, "strijders")


# ---- overlap, on the text as the site shows it ----------------------------------------------------------


def as_shown(text: str, renderer: Renderer) -> str:
    """A text with each wiki-link as the reader sees it (its label, or the name the site shows) and
    without citation markers; lines stay where they are."""

    def shown(link) -> str:
        resolved = renderer.corpus.resolve(link.target)
        if link.text or resolved is None:
            return link.text or link.target
        return renderer._name(*resolved, link.target)

    return strip_markers(replace_links(text, shown))


@pytest.mark.skipif(not OVERLAP_TOOL.is_file(), reason="../shared/tools/source_overlap.py is not next to this checkout")
def test_the_shown_text_shares_no_runs_with_the_sources(tmp_path):
    renderer = Renderer(corpus())
    for folder in ("content", "docs"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".md", ".yml") and "overrides" not in path.parts:
                target = tmp_path / path.relative_to(ROOT)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(as_shown(path.read_text(encoding="utf-8"), renderer), encoding="utf-8")
    assert "[[" not in (tmp_path / "content/articles/is-rukt-op-in-syrische-woestijn.md").read_text(encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(OVERLAP_TOOL), str(tmp_path / "content"), str(tmp_path / "docs")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout == "" and result.returncode == 0, result.stdout
