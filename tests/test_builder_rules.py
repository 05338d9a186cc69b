"""The article builder on /bijdragen/ and `explainer check` agree: the same dates, articles and places
through the builder's JavaScript (in Node) and the Python check give the same verdict, and the file the
builder writes is accepted by the check as it is."""

from __future__ import annotations

import copy
import itertools
import json
import re
import shutil
import subprocess

import pytest
import yaml
from conftest import ROOT
from pydantic import TypeAdapter, ValidationError

from explainer.build import build_corpus
from explainer.content.schema import Edtf, article_json_schema
from explainer.problems import ContentError
from explainer.publish.data import data_files

CONTRIBUTING = ROOT / "CONTRIBUTING.md"


def site_data(corpus) -> dict:
    """What the builder reads from the built site (bouwer.js, loadSite)."""
    files = data_files(corpus, "http://127.0.0.1:8000/", "IS na het kalifaat")
    places = json.loads(files["data/locations.geojson"])["features"]
    return {
        "schema": json.loads(files["schema/article.schema.json"]),
        "themes": json.loads(files["data/themes.json"]),
        "events": json.loads(files["data/events.json"]),
        "articles": json.loads(files["data/articles.json"]),
        "figures": json.loads(files["data/figures.json"]),
        "places": [
            {**f["properties"], "lat": f["geometry"]["coordinates"][1], "lon": f["geometry"]["coordinates"][0]} for f in places
        ],
    }


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT / "content")


def run_builder(site: dict, **jobs) -> dict:
    """The builder's rules in Node (tests/builder_harness.js): dates, phrases, articles, searches, files, edits."""
    payload = {
        "root": str(ROOT),
        "site": site,
        **{key: list(value) if isinstance(value, (list, tuple)) else value for key, value in jobs.items()},
    }
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "builder_harness.js")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# ---- dates -----------------------------------------------------------------------------------


def generated_dates() -> list[str]:
    """Every shape the schema's pattern lets through, with valid and invalid parts, and some that it does not."""
    ends = [
        f"{y}{m}{d}{mark}"
        for y, m, d, mark in itertools.product(
            ["2014", "2020", "2099"],
            ["", "-00", "-02", "-04", "-12", "-13", "-21", "-24", "-25"],
            ["", "-00", "-01", "-29", "-30", "-31", "-32"],
            ["", "~", "?", "%"],
        )
        if m or not d
    ]
    intervals = [
        f"{a}/{b}"
        for a, b in itertools.product(
            ["2019-10", "2020-04-11", "2020-03-31", "2020-21", "2015-05~", "2020"],
            ["2019-12", "2020-04-13", "2020-03-21", "2020-22", "2015-08~", "2019", "2020-02-30"],
        )
    ]
    # Windows (once, somewhere between) and open ends (hooks/explainer/dates.py), with valid and invalid ends.
    windows = [
        f"[{a}..{b}]"
        for a, b in itertools.product(
            ["", "2014", "2019-10", "2020-04-25", "2020-21", "2020-02-30", "2099", "2020-13"],
            ["2016-11", "2020-05-31", "2019", "2020-22", "2020-04-31", "2019-09", "2099-01"],
        )
    ]
    open_ends = [f"/{end}" for end in ("2016-11", "2016-11?", "2020-21", "2020-02-30", "2099", "2014-06-28~")]
    open_ends += [f"{end}/.." for end in ("2020-05", "2015-05~", "2020-22", "2099-01", "2020-13", "2020")]
    junk = [
        "april 2020",
        "2020-4",
        "20200",
        "2020/",
        "../2020",
        "[2020-04..]",
        "[..]",
        "[2020-04~..2020-05]",
        "[2020-04..2020-05]?",
        "2020/../..",
        "2020-XX",
        "2020-04-12T10:00",
        "-2020",
        "Y20200",
        "2020-04-12 ",
        "",
        "2020?-04",
    ]
    return ends + intervals + windows + open_ends + junk


def python_date_error(text: str) -> str | None:
    try:
        TypeAdapter(Edtf).validate_python(text)
    except ValidationError as error:
        return error.errors()[0]["msg"]
    return None


