"""Everything the site is made of, from content/ and docs/: plain data, no MkDocs objects.

Both ways of building use it: the MkDocs hooks (hooks/site_hooks.py, for `mkdocs serve`) and
the export (export.py), which writes it all out as a plain site source."""

from __future__ import annotations

import gc
import html
import json
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from explainer import pages, routes
from explainer.charts import overview as charts_overview
from explainer.content.citations import Checker, Tally, Targets, check_content, check_story_texts
from explainer.content.load import load_tree
from explainer.content.page_citations import check_pages
from explainer.content.periods import check_periods
from explainer.content.stories import check_stories, story_texts
from explainer.content.validate import validate_tree
from explainer.content.version import ContentVersion, content_version
from explainer.model import corrections
from explainer.model.corpus import Corpus
from explainer.model.from_content import corpus_from
from explainer.model.periods import build_periods
from explainer.model.stories import build_stories
from explainer.pages import timeline as timeline_years
from explainer.pages.generated import GeneratedPage
from explainer.pages.handwritten import check_handwritten, fill_handwritten
from explainer.pages.render import Rendered, Renderer
from explainer.problems import ContentError
from explainer.publish import metadata
from explainer.publish.data import data_files
from explainer.publish.sources import source_files

# Files served by the site itself (no CDN): site path -> path in the project. vendor-build/ is what
# scripts/build_assets.js makes from node_modules during setup. The "kern" bundle draws
# cartesian charts; only pages with a map load "geo" (core + scattergeo) and map geometry.
VENDOR_ASSETS = {
    "assets/vendor/plotly-kern.min.js": "vendor-build/plotly-kern.min.js",
    "assets/vendor/plotly-geo.min.js": "vendor-build/plotly-geo.min.js",
    "assets/vendor/topojson/regio/world_50m.json": "vendor-build/topojson/regio/world_50m.json",
    "assets/vendor/topojson/wereld/world_110m.json": "vendor-build/topojson/wereld/world_110m.json",
    # ajv, edtf, yaml, topojson-client and markdown-it for /bijdragen/, bundled by scripts/bundle.sh (run by setup.sh)
    "assets/vendor/builder-libs.js": "node_modules/.explainer/builder-libs.js",
}
# Read by the build only: the static maps' geometry, decoded from the topojson files above by
# scripts/build_assets.js (charts/svg/geo_paths.py).
BUILD_INPUTS = ("vendor-build/static-maps/regio/world_50m.json", "vendor-build/static-maps/wereld/world_110m.json")


class MissingAssets(Exception):
    pass


@dataclass
class Site:
    corpus: Corpus
    pages: list[GeneratedPage]
    files: dict[str, str | bytes]  # by site path
    assets: dict[str, Path]  # site path -> absolute source path
    renderer: Renderer  # also fills the generated blocks of the hand-written pages
    handwritten: dict[str, Rendered] = field(default_factory=dict)  # by src_uri, once filled
    site_url: str = "/"
    site_name: str = ""
    site_description: str = ""
    version: ContentVersion = field(default_factory=lambda: ContentVersion(None, None))

    @cached_property
    def _pages_by_uri(self) -> dict:
        return {page.src_uri: page for page in self.pages}

    @cached_property
    def _site_updated(self) -> str:
        return self.corpus.site_updated.isoformat()

    def nav_entries(self) -> list[tuple[str, str]]:
        """(title, Markdown file) of the pages the main navigation gets after the home page: the
        first story, as "Het verhaal"."""
        return [("Het verhaal", routes.source(routes.story(slug))) for slug in list(self.corpus.stories)[:1]]

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
        return metadata.head(self.corpus, src_uri, title, html.unescape(description), self.site_url, self.site_name, self.version)

    def meta_for(self, src_uri: str, markdown: str = "", given: dict | None = None) -> dict:
        """The front matter the site adds to a page: a generated page's title, description, search
        settings, ...; for every page the file a contributor edits, the update date and the sharing
        and citation data (`ik`, read by the theme's templates). `given` is the page's own front matter."""
        page = self.page_for(src_uri)
        meta = dict(page.meta) if page is not None else {}
        edit_path = page.edit_path if page is not None else f"docs/{src_uri}"
        if edit_path:
            meta["edit_path"] = edit_path
        record = self.corpus.page_record(src_uri)
        if record:  # the article builder opens this page's file: docs/overrides/partials/report.html
            meta["bewerk"] = routes.page(*record).strip("/")
        meta["updated"] = self.update_date(src_uri)
        title = meta.get("title") or (given or {}).get("title") or handwritten_title(markdown, self.site_name)
        description = meta.get("description") or (given or {}).get("description") or self.site_description
        meta["ik"] = json.loads(json.dumps(self.head(src_uri, title, description)))  # plain data, as YAML writes it
        return meta

    def fill(self, markdown: str, src_uri: str) -> Rendered:
        """A hand-written page with its wiki-links resolved and its blocks filled."""
        self.handwritten[src_uri] = fill_handwritten(markdown, src_uri, self.renderer)
        return self.handwritten[src_uri]

    def finish(self, html: str, src_uri: str) -> str:
        """A rendered page with its finished HTML blocks in place of their markers."""
        page = self.page_for(src_uri)
        rendered = page.rendered if page is not None else self.handwritten.get(src_uri)
        return rendered.finish(html) if rendered is not None else html


