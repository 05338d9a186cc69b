"""Citations (issue 22): passage locators, citation markers in all prose, their check with file and
line, their rendering as numbered links to a "Bronnen" list on every page type, and their absence
from every plain-text context."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT

from explainer.build import build_corpus, read_content
from explainer.content.citations import Tally
from explainer.content.markers import find_markers, parse_marker, passage_words, strip_markers
from explainer.problems import ContentError

ARTICLE = "content/articles/eerste-artikel.md"
THEME = "content/themes/thema-a.md"
PLACES = "content/locations.yml"
UNCITED_HINT = (
    "zet direct na de zin die het zegt een marker zoals [@slug-van-het-artikel, 7] of [@id-van-een-gebeurtenis] "
    "(zie CONTRIBUTING.md)"
)
FORMS = "schrijf [@slug-van-het-artikel, 7], [@slug, 7-8], [@slug, 3, 7], [@id-van-gebeurtenis-of-cijfer] of [@a, 3; @b]"


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    shutil.copytree(FIXTURES / "mini" / "docs", tmp_path / "docs")
    return tmp_path


def edit(root: Path, path: str, old: str, new: str) -> None:
    file = root / path
    text = file.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"fixture text {old!r} not once in {path}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        read_content(root / "content", root / "docs")
    return [str(p) for p in caught.value.problems]


# ---- the marker syntax ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "marker, parsed",
    [
        ("[@a, 7]", [("a", (7,))]),
        ("[@a, 7-8]", [("a", (7, 8))]),
        ("[@a, 3, 7]", [("a", (3, 7))]),
        ("[@a-b, 2-4, 9]", [("a-b", (2, 3, 4, 9))]),
        ("[@event-2020]", [("event-2020", ())]),
        ("[@a, 3; @b]", [("a", (3,)), ("b", ())]),
        ("[@a,3;@b,1-2]", [("a", (3,)), ("b", (1, 2))]),
        ("[@ a]", None),
        ("[@A]", None),
        ("[@a,]", None),
        ("[@a, 0]", None),
        ("[@a, 8-7]", None),
        ("[@a, drie]", None),
        ("[@a; ]", None),
    ],
)
def test_marker_syntax(marker, parsed):
    result = parse_marker(marker)
    assert (None if result is None else [(c.key, c.passages) for c in result]) == parsed


def test_markers_in_code_are_examples_and_plain_text_has_none():
    text = "Zin.[@a, 1] Code `[@b, 2]` en meer.[@c; @d, 3] Kapot [@ e] en [@open"
    assert [m.text for m in find_markers(text)] == ["[@a, 1]", "[@c; @d, 3]", "[@ e]", "[@open"]
    assert [m.citations is None for m in find_markers(text)] == [False, False, True, True]
    assert strip_markers("Een zin [@a, 1]. Twee.[@b] Drie") == "Een zin. Twee. Drie"
    assert [passage_words(n) for n in ((7,), (7, 8), (3, 7), (2, 3, 4, 8))] == [
        "alinea 7",
        "alinea's 7–8",
        "alinea's 3 en 7",
        "alinea's 2–4 en 8",
    ]


# ---- the check: file, line, Dutch message, suggestion ----------------------------------------------

CASES = {
    "uncited article paragraph": (
        [(ARTICLE, "[[thema-b]].[@eerste-artikel, 1; @gebeurtenis-een]", "[[thema-b]].")],
        f"{ARTICLE}:35: body: deze alinea heeft geen bronmarker — {UNCITED_HINT}",
    ),
    "uncited theme summary": (
        [(THEME, 'summary: "Het eerste testthema.[@eerste-artikel, 1]"', 'summary: "Het eerste testthema."')],
        f"{THEME}:3: summary: de samenvatting heeft geen bronmarker — {UNCITED_HINT}",
    ),
    "uncited place description": (
        [(PLACES, "Een verzonnen stad voor de tests.[@gebeurtenis-een]", "Een verzonnen stad voor de tests.")],
        f"{PLACES}:15: stad-een.description: de beschrijving heeft geen bronmarker — {UNCITED_HINT}",
    ),
    "uncited paragraph on a hand-written page": (
        [("docs/index.md", "[[stad-een]].[@eerste-artikel, 1]", "[[stad-een]].")],
        f"docs/index.md:5: bron: deze alinea heeft geen bronmarker — {UNCITED_HINT}",
    ),
    "unknown event or figure id": (
        [(ARTICLE, "@gebeurtenis-een]", "@gebeurtenis-eem]")],
        f"{ARTICLE}:35: body: de bronmarker [@eerste-artikel, 1; @gebeurtenis-eem] noemt 'gebeurtenis-eem': "
        "geen artikel, gebeurtenis of cijfer heet zo — bedoel je 'gebeurtenis-een'?",
    ),
    "unknown name without a close one": (
        [(THEME, "[@gebeurtenis-een; @cijfer-een]", "[@gebeurtenis-een; @zomaar-iets]")],
        f"{THEME}:6: body: de bronmarker [@gebeurtenis-een; @zomaar-iets] noemt 'zomaar-iets': geen artikel, "
        "gebeurtenis of cijfer heet zo — gebruik de slug van een artikel (met de alinea's van zijn bron) of het id "
        "van een gebeurtenis of cijfer",
    ),
    "malformed marker": (
        [(ARTICLE, "[@eerste-artikel, 1; @gebeurtenis-een]", "[@eerste-artikel, 1-]")],
        f"{ARTICLE}:35: body: de bronmarker [@eerste-artikel, 1-] is niet goed geschreven — {FORMS}",
    ),
    "article without a passage": (
        [(ARTICLE, "[@eerste-artikel, 1; @gebeurtenis-een]", "[@tweede-artikel]")],
        f"{ARTICLE}:35: body: de bronmarker [@tweede-artikel] noemt het artikel 'tweede-artikel' zonder alinea — "
        "zet erbij in welke alinea('s) van die bron het staat, bijvoorbeeld [@tweede-artikel, 3]",
    ),
    "passages with an event": (
        [(ARTICLE, "[@eerste-artikel, 1; @gebeurtenis-een]", "[@gebeurtenis-een, 4]")],
        f"{ARTICLE}:35: body: de bronmarker [@gebeurtenis-een, 4] geeft alinea's bij 'gebeurtenis-een', een "
        "gebeurtenis: die draagt haar eigen alinea's (passages) — schrijf [@gebeurtenis-een] zonder nummers, of noem "
        "het artikel met de alinea: [@slug-van-het-artikel, 3]",
    ),
    "marker in an event summary": (
        [(ARTICLE, 'summary: "Er gebeurde iets in Stad Een."', 'summary: "Er gebeurde iets in Stad Een.[@eerste-artikel, 2]"')],
        f"{ARTICLE}:16: events[0].summary: in events[0].summary hoort geen bronmarker ([@eerste-artikel, 2]) — dit "
        "veld krijgt zijn bron van het artikel en de alinea's in passages; haal de marker weg",
    ),
    "event without passages": (
        [(ARTICLE, "    passages: [2]\n  - id: gebeurtenis-twee", "  - id: gebeurtenis-twee")],
        f"{ARTICLE}:12: events[0].passages: dit verplichte veld ontbreekt — voeg `passages:` toe met een waarde "
        "(zie CONTRIBUTING.md)",
    ),
    "passage zero": (
        [(ARTICLE, "passages: [2, 3]", "passages: [0, 3]")],
        f"{ARTICLE}:33: figures[0].passages: alinea 0 bestaat niet: alinea's tellen vanaf 1 — schrijf de nummers "
        "van de alinea's van de bron als lijst, bijvoorbeeld passages: [6, 7]",
    ),
    "unknown heading in site_text": (
        [("docs/over/index.md", "site_text: true", "site_text: [Open dataa]")],
        "docs/over/index.md:2: site_text: site_text noemt de kop 'Open dataa', die niet op deze pagina staat — "
        "bedoel je 'Open data'?",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_citation_problem_with_file_line_and_fix(tree, case):
    edits, expected = CASES[case]
    for path, old, new in edits:
        edit(tree, path, old, new)
    found = problems(tree)
    assert expected in found, found


def test_passages_are_bounded_by_the_source(tree):
    """With `passage_count` a passage beyond it is a problem, in `passages` and in a marker alike."""
    edit(tree, ARTICLE, '  note: "Testbron; uitgever onbekend."', '  note: "Testbron; uitgever onbekend."\n  passage_count: 2')
    edit(tree, "docs/index.md", "[@eerste-artikel, 1]", "[@eerste-artikel, 1-3]")
    assert problems(tree) == [
        f"{ARTICLE}:25: events[1].passages[0]: alinea 3 bestaat niet: de bron heeft er 2 (source.passage_count) — "
        "controleer het alineanummer, of het aantal in source.passage_count",
        f"{ARTICLE}:34: figures[0].passages[1]: alinea 3 bestaat niet: de bron heeft er 2 (source.passage_count) — "
        "controleer het alineanummer, of het aantal in source.passage_count",
        "docs/index.md:5: bron: de bronmarker [@eerste-artikel, 1-3] noemt alinea 3 van 'eerste-artikel', maar die bron "
        "heeft 2 alinea's — controleer het alineanummer in de brontekst",
    ]


def test_a_marker_in_a_folded_yaml_text_is_found_on_its_own_line(tree):
    (tree / "content/periods.yml").write_text(
        "- slug: test\n  title: Test\n  from_event: gebeurtenis-twee\n  description: >-\n    Eerste regel van de beschrijving\n"
        "    met een marker op de tweede regel.[@gebeurtenis-drie]\n",
        encoding="utf-8",
    )
    assert "content/periods.yml:6: [0].description: de bronmarker [@gebeurtenis-drie] noemt 'gebeurtenis-drie': geen " in (
        "\n".join(problems(tree))
    )


def test_every_problem_in_one_pass_with_the_other_problems(tree):
    """A citation problem and a schema problem in different files are reported by the same run."""
    edit(tree, ARTICLE, 'published: "2020-04"', 'published: "april 2020"')
    edit(tree, "docs/index.md", "[[stad-een]].[@eerste-artikel, 1]", "[[stad-een]].")
    found = problems(tree)
    assert any(":4: published:" in line for line in found) and any(line.startswith("docs/index.md:5: bron:") for line in found)


def test_the_real_content_cites_everything_and_the_check_says_how_much():
    tally = Tally()
    corpus = read_content(ROOT / "content", ROOT / "docs", tally)
    assert tally.blocks > 100 and tally.sentences > 300
    assert tally.cited / tally.sentences > 0.75, "share of sentences with a marker"
    assert all(e.passages and all(numbers for _, numbers in e.passages) for e in corpus.events.values())
    assert all(f.passages for f in corpus.figures.values())
    counts = {slug: a.source.passage_count for slug, a in corpus.articles.items()}
    assert sorted(counts.values()) == [6, 13, 15, 18, 28]
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "check"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    share = re.search(r"^Bronmarkers: (\d+) van de (\d+) zinnen \((\d+)%\) hebben er een", result.stdout, re.M)
    assert share and int(share.group(1)) == tally.cited and int(share.group(2)) == tally.sentences, result.stdout


def test_mini_fixture_builds_its_corpus():
    corpus = build_corpus(FIXTURES / "mini" / "content")
    assert corpus.events["gebeurtenis-een"].passages == (("eerste-artikel", (2,)), ("tweede-artikel", (4,)))
    assert corpus.figures["cijfer-een"].passages == (2, 3)


# ---- the built site: every page type cites, nothing shows a marker as text ---------------------------

PAGES = {
    "article": "artikelen/is-rukt-op-in-syrische-woestijn/index.html",
    "theme": "themas/corona/index.html",
    "place": "plaatsen/sukhna/index.html",
    "home": "index.html",
    "about": "over/index.html",
    "timeline": "tijdlijn/index.html",
}


def soup(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site.site / path).read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_page_type_has_its_sources_list(site, kind):
    page = soup(site, PAGES[kind])
    links = page.select("article .ik-ref > a")
    entries = page.select("ol.ik-bronnen > li")
    assert links and entries, kind
    assert page.select_one("h2#bronnen").get_text(strip=True) == "Bronnen"
    numbers = [int(li["id"].removeprefix("bron-")) for li in entries]
    assert numbers == list(range(1, len(entries) + 1)), "numbered in order"
    ids = {a["id"] for a in links}
    for link in links:
        number = int(link["href"].removeprefix("#bron-"))
        assert link["aria-label"] == f"bron {number}" and link.get_text() == f"[{number}]"
        assert link["id"].startswith(f"bron-{number}-")
    first_cited = [int(a["href"].removeprefix("#bron-")) for a in links]
    assert sorted(dict.fromkeys(first_cited)) == list(dict.fromkeys(first_cited)), "numbered by first use"
    for entry in entries:
        text = " ".join(entry.get_text(" ").split())
        assert text.startswith("↑") and re.search(r"alinea('s)? \d", text), text
        own = kind == "article" and "Deze bron:" in text  # an article page's own source needs no link to itself
        assert own or ("Bron van ons artikel" in text and entry.select_one(".ik-bron__tekst a[href]")), text
        assert all(back["href"].removeprefix("#") in ids for back in entry.select("a.ik-bron__terug"))


def test_entries_name_only_what_the_source_block_knows(site):
    entries = [" ".join(li.get_text(" ").split()) for li in soup(site, PAGES["theme"]).select("ol.ik-bronnen > li")]
    neurink = next(e for e in entries if "Judit Neurink" in e)
    assert ": „ISIS gebruikt corona voor terugkeer”, Judit Neurink (uitgever onbekend);" in neurink
    assert "verschenen mogelijk april 2020" in neurink
    anonymous = next(e for e in entries if "Irak het zwakke punt" in e)
    assert "kop, auteur en uitgever onbekend; verschenen mei 2020" in anonymous


def test_no_marker_is_shown_as_text_anywhere(site):
    for path in site.site.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for code in page.select("code"):
            code.decompose()
        assert "[@" not in page.get_text(), path
        for meta in page.select("meta[content]"):
            assert "[@" not in meta["content"], (path, meta)
        for data in page.select("script[type='application/ld+json'], [data-figure]"):
            assert "[@" not in (data.string or data.get("data-figure", "")), path
    for data in (site.site / "data").iterdir():
        assert "[@" not in data.read_text(encoding="utf-8"), data


def test_passages_with_every_source_of_an_event_and_figure(site):
    article = soup(site, "artikelen/is-rukt-op-in-syrische-woestijn/index.html")
    video = " ".join(article.select_one("#homs-propagandavideo-2020 .ik-event__also").get_text(" ").split())
    assert video.startswith("Alinea's 1, 3 en 5 van deze bron.") and "(alinea 4)" in video
    sukhna = article.select_one("#cijfer-sukhna-inwoners-2020")
    assert sukhna.select("td")[-1].get_text() == "alinea 10"
    theme = " ".join(soup(site, "themas/corona/index.html").get_text(" ").split())
    assert "IS rukt op vanuit de Syrische woestijn (alinea 12);" in theme
    events = {e["id"]: e for e in json.loads((site.site / "data/events.json").read_text(encoding="utf-8"))}
    trainers = events["westerse-trainers-verlaten-irak-2020"]
    assert trainers["passages"] == {
        "is-rukt-op-in-syrische-woestijn": [12],
        "corona-als-dekmantel-voor-is": [21],
        "irak-kwetsbaar-voor-is-comeback": [6],
    }
    assert list(trainers["passages"]) == trainers["sources"]
    rows = (site.site / "data/events.csv").read_text(encoding="utf-8")
    assert "is-rukt-op-in-syrische-woestijn:12;corona-als-dekmantel-voor-is:21;irak-kwetsbaar-voor-is-comeback:6" in rows
    package = json.loads((site.site / "data/datapackage.json").read_text(encoding="utf-8"))
    described = {r["name"]: {f["name"] for f in r["schema"]["fields"]} for r in package["resources"] if "schema" in r}
    assert all("passages" in described[name] for name in ("events-json", "events-csv", "figures", "figures-csv"))
