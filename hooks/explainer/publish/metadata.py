"""What a page tells machines: Open Graph and Twitter card tags, citation_* tags (read by
Zotero) and JSON-LD (schema.org), as plain data for the theme's <head> (docs/overrides/main.html).
Every value comes from the content; fields we do not know are left out, never filled in."""

from __future__ import annotations

import json
from typing import Any

from explainer import dates, routes
from explainer.model import corrections
from explainer.publish.datapackage import LICENCE

LICENCE_URL = LICENCE["path"]
OG_IMAGES = {  # page type -> (image served by the site, its description)
    "article": ("assets/images/og/artikel.png", "IS na het kalifaat – artikel met bron"),
    "theme": ("assets/images/og/thema.png", "IS na het kalifaat – thema"),
    "place": ("assets/images/og/plaats.png", "IS na het kalifaat – plaats op de kaart"),
    "site": ("assets/images/og/site.png", "IS na het kalifaat – uitleg met bronnen, tijdlijn en kaart"),
}
OG_SIZE = (1200, 630)
SPECIAL_PAGES = {routes.source(routes.HOME): "home", routes.source(routes.ABOUT): "over"}
DATA_FILES = [
    ("data/events.json", "application/json"),
    ("data/events.csv", "text/csv"),
    ("data/locations.geojson", "application/geo+json"),
    ("data/articles.json", "application/json"),
    ("data/figures.json", "application/json"),
    ("data/corrections.csv", "text/csv"),
    ("data/datapackage.json", "application/json"),
]


def page_kind(corpus, src_uri: str) -> tuple[str, str | None]:
    """('article' | 'theme' | 'place' | 'home' | 'over' | 'page', slug)."""
    return corpus.page_record(src_uri) or (SPECIAL_PAGES.get(src_uri, "page"), None)


def head(corpus, src_uri: str, title: str, description: str, site_url: str, site_name: str, version=None) -> dict:
    """`version`: the content's version (content/version.py), which the citation block names."""
    kind, slug = page_kind(corpus, src_uri)
    url = site_url + (src_uri.removesuffix("index.md"))
    updated = corrections.page_updated(corpus, src_uri)
    image, alt = OG_IMAGES.get(kind, OG_IMAGES["site"])
    facts: dict[str, Any] = {
        "kind": kind,
        "url": url,
        "title": title,
        "description": " ".join(description.split()),
        "site_name": site_name,
        "og_type": "article" if kind == "article" else "website",
        "image": site_url + image,
        "image_alt": alt,
        "image_width": OG_SIZE[0],
        "image_height": OG_SIZE[1],
        "updated": updated.isoformat(),
        "updated_text": dates.dutch_day(updated),
        "citation": [],
        "version": version.as_data() if version is not None else {"text": "onbekend", "commit": ""},
    }
    if kind == "article":
        facts["citation"] = _citation_tags(corpus.articles[slug], url, updated, site_name, corpus)
    data = _with_version(_linked_data(corpus, kind, slug, facts, site_url), facts)
    facts["jsonld"] = script_json({"@context": "https://schema.org", **data})
    return facts


def _linked_data(corpus, kind: str, slug: str | None, facts: dict, site_url: str) -> dict:
    """The page's schema.org description (JSON-LD): an article, a place, the data set, the site or a web page."""
    site = {"@type": "WebSite", "name": facts["site_name"], "url": site_url, "inLanguage": "nl"}
    if kind == "article":
        return _article(corpus.articles[slug], facts, site, site_url)
    if kind == "place":
        return _place(corpus, corpus.places[slug], facts, site_url)
    if kind == "over":
        return _dataset(corpus, facts, site, site_url)
    if kind == "home":
        return {**site, "description": facts["description"], "license": LICENCE_URL}
    return {
        "@type": "WebPage",
        "name": facts["title"],
        "url": facts["url"],
        "description": facts["description"],
        "inLanguage": "nl",
        "dateModified": facts["updated"],
        "isPartOf": site,
        "license": LICENCE_URL,
    }


def _with_version(data: dict, facts: dict) -> dict:
    """schema.org's `version` of a page: the content's date and commit, where git knew them."""
    version = facts["version"]
    if version.get("commit"):
        data["version"] = f"{version['date']} {version['short']}"
    return data


def script_json(data: dict) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can close the element or start markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _plain_date(text: str) -> str:
    """An EDTF date as ISO 8601 without its marks ('2020-04?' -> '2020-04', an interval its start)."""
    return text.split("/")[0].rstrip("?~%")


def _source(article) -> dict:
    """The source text with only what we know of it."""
    known = article.source
    work: dict[str, Any] = {"@type": "CreativeWork", "datePublished": _plain_date(article.published.text), "inLanguage": "nl"}
    if known.title:
        work["name"] = known.title
    if known.author:
        work["author"] = {"@type": "Person", "name": known.author}
    if known.publisher:
        work["publisher"] = {"@type": "Organization", "name": known.publisher}
    if known.url:
        work["url"] = known.url
    return work


def _article(article, facts: dict, site: dict, site_url: str) -> dict:
    return {
        "@type": "Article",
        "headline": article.title,
        "description": facts["description"],
        "url": facts["url"],
        "mainEntityOfPage": facts["url"],
        "inLanguage": "nl",
        "datePublished": _plain_date(article.published.text),
        "dateModified": facts["updated"],
        "isBasedOn": _source(article),
        "isPartOf": site,
        "license": LICENCE_URL,
        "publisher": {"@type": "Organization", "name": site["name"], "url": site_url},
        "image": facts["image"],
        "keywords": list(article.themes),
    }


def _place(corpus, place, facts: dict, site_url: str) -> dict:
    data = {
        "@type": "Place",
        "name": place.name,
        "description": facts["description"],
        "url": facts["url"],
        "geo": {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon},
    }
    if place.aliases:
        data["alternateName"] = list(place.aliases)
    parents = corpus.ancestors(place.slug)
    if parents:
        data["containedInPlace"] = {"@type": "Place", "name": parents[0].name, "url": f"{site_url}plaatsen/{parents[0].slug}/"}
    return data


def _dataset(corpus, facts: dict, site: dict, site_url: str) -> dict:
    events = list(corpus.events.values())
    data = {
        "@type": "Dataset",
        "name": f"{site['name']}: open data",
        "description": (
            "Gebeurtenissen, plaatsen, artikelen, cijfers en correcties over Islamitische Staat na het kalifaat, elk met bron."
        ),
        "url": f"{site_url}over/#open-data",
        "inLanguage": "nl",
        "license": LICENCE_URL,
        "isPartOf": site,
        "dateModified": facts["updated"],
        "creator": {"@type": "Organization", "name": site["name"], "url": site_url},
        "distribution": [
            {"@type": "DataDownload", "contentUrl": site_url + path, "encodingFormat": kind} for path, kind in DATA_FILES
        ],
    }
    if events:
        data["temporalCoverage"] = f"{min(e.date.start for e in events)}/{max(e.date.end for e in events)}"
    return data


def _citation_tags(article, url: str, updated, site_name: str, corpus) -> list[tuple[str, str]]:
    tags = [
        ("citation_title", article.title),
        ("citation_publisher", site_name),
        ("citation_publication_date", updated.strftime("%Y/%m/%d")),
        ("citation_public_url", url),
        ("citation_abstract_html_url", url),
        ("citation_language", "nl"),
    ]
    tags += [("citation_keywords", corpus.themes[slug].title) for slug in article.themes if slug in corpus.themes]
    return tags
