"""Wiki-links in body text: [[target]] and [[target|shown text]]."""
from __future__ import annotations

import re
from dataclasses import dataclass

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
        return slugify(self.target)


def find_links(text: str) -> list[WikiLink]:
    return [WikiLink(m.group(1).strip(), m.group(2).strip() if m.group(2) else None,
                     text.count("\n", 0, m.start()), m.start(), m.end())
            for m in WIKI_LINK.finditer(text)]


def replace_links(text: str, render) -> str:
    """Replace each wiki-link by render(link)."""
    return WIKI_LINK.sub(lambda m: render(WikiLink(m.group(1).strip(), m.group(2).strip() if m.group(2) else None,
                                                    0, m.start(), m.end())), text)