def test_dates_agree_with_the_python_check(corpus):
    dates = generated_dates()
    verdicts = run_builder(site_data(corpus), dates=dates)["dates"]
    disagreements = [
        (text, python_date_error(text), js)
        for text, js in zip(dates, verdicts)
        if (python_date_error(text) is None) != (js is None)
    ]
    assert not disagreements, disagreements[:20]
    assert len(dates) > 400
    accepted = sum(1 for verdict in verdicts if verdict is None)
    assert 50 < accepted < len(dates) - 50, "the examples hold valid and invalid dates"


def test_dutch_phrases_suggest_the_cheat_sheet_form(corpus):
    """Each phrase of CONTRIBUTING.md's date table gets its EDTF form as a suggestion."""
    rows = re.findall(r'^\| ([^|`]+) \| `"([^"]+)"` \| ([^|]+) \|$', CONTRIBUTING.read_text(encoding="utf-8"), re.MULTILINE)
    cases = [
        (phrase.strip(), edtf)
        for words, edtf, _ in rows
        for phrase in re.sub(r"\s*\([^)]*\)", "", words).split(",")
        if "Paas" not in phrase
    ]
    assert len(cases) >= 15
    suggestions = run_builder(site_data(corpus), phrases=[phrase for phrase, _ in cases])["phrases"]
    missed = [(phrase, edtf, got) for (phrase, edtf), got in zip(cases, suggestions) if edtf not in got]
    assert not missed, missed


# ---- whole articles ----------------------------------------------------------------------------

SLUG = "testbron-uit-de-bouwer"
BASE = {
    "title": "Testbron uit de bouwer",
    "summary": "Een testartikel over een aanval bij Sukhna.",
    "published": "2020-04",
    "source": {"note": "Testbron voor de tests; kop en uitgever bestaan niet."},
    "themes": ["opstand"],
    "locations": ["sukhna", "syrie"],
    "events": [
        {
            "id": "testbron-aanval-sukhna-2020",
            "date": "2020-04~",
            "title": "Testaanval bij Sukhna",
            "location": "sukhna",
            "summary": "Een gebeurtenis die alleen in de tests bestaat.",
            "passages": [2],
        },
        {
            "id": "testbron-tweede-gebeurtenis-2020",
            "date": "[2020-04-01..2020-04-20]",
            "title": "Nog een testgebeurtenis",
            "location": "syrische-woestijn",
            "summary": "Een tweede gebeurtenis die alleen in de tests bestaat, ergens in een venster.",
            "passages": [3, 4],
        },
    ],
    "figures": [
        {
            "id": "testbron-strijders-2020",
            "label": "Teststrijders",
            "value": {"low": 3, "high": 5},
            "qualifier": "minstens",
            "unit": "strijders",
            "date": "2020-04",
            "according_to": "de testbron",
            "location": "syrie",
            "passages": [5],
        }
    ],
}
BODY = (
    "Een tekst over [[sukhna]], [[Hasakeh]] en het thema [[opstand]].[@testbron-aanval-sukhna-2020]\n\n"
    "Zie ook [[homs|de stad Homs]]."
)
# A place in Iraq that the gazetteer does not know (fictional name, real region: the Euphrates at the border).
NEW_PLACE = {
    "name": "Testdorp Al-Qaim",
    "aliases": ["Testdorp Qaim"],
    "kind": "dorp",
    "country": "irak",
    "within": "west-irak",
    "lat": 34.4,
    "lon": 41.2,
    "description": "Een dorp dat alleen in de tests bestaat.[@is-rukt-op-in-syrische-woestijn, 10]",
}


def _set(path: str, value):
    def change(front: dict) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target = front
        for key in parents:
            target = target[key]
        if value is KeyError:
            del target[last]
        elif isinstance(target, list) and last == len(target):
            target.append(value)
        else:
            target[last] = value

    return change


