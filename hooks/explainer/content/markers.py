"""Citation markers in prose: the syntax, read once for the check, the pages and plain text.

A marker stands right after the punctuation of the sentence or clause it supports:
`[@slug, 7]`, `[@slug, 7-8]`, `[@slug, 3, 7]` (passages of that article's source),
`[@event-or-figure-id]` (its sources and passages are known), several at once: `[@a, 3; @b]`.
A marker inside inline code is an example, not a citation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer.content.prose import code_spans

MARKER = re.compile(r"\[@[^\[\]]*\]")
STRAY = re.compile(r"\[@")  # an opening without a well-formed close is a malformed marker too
KEY = r"[a-z0-9]+(?:-[a-z0-9]+)*"
NUMBERS = r"\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*"
ITEM = re.compile(rf"\s*@({KEY})\s*(?:,\s*({NUMBERS}))?\s*")


@dataclass(frozen=True)
class Citation:
    key: str  # an article slug, event id or figure id
    passages: tuple  # the passage numbers given with it, in order, ranges written out; () for none


@dataclass(frozen=True)
class Marker:
    text: str  # as written, e.g. "[@a, 3; @b]"
    start: int
    end: int
    citations: tuple | None  # Citation, in order; None when the marker is malformed


def _numbers(text: str) -> tuple | None:
    found: list[int] = []
    for part in text.split(","):
        written_low, _, written_high = part.partition("-")
        low, high = int(written_low), int(written_high or written_low)
        if low < 1 or high < low:
            return None
        found += range(low, high + 1)
    return tuple(dict.fromkeys(found))


def parse_marker(text: str) -> tuple | None:
    """The citations of one marker ("[@a, 3; @b]"), or None when it is malformed."""
    if not (text.startswith("[@") and text.endswith("]")):
        return None
    citations = []
    for item in text[1:-1].split(";"):
        match = ITEM.fullmatch(item)
        if match is None:
            return None
        numbers = _numbers(match.group(2)) if match.group(2) else ()
        if numbers is None:
            return None
        citations.append(Citation(match.group(1), numbers))
    return tuple(citations)


def find_markers(text: str) -> list[Marker]:
    """Every marker of a text outside inline code, well-formed or not, in order."""
    code = code_spans(text)

    def in_code(position: int) -> bool:
        return any(start <= position < end for start, end in code)

    found = [Marker(m.group(0), m.start(), m.end(), parse_marker(m.group(0))) for m in MARKER.finditer(text)]
    found = [marker for marker in found if not in_code(marker.start)]
    covered = [(marker.start, marker.end) for marker in found]
    for stray in STRAY.finditer(text):
        if not in_code(stray.start()) and not any(start <= stray.start() < end for start, end in covered):
            rest = text[stray.start() :].split("\n", 1)[0]
            found.append(Marker(rest[:40], stray.start(), stray.start() + len(rest[:40]), None))
    return sorted(found, key=lambda marker: marker.start)


def replace_markers(text: str, render) -> str:
    """The text with each well-formed marker outside code replaced by render(marker)."""
    parts, position = [], 0
    for marker in find_markers(text):
        if marker.citations is None:
            continue
        parts += [text[position : marker.start], render(marker)]
        position = marker.end
    return "".join(parts) + text[position:]


def strip_markers(text: str) -> str:
    """Plain text without its markers (meta descriptions, open data, chart labels, lists)."""
    if "[@" not in text:
        return text
    parts, position = [], 0
    for marker in find_markers(text):
        if marker.citations is not None:
            parts.append(text[position : marker.start].rstrip(" "))
            position = marker.end
    return "".join(parts) + text[position:]


def passage_words(numbers: tuple) -> str:
    """'alinea 7', "alinea's 7–8", "alinea's 3 en 7", "alinea's 2–4 en 8"; "" for none."""
    if not numbers:
        return ""
    runs: list[list[int]] = []
    ordered = sorted(set(numbers))
    for number in ordered:
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    words = [str(low) if low == high else f"{low}–{high}" for low, high in runs]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
    return f"alinea {listed}" if len(ordered) == 1 else f"alinea's {listed}"
