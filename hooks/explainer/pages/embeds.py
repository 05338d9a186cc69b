"""Embed pages, /insluiten/<chart>/: one chart alone, for an <iframe> on another site (issue 24).

The timeline, the map, the figures chart and each of its panels, and each place's locator map. An
embed page holds the chart as the site draws it (charts.embed: the static picture first, plotly.js
on demand), its title, the timeline's or the map's controls (the address state works as on the
full page), and a one-line footer: the source, the data, the page it comes from. Its theme template
(docs/overrides/insluiten.html) has no navigation, header or footer and tells search engines not to
index it; docs/assets/embed.js keeps the iframe as tall as the page (docs/assets/insluiten.js, the
script of the embed code, listens on the other site)."""

from __future__ import annotations

from dataclasses import dataclass

from explainer import charts, routes
from explainer.model.corpus import Corpus
from explainer.pages import figures as figures_pages
from explainer.pages import reuse
from explainer.pages import timeline as timeline_pages
from explainer.pages.generated import GeneratedPage, page
from explainer.pages.places import place_groups
from explainer.pages.render import Renderer, coordinates

TEMPLATE = "insluiten.html"  # docs/overrides/insluiten.html
TIMELINE_LABEL = (
    "Interactieve tijdlijn: elke gebeurtenis is een markering op de tijdas, per thema een baan; de "
    "belangrijkste gebeurtenissen staan er met hun titel boven. Met de strook eronder kies je een periode. "
    "Dezelfde gebeurtenissen staan als tabel op de pagina Tijdlijn (link hieronder)."
)
MAP_LABEL = (
    "Interactieve kaart van Syrië, Irak en buurlanden met alle plaatsen, de belangrijkste met naam. "
    "De lijst van alle plaatsen staat op de pagina Kaart (link hieronder)."
)
FIGURES_LABEL = (
    "Cijfers uit de bronnen, per soort een paneel met een eigen as in één eenheid; een balk is een "
    "bandbreedte. Dezelfde cijfers staan als tabel op de pagina Cijfers (link hieronder)."
)


@dataclass
class Embed:
    """One embed page: its chart and where it comes from."""

    chart_id: str
    title: str
    plot: dict
    label: str
    back: str  # the page the chart comes from, from the site root
    back_words: str  # the footer's link text to that page
    sources: str  # the footer's "Bron: ..."
    csv: str  # the data file behind the chart
    controls: str | None = None  # "timeline" | "map": the chart's controls, as on its page

    @property
    def height(self) -> int:
        return reuse.height(self.plot, self.controls is not None)


def articles_word(count: int) -> str:
    return f"{count} {'artikel' if count == 1 else 'artikelen'}"


def timeline_embed(corpus: Corpus) -> Embed:
    events = list(corpus.events.values())
    scale = timeline_pages.at_scale(corpus)
    plot = timeline_pages.charts_overview.overview(corpus) if scale else charts.timeline_chart(corpus, events)
    label = timeline_pages.charts_overview.LABEL.replace(", hieronder gelinkt", "") if scale else TIMELINE_LABEL
    sources = len({slug for e in events for slug in e.sources})
    return Embed(
        chart_id="tijdlijn",
        title="Tijdlijn",
        plot=plot,
        label=label,
        back=routes.TIMELINE,
        back_words="Tijdlijn met tabel en bronnen",
        sources=articles_word(sources),
        csv=routes.EVENTS_CSV,
        controls="timeline",
    )


def map_embed(corpus: Corpus) -> Embed:
    sources = len({slug for e in corpus.events.values() for slug in e.sources})
    return Embed(
        chart_id="kaart",
        title="Kaart van alle plaatsen",
        plot=charts.overview_map(corpus),
        label=MAP_LABEL,
        back=routes.MAP,
        back_words="Kaart met de lijst van plaatsen",
        sources=articles_word(sources),
        csv=routes.PLACES_CSV,
        controls="map",
    )


def figure_embeds(corpus: Corpus) -> list[Embed]:
    """The whole figures chart, and each of its panels alone (as many figures as /cijfers/ shows)."""
    return [
        Embed(
            chart_id=chart_id,
            title=title,
            plot=plot,
            label=FIGURES_LABEL,
            back=routes.FIGURES,
            back_words="Cijfers met tabel en bronnen",
            sources=articles_word(len({f.article for f in shown})),
            csv=routes.FIGURES_CSV,
        )
        for chart_id, title, plot, shown in figures_pages.embeddable(corpus)
    ]


def locator_embeds(corpus: Corpus) -> list[Embed]:
    return [
        Embed(
            chart_id=f"kaart-{place.slug}",
            title=f"Ligging van {place.name}",
            plot=charts.locator_map(corpus, place),
            label=f"Kaartje van de regio met de ligging van {place.name} ({coordinates(place)}).",
            back=routes.place(place.slug),
            back_words=f"Pagina van {place.name}",
            sources="de plaatsenlijst",
            csv=routes.PLACES_CSV,
        )
        for place in corpus.places.values()
    ]


def embed_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/insluiten/<chart>/ for every chart that has an "Insluiten" button."""
    embeds = [timeline_embed(corpus), map_embed(corpus), *figure_embeds(corpus), *locator_embeds(corpus)]
    return [_page(corpus, renderer, embed) for embed in embeds]


def _page(corpus: Corpus, renderer: Renderer, embed: Embed) -> GeneratedPage:
    uri = routes.source(routes.embed(embed.chart_id))
    footer = renderer.macro("_embed.j2", "footer", uri, embed=embed)
    chart = charts.embed(embed.chart_id, embed.plot, embed.label, controls=embed.controls is not None, footer_html=footer)
    values = {"embed": embed, "chart": chart}
    if embed.controls == "timeline":
        events = list(corpus.events.values())
        values.update(events=events, groups=place_groups(corpus), years=timeline_pages.year_rows(timeline_pages.by_year(corpus)))
        values["full_list"] = len(events) <= timeline_pages.TABLE_MAX
    if embed.controls == "map":
        values["size_legend"] = charts.size_legend(corpus)
    return page(
        uri,
        renderer.render("embed.md.j2", uri, **values),
        title=embed.title,
        description=f"{embed.title}: de grafiek alleen, om in te sluiten op een andere site.",
        template=TEMPLATE,
        search={"exclude": True},
        embed={"back": embed.back},
    )
