"""data/datapackage.json: a Frictionless Data Package that describes every open data file, with
its fields and types, the licence and the sources (validated in the tests with `frictionless`)."""

from __future__ import annotations

from typing import Any

from explainer import dates
from explainer.content import claims

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Naamsvermelding 4.0 Internationaal",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}


def _field(name: str, kind: str, description: str, **extra) -> dict:
    return {"name": name, "type": kind, "description": description, **extra}


DATE_FIELDS = [
    _field(
        "date",
        "string",
        "De datum zoals de bron die geeft, in EDTF (bijv. 2020-04, 2015-05~/2015-08~, [2020-04-25..2020-05-31], "
        "[..2014-06-28], /2016-11, 2020-05/..)",
    ),
    _field(
        "start",
        "date",
        "Eerste dag die de datum kan betekenen; bij een onbekend begin (open_start) de eerste dag van de grens die de bron geeft",
    ),
    _field(
        "end",
        "date",
        "Laatste dag die de datum kan betekenen; bij een open einde (open_end) de laatste dag van het begin dat de bron geeft",
    ),
    _field(
        "precision",
        "string",
        "Precisie van de datum: day, month, year, season; interval (duurde van start tot end) of window "
        "(gebeurde één keer, ergens tussen start en end)",
        constraints={"enum": ["day", "month", "year", "season", "interval", "window"]},
    ),
    _field("approximate", "boolean", "De datum is bij benadering (circa)"),
    _field("uncertain", "boolean", "De datum is onzeker (mogelijk)"),
    _field("open_start", "boolean", "De bron geeft geen begin: [..b] (uiterlijk b) of /b (duurde tot b)"),
    _field("open_end", "boolean", "Er is geen einde: a/.. (sinds a)"),
]


def _event_fields(lists: str) -> list[dict]:
    """The event columns; `lists` is the type of themes and sources ('array' in JSON, 'string' in CSV)."""
    joined = "" if lists == "array" else " (in CSV gescheiden door ;)"
    return [
        _field("id", "string", "Vaste naam van de gebeurtenis", constraints={"required": True, "unique": True}),
        _field("title", "string", "Korte titel in het Nederlands"),
        *DATE_FIELDS,
        _field("location", "string", "Slug van de plaats (zie locations.geojson); leeg als de bron geen plaats noemt"),
        _field("themes", lists, "Slugs van de thema's" + joined),
        _field("summary", "string", "Samenvatting in eigen woorden"),
        _field("sources", lists, "Slugs van de artikelen die de gebeurtenis melden, de definiërende eerst" + joined),
        _field(
            "passages",
            "object" if lists == "array" else "string",
            "Per bron de alinea's van de brontekst die de gebeurtenis melden"
            + (": {artikel-slug: [alinea, ...]}" if lists == "array" else ", als artikel:alinea,alinea;artikel:alinea"),
        ),
        _field("url", "string", "Adres van de gebeurtenis op de site", format="uri"),
        _field(
            "claimed_by",
            "string",
            "Op wiens woord de gebeurtenis rust (leeg: niet één partij)",
            constraints={"enum": list(claims.CLAIMANTS)},
        ),
        _field("claimed_by_name", "string", "Naam van die partij in het Nederlands"),
        _field(
            "status",
            "string",
            "Hoe de bronnen het brengen: vastgesteld, gemeld of geclaimd",
            constraints={"required": True, "enum": list(claims.STATUSES)},
        ),
    ]


ARTICLE_FIELDS = [
    _field("slug", "string", "Vaste naam van het artikel", constraints={"required": True, "unique": True}),
    _field("title", "string", "Onze kop"),
    _field("summary", "string", "Samenvatting in eigen woorden"),
    _field("published", "string", "Verschijningsdatum van de bron, in EDTF"),
    _field(
        "source",
        "object",
        "Wat we van de bron weten (title, author, publisher, url, note, passage_count: het aantal alinea's; onbekend = afwezig)",
    ),
    _field("themes", "array", "Slugs van de thema's"),
    _field("locations", "array", "Slugs van de plaatsen"),
    _field("events", "array", "Ids van de gebeurtenissen"),
    _field("figures", "array", "Ids van de cijfers"),
    _field("url", "string", "Adres van het artikel op de site", format="uri"),
]
FIGURE_FIELDS = [
    _field("id", "string", "Vaste naam van het cijfer", constraints={"required": True, "unique": True}),
    _field("label", "string", "Wat er geteld is"),
    _field("counted", "string", "Soort grootheid (het paneel op /cijfers/), uit een vaste lijst"),
    _field("low", "number", "Het getal, of de ondergrens van een bandbreedte"),
    _field("high", "number", "Het getal, of de bovengrens van een bandbreedte"),
    _field("qualifier", "string", "ongeveer, bijna, minstens, meer dan of minder dan"),
    _field("unit", "string", "Eenheid"),
    _field("date", "string", "Waar het cijfer op slaat, in EDTF"),
    _field("according_to", "string", "Wie het cijfer noemt"),
    _field("location", "string", "Slug van de plaats, als het cijfer bij een plaats hoort"),
    _field("source", "string", "Slug van het artikel"),
    _field("url", "string", "Adres van het cijfer op de site", format="uri"),
]
FIGURE_PASSAGES = "De alinea's van de brontekst van het artikel die het cijfer noemen"


