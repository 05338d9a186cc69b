"""/cijfers/ as small multiples: one panel per kind of quantity (content/quantities.py), each with its own
axis in one unit; in a panel one row per figure, named above its mark (what, according to whom,
when), the value written next to the mark in Dutch notation, a range drawn as a range.

The panels' vertical axes are in pixels, so rows, names and gaps have the same size on every
screen; only the horizontal axes scale with the width."""

from __future__ import annotations

import textwrap

from explainer import dates, routes
from explainer.charts import base
from explainer.charts.fields import FigureData, FiguresMeta, TraceKind, TraceMeta
from explainer.content.quantities import QUANTITIES, Quantity, quantity_of
from explainer.model.records import Figure

ROW_FONT, LINE_PX, MARK_PX, ROW_GAP_PX = 11, 15, 22, 10
HEADER_PX, AXIS_PX, WRAP = 30, 34, 46
MARGIN = {"l": 12, "r": 16, "t": 8, "b": 8}


def panels(figures: list[Figure]) -> list[tuple[str, Quantity, list[Figure]]]:
    """(key, Quantity, figures) per kind of quantity, in the vocabulary's order; within a panel the
    estimates in time order, so different claimants of one quantity stand one under the other."""
    grouped: dict[str, tuple[Quantity, list[Figure]]] = {}
    for figure in figures:
        key, quantity = quantity_of(figure.counted, figure.unit)
        grouped.setdefault(key, (quantity, []))[1].append(figure)
    order = {key: i for i, key in enumerate(QUANTITIES)}
    keys = sorted(grouped, key=lambda k: (order.get(k, len(order)), k))
    return [(k, grouped[k][0], sorted(grouped[k][1], key=lambda f: (f.date.sort_key, f.according_to, f.id))) for k in keys]


def value_text(figure) -> str:
    """'20.000–31.500', 'ongeveer 5.000', with the figure's own unit where the panel converts it."""
    value = base.number(figure.low) + (f"–{base.number(figure.high)}" if figure.is_range else "")
    return f"{figure.qualifier + ' ' if figure.qualifier else ''}{value}"


def _row_name(figure) -> str:
    """What, according to whom, when; a label that already names its claimant ("IS-strijders
    volgens de CIA") is not followed by the claimant a second time."""
    claimant = "" if "volgens " in figure.label.lower() else f" · volgens {figure.according_to}"
    text = f"{figure.label}{claimant} · {dates.dutch(figure.date.text)}"
    return "<br>".join(textwrap.wrap(base.escape(text), WRAP))


def _row_height(name: str) -> int:
    return (name.count("<br>") + 1) * LINE_PX + MARK_PX + ROW_GAP_PX


def figures_chart(corpus, figures: list[Figure]) -> dict:
    traces: list[dict] = []
    annotations: list[dict] = []
    layout: dict[str, object] = {}
    top = 0
    groups = panels(figures)
    total = sum(HEADER_PX + AXIS_PX + sum(_row_height(_row_name(f)) for f in group) for _, _, group in groups)
    for index, (key, quantity, group) in enumerate(groups, start=1):
        height, panel_traces, panel_notes = _panel(index, key, quantity, group)
        traces += panel_traces
        annotations += panel_notes
        bottom = top + HEADER_PX + height
        top_value = max(f.high * quantity.units[f.unit] for f in group)
        suffix = "" if index == 1 else str(index)
        layout[f"yaxis{suffix}"] = _panel_y_axis(suffix, (1 - bottom / total, 1 - (top + HEADER_PX) / total), height)
        layout[f"xaxis{suffix}"] = _panel_x_axis(suffix, top_value)
        annotations.append(_panel_title(quantity, 1 - top / total))
        top = bottom + AXIS_PX
    meta: FiguresMeta = {"soort": "cijfers", "panelen": [k for k, _, _ in groups]}
    layout.update(
        height=total + MARGIN["t"] + MARGIN["b"],
        margin=MARGIN,
        showlegend=False,
        hovermode="closest",
        annotations=annotations,
        meta=meta,
    )
    return {"data": traces, "layout": layout}


def _panel_y_axis(suffix: str, domain: tuple[float, float], height: int) -> dict:
    return {"domain": list(domain), "range": [-height, 0], "visible": False, "fixedrange": True, "anchor": f"x{suffix}"}


def _panel_x_axis(suffix: str, top_value: float) -> dict:
    return {
        "anchor": f"y{suffix}",
        "rangemode": "tozero",
        "fixedrange": True,
        "range": [-top_value * 0.02, top_value * 1.08],
        "tickformat": ",~f",
        "nticks": 5,
        "ticks": "outside",
        "showline": True,
        "zeroline": False,
    }


