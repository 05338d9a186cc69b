"""What the static chart pictures share: XML escaping, Plotly's
label markup (`<br>`, `<b>`) as SVG text with tspans, Dutch numbers and dates.

Labels arrive in the figure dict already HTML-escaped (charts/base.py escape); the only tags left in
them are the few Plotly renders. Text is unescaped once and escaped again for XML, so nothing is
double-escaped and nothing a contributor wrote can become markup."""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from functools import lru_cache

LINE_SPACING = 1.3  # plotly's line height in multi-line text, in font sizes
DEFAULT_FONT = 12
TAG = re.compile(r"(<[^>]*>)")
MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EPOCH = dt.date(1970, 1, 1)


def attr(value) -> str:
    """A value for an XML attribute (quoted by the caller with double quotes)."""
    return html.escape(str(value), quote=True)


def num(value: float) -> str:
    """Coordinates with one decimal: small output, sub-pixel precision."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def lines(text) -> list[list[tuple[str, bool]]]:
    """Plotly label markup -> lines of (XML-escaped chunk, bold) pairs; unknown tags are dropped."""
    return [list(row) for row in rows(str(text if text is not None else ""))]


@lru_cache(maxsize=65536)
def rows(text: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """lines() as tuples, parsed once per text: every label is drawn at each of the chart widths."""
    return tuple(tuple(row) for row in _parse(text))


def _parse(text: str) -> list[list[tuple[str, bool]]]:
    result: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    bold = False
    for part in TAG.split(text):
        tag = part.lower().replace(" ", "")
        if tag in ("<br>", "<br/>"):
            result.append(current)
            current = []
        elif tag == "<b>":
            bold = True
        elif tag == "</b>":
            bold = False
        elif part and not TAG.fullmatch(part):
            current.append((html.escape(html.unescape(part), quote=False), bold))
    result.append(current)
    return result


def plain(text) -> str:
    """The label as plain (XML-escaped) text, lines joined by spaces: for aria-label and titles."""
    return " ".join("".join(chunk for chunk, _ in line) for line in rows(str(text if text is not None else "")))


@lru_cache(maxsize=65536)
def longest_line(text) -> int:
    return max((sum(len(html.unescape(chunk)) for chunk, _ in line) for line in rows(str(text))), default=0)


def text(
    x: float, y: float, label, size: float, anchor: str = "start", valign: str = "middle", cls: str = "ik-s-text", extra: str = ""
) -> str:
    """A <text> of one or more lines. `y` is the top, middle or bottom of the block (`valign`)."""
    parsed = rows(str(label if label is not None else ""))
    step = size * LINE_SPACING
    block = step * len(parsed)
    top = {"top": y, "middle": y - block / 2, "bottom": y - block}[valign]
    spans = []
    for index, chunks in enumerate(_row_markup(parsed)):
        baseline = top + step * index + step / 2 + size * 0.35
        spans.append(f'<tspan x="{num(x)}" y="{num(baseline)}">{chunks}</tspan>')
    return f'<text class="{cls}" font-size="{num(size)}" text-anchor="{anchor}"{extra}>{"".join(spans)}</text>'


@lru_cache(maxsize=65536)
def _row_markup(parsed: tuple) -> tuple[str, ...]:
    return tuple(
        "".join(f'<tspan font-weight="bold">{chunk}</tspan>' if bold else chunk for chunk, bold in row) for row in parsed
    )


def days(value) -> float:
    """A date ('2014-06-29', '2014-06-29 12:00') as days since 1970; numbers pass through."""
    if isinstance(value, (int, float)):
        return float(value)
    return _days(str(value)[:10])


@lru_cache(maxsize=65536)
def _days(day: str) -> float:
    return float((dt.date.fromisoformat(day) - EPOCH).days)


def date_of(value: float) -> dt.date:
    return EPOCH + dt.timedelta(days=round(value))


def dutch_number(value: float, decimals: int) -> str:
    """',~f' in the Dutch locale: '.' between thousands, ',' for decimals, trailing zeros dropped."""
    rounded = round(value, decimals)
    whole, _, fraction = f"{abs(rounded):,.{decimals}f}".partition(".")
    fraction = fraction.rstrip("0")
    sign = "−" if rounded < 0 else ""
    return sign + whole.replace(",", ".") + ("," + fraction if fraction else "")


def decimals_for(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0
