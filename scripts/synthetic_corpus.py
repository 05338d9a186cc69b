#!/usr/bin/env python3
"""Synthetic content for benchmarks: a content/ tree of any size, and a plain-Markdown baseline.

    python scripts/synthetic_corpus.py content  --articles 1000 --out /tmp/synth/content [--seed 1]
    python scripts/synthetic_corpus.py plain    --pages 1100    --out /tmp/plain/docs    [--seed 1]

`content` writes articles/, themes/, locations.yml and periods.yml in the format of
CONTRIBUTING.md (about 8 events and 1-4 figures per article, ~65 places with aliases,
6 themes, events that a second article reports with only `- id:`, wiki-links, EDTF dates
of every kind the site supports, passages on every event entry and figure, and a citation
marker after every sentence of the prose). `plain` writes index.md plus plain Markdown pages of
about the length of a generated article page (headings, paragraphs, a list, a table and
links), for "plain Material building the same number of pages".

All text is Dutch-looking filler assembled from the word lists below; nothing comes from
the sources. The output depends only on the arguments: every choice is drawn from one
random.Random(seed). The script needs only the standard library.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# ---- the gazetteer: (slug, name, kind, country, within, lat, lon, aliases) ------------------

PLACES = [
    ("syrie", "Syrië", "land", None, None, 34.80, 38.99, []),
    ("irak", "Irak", "land", None, None, 33.22, 43.68, []),
    ("turkije", "Turkije", "land", None, None, 39.00, 35.24, []),
    ("jordanie", "Jordanië", "land", None, None, 31.24, 36.51, []),
    ("libanon", "Libanon", "land", None, None, 33.85, 35.86, []),
    ("iran", "Iran", "land", None, None, 32.43, 53.69, []),
    ("nederland", "Nederland", "land", None, None, 52.13, 5.29, []),
    ("verenigde-staten", "Verenigde Staten", "land", None, None, 39.83, -98.58, ["VS", "Amerika"]),
    ("noordoost-syrie", "Noordoost-Syrië", "regio", "syrie", None, 36.60, 40.60, ["Rojava"]),
    ("oost-syrie", "Oost-Syrië", "regio", "syrie", None, 35.00, 40.20, []),
    ("syrische-woestijn", "Syrische woestijn", "gebied", "syrie", None, 34.50, 38.50, ["Badia"]),
    ("provincie-deir-ez-zor", "Provincie Deir ez-Zor", "provincie", "syrie", "oost-syrie", 35.20, 40.00, []),
    ("provincie-raqqa", "Provincie Raqqa", "provincie", "syrie", None, 35.90, 38.90, []),
    ("koerdistan", "Iraaks Koerdistan", "regio", "irak", None, 36.40, 44.30, ["Koerdische Autonome Regio"]),
    ("anbar", "Anbar", "provincie", "irak", None, 33.40, 42.00, ["Al-Anbar"]),
    ("ninive", "Ninive", "provincie", "irak", None, 36.20, 42.50, ["Nineveh"]),
    ("salahuddin", "Salahuddin", "provincie", "irak", None, 34.50, 43.60, ["Salah ad-Din"]),
    ("diyala", "Diyala", "provincie", "irak", None, 33.80, 45.00, []),
    ("raqqa", "Raqqa", "stad", "syrie", "provincie-raqqa", 35.95, 39.01, ["Rakka", "Ar-Raqqah"]),
    ("deir-ez-zor", "Deir ez-Zor", "stad", "syrie", "provincie-deir-ez-zor", 35.33, 40.14, ["Deir al-Zour"]),
    ("homs", "Homs", "stad", "syrie", None, 34.73, 36.71, ["Hims"]),
    ("palmyra", "Palmyra", "stad", "syrie", "syrische-woestijn", 34.56, 38.28, ["Tadmur"]),
    ("sukhna", "Sukhna", "stad", "syrie", "syrische-woestijn", 34.89, 38.87, ["Al-Sukhnah"]),
    ("hasaka", "Hasaka", "stad", "syrie", "noordoost-syrie", 36.50, 40.75, ["Hasakeh", "Al-Hasakah"]),
    ("qamishli", "Qamishli", "stad", "syrie", "noordoost-syrie", 37.05, 41.22, []),
    ("kobani", "Kobani", "stad", "syrie", None, 36.89, 38.35, ["Ain al-Arab"]),
    ("manbij", "Manbij", "stad", "syrie", None, 36.53, 37.95, []),
    ("aleppo", "Aleppo", "stad", "syrie", None, 36.20, 37.16, ["Halab"]),
    ("damascus", "Damascus", "stad", "syrie", None, 33.51, 36.29, ["Dimashq"]),
    ("idlib", "Idlib", "stad", "syrie", None, 35.93, 36.63, []),
    ("albukamal", "Albukamal", "stad", "syrie", "provincie-deir-ez-zor", 34.45, 40.92, ["Abu Kamal"]),
    ("baghouz", "Baghouz", "dorp", "syrie", "provincie-deir-ez-zor", 34.48, 40.95, ["Al-Baghuz"]),
    ("mayadin", "Mayadin", "stad", "syrie", "provincie-deir-ez-zor", 35.02, 40.45, ["Al-Mayadin"]),
    ("hajin", "Hajin", "dorp", "syrie", "provincie-deir-ez-zor", 34.69, 40.83, []),
    ("al-hol", "Al-Hol", "gebied", "syrie", "noordoost-syrie", 36.38, 41.15, ["Al-Hawl"]),
    ("tabqa", "Tabqa", "stad", "syrie", "provincie-raqqa", 35.83, 38.55, []),
    ("dabiq", "Dabiq", "dorp", "syrie", None, 36.54, 37.27, []),
    ("jarabulus", "Jarabulus", "stad", "syrie", None, 36.82, 38.01, []),
    ("al-bab", "Al-Bab", "stad", "syrie", None, 36.37, 37.52, []),
    ("daraa", "Daraa", "stad", "syrie", None, 32.62, 36.10, ["Deraa"]),
    ("al-tanf", "Al-Tanf", "basis", "syrie", "syrische-woestijn", 33.50, 38.66, []),
    ("shaddadi", "Shaddadi", "stad", "syrie", "noordoost-syrie", 36.06, 40.73, ["Al-Shaddadi"]),
    ("ghuwayran-gevangenis", "Ghuwayran-gevangenis", "gebouw", "syrie", "hasaka", 36.48, 40.73, []),
    ("mosul", "Mosul", "stad", "irak", "ninive", 36.34, 43.13, ["Mosoel"]),
    ("al-nuri-moskee", "Al-Nuri-moskee", "gebouw", "irak", "mosul", 36.345, 43.125, []),
    ("bagdad", "Bagdad", "stad", "irak", None, 33.31, 44.36, ["Baghdad"]),
    ("kirkuk", "Kirkuk", "stad", "irak", None, 35.47, 44.39, []),
    ("tikrit", "Tikrit", "stad", "irak", "salahuddin", 34.60, 43.68, []),
    ("samarra", "Samarra", "stad", "irak", "salahuddin", 34.20, 43.87, []),
    ("fallujah", "Fallujah", "stad", "irak", "anbar", 33.35, 43.78, ["Falluja"]),
    ("ramadi", "Ramadi", "stad", "irak", "anbar", 33.42, 43.30, []),
    ("rutba", "Rutba", "stad", "irak", "anbar", 33.04, 40.28, ["Ar-Rutbah"]),
    ("haditha", "Haditha", "stad", "irak", "anbar", 34.14, 42.38, []),
    ("al-qaim", "Al-Qaim", "stad", "irak", "anbar", 34.37, 41.09, []),
    ("tal-afar", "Tal Afar", "stad", "irak", "ninive", 36.37, 42.45, []),
    ("sinjar", "Sinjar", "stad", "irak", "ninive", 36.32, 41.87, ["Shingal"]),
    ("erbil", "Erbil", "stad", "irak", "koerdistan", 36.19, 44.01, ["Arbil", "Hewler"]),
    ("baiji", "Baiji", "stad", "irak", "salahuddin", 34.93, 43.49, []),
    ("qayyarah", "Qayyarah", "stad", "irak", "ninive", 35.80, 43.29, []),
    ("ain-al-asad", "Ain al-Asad", "basis", "irak", "anbar", 33.80, 42.44, []),
    ("hawija", "Hawija", "stad", "irak", None, 35.32, 43.77, []),
    ("baquba", "Baquba", "stad", "irak", "diyala", 33.75, 44.64, ["Baqubah"]),
    ("makhmour", "Makhmour", "stad", "irak", None, 35.78, 43.58, []),
    ("hamrin", "Hamrin-gebergte", "gebied", "irak", None, 34.50, 44.50, []),
    ("istanboel", "Istanboel", "stad", "turkije", None, 41.01, 28.98, ["Istanbul"]),
    ("gaziantep", "Gaziantep", "stad", "turkije", None, 37.07, 37.38, ["Antep"]),
    ("amman", "Amman", "stad", "jordanie", None, 31.95, 35.93, []),
    ("beiroet", "Beiroet", "stad", "libanon", None, 33.89, 35.50, ["Beirut"]),
    ("den-haag", "Den Haag", "stad", "nederland", None, 52.08, 4.30, ["'s-Gravenhage"]),
    ("teheran", "Teheran", "stad", "iran", None, 35.69, 51.39, ["Tehran"]),
]

# (slug, title, summary, keywords for event ids and headlines)
THEMES = [
    (
        "opstand",
        "Opstand en aanslagen",
        "Hoe de groep na het verlies van grondgebied weer aanvallen pleegt.",
        ["aanval", "aanslag", "hinderlaag", "offensief"],
    ),
    (
        "propaganda",
        "Propaganda",
        "Video's, bladen en berichten waarmee de groep zich presenteert.",
        ["video", "boodschap", "campagne", "blad"],
    ),
    (
        "gevangenen",
        "Gevangenen en kampen",
        "Wat er gebeurt met strijders en families in gevangenschap.",
        ["uitbraak", "opstand", "overplaatsing", "repatriering"],
    ),
    (
        "coalitie",
        "De coalitie",
        "Wat de internationale coalitie doet en laat.",
        ["terugtrekking", "overdracht", "luchtaanval", "missie"],
    ),
    (
        "kalifaat",
        "Het kalifaat",
        "Opkomst en val van het gebied dat de groep bestuurde.",
        ["verovering", "val", "belegering", "bevrijding"],
    ),
    (
        "leiders",
        "Leiders",
        "Wie de groep leidt en wat er met die leiders gebeurt.",
        ["benoeming", "dood", "arrestatie", "toespraak"],
    ),
]

# ---- Dutch-looking filler (assembled at random, never copied) --------------------------------

SUBJECTS = [
    "de strijders",
    "de groep",
    "het Iraakse leger",
    "de Syrische Koerden",
    "de coalitie",
    "lokale bewoners",
    "een woordvoerder van het leger",
    "waarnemers ter plaatse",
    "de regering",
    "analisten",
    "mensenrechtenorganisaties",
    "de Amerikaanse troepen",
    "slapende cellen",
    "de bewakers",
    "een lokale journalist",
    "de gouverneur",
    "stamleiders",
    "hulporganisaties",
    "de inlichtingendienst",
    "oud-strijders",
    "de militie",
    "het ministerie van Defensie",
]
VERBS = [
    "meldden",
    "bevestigden",
    "ontkenden",
    "vreesden",
    "zagen",
    "beschreven",
    "noemden",
    "onderzochten",
    "verwachtten",
    "waarschuwden voor",
    "bespraken",
    "documenteerden",
    "betwistten",
    "voorspelden",
]
OBJECTS = [
    "een reeks aanslagen",
    "nieuwe aanvallen op controleposten",
    "de terugtrekking van buitenlandse troepen",
    "een uitbraak uit de gevangenis",
    "de verspreiding van propaganda",
    "een toename van ontvoeringen",
    "het verlies van grondgebied",
    "de heropbouw van netwerken",
    "spanningen tussen stammen",
    "een tekort aan bewaking",
    "de financiering via afpersing",
    "nieuwe rekruten",
    "de overdracht van bases",
    "gevechten langs de rivier",
    "een hinderlaag op de weg",
    "de terugkeer van ontheemden",
    "een golf van arrestaties",
    "de val van een dorp",
    "de aanleg van wegversperringen",
]
ADVERBIALS = [
    "in de weken daarna",
    "volgens lokale bronnen",
    "zonder veel aandacht van buiten",
    "rond de stad",
    "in het grensgebied",
    "aan het begin van het jaar",
    "na maanden van relatieve rust",
    "ondanks eerdere beloften",
    "in de nacht",
    "langs de oevers van de Eufraat",
    "op klaarlichte dag",
    "kort daarna",
    "tegen het einde van de zomer",
    "voor het eerst sinds jaren",
    "in alle stilte",
]
CLAUSES = [
    "omdat de bewaking tekortschoot",
    "terwijl de aandacht elders lag",
    "hoewel niemand dat bevestigde",
    "zodat de bevolking opnieuw op de vlucht sloeg",
    "waarna het leger versterkingen stuurde",
    "maar de cijfers bleven onzeker",
    "al bleef de precieze datum onduidelijk",
    "wat de verhoudingen in de regio verder onder druk zette",
]
HEADINGS = [
    "Achtergrond",
    "Wat er gebeurde",
    "De gevolgen",
    "Twijfel over de cijfers",
    "Reacties",
    "Een lange voorgeschiedenis",
    "Wat de bron niet zegt",
    "De rol van de buurlanden",
    "Vooruitblik",
]
HEADLINE_START = ["Nieuwe", "Zorgen over", "Onrust rond", "Terugblik op", "Vragen over", "Strijd om", "Stilte na"]
HEADLINE_NOUNS = [
    "aanvallen",
    "gevangenen",
    "propaganda",
    "controleposten",
    "terugtrekking",
    "netwerken",
    "kampen",
    "rekruten",
    "bases",
    "grensgebied",
    "leiders",
    "cellen",
]
UNITS = [
    "strijders",
    "gevangenen",
    "aanslagen",
    "doden",
    "gewonden",
    "ontheemden",
    "militairen",
    "dorpen",
    "vrouwen en kinderen",
    "video's",
]
FIGURE_LABELS = [
    "Actieve strijders",
    "Gevangen strijders",
    "Aanslagen per maand",
    "Burgerslachtoffers",
    "Ontheemde gezinnen",
    "Buitenlandse militairen",
    "Heroverde dorpen",
    "Bewoners van het kamp",
]
CLAIMANTS = [
    "de Verenigde Naties",
    "het Iraakse leger",
    "Koerdische functionarissen",
    "Amerikaanse inlichtingendiensten",
    "een monitorgroep",
    "de krant zelf",
    "lokale artsen",
    "een denktank",
    "het Pentagon",
    "de Syrische staatsmedia",
]
PUBLISHERS = ["Dagblad van het Noorden", "Het Avondnieuws", "Weekblad Oost", "De Middenkrant", "Persbureau Zuid"]
AUTHORS = ["Anna de Vries", "Pieter Jansen", "Fatima El Amrani", "Jeroen Bakker", "Sanne Visser", "Yusuf Demir"]
QUALIFIERS = ["ongeveer", "minstens", "meer dan", "minder dan"]

FIRST_DAY, LAST_DAY = dt.date(2013, 1, 1), dt.date(2024, 12, 31)


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


# ---- EDTF dates of every supported kind ----------------------------------------------------


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def edtf_date(rng: random.Random, anchor: dt.date) -> str:
    """A random EDTF date for a happening on or shortly before anchor. About one in twelve becomes a
    window or an open end, drawn from a generator of its own (seeded by the date): the corpus that
    rng makes stays the one the tests were written against."""
    date = _level_1_date(rng, anchor)
    other = random.Random(f"{anchor.isoformat()} {date}")
    if other.random() < 1 / 12:
        return _window(other.choice(["window", "window", "window", "before", "until", "since"]), other, anchor)
    return date


def _level_1_date(rng: random.Random, anchor: dt.date) -> str:
    """A random EDTF level 0/1 string for a happening on or shortly before anchor."""
    y, m, d = anchor.year, anchor.month, min(anchor.day, 28)
    last = calendar.monthrange(y, m)[1]
    kind = rng.choices(
        [
            "day",
            "month",
            "year",
            "month~",
            "month?",
            "month%",
            "day?",
            "day~",
            "month-part",
            "year-part",
            "month-range",
            "approx-range",
            "season",
            "easter",
            "year-range",
            "day-range",
        ],
        weights=[26, 18, 4, 5, 3, 2, 2, 2, 9, 5, 8, 3, 4, 1, 3, 5],
    )[0]
    if kind == "day":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if kind == "month":
        return f"{y:04d}-{m:02d}"
    if kind == "year":
        return f"{y:04d}"
    if kind in ("month~", "month?", "month%"):
        return f"{y:04d}-{m:02d}{kind[-1]}"
    if kind in ("day?", "day~"):
        return f"{y:04d}-{m:02d}-{d:02d}{kind[-1]}"
    if kind == "month-part":  # begin / medio / eind <month>
        first, end = rng.choice([(1, 10), (11, 20), (21, last)])
        return f"{y:04d}-{m:02d}-{first:02d}/{y:04d}-{m:02d}-{end:02d}"
    if kind == "year-part":  # begin / medio / eind <year>
        first, end = rng.choice([(1, 4), (5, 8), (9, 12)])
        return f"{y:04d}-{first:02d}/{y:04d}-{end:02d}"
    if kind == "month-range":
        start = _shift_months(anchor, -rng.randint(1, 5))
        return f"{start.year:04d}-{start.month:02d}/{y:04d}-{m:02d}"
    if kind == "approx-range":
        first = rng.choice([1, 5, 9])
        return f"{y:04d}-{first:02d}~/{y:04d}-{first + 3:02d}~"
    if kind == "season":
        return f"{y:04d}-{rng.choice([21, 22, 23, 24])}"
    if kind == "easter":
        sunday = _easter(y)
        saturday, monday = sunday - dt.timedelta(days=1), sunday + dt.timedelta(days=1)
        return f"{saturday.isoformat()}/{monday.isoformat()}"
    if kind == "year-range":
        return f"{y - rng.randint(1, 3):04d}/{y:04d}"
    start = anchor - dt.timedelta(days=rng.randint(1, 20))  # day-range
    return f"{start.isoformat()}/{anchor.isoformat()}"


def _window(kind: str, rng: random.Random, anchor: dt.date) -> str:
    """Once somewhere between two days, once on or before a month, lasted until a month, since a month."""
    month = f"{anchor.year:04d}-{anchor.month:02d}"
    if kind == "window":
        return f"[{(anchor - dt.timedelta(days=rng.randint(2, 40))).isoformat()}..{anchor.isoformat()}]"
    return {"before": f"[..{month}]", "until": f"/{month}", "since": f"{month}/.."}[kind]


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the letters of the published Easter algorithm
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def random_day(rng: random.Random, first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> dt.date:
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


# ---- text -------------------------------------------------------------------------------------


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def sentence(self, link: str | None = None) -> str:
        r = self.rng
        subject, verb, obj, adverbial = r.choice(SUBJECTS), r.choice(VERBS), r.choice(OBJECTS), r.choice(ADVERBIALS)
        if link:
            adverbial = f"{adverbial} in {link}" if r.random() < 0.5 else f"bij {link}"
        # Dutch main clauses put the verb second
        text = f"{subject} {verb} {adverbial} {obj}" if r.random() < 0.5 else f"{adverbial} {verb} {subject} {obj}"
        if r.random() < 0.35:
            text += f", {r.choice(CLAUSES)}"
        if r.random() < 0.15:
            text += f"; het ging om {r.choice(QUALIFIERS)} {r.randint(3, 4000)} {r.choice(UNITS)}"
        return text[0].upper() + text[1:] + "."

    def paragraph(self, links: list[str], sentences: tuple = (3, 6)) -> str:
        count = self.rng.randint(*sentences)
        chosen = [self.rng.choice(links) if links and self.rng.random() < 0.3 else None for _ in range(count)]
        return " ".join(self.sentence(link) for link in chosen)

    def summary(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(1, 2)))

    def body(self, links: list[str], paragraphs: tuple = (7, 11), headings: bool = True) -> str:
        parts = []
        titles = self.rng.sample(HEADINGS, 4)
        for i in range(self.rng.randint(*paragraphs)):
            if headings and i and i % 3 == 0 and titles:
                parts.append(f"## {titles.pop()}")
            parts.append(self.paragraph(links))
        return "\n\n".join(parts) + "\n"


# ---- the content tree ---------------------------------------------------------------------------


@dataclass
class EventDef:
    id: str
    date: str
    title: str
    location: str
    themes: list | None
    summary: str
    passages: list = field(default_factory=list)


@dataclass
class ArticleSpec:
    slug: str
    title: str
    summary: str
    published: str
    published_day: dt.date
    source: dict
    themes: list
    locations: list
    events: list = field(default_factory=list)  # EventDef or (id, passages) (a reference)
    figures: list = field(default_factory=list)
    body: str = ""
    passage_count: int = 12


def _link(rng: random.Random, slug: str, name: str, aliases: list) -> str:
    """A wiki-link in one of the documented forms: [[slug]], [[slug|text]], [[Alias]]."""
    roll = rng.random()
    if aliases and roll < 0.2:
        return f"[[{rng.choice(aliases)}]]"
    if roll < 0.6:
        return f"[[{slug}|{name}]]"
    return f"[[{slug}]]"


def generate_content(target: Path, articles: int, seed: int = 1) -> dict:
    """Write a content tree with `articles` articles into target (emptied first). Returns counts."""
    rng = random.Random(seed)
    writer = Writer(rng)
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    (target / "articles").mkdir(parents=True)
    (target / "themes").mkdir()

    places = {p[0]: p for p in PLACES}
    event_places = [p[0] for p in PLACES if p[2] not in ("land",)] + ["syrie", "irak"]
    taken = set(places) | {slugify(a) for p in PLACES for a in p[7]} | {t[0] for t in THEMES}
    theme_slugs = [t[0] for t in THEMES]
    keywords = {t[0]: t[3] for t in THEMES}

    specs: list[ArticleSpec] = []
    defined: list[EventDef] = []
    counter = 0
    for index in range(articles):
        published_day = random_day(rng, dt.date(2014, 6, 1), LAST_DAY)
        kind = rng.choices(["month", "day", "year"], weights=[70, 25, 5])[0]
        published = {"month": published_day.strftime("%Y-%m"), "day": published_day.isoformat(), "year": str(published_day.year)}[
            kind
        ]
        themes = rng.sample(theme_slugs, rng.choices([1, 2, 3], weights=[3, 4, 2])[0])
        locations = rng.sample(event_places, rng.randint(2, 6))
        anchor_place = places[locations[0]][1]
        title = f"{rng.choice(HEADLINE_START)} {rng.choice(HEADLINE_NOUNS)} in {anchor_place}"
        slug = slugify(title)
        if slug in taken:
            slug = f"{slug}-{index + 1}"
        taken.add(slug)
        source = {"note": f"Synthetisch artikel nummer {index + 1} voor de benchmark; bron verzonnen."}
        if rng.random() < 0.6:
            source["title"] = writer.sentence()[:-1]
        if rng.random() < 0.5:
            source["author"] = rng.choice(AUTHORS)
        if rng.random() < 0.7:
            source["publisher"] = rng.choice(PUBLISHERS)
        if rng.random() < 0.5:
            source["url"] = f"https://nieuws.example.org/{published_day.year}/{slug}"
        spec = ArticleSpec(slug, title, writer.summary(), published, published_day, source, themes, locations)
        spec.passage_count = 8 + index % 12

        own_ids = set()
        for _ in range(rng.randint(6, 10)):
            counter += 1
            theme = rng.choice(themes)
            location = rng.choice(locations if rng.random() < 0.7 else event_places)
            anchor = max(FIRST_DAY, published_day - dt.timedelta(days=int(rng.expovariate(1 / 200))))
            date = edtf_date(rng, anchor)
            year = re.search(r"\d{4}", date).group(0)
            event_id = f"{location}-{rng.choice(keywords[theme])}-{year}-{counter}"
            event_themes = rng.sample(themes, rng.randint(1, len(themes))) if rng.random() < 0.5 else None
            title_event = f"{rng.choice(keywords[theme]).capitalize()} bij {places[location][1]} ({rng.choice(OBJECTS)})"
            summary = writer.summary()
            if rng.random() < 0.1:
                summary += " Volgens de ene bron was het eerder; volgens de andere later."
            event = EventDef(event_id, date, title_event, location, event_themes, summary, _passages(spec, counter))
            spec.events.append(event)
            defined.append(event)
            own_ids.add(event_id)
        earlier = [e for e in defined if e.id not in own_ids]
        for event in rng.sample(earlier, min(len(earlier), rng.choice([0, 0, 1, 1, 2]))):
            spec.events.append((event.id, _passages(spec, len(spec.events))))  # reported again: the id and passages

        for j in range(rng.randint(1, 4)):
            low = rng.choice([rng.randint(2, 90), rng.randint(100, 5000), rng.randint(5000, 60000)])
            value = {"low": low, "high": low + rng.randint(1, low)} if rng.random() < 0.35 else low
            spec.figures.append(
                {
                    "id": f"{slug}-cijfer-{j + 1}",
                    "label": rng.choice(FIGURE_LABELS),
                    "value": value,
                    "qualifier": rng.choice(QUALIFIERS) if rng.random() < 0.4 else None,
                    "unit": rng.choice(UNITS),
                    "date": edtf_date(rng, published_day),
                    "according_to": rng.choice(CLAIMANTS),
                    "location": rng.choice(locations) if rng.random() < 0.7 else None,
                    "passages": _passages(spec, j),
                }
            )

        links = [_link(rng, slug_, places[slug_][1], places[slug_][7]) for slug_ in locations]
        links += [f"[[{t}]]" for t in themes]
        links += [f"[[{other.slug}]]" for other in rng.sample(specs, min(len(specs), rng.randint(0, 3)))]
        spec.body = cited(writer.body(links), _citations(spec))
        specs.append(spec)

    for spec in specs:
        (target / "articles" / f"{spec.slug}.md").write_text(_article_text(spec), encoding="utf-8")
    for order, (slug, title, summary, _) in enumerate(THEMES, start=1):
        links = [f"[[{p}]]" for p in rng.sample(event_places, 4)] + [
            f"[[{s.slug}]]" for s in rng.sample(specs, min(3, len(specs)))
        ]
        sources = _citations(specs[order % len(specs)]) if specs else ["[@x, 1]"]
        body = cited(writer.body(links, paragraphs=(3, 5), headings=False), sources)
        text = f"---\ntitle: {q(title)}\nsummary: {q(cited(summary, sources))}\norder: {order}\n---\n" + body
        (target / "themes" / f"{slug}.md").write_text(text, encoding="utf-8")
    (target / "locations.yml").write_text(
        _gazetteer_text(rng, writer, [c for s in specs for c in _citations(s)]), encoding="utf-8"
    )
    (target / "periods.yml").write_text(_periods_text(defined), encoding="utf-8")
    return {
        "articles": len(specs),
        "events": len(defined),
        "event_entries": sum(len(s.events) for s in specs),
        "figures": sum(len(s.figures) for s in specs),
        "places": len(PLACES),
        "themes": len(THEMES),
    }


def _passages(spec: ArticleSpec, number: int) -> list:
    """One or two passage numbers of the article's source, within its passage count."""
    first = 1 + number % spec.passage_count
    return [first] if number % 3 else [first, 1 + (first % spec.passage_count)]


