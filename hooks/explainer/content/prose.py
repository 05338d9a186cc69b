"""The prose of a Markdown text as the citation check reads it: its paragraphs and list items, each
with its line, and the sentences in them.

A paragraph (or list item) is prose unless it only leads elsewhere: an item that starts with a link
("- [Tijdlijn](…): alle gebeurtenissen") or a paragraph of links alone ("Zie ook [[x]]."). Headings,
tables and code are not prose. Raw HTML is prose in content/ (the site shows it as text) and markup
on the hand-written pages of docs/. markdown-it-py (CommonMark) finds the blocks and their lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt

from explainer.content.links import WIKI_LINK

# Markdown links and images, inline code, HTML tags and entities: what "links alone" leaves out.
MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")
LINKING_WORDS = (" zie ook ", " zie ", " lees verder in ", " lees ook ", " meer in ", " en ", " of ")
UNSAFE_SCHEME = r"\s*<?\s*(?:javascript|vbscript|data|file):"
# [text](javascript:...) keeps its text; a reference definition [x]: javascript:... goes.
UNSAFE_INLINE_LINK = re.compile(r"\[([^\]]*)\]\(" + UNSAFE_SCHEME + r"(?:[^()\n]|\([^()\n]*\))*\)", re.I)
UNSAFE_REFERENCE = re.compile(r"^[ ]{0,3}\[[^\]]+\]:" + UNSAFE_SCHEME + r".*$", re.I | re.M)
SHOWN_LT = "\ue000"  # where the check reads a body as shown, "<" (shown as text) without being HTML
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
# A sentence ends at . ! ? or … (with closing quotes or brackets) before a space, a marker or the end,
# unless the word is one of the usual abbreviations.
SENTENCE_END = re.compile(r"(?<!\bo\.a)(?<!\bbijv)(?<!\bca)(?<!\bdr)(?<!\bnr)(?<!\bmr)[.!?…]+[\"”’»)]*(?=\s|\x00|$)")


@dataclass(frozen=True)
class Block:
    """A paragraph or list item: its text as written and its first line (0 = the text's first)."""

    text: str
    line: int
    heading: str  # the heading it stands under ("" before the first)


@cache
def _parser() -> MarkdownIt:
    # Blocks only: the check reads each block's text as written, so the inline pass (links,
    # emphasis: three quarters of the parse time at 1,000 articles) is switched off.
    return MarkdownIt("commonmark").enable("table").disable("inline")


def safe_markdown(text: str, lt: str = "&lt;") -> str:
    """A contributor's Markdown as the site shows it: raw HTML as text ("<" as `lt`), unsafe link
    schemes removed (a link keeps its text). Lines stay where they were."""
    text = text.replace("<", lt)
    return UNSAFE_REFERENCE.sub("", UNSAFE_INLINE_LINK.sub(r"\1", text))


def blocks(markdown: str, html_is_prose: bool = True) -> list[Block]:
    """The prose blocks of a Markdown text, in order. A content body (html_is_prose) is read as the
    site shows it (safe_markdown): its raw HTML is text inside the paragraphs."""
    if html_is_prose:
        return [Block(b.text.replace(SHOWN_LT, "<"), b.line, b.heading) for b in _blocks(safe_markdown(markdown, SHOWN_LT))]
    return _blocks(markdown)


def _blocks(markdown: str) -> list[Block]:
    found, heading, lists = [], "", 0
    tokens = _parser().parse(markdown)
    for index, token in enumerate(tokens):
        lists += {"list_item_open": 1, "list_item_close": -1}.get(token.type, 0)
        if token.type == "heading_open":
            heading = heading_text(tokens[index + 1].content)
        elif (
            token.type == "inline"
            and tokens[index - 1].type == "paragraph_open"
            and token.map is not None
            and not leads_elsewhere(token.content, in_list=lists > 0)
        ):
            found.append(Block(token.content, token.map[0], heading))
    return found


def heading_text(content: str) -> str:
    """A heading as read: without attribute lists ({ data-… }) and surrounding space."""
    return re.sub(r"\s*\{[^}]*\}\s*$", "", content).strip()


def headings(markdown: str) -> list[str]:
    tokens = _parser().parse(markdown)
    return [heading_text(tokens[i + 1].content) for i, token in enumerate(tokens) if token.type == "heading_open"]


def leads_elsewhere(text: str, in_list: bool = False) -> bool:
    """A list item that starts with a link, or a paragraph of links and linking words alone."""
    stripped = text.strip()
    if in_list and (MARKDOWN_LINK.match(stripped) or WIKI_LINK.match(stripped)):
        return True
    rest = " " + WIKI_LINK.sub(" ", MARKDOWN_LINK.sub(" ", stripped)).lower() + " "
    for phrase in LINKING_WORDS:
        rest = rest.replace(phrase, " ")
    return not re.search(r"\w", rest)


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where inline code stands (markers there are examples, not citations)."""
    return [match.span() for match in CODE_SPAN.finditer(text)]


def sentences(text: str) -> list[str]:
    """The sentences of a text in which each marker is replaced by \\x00, each with its markers."""
    found, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        while end < len(text) and (text[end] == "\x00" or text[end].isspace() and "\x00" in text[end : end + 2]):
            end += 1
        found.append(text[start:end])
        start = end
    found.append(text[start:])
    return [sentence for sentence in found if re.search(r"\w", sentence)]
