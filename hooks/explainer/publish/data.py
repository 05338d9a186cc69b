"""Open data: events (JSON, CSV), places (GeoJSON), articles, figures, corrections, the schema and the
Atom feeds (publish/feeds.py)."""

from __future__ import annotations

import csv
import io
import json

from explainer import routes
from explainer.content import claims
from explainer.content.markers import strip_markers
from explainer.content.schema import article_json_schema
from explainer.model.columns import CORRECTION_COLUMNS, EVENT_COLUMNS, FIGURE_COLUMNS, PLACE_COLUMNS
from explainer.model.corpus import Corpus
from explainer.model.corrections import KIND_WORDS, logged
from explainer.publish.datapackage import datapackage
from explainer.publish.feeds import atom_feed, corrections_feed


def _json(value) -> str:
    """A list of records one record per line (readable, diffable, and written by json's C encoder,
    which `indent` would switch off); anything else indented."""
    if isinstance(value, list):
        lines = (json.dumps(item, ensure_ascii=False) for item in value)
        return "[\n" + ",\n".join(lines) + "\n]\n" if value else "[]\n"
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def event_records(corpus: Corpus, site_url: str) -> list[dict]:
    return [
        {
            "id": e.id,
            "title": e.title,
            "date": e.date.text,
            "start": e.date.start.isoformat(),
            "end": e.date.end.isoformat(),
            "precision": e.date.precision,
            "approximate": e.date.approximate,
            "uncertain": e.date.uncertain,
            "open_start": e.date.open_start,
            "open_end": e.date.open_end,
            "location": e.location,
            "themes": list(e.themes),
            "summary": e.summary,
            "sources": list(e.sources),
            "passages": {slug: list(numbers) for slug, numbers in e.passages},
            "url": site_url + routes.event(e),
            "claimed_by": e.claimed_by,
            "claimed_by_name": claims.claimant_name(e.claimed_by, e.claimed_by_text),
            "status": e.status,
        }
        for e in corpus.events.values()
    ]


def csv_value(value):
    """A value in a CSV cell: a list joined with ';' (numbers with ','), passages per source as
    'slug:3,7;slug:21', yes/no as true/false, nothing as an empty cell."""
    if isinstance(value, dict):
        return ";".join(f"{key}:{csv_value(numbers)}" for key, numbers in value.items())
    if isinstance(value, list):
        return ",".join(map(str, value)) if all(isinstance(v, int) for v in value) and value else ";".join(value)
    return str(value).lower() if isinstance(value, bool) else value


def events_csv(records: list[dict], columns: list[str] = EVENT_COLUMNS) -> str:
    """Records as CSV (the charts' download), each value as csv_value writes it."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: csv_value(v) for k, v in record.items()})
    return out.getvalue()


def corrections_csv(records: list[dict]) -> str:
    """CSV, not JSON: with its header row the file stays a readable table while it is still empty."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CORRECTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def places_geojson(corpus: Corpus, site_url: str) -> dict:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                "properties": {
                    "slug": p.slug,
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "kind": p.kind,
                    "country": p.country or p.slug,
                    "within": p.within,
                    "url": site_url + routes.place(p.slug),
                    "event_count": len(corpus.events_in_place(p.slug)),
                },
            }
            for p in corpus.places.values()
        ],
    }


def place_records(corpus: Corpus, site_url: str) -> list[dict]:
    return [
        {**feature["properties"], "lat": feature["geometry"]["coordinates"][1], "lon": feature["geometry"]["coordinates"][0]}
        for feature in places_geojson(corpus, site_url)["features"]
    ]


def article_records(corpus: Corpus, site_url: str) -> list[dict]:
    return [
        {
            "slug": a.slug,
            "title": a.title,
            "summary": a.summary,
            "published": a.published.text,
            "source": {k: v for k, v in vars(a.source).items() if v is not None},
            "themes": list(a.themes),
            "locations": list(a.locations),
            "events": list(a.event_ids),
            "figures": list(a.figure_ids),
            "url": site_url + routes.article(a.slug),
        }
        for a in corpus.articles.values()
    ]


def theme_records(corpus: Corpus, site_url: str) -> list[dict]:
    return [
        {"slug": t.slug, "title": t.title, "summary": strip_markers(t.summary), "url": f"{site_url}themas/{t.slug}/"}
        for t in corpus.themes.values()
    ]


def figure_records(corpus: Corpus, site_url: str) -> list[dict]:
    return [
        {
            "id": f.id,
            "label": f.label,
            "counted": f.counted,
            "low": f.low,
            "high": f.high,
            "qualifier": f.qualifier,
            "unit": f.unit,
            "date": f.date.text,
            "according_to": f.according_to,
            "location": f.location,
            "source": f.article,
            "passages": list(f.passages),
            "url": site_url + routes.figure(f),
        }
        for f in corpus.figures.values()
    ]


def correction_records(corpus, site_url: str) -> list[dict]:
    """The corrections as open data (data/corrections.csv)."""
    return [
        {
            "date": e.date.isoformat(),
            "text": e.text,
            "kind": KIND_WORDS[e.kind],
            "page": e.slug,
            "title": e.title,
            "url": f"{site_url}{e.path}#correcties",
        }
        for e in logged(corpus)
    ]


def data_files(corpus: Corpus, site_url: str, site_name: str) -> dict[str, str | bytes]:
    """Site path -> content of every machine-readable output."""
    events, figures = event_records(corpus, site_url), figure_records(corpus, site_url)
    return {
        routes.EVENTS_JSON: _json(events),
        routes.EVENTS_CSV: events_csv(events),
        routes.PLACES_GEOJSON: _json(places_geojson(corpus, site_url)),
        routes.ARTICLES_JSON: _json(article_records(corpus, site_url)),
        routes.PLACES_CSV: events_csv(place_records(corpus, site_url), PLACE_COLUMNS),
        routes.FIGURES_CSV: events_csv(figures, FIGURE_COLUMNS),
        routes.FIGURES_JSON: _json(figures),
        routes.THEMES_JSON: _json(theme_records(corpus, site_url)),
        routes.ARTICLE_SCHEMA: _json(article_json_schema()),
        routes.CORRECTIONS_CSV: corrections_csv(correction_records(corpus, site_url)),
        routes.DATAPACKAGE: _json(datapackage(corpus, site_url, site_name)),
        routes.FEED: atom_feed(corpus, site_url, site_name),
        routes.CORRECTIONS_FEED: corrections_feed(corpus, site_url, site_name),
    }
