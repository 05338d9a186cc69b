"""`python -m explainer export DIR`: the whole site as a plain site source that any generator
reading mkdocs.yml builds without hooks (plain MkDocs, Zensical, ProperDocs).

Every generated page becomes a Markdown file with its front matter and its HTML blocks written
in; the hand-written pages get their wiki-links and blocks resolved; data files, feed, redirect
pages and vendored assets are copied next to them."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import yaml
from mkdocs.utils import yaml_load
from mkdocs.utils.meta import get_data

from explainer import routes
from explainer.build import Site, build_site
from explainer.pages.handwritten import handwritten_pages
from explainer.publish import minify
from explainer.publish.search import CONFIG as SEARCH_CONFIG

MARKER = ".explainer-export"  # an export folder may be replaced by the next export, nothing else
HEADER = (
    "# Written by `python -m explainer export` from the project's mkdocs.yml, content/ and docs/.\n"
    "# Edit those, not this folder: the next export replaces it.\n"
)
# Top-level keys of mkdocs.yml that belong to the hooked build only.
HOOKED_ONLY = ("hooks", "watch")
# ... and those the hooked build replaces: the export serves what the hooks would (publish/minify.py).
REPLACED = {"extra_css": f"extra_css:\n  - {minify.STYLESHEET}\n\n"}
NOT_IN_NAV = "".join(f"  /{routes.source(routes.page(kind, '*'))}\n" for kind in routes.FOLDERS)


class ExportError(Exception):
    pass


def export(root: Path, target: Path) -> Site:
    """Write the site source of the project at root into target. Raises ContentError, MissingAssets
    or ExportError."""
    root, target = Path(root).resolve(), Path(target).resolve()
    config = yaml_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
    docs_dir = root / config.get("docs_dir", "docs")
    site = build_site(
        root,
        config.get("site_url") or "/",
        config["site_name"],
        docs_dir=docs_dir,
        site_description=config.get("site_description") or "",
    )
    _empty(target)
    docs = target / docs_dir.name
    shutil.copytree(docs_dir, docs)
    config_text = plain_config((root / "mkdocs.yml").read_text(encoding="utf-8"), site.nav_entries())
    (target / "mkdocs.yml").write_text(config_text, encoding="utf-8")
    for path in handwritten_pages(docs_dir):
        src_uri = path.relative_to(docs_dir).as_posix()
        body, meta = get_data(path.read_text(encoding="utf-8"))
        _write(docs / src_uri, page_source({**meta, **site.meta_for(src_uri, body, meta)}, site.fill(body, src_uri).inline()))
    for page in site.pages:
        _write(docs / page.src_uri, page_source(site.meta_for(page.src_uri, page.markdown), page.rendered.inline()))
    for site_path, content in site.files.items():
        _write(docs / site_path, content)
    for site_path, source in site.assets.items():
        (docs / site_path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, docs / site_path)
    for site_path, text in minify.built(root, docs_dir, config.get("extra_css") or []).items():
        _write(docs / site_path, text)
    if (root / SEARCH_CONFIG).is_file():  # the search index is a step after the build: `python -m pagefind`
        shutil.copyfile(root / SEARCH_CONFIG, target / SEARCH_CONFIG)
    (target / MARKER).write_text("", encoding="utf-8")
    return site


def page_source(meta: dict, markdown: str) -> str:
    """A Markdown page with YAML front matter."""
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6)
    return f"---\n{front}---\n\n{markdown}"


def plain_config(text: str, nav_entries: Sequence[tuple[str, str]] = ()) -> str:
    """mkdocs.yml without the hooked build's keys, as text, so `!ENV` settings stay as written; the
    pages the hook puts in the navigation after the home page (Site.nav_entries) written in."""
    lines, skipping, edit_uri = [], False, None
    for line in _with_nav_entries(text, nav_entries).splitlines(keepends=True):
        key = re.match(r"([A-Za-z_]+):", line)
        if key:
            skipping = key.group(1) in HOOKED_ONLY or key.group(1) in REPLACED
            lines.append(REPLACED.get(key.group(1), ""))
        if key and key.group(1) == "edit_uri":
            edit_uri = line.split(":", 1)[1].strip()
        elif not skipping:
            lines.append(line)
    if any(line.startswith("extra:") for line in lines):
        raise ExportError("mkdocs.yml has `extra:`; the export keeps the edit link's base there (extra.edit_uri)")
    # The pages' edit links come from their `edit_path` (docs/overrides/partials/actions.html); as
    # `extra.edit_uri` the base needs no repo_url, which the hooked build checks in on_config.
    extra = f"\nextra:\n  edit_uri: {edit_uri}\n" if edit_uri else ""
    # The generated pages are reached through the list pages, not the navigation.
    return HEADER + "".join(lines).rstrip("\n") + "\n" + extra + "\nnot_in_nav: |\n" + NOT_IN_NAV


def _with_nav_entries(text: str, entries) -> str:
    """The entries after the nav's first item (the home page), indented as it is."""
    first = re.search(r"^nav:\n(\s*)- [^\n]*\n", text, re.M)
    if not first or not entries:
        return text
    added = "".join(f"{first.group(1)}- {json.dumps(title, ensure_ascii=False)}: {src_uri}\n" for title, src_uri in entries)
    return text[: first.end()] + added + text[first.end() :]


def _empty(target: Path) -> None:
    if target.exists() and any(target.iterdir()):
        if not (target / MARKER).is_file():
            raise ExportError(f"{target} is not empty and holds no earlier export; choose an empty or new folder")
        shutil.rmtree(target)
    target.mkdir(parents=True, exist_ok=True)


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
