"""What a built site contains: its pages, the page of each type, its SITE_URL."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin

REFRESH = re.compile(r'<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"', re.I)
CANONICAL = re.compile(r'<link\s+rel="canonical"\s+href="([^"]+)"', re.I)

# The page types of the site; "artikel", "thema" and "plaats" are resolved to one real page.
PAGE_TYPES = [
    "home",
    "artikel",
    "thema",
    "plaats",
    "artikelen",
    "themas",
    "plaatsen",
    "tijdlijn",
    "kaart",
    "cijfers",
    "bronnen",
    "over",
    "bijdragen",
    "verhaal",
]
FIXED = {
    "home": "",
    "artikelen": "artikelen/",
    "themas": "themas/",
    "plaatsen": "plaatsen/",
    "tijdlijn": "tijdlijn/",
    "kaart": "kaart/",
    "cijfers": "cijfers/",
    "bronnen": "bronnen/",
    "over": "over/",
    "bijdragen": "bijdragen/",
}


def url_path(build: Path, file: Path) -> str:
    """The site-relative URL of a built HTML file: "" for the home page, "kaart/", "404.html"."""
    relative = file.relative_to(build).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def html_pages(build: Path) -> list[str]:
    """Every page of the site as a site-relative URL, the 404 page last."""
    pages = sorted(url_path(build, file) for file in build.rglob("index.html"))
    if (build / "404.html").is_file():
        pages.append("404.html")
    return pages


def file_of(build: Path, path: str) -> Path:
    return build / path / "index.html" if path == "" or path.endswith("/") else build / path


def redirect_target(build: Path, path: str) -> str | None:
    """Where a meta-refresh page (a place alias) sends the reader, as a site-relative URL."""
    match = REFRESH.search(file_of(build, path).read_text(encoding="utf-8"))
    if not match:
        return None
    return urljoin("http://x/" + path, match.group(1))[len("http://x/") :]


def site_url(build: Path) -> str:
    """SITE_URL of the build, read from the home page's canonical link."""
    match = CANONICAL.search((build / "index.html").read_text(encoding="utf-8"))
    assert match, "the home page has no canonical link, so SITE_URL is unknown"
    return match.group(1)


def _data(build: Path, name: str):
    return json.loads((build / "data" / name).read_text(encoding="utf-8"))


def _local(url: str, root: str) -> str:
    assert url.startswith(root), f"{url} is not on {root}"
    return url[len(root) :].split("#")[0]


def typed_pages(build: Path) -> dict[str, str]:
    """One page per type. Articles, themes and places: the one with the most events, so that
    the page shows as much of its template as possible (event lists, charts, tables)."""
    root = site_url(build)
    events = _data(build, "events.json")
    pages = dict(FIXED)
    by_article = Counter(slug for event in events for slug in event["sources"])
    articles = sorted(_data(build, "articles.json"), key=lambda a: (-by_article[a["slug"]], a["slug"]))
    pages["artikel"] = _local(articles[0]["url"], root)
    by_theme = Counter(theme for event in events for theme in event["themes"])
    theme = sorted(by_theme, key=lambda slug: (-by_theme[slug], slug))[0]
    pages["thema"] = f"themas/{theme}/"
    places = [f["properties"] for f in _data(build, "locations.geojson")["features"]]
    # A place inside a country (not a country itself), with its locator map and timeline.
    inside = [p for p in places if p.get("country") and p["country"] != p["slug"]] or places
    place = sorted(inside, key=lambda p: (-p["event_count"], p["slug"]))[0]
    pages["plaats"] = _local(place["url"], root)
    stories = sorted((build / "verhaal").glob("*/index.html"))  # the story page (content/verhalen/), if any
    if stories:
        pages["verhaal"] = url_path(build, stories[0])
    for kind, path in pages.items():
        assert file_of(build, path).is_file(), f"page type {kind}: {path} was not built"
    return pages


def alias_pages(build: Path) -> list[str]:
    return [path for path in html_pages(build) if redirect_target(build, path)]
