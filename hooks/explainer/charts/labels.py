"""Direct labels that never overlap: greedy placement of text boxes by importance.

Plotly draws text where it is told and does not avoid collisions, so the charts decide where
labels go here, in pixels, for a few chart widths; the page picks the widest layout that fits
(docs/assets/charts.js). Text sizes are estimated on the wide side, so a label the browser
draws is never larger than the box reserved for it."""

from __future__ import annotations

from dataclasses import dataclass

CHAR_WIDTH = 0.62  # of the font size: wider than system-ui's average letter, capitals included
LINE_HEIGHT = 1.3
PAD = 2.0  # px kept free around every label
WIDTHS = (350, 640, 920)  # chart widths (px) a layout is computed for: phone, tablet, desktop


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        return not (
            self.x1 + PAD <= other.x0 or other.x1 + PAD <= self.x0 or self.y1 + PAD <= other.y0 or other.y1 + PAD <= self.y0
        )

    def inside(self, frame: Box) -> bool:
        return self.x0 >= frame.x0 and self.y0 >= frame.y0 and self.x1 <= frame.x1 and self.y1 <= frame.y1


def text_size(text: str, font_size: float) -> tuple[float, float]:
    """Width and height in px of (possibly multi-line, '<br>'-separated) text."""
    lines = text.split("<br>")
    return (max(len(line) for line in lines) * font_size * CHAR_WIDTH, len(lines) * font_size * LINE_HEIGHT)


def place(candidates: list[list], obstacles: list[Box], frame: Box) -> list:
    """For each candidate (in order of importance) the first of its alternatives (box, value)
    that stays inside the frame and clear of the obstacles and of every label placed before;
    None where none fits. Returns the chosen (box, value) pairs."""
    taken, chosen = list(obstacles), []
    for alternatives in candidates:
        pick = next(
            (option for option in alternatives if option[0].inside(frame) and not any(option[0].overlaps(box) for box in taken)),
            None,
        )
        if pick is not None:
            taken.append(pick[0])
        chosen.append(pick)
    return chosen


def around(x: float, y: float, radius: float, size: tuple[float, float]) -> list[tuple[Box, str]]:
    """The four places for a label next to a marker, as plotly `textposition` values."""
    w, h, gap = size[0], size[1], radius / 0.8 + 1  # plotly's own offset (Drawing.textPointPosition)
    return [
        (Box(x + gap, y - h / 2, x + gap + w, y + h / 2), "middle right"),
        (Box(x - gap - w, y - h / 2, x - gap, y + h / 2), "middle left"),
        (Box(x - w / 2, y - gap - h, x + w / 2, y - gap), "top center"),
        (Box(x - w / 2, y + gap, x + w / 2, y + gap + h), "bottom center"),
    ]


def marker_box(x: float, y: float, radius: float) -> Box:
    return Box(x - radius, y - radius, x + radius, y + radius)
