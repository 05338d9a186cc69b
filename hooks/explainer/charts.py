"""Corpus -> Plotly figures as plain data (plotly.js draws them in the browser).

Figures are embedded as JSON data, never as generated script. The page's chart loader
(docs/assets/charts.js) loads plotly.js from the site itself, only on pages with a chart, and sets
colours and fonts from the site's palette. The figures are written as plain dicts rather than
through plotly's Python objects, whose validators cost more than the rest of page generation;
tests/test_quality.py runs every chart of the built site through those validators instead."""
from __future__ import annotations

import datetime as dt
import html
import json
import textwrap
from functools import lru_cache

from markupsafe import Markup

from . import claims, dates

TIMELINE_LABEL = ("Interactieve tijdlijn: elke gebeurtenis is een markering op de tijdas, per thema een baan. "
                  "Dezelfde gebeurtenissen staan hieronder als tabel.")
MAP_LABEL = "Interactieve kaart van Syrië, Irak en buurlanden met alle plaatsen; de lijst staat eronder."
FIGURES_LABEL = ("Grafiek van alle cijfers uit de bronnen op een logaritmische schaal; een balk is een "
                 "bandbreedte. Dezelfde cijfers staan hieronder in een tabel.")
# Okabe–Ito palette: distinguishable with colour-vision deficiencies, readable on light and dark.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D1F", "#999999"]
REGION = {"lon": [33.5, 50.5], "lat": [28.5, 40.5]}
ROW_GAP_DAYS = 150


def _scatter(**trace) -> dict:
    return {"type": "scatter", **trace}


def _scattergeo(**trace) -> dict:
    return {"type": "scattergeo", **trace}


def theme_colours(corpus) -> dict:
    return {slug: PALETTE[i % len(PALETTE)] for i, slug in enumerate(corpus.themes)}


def _escape(text: str) -> str:
    """Plotly renders a few HTML tags in hover text; show content literally."""
    return html.escape(text, quote=False)


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _midpoint(span: dates.EdtfSpan) -> dt.date:
    return span.start + (span.end - span.start) / 2


def _rows(events: list) -> dict:
    """Give overlapping events in one lane their own row (greedy interval packing)."""
    row_ends, rows = [], {}
    for event in sorted(events, key=lambda e: (e.date.start, e.id)):
        for row, end in enumerate(row_ends):
            if (event.date.start - end).days > ROW_GAP_DAYS:
                row_ends[row] = event.date.end
                break
        else:
            row = len(row_ends)
            row_ends.append(event.date.end)
        rows[event.id] = row
    return rows


def _lanes(corpus, events: list, theme: str | None = None) -> list[tuple[str, list, dict]]:
    if theme is not None:  # a theme's own page: all its events in its lane
        return [(theme, events, _rows(events))] if events else []
    by_theme = {slug: [] for slug in corpus.themes}
    for event in events:
        by_theme[event.themes[0]].append(event)
    return [(slug, lane, _rows(lane)) for slug, lane in by_theme.items() if lane]


def timeline(corpus, events: list, mini: bool = False, theme: str | None = None) -> dict:
    """Events on a time axis, one lane per (first) theme, or one lane for `theme`; spans for
    imprecise dates."""
    colours, traces, ticks, labels, tops = theme_colours(corpus), [], [], [], []
    base = 0.0
    for slug, lane, rows in _lanes(corpus, events, theme):
        depth = max(rows.values()) + 1
        y = {e.id: base - rows[e.id] * 0.6 for e in lane}
        ticks.append(base - (depth - 1) * 0.3)
        labels.append(_escape(corpus.themes[slug].title))
        tops.append(base)
        traces += _lane_traces(corpus, slug, lane, y, colours[slug], mini)
        base -= depth * 0.6 + 0.8
    starts = [e.date.start for e in events] or [dt.date(2014, 1, 1)]
    ends = [e.date.end for e in events] or [dt.date(2020, 12, 31)]
    first, last = min(starts) - dt.timedelta(days=120), max(ends) + dt.timedelta(days=120)
    layout = dict(
        height=max(220 if mini else 360, int(-base * (34 if mini else 42)) + 120),
        margin={"l": 10, "r": 10, "t": 10 if mini else 50, "b": 40},
        showlegend=not mini,
        legend={"orientation": "h", "y": -0.08, "yanchor": "top", "x": 0, "groupclick": "togglegroup",
                "title": {"text": "Thema's (klik om aan/uit te zetten):", "side": "top"}},
        xaxis={"type": "date", "range": [_iso(first), _iso(last)], "automargin": True, "fixedrange": False},
        yaxis={"tickvals": ticks, "ticktext": labels, "automargin": True, "fixedrange": True, "zeroline": False,
               "showgrid": False, "range": [base + 0.4, 0.9]},
        hovermode="closest", dragmode="pan",
        **({} if mini else {"shapes": _period_shapes(corpus), "annotations": _period_labels(corpus, first, last)}),
        meta={"periodes": [p["slug"] for p in corpus_periods(corpus)], "baanboven": tops,
              "bereik": {"alles": [_iso(first), _iso(last)], **_presets(corpus, last)}},
    )
    return {"data": traces, "layout": layout}