def _figure_fields(lists: str) -> list[dict]:
    passages = _field("passages", lists, FIGURE_PASSAGES + ("" if lists == "array" else " (in CSV gescheiden door ,)"))
    return [*FIGURE_FIELDS[:-1], passages, FIGURE_FIELDS[-1]]


PLACE_FIELDS = [
    _field("slug", "string", "Vaste naam van de plaats", constraints={"required": True, "unique": True}),
    _field("name", "string", "Naam in het Nederlands"),
    _field("kind", "string", "Soort plaats (land, regio, provincie, stad, dorp, ...)"),
    _field("country", "string", "Slug van het land"),
    _field("lat", "number", "Breedtegraad (WGS84, decimale graden)"),
    _field("lon", "number", "Lengtegraad (WGS84, decimale graden)"),
    _field("event_count", "integer", "Aantal gebeurtenissen in en rond de plaats"),
    _field("url", "string", "Adres van de plaats op de site", format="uri"),
]
THEME_FIELDS = [
    _field("slug", "string", "Vaste naam van het thema", constraints={"required": True, "unique": True}),
    _field("title", "string", "Titel van het thema"),
    _field("summary", "string", "Samenvatting van het thema"),
    _field("url", "string", "Adres van het thema op de site", format="uri"),
]
CORRECTION_FIELDS = [
    _field("date", "date", "Dag waarop de correctie is doorgevoerd"),
    _field("text", "string", "Wat er fout was en wat het nu is"),
    _field("kind", "string", "Soort pagina", constraints={"enum": ["artikel", "thema", "plaats"]}),
    _field("page", "string", "Slug van de pagina"),
    _field("title", "string", "Titel van de pagina"),
    _field("url", "string", "Adres van de correctie op de pagina", format="uri"),
]


def _table(name: str, path: str, fmt: str, title: str, fields: list[dict]) -> dict:
    resource: dict[str, Any] = {
        "name": name,
        "path": path,
        "type": "table",
        "format": fmt,
        "title": title,
        "mediatype": "text/csv" if fmt == "csv" else "application/json",
        "encoding": "utf-8",
        "schema": {"fields": fields},
    }
    if fields[0].get("constraints", {}).get("unique"):
        resource["schema"]["primaryKey"] = [fields[0]["name"]]
    return resource


def _sources(corpus, site_url: str) -> list[dict]:
    """The source texts, with what is known of them; where the headline is unknown, our article
    says so (no title is made up)."""
    found = []
    for article in corpus.articles.values():
        title = article.source.title or f"Bron van ons artikel ‘{article.title}’ (kop niet bekend)"
        found.append({"title": f"{title}, {dates.dutch(article.published.text)}", "path": f"{site_url}artikelen/{article.slug}/"})
    return found


def datapackage(corpus, site_url: str, site_name: str) -> dict:
    return {
        "name": "is-na-het-kalifaat",
        "title": f"{site_name}: open data",
        "description": (
            "Gebeurtenissen, plaatsen, artikelen, cijfers en correcties achter de site, elk met "
            "bron. Artikelen worden gecontroleerd met het JSON-schema op "
            f"{site_url}schema/article.schema.json."
        ),
        "homepage": f"{site_url}over/#open-data",
        "licenses": [LICENCE],
        "sources": _sources(corpus, site_url),
        "resources": [
            _table("events-json", "events.json", "json", "Gebeurtenissen (JSON)", _event_fields("array")),
            _table("events-csv", "events.csv", "csv", "Gebeurtenissen (CSV)", _event_fields("string")),
            {
                "name": "locations",
                "path": "locations.geojson",
                "type": "json",
                "format": "geojson",
                "mediatype": "application/geo+json",
                "encoding": "utf-8",
                "title": "Plaatsen (GeoJSON, punten in WGS84: lengte, breedte)",
                "description": ("Eén Feature per plaats; properties: slug, name, aliases, kind, country, url, event_count"),
            },
            _table("articles", "articles.json", "json", "Artikelen", ARTICLE_FIELDS),
            _table("places-csv", "places.csv", "csv", "Plaatsen (CSV)", PLACE_FIELDS),
            _table("figures", "figures.json", "json", "Cijfers", _figure_fields("array")),
            _table("figures-csv", "figures.csv", "csv", "Cijfers (CSV)", _figure_fields("string")),
            _table("themes", "themes.json", "json", "Thema's", THEME_FIELDS),
            _table("corrections", "corrections.csv", "csv", "Correcties, de nieuwste eerst", CORRECTION_FIELDS),
        ],
    }
