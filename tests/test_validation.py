"""Bad input: every case gets a clear message naming file, line, field and fix; all at once."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXPLAINER, FIXTURES, build_env, fixture_docs, make_project, run_build

from explainer.build import build_corpus
from explainer.problems import ContentError

ARTICLE = "content/articles/eerste-artikel.md"
OTHER = "content/articles/tweede-artikel.md"
PLACES = "content/locations.yml"
THEME = "content/themes/thema-a.md"


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "content")
    return tmp_path


def edit(root: Path, path: str, old: str, new: str) -> None:
    file = root / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        build_corpus(root / "content")
    return [str(p) for p in caught.value.problems]


def test_fixture_is_valid(tree):
    corpus = build_corpus(tree / "content")
    assert len(corpus.articles) == 2 and len(corpus.events) == 2


CASES = {
    "title is a YAML boolean": (
        [(ARTICLE, 'title: "Eerste artikel"', "title: yes")],
        f'{ARTICLE}:2: title: YAML leest dit als de ja/nee-waarde yes, niet als tekst — zet het tussen aanhalingstekens: title: "yes"',
    ),
    "theme list item is a YAML boolean": (
        [(ARTICLE, "themes: [thema-a]", "themes: [no]")],
        f'{ARTICLE}:9: themes[0]: YAML leest dit als de ja/nee-waarde no, niet als tekst — zet het tussen aanhalingstekens: "no"',
    ),
    "unknown key (typo)": (
        [(ARTICLE, "locations: [stad-een]", "locaties: [stad-een]")],
        f"{ARTICLE}:10: locaties: onbekend veld — bedoel je `locations`? Toegestaan zijn hier: title, summary, published, source, themes, locations, events, figures, corrections, new_places",
    ),
    "missing required key": (
        [(ARTICLE, 'summary: "Een testartikel met twee gebeurtenissen."\n', "")],
        f"{ARTICLE}:2: summary: dit verplichte veld ontbreekt — voeg `summary:` toe met een waarde (zie CONTRIBUTING.md)",
    ),
    "wrong type": (
        [(ARTICLE, "themes: [thema-a]", "themes: thema-a")],
        f"{ARTICLE}:9: themes: verwacht een lijst, gevonden: 'thema-a' — schrijf een lijst: themes: [eerste, tweede] of één '- item' per regel",
    ),
    "bad EDTF date": (
        [(ARTICLE, 'published: "2020-04"', 'published: "april 2020"')],
        f'{ARTICLE}:4: published: \'april 2020\' is geen geldige EDTF-datum — schrijf een EDTF-datum zoals "2020", "2020-04", "2020-04-12", "2020-04~" of "2019-10/2019-12" (zie CONTRIBUTING.md)',
    ),
    "interval ends before it starts": (
        [(ARTICLE, '"2020-03-21/2020-03-31"', '"2020-03-31/2020-03-21"')],
        f'{ARTICLE}:13: events[0].date: \'2020-03-31/2020-03-21\' eindigt voordat het begint — schrijf een EDTF-datum zoals "2020", "2020-04", "2020-04-12", "2020-04~" of "2019-10/2019-12" (zie CONTRIBUTING.md)',
    ),
    "date in the future": (
        [(ARTICLE, 'published: "2020-04"', 'published: "2099-01"')],
        f"{ARTICLE}:4: published: '2099-01' ligt in de toekomst — datums leggen vast wat een bron meldde; controleer het jaartal",
    ),
    "unknown theme slug": (
        [(ARTICLE, "themes: [thema-a]", "themes: [thema-aa]")],
        f"{ARTICLE}:9: themes[0]: onbekend thema 'thema-aa' — bedoel je 'thema-a'?",
    ),
    "unknown place slug": (
        [(ARTICLE, "location: stad-een\n", "location: stad-eem\n")],
        f"{ARTICLE}:15: events[0].location: onbekende plaats 'stad-eem' — bedoel je 'stad-een'?",
    ),
    "figure range low > high": (
        [(ARTICLE, "{low: 2500, high: 3000}", "{low: 3500, high: 3000}")],
        f"{ARTICLE}:28: figures[0].value: het bereik loopt achteruit: low 3500 > high 3000 — verwissel low en high",
    ),
    "javascript: URL": (
        [(OTHER, '"https://example.org/tweede"', '"javascript:alert(1)"')],
        f"{OTHER}:7: source.url: 'javascript:alert(1)' is geen http(s)-adres — geef het webadres van de bron, beginnend met https:// of http://, of laat url weg",
    ),
    "latitude out of range": (
        [(PLACES, "lat: 35.3", "lat: 135.3")],
        f"{PLACES}:22: dorp-twee.lat: 135.3 valt buiten het bereik — de breedtegraad (lat) ligt tussen -90 en 90 (decimale graden)",
    ),
    "longitude out of range": (
        [(PLACES, "lon: 38.2", "lon: -238.2")],
        f"{PLACES}:14: stad-een.lon: -238.2 valt buiten het bereik — de lengtegraad (lon) ligt tussen -180 en 180 (decimale graden)",
    ),
    "within forms a cycle": (
        [(PLACES, "  country: landa\n  lat: 35.1", "  country: landa\n  within: dorp-twee\n  lat: 35.1")],
        f"{PLACES}:13: stad-een.within: plaatsen liggen in een kring binnen elkaar: stad-een → dorp-twee → stad-een — `within` moet naar een grotere plaats leiden, nooit terug naar de plaats zelf",
    ),
    "unresolved wiki-link": (
        [(ARTICLE, "[[thema-b]]", "[[thema-bee]]")],
        f"{ARTICLE}:35: body: de wiki-link [[thema-bee]] leidt nergens heen — bedoel je [[thema-b]]?",
    ),
    "empty body": (
        [(THEME, "Inleiding op thema A met een verwijzing naar [[stad-een]].[@gebeurtenis-een; @cijfer-een]\n", "\n")],
        f"{THEME}:6: body: de tekst onder de velden is leeg — schrijf het artikel of de inleiding in eigen woorden onder de afsluitende '---'",
    ),
    "duplicate event id with conflicting fields": (
        [
            (
                OTHER,
                "  - id: gebeurtenis-een\n",
                '  - id: gebeurtenis-een\n    date: "2020-03"\n    title: "Anders"\n    location: stad-een\n    summary: "Anders verteld."\n',
            )
        ],
        f"{OTHER}:11: events[0].id: de gebeurtenis 'gebeurtenis-een' staat ook in content/articles/eerste-artikel.md:12, met andere waarden voor: datum, titel, samenvatting — beschrijf haar één keer; schrijf hier alleen `- id: gebeurtenis-een` om dit artikel als bron toe te voegen",
    ),
    "reference to an event nobody defines": (
        [(OTHER, "  - id: gebeurtenis-een\n", "  - id: gebeurtenis-eeen\n")],
        f"{OTHER}:11: events[0].id: geen enkel artikel beschrijft de gebeurtenis 'gebeurtenis-eeen' — bedoel je 'gebeurtenis-een'?",
    ),
    "incomplete new event": (
        [(OTHER, "  - id: gebeurtenis-een\n", '  - id: gebeurtenis-drie\n    title: "Half"\n')],
        f"{OTHER}:11: events[0]: de nieuwe gebeurtenis 'gebeurtenis-drie' mist date, location, summary — een nieuwe gebeurtenis heeft id, date, title, location en summary nodig; verwijs je naar een gebeurtenis die een ander artikel beschrijft, schrijf dan alleen haar id",
    ),
    "invalid YAML": (
        [(ARTICLE, "themes: [thema-a]", "themes: [thema-a")],
        f"{ARTICLE}:10: ongeldige YAML: na een element in [ ... ] verwachtte YAML ',' of ']', niet ':' (in een lijst [ ... ], begonnen op regel 9) — controleer het inspringen, de dubbele punt na elke sleutel en aanhalingstekens rond tekst met ': ' of '#'",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_message(tree, case):
    edits, expected = CASES[case]
    for path, old, new in edits:
        edit(tree, path, old, new)
    assert expected in problems(tree)


def test_missing_front_matter(tree):
    (tree / ARTICLE).write_text("# Alleen tekst\n\nZonder velden.\n", encoding="utf-8")
    assert problems(tree) == [
        f"{ARTICLE}:1: het bestand begint niet met velden (front matter) — begin het bestand "
        f"met een regel '---', dan de YAML-velden en weer een regel '---'"
    ]


def test_unterminated_front_matter(tree):
    (tree / THEME).write_text('---\ntitle: "A"\nsummary: "B"\n\nTekst zonder afsluiting.\n', encoding="utf-8")
    assert (
        f"{THEME}:1: de velden (front matter) zijn niet afgesloten — sluit de YAML-velden af met een regel met "
        f"alleen '---'" in problems(tree)
    )


def test_not_utf8(tree):
    (tree / THEME).write_bytes('---\ntitle: "Caf\xe9"\n'.encode("latin-1") + b'summary: "x"\n---\nTekst.\n')
    assert f"{THEME}:2: het bestand is geen geldige UTF-8 (byte 0xe9) — sla het bestand op als UTF-8 in je editor" in problems(
        tree
    )


def test_bom_and_crlf_are_accepted(tree):
    path = tree / ARTICLE
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    corpus = build_corpus(tree / "content")
    assert corpus.articles["eerste-artikel"].title == "Eerste artikel"
    assert "\r" not in corpus.articles["eerste-artikel"].body


def test_file_that_is_not_markdown(tree):
    (tree / "content/articles/aantekeningen.txt").write_text("los bestand", encoding="utf-8")
    assert problems(tree) == [
        "content/articles/aantekeningen.txt: geen Markdown-bestand: elk artikel is een "
        ".md-bestand — hernoem het naar aantekeningen.md, of haal het uit content/articles/"
    ]


def test_duplicate_article_slug(tree):
    (tree / "content/articles/2020").mkdir()
    shutil.copy(tree / OTHER, tree / "content/articles/2020/tweede-artikel.md")
    found = problems(tree)
    assert (
        "content/articles/tweede-artikel.md: slug: 'tweede-artikel' wordt al gebruikt door het artikel in "
        "content/articles/2020/tweede-artikel.md — elk artikel, thema, elke plaats en elke schrijfwijze van een "
        "plaats heeft een eigen naam nodig; hernoem er één"
    ) in found


def test_article_slug_of_a_list_page(tree):
    shutil.move(tree / OTHER, tree / "content/articles/pagina-2.md")
    found = problems(tree)
    assert (
        "content/articles/pagina-2.md: de bestandsnaam 'pagina-2' is het adres van een pagina van de artikellijst "
        "(/artikelen/pagina-2/) — hernoem het bestand naar een naam die zegt waar het artikel over gaat, "
        "bijvoorbeeld tweede-artikel.md"
    ) in found, found


def test_every_problem_is_reported_at_once(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    edit(tree, OTHER, 'published: "2020-05"', 'published: "2020-13"')
    edit(tree, PLACES, "lat: 35.3", "lat: 135.3")
    edit(tree, THEME, "[[stad-een]]", "[[stad-twee]]")
    (tree / "content/articles/notities.txt").write_text("x", encoding="utf-8")
    found = problems(tree)
    assert len(found) == 5, found
    assert [p.split(":")[0] for p in found] == [
        "content/articles/eerste-artikel.md",
        "content/articles/notities.txt",
        "content/articles/tweede-artikel.md",
        "content/locations.yml",
        "content/themes/thema-a.md",
    ]


def test_field_error_and_cross_file_problems_in_one_run(tree):
    """A broken field does not hold back the checks of the file's other fields against other files."""
    edit(tree, ARTICLE, 'published: "2020-04"', 'published: "april 2020"')
    edit(tree, ARTICLE, "location: stad-een\n", "location: stad-eem\n")
    edit(tree, ARTICLE, "themes: [thema-a]", "themes: [thema-aa]")
    edit(tree, ARTICLE, "[[thema-b]]", "[[thema-bee]]")
    edit(tree, OTHER, "  - id: gebeurtenis-een\n", "  - id: gebeurtenis-eeen\n")
    edit(tree, OTHER, 'title: "Tweede artikel"', "title: yes")
    found = problems(tree)
    assert (
        f"{ARTICLE}:4: published: 'april 2020' is geen geldige EDTF-datum — "
        + 'schrijf een EDTF-datum zoals "2020", "2020-04", "2020-04-12", "2020-04~" of "2019-10/2019-12" '
        "(zie CONTRIBUTING.md)" in found
    )
    assert f"{ARTICLE}:15: events[0].location: onbekende plaats 'stad-eem' — bedoel je 'stad-een'?" in found
    assert f"{ARTICLE}:9: themes[0]: onbekend thema 'thema-aa' — bedoel je 'thema-a'?" in found
    assert f"{ARTICLE}:35: body: de wiki-link [[thema-bee]] leidt nergens heen — bedoel je [[thema-b]]?" in found
    assert (
        f"{OTHER}:11: events[0].id: geen enkel artikel beschrijft de gebeurtenis 'gebeurtenis-eeen' — "
        f"bedoel je 'gebeurtenis-een'?" in found
    )
    assert any(p.startswith(f"{OTHER}:2: title: YAML leest dit als de ja/nee-waarde yes") for p in found)
    assert len(found) == 6, found