def _citations(spec: ArticleSpec) -> list:
    """The markers the prose about an article cites: its source's passages and its own events."""
    own = [event.id for event in spec.events if isinstance(event, EventDef)]
    markers = [f"[@{spec.slug}, {1 + i % spec.passage_count}]" for i in range(4)]
    return markers + [f"[@{event_id}]" for event_id in own[:3]] + [f"[@{spec.slug}, 2-3; @{own[0]}]"] if own else markers


def cited(text: str, sources: list) -> str:
    """The text with a citation marker after every sentence (not after headings), in turn from sources."""
    count = 0

    def marker(match: re.Match) -> str:
        nonlocal count
        count += 1
        return match.group(0) + sources[count % len(sources)]

    return "\n".join(line if line.startswith("## ") else re.sub(r"[.](?=\s|$)", marker, line) for line in text.split("\n"))


def _article_text(spec: ArticleSpec) -> str:
    lines = ["---", f"title: {q(spec.title)}", f"summary: {q(spec.summary)}", f"published: {q(spec.published)}", "source:"]
    lines += [f"  {key}: {q(value)}" for key, value in spec.source.items()]
    lines.append(f"  passage_count: {spec.passage_count}")
    lines.append(f"themes: [{', '.join(spec.themes)}]")
    lines.append(f"locations: [{', '.join(spec.locations)}]")
    lines.append("events:")
    for event in spec.events:
        if isinstance(event, tuple):
            lines += [f"  - id: {event[0]}", f"    passages: {event[1]}"]
            continue
        lines += [
            f"  - id: {event.id}",
            f"    date: {q(event.date)}",
            f"    title: {q(event.title)}",
            f"    location: {event.location}",
        ]
        if event.themes:
            lines.append(f"    themes: [{', '.join(event.themes)}]")
        lines += [f"    summary: {q(event.summary)}", f"    passages: {event.passages}"]
    lines.append("figures:")
    for figure in spec.figures:
        value = figure["value"]
        value = f"{{low: {value['low']}, high: {value['high']}}}" if isinstance(value, dict) else str(value)
        lines += [f"  - id: {figure['id']}", f"    label: {q(figure['label'])}", f"    value: {value}"]
        if figure["qualifier"]:
            lines.append(f"    qualifier: {q(figure['qualifier'])}")
        lines += [
            f"    unit: {q(figure['unit'])}",
            f"    date: {q(figure['date'])}",
            f"    according_to: {q(figure['according_to'])}",
        ]
        if figure["location"]:
            lines.append(f"    location: {figure['location']}")
        lines.append(f"    passages: {figure['passages']}")
    lines.append("---")
    return "\n".join(lines) + "\n" + spec.body


