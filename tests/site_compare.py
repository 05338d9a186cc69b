"""Compare two built sites the way a reader would: the same pages at the same URLs, the same
title, description and main content, the same data files."""
from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup

# Written in whatever order the generator meets the files; compared as sets below.
ORDER_ONLY = {"sitemap.xml", "search/search_index.json"}


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.suffix != ".gz"}


def reader_view(path: Path) -> tuple:
    """Title, description and the main content (whitespace between tags ignored)."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    description = page.select_one("meta[name=description]")
    main = page.select_one("article.md-content__inner")
    html = re.sub(r">\s+<", "><", " ".join(str(main).split())) if main else None
    return page.title.string if page.title else None, description and description.get("content"), html


def sitemap(path: Path) -> set:
    tree = ElementTree.parse(path)
    return {tuple(child.text for child in url) for url in tree.getroot()}


def search_index(path: Path) -> tuple:
    index = json.loads(path.read_text(encoding="utf-8"))
    return index["config"], sorted(json.dumps(doc, sort_keys=True, ensure_ascii=False) for doc in index["docs"])


def differences(hooked: Path, exported: Path) -> list[str]:
    """What differs between two builds, as readable lines (empty when they are the same site)."""
    found = [f"only in the hooked build: {p}" for p in sorted(files(hooked) - files(exported))]
    found += [f"only in the export's build: {p}" for p in sorted(files(exported) - files(hooked))]
    for path in sorted(files(hooked) & files(exported)):
        a, b = hooked / path, exported / path
        if path == "sitemap.xml":
            same = sitemap(a) == sitemap(b)
        elif path == "search/search_index.json":
            same = search_index(a) == search_index(b)
        elif path.endswith(".html"):
            same = reader_view(a) == reader_view(b)
        else:
            same = a.read_bytes() == b.read_bytes()
        if not same:
            found.append(f"differs: {path}")
    return found