BARE_DATES = [
    (ARTICLE, 'published: "2020-04"', "published: 2020-04-12"),
    (ARTICLE, 'date: "2020-03-21/2020-03-31"', "date: 2020-03-25"),
    (OTHER, 'published: "2020-05"', "published: 2020-05-03 10:15:00"),
]


def test_bare_yaml_dates_mean_that_day(tree):
    for path, old, new in BARE_DATES:
        edit(tree, path, old, new)
    edit(tree, ARTICLE, 'date: "2020-05"\n    according_to', "date: 2020-05-01\n    according_to")
    corpus = build_corpus(tree / "content")
    article = corpus.articles["eerste-artikel"]
    assert article.published.text == "2020-04-12" and article.published.precision == "day"
    assert corpus.articles["tweede-artikel"].published.text == "2020-05-03"
    event = corpus.events["gebeurtenis-een"]
    assert (event.date.start.isoformat(), event.date.end.isoformat()) == ("2020-03-25", "2020-03-25")
    assert corpus.figures["cijfer-een"].date.text == "2020-05-01"


def test_bare_dates_build_into_pages(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    for path, old, new in BARE_DATES:
        edit(project, path, old, new)
    build = run_build(project)
    assert build.returncode == 0, build.output
    events = (build.site / "data" / "events.json").read_text(encoding="utf-8")
    assert '"id": "gebeurtenis-een"' in events and '"start": "2020-03-25", "end": "2020-03-25"' in events
    page = (build.site / "artikelen" / "eerste-artikel" / "index.html").read_text(encoding="utf-8")
    assert "25 maart 2020" in page


def test_check_command_prints_the_same_messages(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    result = explainer_check(tree, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "1 probleem in de inhoud:" in result.stderr
    assert (
        "title: YAML leest dit als de ja/nee-waarde yes, niet als tekst — zet het tussen aanhalingstekens: "
        'title: "yes"' in result.stderr
    )


def explainer_check(tree: Path, *args: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*EXPLAINER, "--content", str(tree / "content"), *args], cwd=tree, capture_output=True, text=True, env=build_env(**env)
    )


def test_english_for_maintainers(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    for result in (explainer_check(tree, "check", EXPLAINER_LANG="en"), explainer_check(tree, "--lang", "en", "check")):
        assert "1 problem in the content:" in result.stderr
        assert 'title: YAML reads this as the yes/no value yes, not as text — put it in quotes: title: "yes"' in result.stderr


def test_check_format_github(tree):
    """Workflow annotations on stdout (GitHub puts them on the lines), a Dutch job summary in the file."""
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    edit(tree, ARTICLE, "location: stad-een\n", "location: stad-eem\n")
    edit(tree, THEME, "[[stad-een]]", "[[stad, eeen%]]")
    summary = tree / "summary.md"
    result = explainer_check(tree, "check", "--format", "github", "--summary", str(summary))
    assert result.returncode == 1
    annotations = result.stdout.splitlines()
    assert annotations == [
        f"::error file={ARTICLE},line=2,title=Inhoud%3A title::YAML leest dit als de ja/nee-waarde yes, niet als "
        f'tekst — zet het tussen aanhalingstekens: title: "yes"',
        f"::error file={ARTICLE},line=15,title=Inhoud%3A events[0].location::onbekende plaats 'stad-eem' — bedoel je 'stad-een'?",
        f"::error file={THEME},line=6,title=Inhoud%3A body::de wiki-link [[stad, eeen%25]] leidt nergens heen — "
        f"bedoel je [[stad-een]]?",
    ], result.stdout
    assert "3 problemen in de inhoud:" in result.stderr, "the plain report stays in the log"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("### De controle vond 3 problemen\n")
    assert f"#### `{ARTICLE}` (2)" in text and f"#### `{THEME}` (1)" in text
    assert "- regel 15 `events[0].location`: onbekende plaats 'stad\\-eem'" in text
    assert "**Wat nu?**" in text

    ok = tree / "ok"
    shutil.copytree(FIXTURES / "mini" / "content", ok / "content")
    passed = explainer_check(ok, "check", "--format", "github", "--summary", str(summary))
    assert passed.returncode == 0 and passed.stdout.startswith("OK: 2 artikelen")
    assert "### Inhoud in orde" in summary.read_text(encoding="utf-8")


def test_build_fails_with_the_messages_and_no_traceback(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    edit(project, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    edit(project, PLACES, "lat: 35.3", "lat: 135.3")
    build = run_build(project)
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert f"{ARTICLE}:2: title: YAML leest dit als de ja/nee-waarde yes" in build.output
    assert f"{PLACES}:22: dorp-twee.lat: 135.3 valt buiten het bereik" in build.output
    assert not (project / "build" / "index.html").exists()


def test_key_written_twice(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', 'title: "Eerste artikel"\ntitle: "Tweede kop"')
    assert (
        f"{ARTICLE}:3: title: de sleutel staat er twee keer (ook op regel 2) — houd er één; YAML zou "
        f"stilzwijgend alleen de laatste gebruiken" in problems(tree)
    )


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("broken-builds")
    return make_project(base / "project", FIXTURES / "mini" / "content", fixture_docs(base))


@pytest.mark.parametrize("case", list(CASES))
def test_each_bad_input_fails_the_build_with_its_message(fixture_project, case):
    """The same mistakes through `mkdocs build`: exit 1, the message, no traceback, no site."""
    content = fixture_project / "content"
    shutil.rmtree(content)
    shutil.copytree(FIXTURES / "mini" / "content", content)
    edits, expected = CASES[case]
    for path, old, new in edits:
        edit(fixture_project, path, old, new)
    build = run_build(fixture_project)
    assert build.returncode == 1
    assert expected in build.output
    assert "Traceback" not in build.output
    assert not any(build.site.rglob("*.html")), "a failed build leaves no pages behind"


def test_counted_must_fit_the_unit(tree):
    """`counted` comes from the vocabulary and the figure's unit must fit it (in Dutch: issue 12)."""
    edit(tree, ARTICLE, '    unit: "strijders"', '    unit: "strijders"\n    counted: "duur"')
    found = [p for p in problems(tree) if "counted" in p]
    assert len(found) == 1 and f"{ARTICLE}:" in found[0]
    assert "de eenheid 'strijders' past niet bij 'duur'" in found[0] and "uur, dagen, minuten" in found[0]
    edit(tree, ARTICLE, 'counted: "duur"', 'counted: "strijders"')
    assert build_corpus(tree / "content").figures