def _gazetteer_text(rng: random.Random, writer: Writer, sources: list) -> str:
    out = ["# Synthetische gazetteer voor de benchmark (coördinaten bij benadering).", ""]
    for index, (slug, name, kind, country, within, lat, lon, aliases) in enumerate(PLACES):
        out += [f"{slug}:", f"  name: {q(name)}", f"  aliases: [{', '.join(q(a) for a in aliases)}]", f"  kind: {kind}"]
        if country:
            out.append(f"  country: {country}")
        if within:
            out.append(f"  within: {within}")
        description = cited(writer.summary(), sources[index % len(sources) :] + sources[: index % len(sources)] or ["[@x, 1]"])
        out += [f"  lat: {lat:.3f}", f"  lon: {lon:.3f}", f"  description: {q(description)}", ""]
    return "\n".join(out)


def _periods_text(defined: list) -> str:
    if len(defined) < 3:
        return "[]\n"
    ordered = sorted(defined, key=lambda e: (re.search(r"\d{4}(-\d{2}){0,2}", e.date).group(0), e.id))  # its first date
    first, middle, late = ordered[0], ordered[len(ordered) // 2], ordered[(len(ordered) * 3) // 4]
    return (
        f'- slug: kalifaat\n  title: "Eerste periode"\n  from_event: {first.id}\n  until_event: {middle.id}\n'
        f'  description: "van de eerste tot een middelste gebeurtenis.[@{first.id}; @{middle.id}]"\n'
        f'- slug: corona\n  title: "Tweede periode"\n  from_event: {late.id}\n'
    )


MARKER = re.compile(r"\[@[^\[\]]*\]")


def cite_docs(docs: Path, content: Path) -> None:
    """The hand-written pages of a copied docs/ cite the real sources. Over synthetic content, each of
    their citation markers cites the first synthetic article's source instead, so they still cite."""
    slug = sorted((Path(content) / "articles").glob("*.md"))[0].stem
    for page in Path(docs).rglob("*.md"):
        if "overrides" not in page.relative_to(docs).parts:
            page.write_text(MARKER.sub(f"[@{slug}, 1]", page.read_text(encoding="utf-8")), encoding="utf-8")


# ---- the plain-Markdown baseline --------------------------------------------------------------


def generate_plain_docs(target: Path, pages: int, seed: int = 1) -> list[str]:
    """index.md plus pages-1 plain pages (pagina/pNNNNN.md) of about an article page's length.

    Returns the src paths of the pages, index first (for a bounded nav)."""
    rng = random.Random(seed)
    writer = Writer(rng)
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    (target / "pagina").mkdir(parents=True)
    names = [f"p{i:05d}" for i in range(1, pages)]
    (target / "index.md").write_text(
        "# Basislijn\n\nGewone Markdown-pagina's voor de benchmark.\n\n"
        + "".join(f"- [Pagina {n}](pagina/{n}.md)\n" for n in names[:20]),
        encoding="utf-8",
    )
    for name in names:
        links = [f"[{rng.choice(HEADLINE_NOUNS)}]({rng.choice(names)}.md)" for _ in range(3)]
        parts = [
            f"# {rng.choice(HEADLINE_START)} {rng.choice(HEADLINE_NOUNS)} ({name})",
            "",
            f"*{writer.summary()}*",
            "",
            writer.body(links),
            "## Gebeurtenissen",
            "",
        ]
        for _ in range(8):
            day = random_day(rng)
            parts.append(f"- **{day.day} {_MONTHS[day.month - 1]} {day.year}**: {writer.sentence()}")
            parts.append(f"  {writer.summary()}")
        parts += ["", "## Cijfers", "", "| Wat | Aantal | Volgens | Datum |", "|---|---:|---|---|"]
        for _ in range(rng.randint(1, 4)):
            parts.append(
                f"| {rng.choice(FIGURE_LABELS)} | {rng.randint(2, 60000)} | {rng.choice(CLAIMANTS)} | {random_day(rng).year} |"
            )
        parts += ["", "## Verwante pagina's", ""]
        parts += [f"- [{other}]({other}.md)" for other in rng.sample(names, min(5, len(names)))]
        (target / "pagina" / f"{name}.md").write_text("\n".join(parts) + "\n", encoding="utf-8")
    return ["index.md"] + [f"pagina/{n}.md" for n in names]


_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    content = commands.add_parser("content", help="write a synthetic content/ tree")
    content.add_argument("--articles", type=int, required=True)
    content.add_argument("--out", type=Path, required=True, help="the content folder to (re)write")
    content.add_argument("--seed", type=int, default=1)
    plain = commands.add_parser("plain", help="write plain Markdown pages (a docs folder)")
    plain.add_argument("--pages", type=int, required=True)
    plain.add_argument("--out", type=Path, required=True, help="the docs folder to (re)write")
    plain.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "content":
        counts = generate_content(args.out, args.articles, args.seed)
        print(f"Wrote {args.out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    else:
        written = generate_plain_docs(args.out, args.pages, args.seed)
        print(f"Wrote {args.out}: {len(written)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
