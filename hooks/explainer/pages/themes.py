"""Theme pages (introduction, timeline, events, articles) and /themas/."""

from __future__ import annotations

from explainer import charts, routes
from explainer.content.markers import strip_markers
from explainer.model.corpus import Corpus, Theme
from explainer.pages.generated import GeneratedPage, latest_events, list_limits, page, shown_words
from explainer.pages.render import Renderer


def reading_order(corpus: Corpus) -> list[str]:
    """The themes in the order the first story meets them (the first theme of each step's events),
    then the others in their own order: a reader who goes on from theme to theme follows the story."""
    story = next(iter(corpus.stories.values()), None)
    met = [corpus.events[i].themes[0] for step in (story.steps if story else ()) for i in step.events]
    return list(dict.fromkeys([slug for slug in met if slug in corpus.themes] + list(corpus.themes)))


def _chain(corpus: Corpus, order: list[str], slug: str) -> dict:
    at = order.index(slug)
    return {
        "before": corpus.themes[order[at - 1]] if at > 0 else None,
        "after": corpus.themes[order[at + 1]] if at + 1 < len(order) else None,
        "story": next(iter(corpus.stories.values()), None),
    }


def theme_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    pages = []
    order = reading_order(corpus)
    for theme in corpus.themes.values():
        uri = routes.source(routes.theme(theme.slug))
        events = corpus.events_by_theme.get(theme.slug, [])
        shown = latest_events(events)
        cites = renderer.citations(uri)
        lead = cites.html(theme.summary)  # first: the numbers follow the page's order
        rendered = renderer.render(
            "theme.md.j2",
            uri,
            theme=theme,
            lead=lead,
            body=renderer.body(theme.body, uri, cites),
            cites=cites,
            events=shown,
            total=len(events),
            articles=corpus.articles_by_theme.get(theme.slug, []),
            filter=f"thema={theme.slug}",
            chain=_chain(corpus, order, theme.slug),
            **list_limits(),
            timeline=_timeline(corpus, theme, shown, events),
        )
        pages.append(
            page(
                uri,
                rendered,
                title=theme.title,
                description=strip_markers(theme.summary),
                edit_path=theme.source_path,
                charts="kern",
            )
        )
    return pages


def _timeline(corpus: Corpus, theme: Theme, shown: list, events: list) -> str:
    return charts.embed(
        f"tijdlijn-{theme.slug}",
        charts.timeline_chart(corpus, shown, mini=True, theme=theme.slug),
        f"Tijdlijn van {shown_words(shown, events)} in het thema {theme.title}; dezelfde gebeurtenissen staan hieronder als lijst.",
        footer_html=charts.event_footer(corpus, shown, "../../"),
    )


def theme_index(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    """/themas/."""
    uri = routes.source(routes.LISTS["theme"])
    return [
        page(
            uri,
            renderer.render("themes.md.j2", uri),
            description="De thema's van de site, elk met een inleiding, tijdlijn en artikelen.",
        )
    ]