CASES = {
    "valid": [],
    "empty title": [_set("title", "")],
    "title of spaces": [_set("title", "   ")],
    "date in words": [_set("published", "april 2020")],
    "date in the future": [_set("published", "2099-01")],
    "month 13": [_set("events.0.date", "2020-13")],
    "interval backwards": [_set("figures.0.date", "2020-03-31/2020-03-21")],
    "javascript url": [_set("source.url", "javascript:alert(1)")],
    "url with a space": [_set("source.url", "https://example.org/a b")],
    "valid url": [_set("source.url", "https://example.org/bron")],
    "no themes": [_set("themes", [])],
    "unknown theme": [_set("themes", ["opstnd"])],
    "theme not a slug": [_set("themes", ["Thema A"])],
    "unknown place": [_set("locations", ["sukna"])],
    "unknown event place": [_set("events.0.location", "sukna")],
    "new event without summary": [_set("events.0.summary", KeyError)],
    "event with id and themes only": [_set("events.1", {"id": "rutba-aanval-2020", "themes": ["opstand"]})],
    "reference to an unknown event": [_set("events.1", {"id": "rutba-aanval-2019"})],
    "new event reuses an id": [_set("events.0.id", "rutba-aanval-2020"), _set("events.1", {"id": "nog-een-test-2020"})],
    "range backwards": [_set("figures.0.value", {"low": 5, "high": 3})],
    "qualifier not allowed": [_set("figures.0.qualifier", "circa")],
    "figure id taken": [_set("figures.0.id", "hasaka-gevangenen-2020")],
    "figure without unit": [_set("figures.0.unit", KeyError)],
    "single number": [_set("figures.0.value", 2500)],
    "figure without place": [_set("figures.0.location", KeyError)],
    # who claims it, and how the sources bring it
    "claimed by IS": [_set("events.0.claimed_by", "is")],
    "claimed by IS, status": [_set("events.0.claimed_by", "is"), _set("events.0.status", "geclaimd")],
    "state media, more precise": [_set("events.0.claimed_by", "syrische-staatsmedia"), _set("events.0.claimed_by_text", "SANA")],
    "another party named": [_set("events.0.claimed_by", "anders"), _set("events.0.claimed_by_text", "de Iraakse regering")],
    "another party unnamed": [_set("events.0.claimed_by", "anders")],
    "party without claimant": [_set("events.0.claimed_by_text", "SANA")],
    "claimed without claimant": [_set("events.0.status", "geclaimd")],
    "established": [_set("events.0.status", "vastgesteld")],
    "status not allowed": [_set("events.0.status", "bevestigd")],
    "claimant not allowed": [_set("events.0.claimed_by", "sana")],
    "reference with a status": [_set("events.1", {"id": "rutba-aanval-2020", "status": "gemeld"})],
    "no known place": [_set("events.0.location", "onbekend")],
    "own themes": [_set("events.0.themes", ["propaganda"])],
    "unknown own theme": [_set("events.0.themes", ["propagnda"])],
    # corrections
    "correction": [_set("corrections", [{"date": "2026-12-01", "text": "Hier stond een andere datum."}])],
    "correction in the future": [_set("corrections", [{"date": "2099-01-01", "text": "Later."}])],
    "correction day that does not exist": [_set("corrections", [{"date": "2026-02-30", "text": "Nooit."}])],
    "correction without text": [_set("corrections", [{"date": "2026-12-01", "text": " "}])],
    # figures: who gives them, what they count, two of the same quantity
    "qualifier bijna": [_set("figures.0.qualifier", "bijna")],
    "counted with its unit": [_set("figures.0.counted", "strijders")],
    "counted with another unit": [_set("figures.0.counted", "duur")],
    "two claimants, one quantity": [
        _set("figures.1", {**BASE["figures"][0], "id": "testbron-strijders-is-2020", "according_to": "IS", "value": 9})
    ],
    "two figures, one id": [_set("figures.1", {**BASE["figures"][0], "according_to": "IS", "value": 9})],
    # places the article brings itself
    "a new place": [_set("new_places", {"testdorp-al-qaim": NEW_PLACE}), _set("events.0.location", "testdorp-al-qaim")],
    "a new place at Sukhna": [
        _set("new_places", {"sukhnah": {**NEW_PLACE, "name": "Sukhnah", "lat": 34.89, "lon": 38.87, "country": "syrie"}})
    ],
    "a new place named Mayadin": [_set("new_places", {"mayadin": {**NEW_PLACE, "name": "Mayadin", "lat": 35.5, "lon": 40.0}})],
    "a new place named Mayadeen": [_set("new_places", {"nieuw-mayadeen": {**NEW_PLACE, "name": "Mayadeen"}})],
    "a new place spelt like Hasaka": [_set("new_places", {"testdorp-al-qaim": {**NEW_PLACE, "aliases": ["Hasakeh"]}})],
    "a new place without country": [
        _set("new_places", {"testdorp-al-qaim": {k: v for k, v in NEW_PLACE.items() if k != "country"}})
    ],
    "a new place in an unknown province": [_set("new_places", {"testdorp-al-qaim": {**NEW_PLACE, "within": "anbar"}})],
    "a new place off the globe": [_set("new_places", {"testdorp-al-qaim": {**NEW_PLACE, "lat": 134.4}})],
    "a new place, slug taken": [_set("new_places", {"homs": {**NEW_PLACE, "name": "Homs-Noord"}})],
    "a new place, slug no slug": [_set("new_places", {"Al Qaim": NEW_PLACE})],
    "a new building within a city": [
        _set(
            "new_places",
            {
                "testgevangenis-hasaka": {
                    **NEW_PLACE,
                    "name": "Testgevangenis",
                    "kind": "gebouw",
                    "country": "syrie",
                    "within": "hasaka",
                    "lat": 36.5,
                    "lon": 40.75,
                }
            },
        )
    ],
    "dates: since May": [_set("events.0.date", "2020-05/..")],
    "dates: until April": [_set("events.0.date", "/2020-04")],
    "dates: some day in April": [_set("events.0.date", "[2020-04-01..2020-04-30]")],
}
BODIES = {
    "empty body": "",
    "dead wiki-link": "Over [[Homms]].",
    "link to an article": "Zie [[van-kalifaat-tot-baghouz]].",
    "link to an alias": "Over [[Al-Sukhnah]] en [[Mayadin]].",
    "citation markers": "Over [[sukhna]].[@testbron-uit-de-bouwer, 2] Eerder al.[@rutba-aanval-2020]",
}


