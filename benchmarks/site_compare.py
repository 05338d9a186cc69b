"""Compare two built sites the way a reader would: the same pages at the same URLs, the same
title, description and main content, the same data files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin
from xml.etree import ElementTree

from bs4 import BeautifulSoup

# Theme chrome that one generator puts inside the main content and another does not
# (Zensical's skip-link target) or draws with other icons: not content, left out of the comparison.
CHROME = "a#__skip, .md-content__button svg"


def files(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.suffix != ".gz"}


def reader_view(path: Path, url: str = "/") -> tuple:
    """Title, description and the main content (whitespace between tags ignored, links resolved
    against the page's URL: '../x/' and '../../artikelen/x/' lead to the same page)."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    description = page.select_one("meta[name=description]")
    main = page.select_one("article.md-content__inner") or page.select_one("main")  # an embed page has no article
    for chrome in main.select(CHROME) if main else []:
        chrome.decompose()
    for link in main.select("[href], [src]") if main else []:
        attribute = "href" if link.has_attr("href") else "src"
        link[attribute] = urljoin(url, link[attribute])
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
            url = "/" + path.removesuffix("index.html")
            same = reader_view(a, url) == reader_view(b, url)
        else:
            same = a.read_bytes() == b.read_bytes()
        if not same:
            found.append(f"differs: {path}")
    return found
