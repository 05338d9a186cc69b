"""The story pages (/verhaal/<slug>/): the steps of a story (content/verhalen/), each its text
beside (wide screens) or under (phones, no JavaScript) its own picture: a map of its places, a
timeline strip with its events and window, its figure. docs/assets/verhaal.js turns the pictures
into one sticky panel on wide screens and keeps the address on the step being read."""

from __future__ import annotations

from markupsafe import Markup

from explainer import routes
from explainer.charts import story as story_charts
from explainer.charts import story_strip
from explainer.charts.dense import densest_window
from explainer.content import claims
from explainer.dates import dutch, number
from explainer.model.corpus import Corpus
from explainer.model.records import Step, Story
from explainer.pages.fragments import _text, figure_value
from explainer.pages.generated import GeneratedPage, page
from explainer.pages.render import Linker, Renderer


def story_pages(corpus: Corpus, renderer: Renderer) -> list[GeneratedPage]:
    events = list(corpus.events.values())
    scale = story_strip.Scale(events, densest_window(events))
    return [_story_page(corpus, renderer, story, scale) for story in corpus.stories.values()]


def _story_page(corpus: Corpus, renderer: Renderer, story: Story, scale) -> GeneratedPage:
    uri = routes.source(routes.story(story.slug))
    link = Linker(uri, corpus)
    cites = renderer.citations(uri)
    rendered = renderer.render(
        "story.md.j2",
        uri,
        story=story,
        texts=[renderer.body(step.text, uri, cites) for step in story.steps],
        cites=cites,
        pictures=[step_picture(corpus, step, scale) for step in story.steps],
        facts=[step_facts(corpus, story, step, link) for step in story.steps],
    )
    return page(
        uri,
        rendered,
        title=story.title,
        description=story.summary,
        edit_path=story.source_path,
        hide=["navigation", "toc"],
        verhaal=True,  # docs/overrides/main.html links the story's stylesheet in the head
    )


def place_words(corpus: Corpus, step: Step) -> str:
    names = [corpus.places[slug].name for slug in step.places]
    if not names:
        return "De bronnen noemen bij deze stap geen plaats."
    shown = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"
    return f"Gemarkeerd op de kaart: {shown}."


def window_words(step: Step) -> str:
    if step.window:
        return dutch(step.window)
    start, end = dutch(step.start.isoformat()), dutch(step.end.isoformat())
    return start if start == end else f"{start} – {end}"


def step_picture(corpus: Corpus, step: Step, scale) -> Markup:
    """The step's picture: map, timeline strip, figure, and what they show in words."""
    count = len(step.events)
    strip_label = (
        f"Tijdlijn van alle gebeurtenissen, met de {number(count)} van deze stap gemarkeerd"
        if count > 1
        else "Tijdlijn van alle gebeurtenissen, met die van deze stap gemarkeerd"
    )
    caption = (
        f"{place_words(corpus, step)} Op de tijdlijn: {'de gebeurtenissen' if count > 1 else 'de gebeurtenis'} van "
        f"deze stap, in de gemarkeerde periode ({window_words(step)})."
    )
    card = _figure_card(corpus, step) if step.figure else ""
    return Markup(
        f'<figure class="ik-stap-beeld" data-stap="{step.number}">\n'
        f"{story_charts.step_map(corpus, list(step.places))}\n"
        f"{story_strip.step_strip(corpus, step, scale, strip_label)}\n"
        f'{card}<figcaption class="ik-stap-uitleg">{_text(caption)}</figcaption>\n</figure>'
    )


def _figure_card(corpus: Corpus, step: Step) -> str:
    assert step.figure is not None, "only a step with a figure has a card"
    figure = corpus.figures[step.figure]
    place = corpus.places[figure.location].name if figure.location else ""
    where = f", {_text(place)}" if place and place not in figure.label else ""
    return (
        f'<div class="ik-cijferkaart">\n<p class="ik-cijferkaart__getal">{figure_value(figure)}</p>\n'
        f'<p class="ik-cijferkaart__wat">{_text(figure.label)}{where} · {_text(dutch(figure.date.text))} · '
        f"volgens {_text(figure.according_to)}</p>\n</div>\n"
    )


def _event_line(event, link: Linker) -> str:
    said = claims.according_to(event.claimed_by, event.claimed_by_text)
    claim = (
        f' <span class="ik-claim ik-claim--{_text(event.status)}"><span class="ik-claim__label">{_text(claims.label(event))}</span></span>'
        if said or event.status == claims.CLAIMED_STATUS
        else ""
    )
    return (
        f'<li><time datetime="{_text(event.date.start.isoformat())}">{_text(dutch(event.date.text))}</time> · '
        f'<a href="{_text(link.event(event))}">{_text(event.title)}</a>{claim}</li>\n'
    )


def step_facts(corpus: Corpus, story: Story, step: Step, link: Linker) -> Markup:
    """Under the step's text: its events (with who says so, for a claim), the timeline of its
    window, and the way to the previous and next step."""
    events = sorted((corpus.events[i] for i in step.events), key=lambda e: (e.date.sort_key, e.id))
    timeline = link.page(routes.TIMELINE) + routes.timeline_window(step.start, step.end).removeprefix(routes.TIMELINE)
    return Markup(
        '<div class="ik-stap-bij" data-pagefind-ignore="">\n'
        f'<p class="ik-stap-bij__kop">{"De gebeurtenissen" if len(events) > 1 else "De gebeurtenis"} van deze stap:</p>\n'
        '<ul class="ik-stap-events">\n' + "".join(_event_line(event, link) for event in events) + "</ul>\n"
        f'<p class="ik-stap-bij__tijdlijn"><a href="{_text(timeline)}">Deze periode op de tijdlijn</a> '
        f"({_text(window_words(step))})</p>\n" + step_nav(story, step) + "</div>"
    )


def step_nav(story: Story, step: Step) -> str:
    total = len(story.steps)
    before = (
        f'<a class="md-button" href="#{routes.step_anchor(step.number - 1)}" rel="prev" data-stap-naar="{step.number - 1}">'
        "‹ Vorige stap</a>"
        if step.number > 1
        else ""
    )
    after = (
        f'<a class="md-button md-button--primary" href="#{routes.step_anchor(step.number + 1)}" rel="next" '
        f'data-stap-naar="{step.number + 1}">Volgende stap ›</a>'
        if step.number < total
        else '<a class="md-button md-button--primary" href="#verder-lezen">Verder lezen ›</a>'
    )
    return f'<nav class="ik-stap-nav" aria-label="Stap {step.number} van {total}">{before} {after}</nav>\n'