VALID = {
    "valid", "valid url", "single number", "figure without place", "link to an article", "link to an alias",
    "claimed by IS", "claimed by IS, status", "state media, more precise", "another party named", "established",
    "no known place", "own themes", "correction", "qualifier bijna", "counted with its unit", "two claimants, one quantity",
    "a new place", "a new building within a city",
}  # fmt: skip
# Valid once the check knows the date forms and citations of issue 22 (docs/notes: citations-spec); the two
# sides must agree on them either way.
VERSION_DEPENDENT = {"dates: since May", "dates: until April", "dates: some day in April", "citation markers"}


def cited(body: str) -> str:
    """With citations (issue 22) every paragraph names its source: the same bodies, each paragraph cited."""
    if "passages" not in article_json_schema()["$defs"]["EventEntry"]["properties"] or not body.strip():
        return body
    return "\n\n".join(p if "[@" in p else p + f" [@{SLUG}, 1]" for p in body.split("\n\n"))


def article_cases() -> list[tuple[str, dict, str, str]]:
    cases = []
    for name, changes in CASES.items():
        front = copy.deepcopy(BASE)
        for change in changes:
            change(front)
        cases.append((name, front, cited(BODY), SLUG))
    cases += [(name, copy.deepcopy(BASE), cited(body), SLUG) for name, body in BODIES.items()]
    cases.append(("slug of a place", copy.deepcopy(BASE), cited(BODY), "homs"))
    return cases


def python_fields(project, slug: str, text: str) -> list[str]:
    target = project / "content" / "articles" / f"{slug}.md"
    target.write_text(text, encoding="utf-8")
    try:
        build_corpus(project / "content")
        return []
    except ContentError as error:
        return sorted({p.field for p in error.problems}) or ["?"]
    finally:
        target.unlink()