def _lane_traces(corpus, slug: str, lane: list, y: dict, colour: str, mini: bool) -> list:
    name = _escape(corpus.themes[slug].title)
    traces = []
    for vague in (False, True):
        spans = [e for e in lane if not e.date.is_point and (e.date.approximate or e.date.uncertain) == vague]
        xs, ys, ids = [], [], []
        for event in spans:
            xs += [_iso(event.date.start), _iso(event.date.end), None]
            ys += [y[event.id], y[event.id], None]
            ids += [[event.id], [event.id], None]
        if xs:
            traces.append(_scatter(x=xs, y=ys, customdata=ids, mode="lines", legendgroup=slug, showlegend=False,
                                   name=name, hoverinfo="skip",
                                   line={"color": colour, "width": 7, "dash": "dot" if vague else "solid"},
                                   opacity=0.75 if vague else 0.95, meta={"soort": "periode"}))
    traces.append(_scatter(
        x=[_iso(_midpoint(e.date)) for e in lane], y=[y[e.id] for e in lane], mode="markers", name=name,
        legendgroup=slug, showlegend=not mini,
        marker={"color": colour, "size": 12 if not mini else 10,
                "line": {"color": claims.chart_line_colours(lane, colour), "width": 2},
                "symbol": [claims.chart_symbol(_symbol(e), e) for e in lane]},
        customdata=[_event_data(corpus, e) for e in lane],
        hovertemplate="%{customdata[1]}<br><b>%{customdata[2]}</b><br>%{customdata[3]} · %{customdata[4]}"
                      "<br>%{customdata[10]}<extra></extra>",
        meta={"soort": "gebeurtenissen", "thema": slug},
    ))
    return traces


def _symbol(event) -> str:
    shape = "circle" if event.date.is_point else "diamond"
    return f"{shape}-open" if event.date.approximate or event.date.uncertain else shape


def _event_data(corpus, event) -> list:
    count = len(event.sources)
    places = corpus.place_chains[event.location] if event.location else ()
    where = corpus.places[event.location].name if event.location else "plaats niet bekend"
    return [f"artikelen/{event.defined_in}/#{event.id}", _escape(dates.dutch(event.date.text)), _escape(event.title),
            _escape(where), f"{count} {'bron' if count == 1 else 'bronnen'}",
            event.id, " ".join(event.themes), " ".join(places), *map(_escape, claims.chart_fields(event))]


def corpus_periods(corpus) -> list[dict]:
    return getattr(corpus, "periods", [])


def _period_shapes(corpus) -> list:
    return [{"type": "rect", "xref": "x", "yref": "paper", "x0": p["start"], "x1": p["end"], "y0": 0, "y1": 1,
             "fillcolor": p["colour"], "opacity": 0.12, "line": {"width": 0}, "layer": "below"}
            for p in corpus_periods(corpus)]


def _period_labels(corpus, first: dt.date, last: dt.date) -> list:
    """Labels above the bands; a band near the right edge gets its label to the left of its end."""
    labels = []
    for period in corpus_periods(corpus):
        near_end = dt.date.fromisoformat(period["start"]) > first + (last - first) * 0.8
        labels.append({"x": period["end"] if near_end else period["start"], "xref": "x", "y": 1, "yref": "paper",
                       "yanchor": "bottom", "xanchor": "right" if near_end else "left", "showarrow": False,
                       "text": _escape(period["title"]), "font": {"size": 11}})
    return labels


def _presets(corpus, last: dt.date) -> dict:
    return {"kalifaat": ["2014-01-01", "2019-12-31"], "na-2019": ["2019-01-01", _iso(last)]}


def _view(place=None) -> dict:
    """The region (Syria, Iraq and neighbours), or, for a place outside it, a view around the place."""
    if place is None or (REGION["lat"][0] <= place.lat <= REGION["lat"][1]
                         and REGION["lon"][0] <= place.lon <= REGION["lon"][1]):
        return REGION
    return {"lon": [place.lon - 20, place.lon + 20],
            "lat": [max(place.lat - 12, -80), min(place.lat + 12, 84)]}


def _geo_layout(place=None) -> dict:
    view = _view(place)
    return {"projection": {"type": "mercator"}, "resolution": 50,
            "lonaxis": {"range": view["lon"]}, "lataxis": {"range": view["lat"]},
            "showcountries": True, "showland": True, "showocean": True, "showlakes": True, "showrivers": True,
            "showcoastlines": True, "showframe": False, "bgcolor": "rgba(0,0,0,0)"}


