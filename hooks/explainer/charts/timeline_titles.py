"""The timeline's key events and their titles, written in a band above the plot area in the fewest
rows that hold them (charts/labels.py places them), for each chart width."""

from __future__ import annotations

import math

from explainer.charts import base
from explainer.charts.fields import KeyTitles
from explainer.charts.labels import WIDTHS, Box, place, text_size

KEY_EVENTS, KEY_EVENTS_MINI = 12, 5
LABEL_FONT, LABEL_WRAP = 11, 26  # px; characters per line of a key event's title
PHONE_FONT, PHONE_WRAP = 10, 20
BAND_ROW_PX, BAND_GAP_PX, BAND_ROWS = 32, 20, 9  # the label band above the plot area: at most so many rows
RIGHT_PX = 44  # room right of the plot area for the upright modebar, clear of the titles
MIN_WRITTEN = 10  # key titles written on the chart at the least (issue 10), where there are so many
MARGIN_PX, LANE_PAD_PX = 10, 8  # left of the lane names; between them and the plot area


def key_events(events: list, limit: int) -> list:
    """The events whose titles are written on the chart, most important first. The first and the
    last event bound the story; then each year's most-reported event (an event more sources
    report is a milestone, and one per year spreads the titles over the axis); then the
    most-reported of the rest, from the years with the fewest titles (a title per crowded year
    would pile up where the marks already do)."""
    if not events:
        return []
    by_reports = sorted(events, key=lambda e: (-len(e.sources), e.date.start, e.id))
    chosen = {events[0].id: events[0], events[-1].id: events[-1]}
    for event in by_reports:
        if not any(c.date.start.year == event.date.start.year for c in chosen.values()):
            chosen[event.id] = event
    while len(chosen) < min(limit, len(events)):  # then the most-reported of the emptiest years
        per_year: dict[int, int] = {}
        for event in chosen.values():
            per_year[event.date.start.year] = per_year.get(event.date.start.year, 0) + 1
        rest = [e for e in by_reports if e.id not in chosen]
        pick = min(rest, key=lambda e: (per_year.get(e.date.start.year, 0), -len(e.sources), e.date.start, e.id))
        chosen[pick.id] = pick
    return list(chosen.values())[:limit]


def _wrap(title: str, width: int) -> str:
    import textwrap

    return "<br>".join(textwrap.wrap(title, width)) or title


def lane_margin(lane_names: list[str]) -> int:
    """The left margin that already holds the lane names. Plotly's automargin would otherwise
    widen a narrower margin after the first draw and then draw the whole chart a second time
    (a third of newPlot's time on a 1,000-event timeline)."""
    return math.ceil(MARGIN_PX + max((text_size(name, 12)[0] for name in lane_names), default=0) + LANE_PAD_PX)


def _plot_width(width: int, lane_names: list[str]) -> tuple[float, float, float]:
    """Left margin, plot area width and right margin in px: lane names beside the axis, or (on a phone,
    where charts-timeline.js moves them into the plot area) none."""
    if width < 400:
        return 4.0, width - 8.0, 4.0
    left = lane_margin(lane_names)
    return left, width - left - RIGHT_PX, 0.0


def _options(x: float, size: tuple[float, float], rows: int) -> list:
    """Where a title can go: a row of the band above the plot area, shifted sideways at most so far
    that its line still starts under the title."""
    w, h = size
    options = []
    for row in range(rows):
        bottom = -(BAND_GAP_PX + row * BAND_ROW_PX)
        for shift in (0, -w / 4, w / 4, -w / 2 + 6, w / 2 - 6, -w * 0.8, w * 0.8):
            centre = x + shift
            options.append((Box(centre - w / 2, bottom - h, centre + w / 2, bottom), (shift, bottom - h / 2, row)))
    return options


def key_labels(events: list, ys: dict, span: tuple, lane_names: list, periods: list, mini: bool) -> list[KeyTitles]:
    """Per chart width: the key events' titles as annotations above the plot area, each with a dotted
    line down to its mark, placed so that no two titles overlap (titles that find no room are
    left to hover)."""
    keys = key_events(events, KEY_EVENTS_MINI if mini else KEY_EVENTS)
    first, last = span
    layouts: list[KeyTitles] = []
    for width in WIDTHS:
        left, plot_width, right = _plot_width(width, lane_names)
        font, wrap = (PHONE_FONT, PHONE_WRAP) if width < 400 else (LABEL_FONT, LABEL_WRAP)
        xs = [(e.date.midpoint - first).days / max((last - first).days, 1) * plot_width for e in keys]
        titles = [_wrap(base.escape(e.title), wrap) for e in keys]
        sizes = [text_size(t, font) for t in titles]
        picks = _fewest_rows(xs, sizes, Box(-left + 2, 0, plot_width + right - 2, 0), min(MIN_WRITTEN, len(keys)))
        rows = max((pick[1][2] + 1 for pick in picks if pick), default=0)
        annotations, lines = [], []
        for event, title, pick in zip(keys, titles, picks):
            if pick:
                annotations.append(_key_annotation(event, title, pick[1], font))
                lines.append(_key_line(event, ys[event.id]))
        layouts.append(
            {
                "breedte": width,
                "marge": (BAND_GAP_PX + rows * BAND_ROW_PX + 6) if rows else 10,
                "annotaties": annotations,
                "lijnen": lines,
            }
        )
    return layouts


def _fewest_rows(xs: list, sizes: list, span: Box, wanted: int) -> list:
    """The titles' places in the fewest rows of the band that still hold `wanted` titles: a deep
    pile of titles over a crowded year is hard to read, so the least important ones that would
    need more rows are left to hover."""
    for rows in range(1, BAND_ROWS + 1):
        frame = Box(span.x0, -(BAND_GAP_PX + rows * BAND_ROW_PX), span.x1, 0)
        picks = place([_options(x, size, rows) for x, size in zip(xs, sizes)], [], frame)
        if sum(1 for pick in picks if pick) >= wanted:
            break
    return picks


def _key_annotation(event, title: str, where: tuple, font: int) -> dict:
    shift, centre, _ = where
    return {
        "x": base.iso(event.date.midpoint),
        "xref": "x",
        "y": 1,
        "yref": "paper",
        "text": title,
        "showarrow": True,
        "arrowhead": 0,
        "arrowwidth": 1,
        "arrowcolor": "#888888",
        "ax": round(shift, 1),
        "ay": round(centre, 1),
        "font": {"size": font},
        "align": "center",
        "name": event.id,
        "captureevents": False,
    }


def _key_line(event, y: float) -> dict:
    x = base.iso(event.date.midpoint)
    return {
        "type": "line",
        "xref": "x",
        "yref": "y",
        "x0": x,
        "x1": x,
        "y0": y,
        "y1": 0.9,
        "name": event.id,
        "line": {"width": 1, "dash": "dot", "color": "#888888"},
        "layer": "below",
    }
