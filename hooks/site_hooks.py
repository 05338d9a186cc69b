"""MkDocs adapter: each event hands over to the plain pipeline in hooks/explainer/."""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from explainer.problems import ContentError
from explainer.search import SearchIndexError, index_site
from explainer.site import MissingAssets, Site, build_site, empty_corpus, fill_handwritten

log = logging.getLogger("mkdocs.hooks.explainer")
# Only the command and the last good site survive between `mkdocs serve` rebuilds.
_session: dict = {"command": "build", "site": None, "last_good": None}


def on_startup(command: str, dirty: bool) -> None:
    _session["command"] = command


def on_config(config):
    if not config.repo_url:
        config.edit_uri = None
        config.edit_uri_template = None
    return config


def on_files(files, config):
    root = Path(config.config_file_path).parent
    site = _build(root, config)
    _session["site"] = site
    for page in site.pages:
        file = File.generated(config, page.src_uri, content=page.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
        file.edit_uri = page.edit_path
        files.append(file)
    for path, content in site.files.items():
        files.append(File.generated(config, path, content=content))
    for path, source in site.assets.items():
        files.append(File.generated(config, path, abs_src_path=str(source)))
    for file in files:
        if file.generated_by is None:
            file.edit_uri = f"docs/{file.src_uri}" if file.is_documentation_page() else None
    return files


def _build(root: Path, config) -> Site:
    site_url = config.site_url or "/"
    try:
        site = build_site(root, site_url, config.site_name)
    except MissingAssets as error:
        raise PluginError(str(error)) from None
    except ContentError as error:
        if _session["command"] != "serve":
            raise PluginError(error.report()) from None
        for problem in error.problems:
            log.error(str(problem))
        log.warning("The content has problems (above); the site shows the last version that built.")
        site = _session["last_good"] or build_site(root, site_url, config.site_name, corpus=empty_corpus())
        return site
    _session["last_good"] = site
    return site


def on_pre_page(page, config, files):
    page.update_date = _session["site"].update_date(page.file.src_uri)
    return page


def on_page_content(html, page, config, files):
    generated = _session["site"].page_for(page.file.src_uri)
    return generated.finish(html) if generated else html


def on_page_markdown(markdown, page, config, files):
    generated = _session["site"].page_for(page.file.src_uri)
    if generated is not None:
        page.meta.update(generated.meta)
        return markdown
    if page.file.generated_by is not None:
        return markdown
    try:
        return fill_handwritten(markdown, page.file.src_uri, _session["site"])
    except ContentError as error:
        if _session["command"] != "serve":
            raise PluginError(error.report()) from None
        log.error(error.report())
        return markdown


def on_post_build(config):
    try:
        index_site(Path(config.config_file_path).parent, Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