def overview_map(corpus) -> dict:
    places = [p for p in corpus.places.values() if p.kind != "land"]
    counts = {p.slug: len(corpus.events_in_place(p.slug)) for p in places}
    trace = _scattergeo(
        lon=[p.lon for p in places], lat=[p.lat for p in places], mode="markers",
        marker={"size": [8 + 5 * counts[p.slug] ** 0.8 for p in places], "color": PALETTE[0], "opacity": 0.75,
                "line": {"width": 1, "color": "#ffffff"}, "sizemode": "diameter"},
        customdata=[[f"plaatsen/{p.slug}/", _escape(p.name), counts[p.slug],
                     "gebeurtenis" if counts[p.slug] == 1 else "gebeurtenissen"] for p in places],
        hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]} %{customdata[3]}<extra></extra>",
        name="Plaatsen")
    layout = {"geo": _geo_layout(), "height": 520, "margin": {"l": 0, "r": 0, "t": 0, "b": 0}, "showlegend": False}
    return {"data": [trace], "layout": layout}


def locator_map(corpus, place) -> dict:
    others = [p for p in corpus.places.values() if p.slug != place.slug and p.kind != "land"]
    traces = [
        _scattergeo(lon=[p.lon for p in others], lat=[p.lat for p in others], mode="markers", hoverinfo="skip",
                    marker={"size": 5, "color": "#888888", "opacity": 0.6}, name="Andere plaatsen"),
        _scattergeo(lon=[place.lon], lat=[place.lat], mode="markers", name=_escape(place.name),
                    marker={"size": 16, "color": PALETTE[4], "symbol": "star", "line": {"width": 1, "color": "#ffffff"}},
                    customdata=[[f"plaatsen/{place.slug}/", _escape(place.name)]],
                    hovertemplate="<b>%{customdata[1]}</b><extra></extra>"),
    ]
    layout = {"geo": _geo_layout(place), "height": 320, "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
              "showlegend": False}
    return {"data": traces, "layout": layout}


def figures_chart(corpus, figures: list) -> dict:
    # One row per figure, named by what is counted and who claims it: the label is part of the
    # axis, so it can never run past the chart's edge.
    rows = [f"{_wrap(_escape(f'{f.label} ({f.unit}), {dates.dutch(f.date.text)}'))}"
            f"<br><i>{_wrap(_escape('volgens ' + f.according_to))}</i>" for f in figures]
    ranges_x, ranges_y = [], []
    for figure_, row in zip(figures, rows):
        if figure_.is_range:
            ranges_x += [figure_.low, figure_.high, None]
            ranges_y += [row, row, None]
    data = [[f"artikelen/{f.article}/#cijfer-{f.id}",
             _escape(f"{f.qualifier + ' ' if f.qualifier else ''}{_number(f.low)}"
                     f"{' – ' + _number(f.high) if f.is_range else ''} {f.unit}"),
             _escape(f.according_to), _escape(dates.dutch(f.date.text)), _escape(f.label)] for f in figures]
    traces = [
        _scatter(x=ranges_x, y=ranges_y, mode="lines", line={"width": 10, "color": PALETTE[5]}, opacity=0.7,
                   hoverinfo="skip", name="Bandbreedte"),
        _scatter(x=[f.low for f in figures], y=rows, mode="markers", name="Cijfer",
                   marker={"size": 11, "color": PALETTE[0], "symbol": ["line-ns-open" if f.is_range else "circle"
                                                                         for f in figures],
                           "line": {"width": 3, "color": PALETTE[0]}},
                   customdata=data,
                   hovertemplate="<b>%{customdata[4]}</b><br>%{customdata[1]}<br>volgens %{customdata[2]}"
                                 "<br>%{customdata[3]}<extra></extra>"),
    ]
    layout = dict(
        height=max(320, _row_height(rows) * len(figures) + 120), margin={"l": 10, "r": 20, "t": 20, "b": 50},
        showlegend=False,
        xaxis={"type": "log", "title": {"text": "aantal (logaritmische schaal)"}, "automargin": True},
        meta={"soort": "cijfers"},
        yaxis={"autorange": "reversed", "automargin": True, "type": "category", "fixedrange": True,
               "categoryorder": "array", "categoryarray": rows},
        hovermode="closest")
    return {"data": traces, "layout": layout}


def _row_height(rows: list[str]) -> int:
    """Categories are evenly spaced: give every row room for the longest name."""
    return max((row.count("<br>") + 1 for row in rows), default=1) * 16 + 16


def _wrap(text: str, width: int = 48) -> str:
    return "<br>".join(textwrap.wrap(text, width)) or text


def _number(value: float) -> str:
    from babel.numbers import format_decimal
    return format_decimal(value, locale=dates.LOCALE)


def embed(chart_id: str, figure: dict, label: str, controls: bool = False) -> Markup:
    """The chart's container with its figure as inert JSON in a data attribute.

    Not a <script type="application/json">: Material's instant navigation re-runs every
    script element of a new page as JavaScript."""
    data = json.dumps(figure, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return Markup(
        f'<figure class="ik-chart-figure">\n'
        f'<div class="ik-chart" id="grafiek-{chart_id}" data-chart="{chart_id}"'
        f'{" data-controls" if controls else ""} data-figure="{html.escape(data, quote=True)}"></div>\n'
        f'<figcaption>{html.escape(label)}</figcaption>\n'
        f'</figure>')
