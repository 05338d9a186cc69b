"""Wiki-links in body text: [[target]] and [[target|shown text]]."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from slugify import slugify

WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]")


@dataclass(frozen=True)
class WikiLink:
    target: str
    text: str | None
    line_offset: int  # lines after the start of the text
    start: int
    end: int

    @property
    def key(self) -> str:
        return link_key(self.target)


@cache
def link_key(target: str) -> str:
    """The slug a link target stands for (validation and rendering both ask, per link)."""
    return slugify(target)


def _link(match: re.Match, line_offset: int = 0) -> WikiLink:
    text = match.group(2).strip() if match.group(2) else None
    return WikiLink(match.group(1).strip(), text, line_offset, match.start(), match.end())


def find_links(text: str) -> list[WikiLink]:
    return [_link(m, text.count("\n", 0, m.start())) for m in WIKI_LINK.finditer(text)]


def replace_links(text: str, render) -> str:
    """Replace each wiki-link by render(link)."""
    return WIKI_LINK.sub(lambda m: render(_link(m)), text)