def test_articles_agree_with_the_python_check(corpus, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    cases = article_cases()
    verdicts = run_builder(site_data(corpus), articles=[{"front": f, "body": b, "slug": s} for _, f, b, s in cases])
    disagreements = []
    for (name, _, _, slug), verdict in zip(cases, verdicts["articles"]):
        python = python_fields(project, slug, verdict["text"])
        builder = sorted({p["field"] for p in verdict["problems"]})
        if bool(python) != bool(builder):
            disagreements.append((name, python, builder))
    assert not disagreements, disagreements
    valid = {name for (name, *_), verdict in zip(cases, verdicts["articles"]) if not verdict["problems"]}
    assert valid >= VALID, VALID - valid
    assert not valid - VALID - VERSION_DEPENDENT, valid - VALID
    assert len(cases) >= 68  # 29 before the fields of issue 25


def test_a_reference_with_its_passages_agrees(corpus, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    front = copy.deepcopy(BASE)
    front["events"][1] = {"id": "rutba-aanval-2020", "passages": [4]}
    verdict = run_builder(site_data(corpus), articles=[{"front": front, "body": BODY, "slug": SLUG}])["articles"][0]
    assert python_fields(project, SLUG, verdict["text"]) == [] == verdict["problems"]


def test_the_builders_file_is_in_the_house_style(corpus):
    """A new article as the project writes its files: text and dates quoted, slugs plain, lists and ranges in one line."""
    text = run_builder(site_data(corpus), articles=[{"front": BASE, "body": BODY, "slug": SLUG}])["articles"][0]["text"]
    assert text.startswith('---\ntitle: "Testbron uit de bouwer"\n')
    assert 'published: "2020-04"' in text and 'date: "2020-04~"' in text and "  - id: testbron-tweede-gebeurtenis-2020\n" in text
    assert '    date: "[2020-04-01..2020-04-20]"\n' in text
    assert "themes: [opstand]\nlocations: [sukhna, syrie]\n" in text
    assert "    value: {low: 3, high: 5}\n" in text and '    qualifier: "minstens"\n' in text
    assert text.endswith("---\n" + BODY + "\n")


def test_two_new_places_and_their_checks_agree(corpus, tmp_path):
    """Places an article brings in its own front matter: the builder and the check accept and refuse the same."""
    front = copy.deepcopy(BASE)
    front["new_places"] = {
        "testdorp-al-qaim": NEW_PLACE,
        "testgehucht": {**NEW_PLACE, "name": "Testgehucht", "aliases": [], "lat": 34.6},
    }
    front["events"][0]["location"] = "testgehucht"
    verdict = run_builder(site_data(corpus), articles=[{"front": front, "body": BODY + " [[testgehucht]]", "slug": SLUG}])[
        "articles"
    ][0]
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    assert verdict["problems"] == [] and python_fields(project, SLUG, verdict["text"]) == []
    assert (
        'new_places:\n  testdorp-al-qaim:\n    name: "Testdorp Al-Qaim"\n    aliases: ["Testdorp Qaim"]\n    kind: dorp\n'
        in verdict["text"]
    )


# ---- finding places ----------------------------------------------------------------------------------


def test_places_are_found_by_every_spelling(corpus):
    """The issue's spellings, near spellings and the choice between a city and its province."""
    wanted = {
        "Sukhnah": "sukhna", "As-Sukhnah": "sukhna", "Al-Sukhnah": "sukhna", "Sukna": "sukhna", "Mayadin": "mayadeen",
        "Al Mayadin": "mayadeen", "Hasakeh": "hasaka", "Al-Hasakah": "hasaka", "Rakka": "raqqa", "Fallouja": "falluja",
        "Kobane": "kobani", "Baghuz": "baghouz", "Tadmur": "palmyra", "Deir al-Zor": "deir-ez-zor",
    }  # fmt: skip
    found = run_builder(site_data(corpus), searches=[*wanted, "Deir ez-Zor"])["searches"]
    assert [hits[0] if hits else None for hits in found[:-1]] == list(wanted.values())
    assert found[-1][:2] == ["deir-ez-zor", "provincie-deir-ez-zor"], "the city and the province, side by side"


# ---- editing existing files -------------------------------------------------------------------------


def content_files() -> list[dict]:
    """Every article, theme and place of the real content and of the fixtures, as the site publishes their files."""
    jobs = []
    for content in (ROOT / "content", ROOT / "tests" / "fixtures" / "mini" / "content"):
        files = [
            (kind, path)
            for kind, folder in (("article", "articles"), ("theme", "themes"))
            for path in sorted((content / folder).glob("*.md"))
        ]
        jobs += [{"source": source_of(path), "target": {"kind": kind, "slug": path.stem}} for kind, path in files]
        gazetteer = content / "locations.yml"
        jobs += [
            {"source": source_of(gazetteer), "target": {"kind": "place", "slug": slug}}
            for slug in yaml.safe_load(gazetteer.read_text(encoding="utf-8"))
        ]
    return jobs


def source_of(path) -> dict:
    return {"path": str(path), "text": path.read_bytes().decode()}


def test_a_round_trip_without_changes_gives_back_every_file_byte_for_byte(corpus):
    jobs = content_files()
    texts = run_builder(site_data(corpus), files=jobs)["roundtrips"]
    assert len(jobs) > 50 and sum(job["target"]["kind"] == "article" for job in jobs) >= 7
    changed = [
        job["source"]["path"] + ":" + job["target"]["slug"] for job, text in zip(jobs, texts) if text != job["source"]["text"]
    ]
    assert changed == []


def test_an_edit_changes_only_its_lines_and_asks_for_a_correction(corpus, tmp_path):
    """A date changed in a real article: one line differs, the change is listed in Dutch as factual, and with
    its correction the file passes the check."""
    path = ROOT / "content" / "articles" / "is-rukt-op-in-syrische-woestijn.md"
    original = path.read_text(encoding="utf-8")
    job = {
        "source": {"path": "content/articles/is-rukt-op-in-syrische-woestijn.md", "text": original},
        "target": {"kind": "article", "slug": path.stem},
        "owns": {"article": path.stem, "places": []},
        "set": [["events.0.date", "2020-02/2020-04"], ["correction", "Hier stond dat het offensief in maart begon."]],
    }
    style = {**job, "set": [["summary", original.split('summary: "')[1].split('"')[0] + " Dat staat nu vast."]]}
    done, styled = run_builder(site_data(corpus), edits=[job, style])["edits"]
    removed = [line for line in original.splitlines() if line not in done["text"].splitlines()]
    added = [line for line in done["text"].splitlines() if line not in original.splitlines()]
    assert removed == ['    date: "2020-03/2020-04"']
    assert added[0] == '    date: "2020-02/2020-04"' and added[-1] == '    text: "Hier stond dat het offensief in maart begon."'
    date = next(c for c in done["changes"] if c["field"] == "datum")
    assert date == {"where": "Gebeurtenis 'IS begint opmars vanuit de Syrische woestijn'", "field": "datum",
                    "before": "van maart 2020 tot en met april 2020", "after": "van februari 2020 tot en met april 2020", "factual": True}  # fmt: skip
    assert done["problems"] == []
    assert not any(c["factual"] for c in styled["changes"]), "a style edit asks for no correction"
    project = tmp_path / "project"
    shutil.copytree(ROOT / "content", project / "content")
    (project / "content" / "articles" / path.name).write_text(done["text"], encoding="utf-8")
    corpus_after = build_corpus(project / "content")
    assert corpus_after.articles[path.stem].corrections[-1].text == "Hier stond dat het offensief in maart begon."


def test_a_place_of_the_gazetteer_is_edited_in_place(corpus):
    gazetteer = ROOT / "content" / "locations.yml"
    text = gazetteer.read_text(encoding="utf-8")
    job = {
        "source": {"path": "content/locations.yml", "text": text},
        "target": {"kind": "place", "slug": "sukhna"},
        "set": [["place.aliases", "Al-Sukhnah, As-Sukhnah, Sukhnah"], ["place.lat", "34.89"]],
    }
    done = run_builder(site_data(corpus), edits=[job])["edits"][0]
    removed = [line for line in text.splitlines() if line not in done["text"].splitlines()]
    assert removed == ['  aliases: ["Al-Sukhnah"]', "  lat: 34.88"]
    assert {(c["field"], c["factual"]) for c in done["changes"]} == {("andere schrijfwijzen", False), ("breedtegraad", True)}


def test_the_library_bundle_is_deterministic(tmp_path):
    """scripts/bundle.sh (run by setup.sh) gives the same bytes every time: the served file is reproducible."""
    outputs = [tmp_path / "a.js", tmp_path / "b.js"]
    for output in outputs:
        subprocess.run(["bash", str(ROOT / "scripts" / "bundle.sh"), str(output)], check=True, timeout=120)
    installed = ROOT / "node_modules" / ".explainer" / "builder-libs.js"
    assert outputs[0].read_bytes() == outputs[1].read_bytes() == installed.read_bytes()
    assert str(ROOT) not in outputs[0].read_text(encoding="utf-8"), "no absolute paths in the bundle"