def _panel_title(quantity, y: float) -> dict:
    return {
        "text": f"<b>{base.escape(quantity.title)}</b> (in {base.escape(quantity.unit)})",
        "xref": "paper",
        "x": 0,
        "xanchor": "left",
        "yref": "paper",
        "y": y,
        "yanchor": "top",
        "showarrow": False,
        "font": {"size": 13},
        "name": "paneel",
    }


def _panel(index: int, key: str, quantity, group: list) -> tuple[int, list, list]:
    """One panel's traces and row names; its height in px. Rows go downwards from y = 0."""
    axes = {"xaxis": f"x{'' if index == 1 else index}", "yaxis": f"y{'' if index == 1 else index}"}
    names = [_row_name(f) for f in group]
    y, marks, notes = 0, [], []
    for figure, name in zip(group, names):
        notes.append(
            {
                "text": name,
                "xref": "paper",
                "x": 0,
                "xanchor": "left",
                "yref": axes["yaxis"],
                "y": -y,
                "yanchor": "top",
                "showarrow": False,
                "align": "left",
                "font": {"size": ROW_FONT},
                "name": figure.id,
            }
        )
        y += _row_height(name)
        marks.append(-(y - ROW_GAP_PX - MARK_PX / 2))
    scale = [quantity.units[f.unit] for f in group]
    return y, _panel_traces(group, marks, scale, axes, (key, quantity.unit), quantity), notes


def _panel_traces(group, marks, scale, axes, panel: tuple[str, str], quantity) -> list:
    """A panel's traces: the ranges as bars, the figures as marks, and their values written beside them."""
    return [
        _range_trace(group, marks, scale, axes, panel),
        _value_marks(group, marks, scale, axes, panel, quantity),
        _value_texts(group, marks, scale, axes, panel, quantity),
    ]


def _range_trace(group, marks, scale, axes, panel: tuple[str, str]) -> dict:
    ranges_x, ranges_y = [], []
    for figure, y, factor in zip(group, marks, scale):
        if figure.is_range:
            ranges_x += [figure.low * factor, figure.high * factor, None]
            ranges_y += [y, y, None]
    return base.scatter(
        x=ranges_x,
        y=ranges_y,
        mode="lines+markers",
        hoverinfo="skip",
        name="Bandbreedte",
        line={"width": 8, "color": base.PALETTE[5]},
        opacity=0.8,
        marker={"symbol": "line-ns", "size": 16, "line": {"width": 3, "color": base.PALETTE[0]}},
        meta=_meta("bandbreedte", panel),
        **axes,
    )


def _value_marks(group, marks, scale, axes, panel: tuple[str, str], quantity) -> dict:
    return base.scatter(
        x=[(f.low + f.high) / 2 * k for f, k in zip(group, scale)],
        y=marks,
        mode="markers",
        name="Cijfer",
        meta=_meta("cijfers", panel),
        cliponaxis=False,
        marker={
            "size": [18 if f.is_range else 11 for f in group],
            "color": base.PALETTE[0],
            "opacity": [0 if f.is_range else 1 for f in group],
        },
        customdata=[_figure_data(f, quantity) for f in group],
        hovertemplate="<b>%{customdata.wat}</b><br>%{customdata.waarde}<br>volgens "
        "%{customdata.volgens}<br>%{customdata.datum}<extra></extra>",
        **axes,
    )


def _value_texts(group, marks, scale, axes, panel: tuple[str, str], quantity) -> dict:
    """The values beside the marks: right of a short bar, left inside a long one."""
    limit = max(f.high * k for f, k in zip(group, scale)) * 1.08
    right = [f.high * k < limit * 0.55 for f, k in zip(group, scale)]
    return base.scatter(
        x=[(f.high if r else f.low) * k for f, k, r in zip(group, scale, right)],
        y=marks,
        mode="markers+text",
        text=[value_text(f) + ("" if f.unit == quantity.unit else f" {base.escape(f.unit)}") for f in group],
        marker={"size": 16, "opacity": 0},
        textposition=["middle right" if r else "middle left" for r in right],
        textfont={"size": 12},
        hoverinfo="skip",
        name="Waarde",
        meta=_meta("waarden", panel),
        cliponaxis=False,
        **axes,
    )


def _meta(kind: TraceKind, panel: tuple[str, str]) -> TraceMeta:
    """A panel's trace: what it shows, the panel's kind of quantity and unit."""
    return {"soort": kind, "paneel": panel[0], "eenheid": panel[1]}


def _figure_data(figure, quantity) -> FigureData:
    return {
        "url": routes.figure(figure),
        "wat": base.escape(figure.label),
        "waarde": base.escape(f"{value_text(figure)} {figure.unit}"),
        "volgens": base.escape(figure.according_to),
        "datum": base.escape(dates.dutch(figure.date.text)),
        "eenheid": base.escape(quantity.unit),
        "id": figure.id,
    }
