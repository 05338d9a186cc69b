"""Bad input: every case gets a clear message naming file, line, field and fix; all at once."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, build_env, fixture_docs, make_project, run_build
from explainer.model import build_corpus
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
        f'{ARTICLE}:2: title: YAML reads this as the yes/no value yes, not as text — put it in quotes: title: "yes"'),
    "theme list item is a YAML boolean": (
        [(ARTICLE, "themes: [thema-a]", "themes: [no]")],
        f'{ARTICLE}:9: themes[0]: YAML reads this as the yes/no value no, not as text — put it in quotes: "no"'),
    "bare date becomes a date object": (
        [(ARTICLE, 'published: "2020-04"', "published: 2020-04-12")],
        f'{ARTICLE}:4: published: YAML reads this as the date object 2020-04-12, not as text — '
        f'put it in quotes: published: "2020-04-12"'),
    "unknown key (typo)": (
        [(ARTICLE, "locations: [stad-een]", "locaties: [stad-een]")],
        f"{ARTICLE}:10: locaties: unknown field — did you mean `locations`? Allowed here: title, summary, "
        f"published, source, themes, locations, events, figures"),
    "missing required key": (
        [(ARTICLE, 'summary: "Een testartikel met twee gebeurtenissen."\n', "")],
        f"{ARTICLE}:2: summary: this required field is missing — add `summary:` with a value "
        f"(see CONTRIBUTING.md)"),
    "wrong type": (
        [(ARTICLE, "themes: [thema-a]", "themes: thema-a")],
        f"{ARTICLE}:9: themes: expected a list, found 'thema-a' — write a list: themes: [eerste, tweede] "
        f"or one '- item' per line"),
    "bad EDTF date": (
        [(ARTICLE, 'published: "2020-04"', 'published: "april 2020"')],
        f"{ARTICLE}:4: published: 'april 2020' is not a valid EDTF date — write an EDTF date such as \"2020\", "
        f"\"2020-04\", \"2020-04-12\", \"2020-04~\" or \"2019-10/2019-12\" (see CONTRIBUTING.md)"),
    "interval ends before it starts": (
        [(ARTICLE, '"2020-03-21/2020-03-31"', '"2020-03-31/2020-03-21"')],
        f"{ARTICLE}:13: events[0].date: '2020-03-31/2020-03-21' ends before it starts — write an EDTF date such "
        f"as \"2020\", \"2020-04\", \"2020-04-12\", \"2020-04~\" or \"2019-10/2019-12\" (see CONTRIBUTING.md)"),
    "date in the future": (
        [(ARTICLE, 'published: "2020-04"', 'published: "2099-01"')],
        f"{ARTICLE}:4: published: '2099-01' lies in the future — dates record what a source reported; "
        f"check the year"),
    "unknown theme slug": (
        [(ARTICLE, "themes: [thema-a]", "themes: [thema-aa]")],
        f"{ARTICLE}:9: themes[0]: unknown theme 'thema-aa' — did you mean 'thema-a'?"),
    "unknown place slug": (
        [(ARTICLE, "location: stad-een\n", "location: stad-eem\n")],
        f"{ARTICLE}:15: events[0].location: unknown place 'stad-eem' — did you mean 'stad-een'?"),
    "figure range low > high": (
        [(ARTICLE, "{low: 2500, high: 3000}", "{low: 3500, high: 3000}")],
        f"{ARTICLE}:26: figures[0].value: the range runs backwards: low 3500 > high 3000 — swap low and high"),
    "javascript: URL": (
        [(OTHER, '"https://example.org/tweede"', '"javascript:alert(1)"')],
        f"{OTHER}:7: source.url: 'javascript:alert(1)' is not an http(s) address — give the web address of the "
        f"source, starting with https:// or http://, or leave url out"),
    "latitude out of range": (
        [(PLACES, "lat: 35.3", "lat: 135.3")],
        f"{PLACES}:22: dorp-twee.lat: 135.3 is out of range — latitude lies between -90 and 90 (decimal degrees)"),
    "longitude out of range": (
        [(PLACES, "lon: 38.2", "lon: -238.2")],
        f"{PLACES}:14: stad-een.lon: -238.2 is out of range — longitude lies between -180 and 180 "
        f"(decimal degrees)"),
    "within forms a cycle": (
        [(PLACES, "  country: landa\n  lat: 35.1", "  country: landa\n  within: dorp-twee\n  lat: 35.1")],
        f"{PLACES}:13: stad-een.within: places lie within each other in a circle: stad-een → dorp-twee → "
        f"stad-een — a place's `within` must lead up to a larger place, never back to itself"),
    "unresolved wiki-link": (
        [(ARTICLE, "[[thema-b]]", "[[thema-bee]]")],
        f"{ARTICLE}:32: body: the wiki-link [[thema-bee]] leads nowhere — did you mean [[thema-b]]?"),
    "empty body": (
        [(THEME, "Inleiding op thema A met een verwijzing naar [[stad-een]].\n", "\n")],
        f"{THEME}:6: body: the text below the front matter is empty — write the article or introduction in your "
        f"own words below the closing '---'"),
    "duplicate event id with conflicting fields": (
        [(OTHER, "  - id: gebeurtenis-een\n", '  - id: gebeurtenis-een\n    date: "2020-03"\n    title: "Anders"\n'
                                               '    location: stad-een\n    summary: "Anders verteld."\n')],
        f"{OTHER}:11: events[0].id: event 'gebeurtenis-een' is also defined in {ARTICLE}:12 with a different "
        f"date, title, summary — define it once; here write only `- id: gebeurtenis-een` to add this article "
        f"as a source"),
    "reference to an event nobody defines": (
        [(OTHER, "  - id: gebeurtenis-een\n", "  - id: gebeurtenis-eeen\n")],
        f"{OTHER}:11: events[0].id: no article defines the event 'gebeurtenis-eeen' — did you mean "
        f"'gebeurtenis-een'?"),
    "incomplete new event": (
        [(OTHER, "  - id: gebeurtenis-een\n", '  - id: gebeurtenis-drie\n    title: "Half"\n')],
        f"{OTHER}:11: events[0]: the new event 'gebeurtenis-drie' lacks date, location, summary — a new event "
        f"needs id, date, title, location and summary; to refer to an event another article defines, "
        f"write only its id"),
    "invalid YAML": (
        [(ARTICLE, "themes: [thema-a]", "themes: [thema-a")],
        f"{ARTICLE}:10: invalid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence that "
        f"starts on line 9) — check indentation, colons after keys and quotes around text with ': ' or '#'"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_message(tree, case):
    edits, expected = CASES[case]
    for path, old, new in edits:
        edit(tree, path, old, new)
    assert expected in problems(tree)


def test_missing_front_matter(tree):
    (tree / ARTICLE).write_text("# Alleen tekst\n\nZonder velden.\n", encoding="utf-8")
    assert problems(tree) == [f"{ARTICLE}:1: the file does not start with front matter — begin the file with a "
                              f"line '---', the YAML fields, and another '---'"]


def test_unterminated_front_matter(tree):
    (tree / THEME).write_text('---\ntitle: "A"\nsummary: "B"\n\nTekst zonder afsluiting.\n', encoding="utf-8")
    assert f"{THEME}:1: the front matter is not closed — end the YAML fields with a line that holds only " \
           f"'---'" in problems(tree)


def test_not_utf8(tree):
    (tree / THEME).write_bytes('---\ntitle: "Caf\xe9"\n'.encode("latin-1") + b'summary: "x"\n---\nTekst.\n')
    assert f"{THEME}:2: the file is not valid UTF-8 (byte 0xe9) — save the file as UTF-8 in your editor" \
        in problems(tree)


def test_bom_and_crlf_are_accepted(tree):
    path = tree / ARTICLE
    text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    corpus = build_corpus(tree / "content")
    assert corpus.articles["eerste-artikel"].title == "Eerste artikel"
    assert "\r" not in corpus.articles["eerste-artikel"].body


def test_file_that_is_not_markdown(tree):
    (tree / "content/articles/aantekeningen.txt").write_text("los bestand", encoding="utf-8")
    assert problems(tree) == ["content/articles/aantekeningen.txt: not a Markdown file: every article is a .md "
                              "file — rename it to aantekeningen.md, or move it out of content/articles/"]


def test_duplicate_article_slug(tree):
    (tree / "content/articles/2020").mkdir()
    shutil.copy(tree / OTHER, tree / "content/articles/2020/tweede-artikel.md")
    found = problems(tree)
    assert ("content/articles/tweede-artikel.md: slug: 'tweede-artikel' is already used by the article in "
            "content/articles/2020/tweede-artikel.md — every article, theme, place and place alias needs its own "
            "name; rename one") in found


def test_every_problem_is_reported_at_once(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    edit(tree, OTHER, 'published: "2020-05"', 'published: "2020-13"')
    edit(tree, PLACES, "lat: 35.3", "lat: 135.3")
    edit(tree, THEME, "[[stad-een]]", "[[stad-twee]]")
    (tree / "content/articles/notities.txt").write_text("x", encoding="utf-8")
    found = problems(tree)
    assert len(found) == 5, found
    assert [p.split(":")[0] for p in found] == [
        "content/articles/eerste-artikel.md", "content/articles/notities.txt",
        "content/articles/tweede-artikel.md", "content/locations.yml", "content/themes/thema-a.md"]


def test_check_command_prints_the_same_messages(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    result = subprocess.run([sys.executable, "-m", "explainer", "--content", str(tree / "content"), "check"],
                            cwd=tree, capture_output=True, text=True, env=build_env(PYTHONPATH=str(ROOT / "hooks")))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "1 problem in the content:" in result.stderr
    assert 'title: YAML reads this as the yes/no value yes, not as text — put it in quotes: title: "yes"' \
        in result.stderr


def test_build_fails_with_the_messages_and_no_traceback(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    edit(project, ARTICLE, 'title: "Eerste artikel"', "title: yes")
    edit(project, PLACES, "lat: 35.3", "lat: 135.3")
    build = run_build(project)
    assert build.returncode != 0
    assert "Traceback" not in build.output
    assert f'{ARTICLE}:2: title: YAML reads this as the yes/no value yes' in build.output
    assert f"{PLACES}:22: dorp-twee.lat: 135.3 is out of range" in build.output
    assert not (project / "build" / "index.html").exists()


def test_key_written_twice(tree):
    edit(tree, ARTICLE, 'title: "Eerste artikel"', 'title: "Eerste artikel"\ntitle: "Tweede kop"')
    assert f"{ARTICLE}:3: title: the key is written twice (also on line 2) — keep one of them; YAML would " \
           f"silently use only the last" in problems(tree)


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
