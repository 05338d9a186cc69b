"""The site's URL scheme in one table: where each page, anchor and data file lives.

Every path is relative to the site root; pages are directory URLs ending in '/'. Pages, charts,
open data, redirects and the export all ask here, so a URL changes in one place."""

from __future__ import annotations

import posixpath

FOLDERS = {"article": "artikelen", "theme": "themas", "place": "plaatsen"}
KINDS = {folder: kind for kind, folder in FOLDERS.items()}
HOME, ABOUT, CORRECTIONS = "", "over/", "correcties/"
TIMELINE, MAP, FIGURES, SOURCES = "tijdlijn/", "kaart/", "cijfers/", "bronnen/"
LISTS = {kind: f"{folder}/" for kind, folder in FOLDERS.items()}  # the index page of each kind

EVENTS_JSON = "data/events.json"
EVENTS_CSV = "data/events.csv"
PLACES_GEOJSON = "data/locations.geojson"
ARTICLES_JSON = "data/articles.json"
FIGURES_JSON = "data/figures.json"
FIGURES_CSV = "data/figures.csv"
PLACES_CSV = "data/places.csv"
THEMES_JSON = "data/themes.json"
ARTICLE_SCHEMA = "schema/article.schema.json"
CORRECTIONS_CSV = "data/corrections.csv"
DATAPACKAGE = "data/datapackage.json"
FEED = "feed.xml"
CORRECTIONS_FEED = "correcties.xml"
SOURCE_FILES = "bronbestanden/"  # the content files as written, for the article builder's edit mode
SOURCE_INDEX = "bronbestanden/index.json"  # which file each article, theme and place is written in


def page(kind: str, slug: str) -> str:
    """The page of an article, theme or place."""
    return f"{FOLDERS[kind]}/{slug}/"


def article(slug: str) -> str:
    return page("article", slug)


def theme(slug: str) -> str:
    return page("theme", slug)


def place(slug: str) -> str:
    return page("place", slug)


def figure_anchor(figure_id: str) -> str:
    return f"cijfer-{figure_id}"


def event(event) -> str:
    """An event lives on the page of the article that defines it, at its id."""
    return f"{article(event.defined_in)}#{event.id}"


def timeline_year(year: int) -> str:
    """The text page of one year's events (those that start in that year)."""
    return f"{TIMELINE}{year}/"


def timeline_detail(year: int) -> str:
    """The chart data of one year's single events, which the timeline at scale fetches on zoom.
    Not in data/: these are Plotly traces for the page (HTML-escaped text), not open data; the
    same facts are in EVENTS_JSON and EVENTS_CSV, which the data package describes."""
    return f"{TIMELINE}gegevens/{year}.json"


# Which year's data file holds an event (for a #gebeurtenis= link on the timeline at scale).
TIMELINE_EVENT_YEARS = f"{TIMELINE}gegevens/ids.json"


EMBED_SCRIPT = "assets/insluiten.js"  # the resize script an embed code loads: a public address, keep it


def embed(chart_id: str) -> str:
    """The embed page of a chart (the chart alone, for an <iframe> on another site), by its chart id:
    'tijdlijn', 'kaart', 'cijfers', 'cijfers-<soort>', 'kaart-<place>'."""
    return f"insluiten/{chart_id}/"


def figures_quantity(slug: str) -> str:
    """The text page of one kind of quantity's figures (one panel of /cijfers/), at scale."""
    return f"{FIGURES}{slug}/"


def figure(figure) -> str:
    return f"{article(figure.article)}#{figure_anchor(figure.id)}"


def source(path: str) -> str:
    """The Markdown file of a page: 'plaatsen/sukhna/' -> 'plaatsen/sukhna/index.md'."""
    path = path.strip("/")
    return f"{path}/index.md" if path else "index.md"


def page_of(src_uri: str) -> tuple[str, str] | None:
    """The kind and slug of the article, theme or place page whose Markdown file this is
    ('plaatsen/sukhna/index.md' -> ('place', 'sukhna')); None for every other page. The inverse of
    source(page(kind, slug)); whether the slug exists is for the corpus to say."""
    folder, _, rest = src_uri.partition("/")
    slug, _, name = rest.partition("/")
    kind = KINDS.get(folder)
    return (kind, slug) if kind and slug and name == "index.md" else None


def source_file(repository_path: str) -> str:
    """Where the site serves a content file as written: 'content/articles/x.md' ->
    'bronbestanden/articles/x.md.json' (JSON: MkDocs would render a .md file as a page)."""
    return SOURCE_FILES + repository_path.removeprefix("content/") + ".json"


def builder(kind: str, slug: str) -> str:
    """The article builder, opened on the file of an article, theme or place."""
    return f"bijdragen/?bewerk={kind}:{slug}"


def place_alias(alias: str) -> str:
    """The redirect page at another spelling of a place."""
    return f"{FOLDERS['place']}/{alias}/index.html"


def relative(from_page: str, to_page: str) -> str:
    """A link between two directory URLs, e.g. 'plaatsen/hasakeh/' -> '../hasaka/'."""
    return posixpath.relpath(to_page.strip("/") or ".", from_page.strip("/") or ".") + "/"