def build_site(
    root: Path,
    site_url: str,
    site_name: str,
    corpus: Corpus | None = None,
    docs_dir: Path | None = None,
    site_description: str = "",
) -> Site:
    """content/ and docs/ -> pages, data files, redirects and vendored assets. Raises ContentError
    with every problem of content/ and of the hand-written pages."""
    root = Path(root)
    assets = vendor_assets(root)  # before anything is drawn: the static maps read vendor-build/ too
    with fewer_collections():
        if corpus is None:
            corpus = read_content(root / "content", docs_dir or root / "docs")
        version = content_version(root, corpus.site_updated)
        renderer = Renderer(corpus, site_url, site_name, version)
        files = {**data_files(corpus, site_url, site_name), **alias_redirects(corpus), **source_files(corpus, root)}
        if timeline_years.at_scale(corpus):
            files.update(charts_overview.detail_files(corpus))
        generated = pages.generate_pages(corpus, renderer)
    return Site(
        corpus,
        generated,
        files,
        assets,
        renderer,
        site_url=site_url,
        site_name=site_name,
        site_description=site_description,
        version=version,
    )


def read_content(content_dir: Path, docs_dir: Path, tally: Tally | None = None) -> Corpus:
    """content/ and the hand-written pages' blocks -> the corpus, or ContentError with every
    problem: the stages `explainer check` runs, and every build. `tally` counts the cited sentences."""
    corpus = build_corpus(content_dir, docs_dir, tally)
    problems = check_handwritten(docs_dir, corpus)
    if problems:
        raise ContentError(problems)
    return corpus


def build_corpus(content_dir: Path, docs_dir: Path | None = None, tally: Tally | None = None) -> Corpus:
    """load -> validate (with the citations of content/ and, given docs_dir, of the hand-written
    pages) -> model; raises ContentError with every problem."""
    tree, problems = load_tree(Path(content_dir))
    valid, problems = validate_tree(tree, problems)
    periods, period_problems = check_periods(tree.periods, valid)
    stories, story_problems = check_stories(tree.stories, valid)
    problems += period_problems + story_problems + citation_problems(valid, tree, docs_dir, tally)
    if problems:
        raise ContentError(problems)
    corpus = corpus_from(valid)
    corpus.periods = build_periods(periods, corpus.events)
    corpus.stories = build_stories(stories, corpus.events)
    return corpus


def citation_problems(valid, tree, docs_dir: Path | None, tally: Tally | None) -> list:
    """Uncited prose, unknown or malformed markers, passages beyond their source: one pass over all."""
    checker = Checker(Targets.of(valid), tally)
    check_content(valid, tree.periods, checker)
    check_story_texts(story_texts(tree.stories), checker)
    if docs_dir is not None:
        check_pages(docs_dir, checker)
    return checker.problems


@contextmanager
def fewer_collections():
    """Python's cyclic garbage collector at longer intervals while the site is made. Nearly every
    object made here lives until the build ends, and at the default thresholds (700, 10, 10) the
    collector scans them again and again: a tenth of the time at 3,000 articles. Restored after."""
    before = gc.get_threshold()
    gc.set_threshold(20_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def handwritten_title(markdown: str, fallback: str) -> str:
    heading = re.search(r"^# (.+)$", markdown, re.M)
    return heading.group(1).strip() if heading else fallback


def empty_corpus() -> Corpus:
    return Corpus(articles={}, events={}, figures={}, places={}, themes={})


def vendor_assets(root: Path) -> dict:
    """The vendored files the site serves; MissingAssets if setup has not made them (or the build's inputs)."""
    assets = {site_path: root / source for site_path, source in VENDOR_ASSETS.items()}
    missing = [str(path) for path in [*assets.values(), *(root / name for name in BUILD_INPUTS)] if not path.is_file()]
    if missing:
        raise MissingAssets(f"front-end packages are missing ({', '.join(missing)}); run `bash scripts/setup.sh` in {root}")
    return assets


def alias_redirects(corpus: Corpus) -> dict:
    """/plaatsen/<other spelling>/ leads to the place's page."""
    return {
        routes.place_alias(alias): _redirect_page(
            corpus.places[slug].name, routes.relative(routes.place(alias), routes.place(slug))
        )
        for alias, slug in sorted(corpus.aliases.items())
    }


def _redirect_page(name: str, target: str) -> str:
    name = html.escape(name)
    return (
        f'<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{name} – IS na het kalifaat</title>\n<meta name="robots" content="noindex">\n'
        f'<link rel="icon" href="../../assets/images/favicon.png">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n<link rel="canonical" href="{target}">\n'
        f'</head>\n<body>\n<p>Deze plaats heet op deze site <a href="{target}">{name}</a>.</p>\n'
        f"</body>\n</html>\n"
    )
