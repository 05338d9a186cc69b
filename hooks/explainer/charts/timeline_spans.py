"""How the timeline draws a date that is not one day, so a reader tells them apart at a glance:

- a duration ("lasted from a to b") is a solid bar from its start to its end (dotted when the
  date is approximate or uncertain), as before;
- a window ("happened once, somewhere between a and b") is a thin line between two upright
  strokes, a bracket: ├──◆──┤;
- an unknown start or an open end runs off the known bound as a thin dotted line.

All are line traces whose points carry the event's id (charts-timeline.js filters them with their
mark), drawn alike by plotly.js and by the static picture (charts/svg). `key_html` is the note under
the chart that says what the shapes mean."""

from __future__ import annotations

import datetime as dt

from explainer.charts import base
from explainer.charts.fields import SpanData, TraceMeta

STUB_DAYS = 240  # how far an unknown start or an open end runs off its known bound
CAP = 0.17  # half the height of a window's upright strokes, in lanes (a lane row is 0.6)
BAR_WIDTH, THIN_WIDTH = 7, 2


def vague(event) -> bool:
    return event.date.approximate or event.date.uncertain


def drawn_start(event) -> dt.date:
    return event.date.start - dt.timedelta(days=STUB_DAYS if event.date.open_start else 0)


def drawn_end(event) -> dt.date:
    return event.date.end + dt.timedelta(days=STUB_DAYS if event.date.open_end else 0)


def _bar(event, y: float) -> list:
    return [[(event.date.start, y), (event.date.end, y)]]


def _bracket(event, y: float) -> list:
    start, end = event.date.start, event.date.end
    strokes = [] if event.date.open_start else [[(start, y - CAP), (start, y + CAP)]]
    return [*strokes, [(start, y), (end, y)], [(end, y - CAP), (end, y + CAP)]]


def _stubs(event, y: float) -> list:
    stubs = [[(drawn_start(event), y), (event.date.start, y)]] if event.date.open_start else []
    return stubs + ([[(event.date.end, y), (drawn_end(event), y)]] if event.date.open_end else [])


def span_traces(slug: str, name: str, lane: list, y: dict, colour: str) -> list:
    """A lane's bars (solid, then dotted when vague), window brackets and open ends."""
    durations = [e for e in lane if not e.date.is_point and not e.date.is_window]
    groups: list[tuple[list, dict, float]] = [
        ([(e, _bar(e, y[e.id])) for e in durations if not vague(e)], {"width": BAR_WIDTH}, 0.95),
        ([(e, _bar(e, y[e.id])) for e in durations if vague(e)], {"width": BAR_WIDTH, "dash": "dot"}, 0.75),
        ([(e, _bracket(e, y[e.id])) for e in lane if e.date.is_window], {"width": THIN_WIDTH}, 0.95),
        (
            [(e, _stubs(e, y[e.id])) for e in lane if e.date.open_start or e.date.open_end],
            {"width": THIN_WIDTH, "dash": "dot"},
            0.8,
        ),
    ]
    return [_lines(slug, name, colour, drawn, line, opacity) for drawn, line, opacity in groups if drawn]


def _lines(slug: str, name: str, colour: str, drawn: list, line: dict, opacity: float) -> dict:
    """One line trace of polylines, each point tagged with its event's id, None between them."""
    xs: list[str | None] = []
    ys: list[float | None] = []
    ids: list[SpanData | None] = []
    for event, polylines in drawn:
        for points in polylines:
            xs += [base.iso(x) for x, _ in points] + [None]
            ys += [y for _, y in points] + [None]
            ids += [SpanData(id=event.id) for _ in points] + [None]
    meta: TraceMeta = {"soort": "periode"}
    return base.scatter(
        x=xs,
        y=ys,
        customdata=ids,
        mode="lines",
        legendgroup=slug,
        showlegend=False,
        name=name,
        hoverinfo="skip",
        line={"color": colour, **line},
        opacity=opacity,
        meta=meta,
    )


KEY_ITEMS = {
    "bar": ('<path d="M2 6H30" stroke-width="6"/>', "balk: duurde van begin tot eind"),
    "window": (
        '<path d="M2 1V11M2 6H30M30 1V11" stroke-width="2"/>',
        "dunne lijn tussen twee streepjes: gebeurde één keer, ergens in die periode",
    ),
    "open": ('<path d="M2 6H30" stroke-width="2" stroke-dasharray="2 3"/>', "stippellijn: begin of einde onbekend"),
}


def key_html(events: list) -> str:
    """The note under a timeline that shows windows or open ends: each shape with its meaning.
    Drawn in the text colour, so it reads in light and dark mode alike."""
    kinds = ["window"] if any(e.date.is_window for e in events) else []
    kinds += ["open"] if any(e.date.open_start or e.date.open_end for e in events) else []
    if not kinds:
        return ""
    items = "".join(
        f'<span class="ik-chart-key__item"><svg width="32" height="12" viewBox="0 0 32 12" aria-hidden="true" '
        f'fill="none" stroke="currentColor">{shape}</svg> {words}</span>'
        for shape, words in (KEY_ITEMS[kind] for kind in ["bar", *kinds])
    )
    return f'<p class="ik-chart-key">{items}</p>'
