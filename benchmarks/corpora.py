"""The synthetic corpora the benchmarks build: scripts/synthetic_corpus.py (also a command-line
tool, and the tests' generator), with the benchmarks' fixed seed, and the plain Material baseline."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from functools import cache
from pathlib import Path

from benchmarks.harness import ROOT, SEED, make_project

PLAIN_CONFIG = """site_name: Basislijn
site_url: http://127.0.0.1:8000/
docs_dir: docs
site_dir: build
use_directory_urls: true
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs, navigation.sections, navigation.instant, navigation.top, navigation.footer,
             search.highlight]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      toggle: {icon: material/weather-night, name: Donkere modus}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      toggle: {icon: material/weather-sunny, name: Lichte modus}
plugins:
  - search:
      lang: nl
markdown_extensions: [attr_list, md_in_html, tables, {toc: {permalink: false}}]
not_in_nav: |
  /pagina/
"""


@cache
def generator():
    """scripts/synthetic_corpus.py as a module."""
    spec = importlib.util.spec_from_file_location("synthetic_corpus", ROOT / "scripts" / "synthetic_corpus.py")
    module = sys.modules["synthetic_corpus"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def content(work: Path, articles: int) -> tuple[Path, dict]:
    """content-N/ in the work folder (seed SEED) and its counts."""
    folder = work / f"content-{articles}"
    return folder, generator().generate_content(folder, articles, SEED)


def synthetic_project(work: Path, articles: int, name: str = "site") -> tuple[Path, dict]:
    folder, counts = content(work, articles)
    project = make_project(work / f"{name}-{articles}", folder)
    generator().cite_docs(project / "docs", project / "content")  # the real pages cite sources absent here
    return project, counts


def plain_project(target: Path, pages: int) -> Path:
    """Plain Material building as many plain Markdown pages, with a bounded nav (9 entries, like ours)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written = generator().generate_plain_docs(target / "docs", pages, SEED)
    nav = "nav:\n" + "".join(f"  - {path}\n" for path in written[:9])
    (target / "mkdocs.yml").write_text(PLAIN_CONFIG + nav, encoding="utf-8")
    return target
