"""What every chart shares: palette, escaping, Dutch numbers, the time presets, the embed markup
with its footer (sources, data download)."""

from __future__ import annotations

import datetime as dt
import html
import json

from markupsafe import Markup

from explainer import dates
from explainer.charts import svg
from explainer.charts.svg import subset

# Okabe–Ito palette: distinguishable with colour-vision deficiencies, readable on light and dark.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#8C6D1F", "#999999"]
MARGIN_DAYS = 120  # room before the first and after the last event on a time axis
SOURCES_LISTED = 6  # a footer names this many source articles; more are summed up with a link to all


def scatter(**trace) -> dict:
    return {"type": "scatter", **trace}


def scattergeo(**trace) -> dict:
    return {"type": "scattergeo", **trace}


def escape(text: str) -> str:
    """Plotly renders a few HTML tags in text; show content literally."""
    return html.escape(text, quote=False)


def iso(day: dt.date) -> str:
    return day.isoformat()


def number(value: float) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=dates.LOCALE)


def span_end(events: list) -> dt.date:
    return max((e.date.end for e in events), default=dt.date(2020, 12, 31)) + dt.timedelta(days=MARGIN_DAYS)


def presets(corpus) -> dict[str, tuple[str, str]]:
    """The named periods of the timeline's and the map's buttons (the button labels are in the templates)."""
    return {"kalifaat": ("2014-01-01", "2019-12-31"), "na-2019": ("2019-01-01", iso(span_end(corpus.last_event)))}


def overlaps(span: dates.EdtfSpan, period: tuple[str, str]) -> bool:
    return span.start.isoformat() <= period[1] and span.end.isoformat() >= period[0]


def footer(
    corpus, articles: list[str], csv: tuple[str, list[str]], root: str, without: str = "de plaatsenlijst van deze site"
) -> str:
    """The chart's footer: its source articles linked (or `without`, when no article is behind
    it), and the data behind it as CSV. `csv` is (site path, its columns); `root` leads from the
    page to the site root."""
    articles = list(dict.fromkeys(articles))
    links = [
        f'<a href="{root}artikelen/{slug}/">{html.escape(corpus.articles[slug].title)}</a>' for slug in articles[:SOURCES_LISTED]
    ]
    if len(articles) > SOURCES_LISTED:
        links.append(f'<a href="{root}artikelen/">en {len(articles) - SOURCES_LISTED} andere artikelen</a>')
    sources = "; ".join(links) or html.escape(without)
    path, columns = csv
    return (
        f'<p class="ik-chart-footer"><span class="ik-chart-sources">Bron: {sources}.</span> '
        f'<a class="ik-chart-csv" href="{root}{path}" download data-columns="{",".join(columns)}">'
        f"Download de gegevens (CSV)</a> "
        # share.js fills in GitHub's issue form with the page and the chart; without it, to the page's own link
        f'<a class="ik-chart-report" href="#ik-meld">Meld een fout in deze grafiek</a></p>'
    )


def embed(chart_id: str, plot: dict, label: str, controls: bool = False, footer_html: str = "") -> Markup:
    """The chart's container with its plot as inert JSON in a data attribute (data-figure, Plotly's
    word), its static pictures (charts/svg/) and its footer. plotly.js replaces the pictures when
    the reader starts to interact; the container is focusable, so a keyboard reaches that too
    (docs/assets/charts.js). Raises subset.OutsideSubset, naming the chart, for a plot the
    pictures cannot draw (charts/svg/subset.py).

    Not a <script type="application/json">: Material's instant navigation re-runs every
    script element of a new page as JavaScript. data-plotly names the bundle the chart needs."""
    subset.check(plot, chart_id)
    data = json.dumps(plot, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    bundle = "geo" if any(trace.get("type") == "scattergeo" for trace in plot["data"]) else "kern"
    return Markup(
        f'<figure class="ik-chart-figure">\n'
        f'<div class="ik-chart" id="grafiek-{chart_id}" data-chart="{chart_id}" data-plotly="{bundle}"'
        f'{" data-controls" if controls else ""} tabindex="0" data-figure="{html.escape(data, quote=True)}">'
        f"{svg.pictures(plot, label)}</div>\n"
        f"<figcaption>{html.escape(label)}{footer_html}</figcaption>\n"
        f"</figure>"
    )
