"""MkDocs adapter: each event hands over to the plain pipeline in hooks/explainer/."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from explainer.build import MissingAssets, Site, build_site, empty_corpus
from explainer.charts.svg.subset import OutsideSubset
from explainer.messages import text
from explainer.problems import ContentError
from explainer.publish import minify
from explainer.publish.search import SearchIndexError, index_site

log = logging.getLogger("mkdocs.hooks.explainer")
# Only the command and the last good site survive between `mkdocs serve` rebuilds.
_session: dict = {"command": "build", "site": None, "last_good": None}


def on_startup(command: str, dirty: bool) -> None:
    _session["command"] = command


def on_config(config):
    if not config.repo_url:
        config.edit_uri = None
        config.edit_uri_template = None
    # mkdocs.yml's extra_css are served as one minified file (explainer/publish/minify.py).
    if list(config.extra_css) != [minify.STYLESHEET]:
        _session["stylesheets"] = [str(path) for path in config.extra_css]
        config.extra_css = [minify.STYLESHEET]
    return config


def on_files(files, config):
    root = Path(config.config_file_path).parent
    site = _build(root, config)
    _session["site"] = site
    for page in site.pages:
        files.append(File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV))
    for path, content in site.files.items():
        files.append(File.generated(config, path, content=content))
    for path, source in site.assets.items():
        files.append(File.generated(config, path, abs_src_path=str(source)))
    try:
        _minified(root, config, files)
    except minify.MinifyError as error:
        raise PluginError(str(error)) from None
    return files


def _minified(root: Path, config, files) -> None:
    for path, content in minify.built(root, Path(config.docs_dir), _session["stylesheets"]).items():
        source = files.get_file_from_path(path)
        if source is not None:
            files.remove(source)
        files.append(File.generated(config, path, content=content))


def _build(root: Path, config) -> Site:
    site_url = config.site_url or "/"
    try:
        site = build_site(
            root, site_url, config.site_name, docs_dir=Path(config.docs_dir), site_description=config.site_description or ""
        )
    except (MissingAssets, OutsideSubset) as error:
        raise PluginError(str(error)) from None
    except ContentError as error:
        if _session["command"] != "serve":
            raise PluginError(error.report()) from None
        for problem in error.problems:
            log.error(str(problem))
        log.warning(text("serve_last_good"))
        site = _session["last_good"] or build_site(root, site_url, config.site_name, corpus=empty_corpus())
        return site
    _session["last_good"] = site
    return site


def on_page_markdown(markdown, page, config, files):
    site = _session["site"]
    page.meta.update(site.meta_for(page.file.src_uri, markdown, page.meta))  # the front matter the export writes
    # The page's date from the content, not the build's clock: MkDocs dates sitemap.xml.gz's gzip
    # header by the newest page's update_date, so builds on different days are byte-identical.
    page.update_date = page.meta["updated"]
    if page.file.generated_by is not None:
        return markdown
    try:
        return site.fill(markdown, page.file.src_uri).markdown
    except ContentError as error:  # only while serving: a build checks docs/ before any page
        if _session["command"] != "serve":
            raise PluginError(error.report()) from None
        log.error(error.report())
        return markdown


def on_page_content(html, page, config, files):
    return _session["site"].finish(html, page.file.src_uri)


def on_post_build(config):
    try:
        index_site(Path(config.config_file_path).parent, Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
