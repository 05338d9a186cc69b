"""The long lists as finished HTML: events, articles, figures, the timeline's table and the pagers.

Written in Python rather than as a Jinja macro per item: a site of 1,000 articles shows tens of
thousands of list items, and every macro and function call inside a template goes through Jinja's
Context.call, which cost more than the rest of the page. The HTML is the same as the templates
wrote (tests/test_golden.py): text through markupsafe.escape, as Jinja's autoescape does."""

from __future__ import annotations

from markupsafe import Markup, escape

from explainer.content.claims import label as claim_label
from explainer.content.markers import passage_words
from explainer.dates import dutch, number
from explainer.routes import figure_anchor

VAGUE = " ik-event--vague"
NO_PLACE = '<span class="ik-muted">plaats niet bekend</span>'


def _text(value) -> str:
    """The value as autoescape writes it (markupsafe.escape), as a plain str; for a str the same five
    replacements without building a Markup, which costs more than the replacing."""
    if value.__class__ is str:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace('"', "&#34;")
    return str(escape(value))


def _joined(items: list) -> str:
    return "; ".join(items)


def event_item(event, link, current_article: str | None = None, anchors: bool = False) -> str:
    """One event of a list (the <li>); with anchors, the event's own entry on an article page."""
    corpus, date = link.corpus, event.date
    vague = VAGUE if date.approximate or date.uncertain else ""
    attributes = ""
    if anchors:
        excluded = current_article and event.defined_in != current_article
        attributes = f' id="{_text(event.id)}"' + (" data-pagefind-ignore" if excluded else "")
    title = _text(event.title)
    shown = (
        f'<strong data-pagefind-weight="5">{title}</strong>' if anchors else f'<a href="{_text(link.event(event))}">{title}</a>'
    )
    return (
        f'<li class="ik-event{vague}"{attributes}>\n'
        f'<p class="ik-event__date"><time datetime="{_text(date.start.isoformat())}">{_text(dutch(date.text))}'
        f"</time> · {place_link(event.location, link)}</p>\n"
        f'<p class="ik-event__title">{shown}</p>\n'
        f'<p class="ik-claim ik-claim--{_text(event.status)}"><span class="ik-claim__label">'
        f"{_text(claim_label(event))}</span></p>\n"
        f'<p class="ik-event__summary">{_text(event.summary)}</p>\n'
        f"{_sources(event, link, corpus, current_article)}</li>"
    )


def _sources(event, link, corpus, current_article: str | None) -> str:
    """Where the event stands in its sources: on an article page the passages of that article's
    source and the other articles that report it, elsewhere every source with its passages."""
    if current_article:
        here = passage_words(event.passages_in(current_article))
        here = f"{here.capitalize()} van deze bron." if here else ""
        others = [slug for slug in event.sources if slug != current_article]
        if not others:
            return f'<p class="ik-event__also">{here}</p>\n' if here else ""
        anchor = _text(event.id)
        return (
            f'<p class="ik-event__also">{here + " " if here else ""}Ook gemeld door: '
            + _joined([f'<a href="{_text(link.article(slug))}#{anchor}">{_cited(event, slug, corpus)}' for slug in others])
            + "</p>\n"
        )
    word = "Bron" if len(event.sources) == 1 else "Bronnen"
    return (
        f'<p class="ik-event__also">{word}: '
        + _joined([f'<a href="{_text(link.article(slug))}">{_cited(event, slug, corpus)}' for slug in event.sources])
        + "</p>\n"
    )


def _cited(event, slug: str, corpus) -> str:
    """'Title</a> (alinea 7)': the rest of a source's link, with its passages after it."""
    words = passage_words(event.passages_in(slug))
    return f"{_text(corpus.articles[slug].title)}</a>" + (f" ({words})" if words else "")


def place_link(slug: str | None, link) -> str:
    if not slug:
        return NO_PLACE
    return f'<a href="{_text(link.place(slug))}">{_text(link.corpus.places[slug].name)}</a>'


def event_list(events: list, link, current_article: str | None = None, anchors: bool = False, shared=None) -> Markup:
    """The list of events (or the sentence that there are none). `shared(event, link)`: the item as
    rendered once for every page that shows it, or None (then it is rendered here)."""
    if not events:
        return Markup("<p>Er zijn (nog) geen gebeurtenissen vastgelegd.</p>\n")
    share = shared if shared is not None and not anchors and not current_article else None
    items = [(share and share(event, link)) or event_item(event, link, current_article, anchors) for event in events]
    excluded = "" if anchors else " data-pagefind-ignore"
    return Markup(f'<ol class="ik-events"{excluded}>\n' + "\n".join(items) + "\n</ol>\n")


def article_list(articles: list, link) -> Markup:
    items = "".join(
        f'<li><a href="{_text(link.article(article.slug))}"><strong>{_text(article.title)}</strong></a> '
        f'<span class="ik-muted">({_text(dutch(article.published.text))})</span><br>{_text(article.summary)}</li>\n'
        for article in articles
    )
    return Markup(f'<ul class="ik-articles" data-pagefind-ignore>\n{items}</ul>\n')


def chips(themes: list, places: list, link) -> Markup:
    """An article's themes and places, linked."""
    corpus = link.corpus
    items = [
        f'<li class="ik-chip ik-chip--theme"><a href="{_text(link.theme(slug))}">{_text(corpus.themes[slug].title)}</a></li>\n'
        for slug in themes
    ]
    items += [
        f'<li class="ik-chip ik-chip--place"><a href="{_text(link.place(slug))}">{_text(corpus.places[slug].name)}</a></li>\n'
        for slug in places
    ]
    return Markup('<ul class="ik-chips" aria-label="Thema\'s en plaatsen">\n' + "".join(items) + "</ul>")


def related(ranked: list, link) -> Markup:
    """The related articles (Corpus.related_articles) with what they share."""
    items = "".join(
        f'<li><a href="{_text(link.article(other.slug))}">{_text(other.title)}</a> <span class="ik-muted">'
        f"({places} gedeelde {'plaats' if places == 1 else 'plaatsen'}, "
        f"{themes} gedeelde {'thema' if themes == 1 else 'thema&#39;s'})</span></li>\n"
        for other, places, themes in ranked
    )
    return Markup(f'<ul class="ik-related">\n{items}</ul>')


def figure_value(figure) -> str:
    """'circa 1.200 – 1.500 strijders'."""
    qualifier = f"{_text(figure.qualifier)} " if figure.qualifier else ""
    high = f" – {_text(number(figure.high))}" if figure.is_range else ""
    return f"{qualifier}{_text(number(figure.low))}{high} {_text(figure.unit)}"


def figure_table(figures: list, link, show_article: bool = True) -> Markup:
    corpus = link.corpus
    rows = []
    for figure in figures:
        where = f" ({_text(corpus.places[figure.location].name)})" if figure.location else ""
        passages = _text(passage_words(figure.passages))
        article = (
            f'<td><a href="{_text(link.article(figure.article))}">{_text(corpus.articles[figure.article].title)}</a>, '
            f"{passages}</td>"
            if show_article
            else f"<td>{passages}</td>"
        )
        rows.append(
            f'<tr id="{_text(figure_anchor(figure.id))}"><td>{_text(figure.label)}{where}</td>'
            f"<td>{figure_value(figure)}</td><td>{_text(dutch(figure.date.text))}</td>"
            f"<td>{_text(figure.according_to)}</td>{article}</tr>\n"
        )
    excluded = " data-pagefind-ignore" if show_article else ""
    column = f'<th scope="col">{"Artikel" if show_article else "In de bron"}</th>'
    return Markup(
        f'<div class="ik-table-wrap" tabindex="0" role="region" aria-label="Tabel met cijfers"{excluded}>\n'
        f'<table class="ik-figures">\n<thead><tr><th scope="col">Wat</th><th scope="col">Cijfer</th>'
        f'<th scope="col">Wanneer</th><th scope="col">Volgens</th>{column}</tr></thead>\n<tbody>\n'
        + "".join(rows)
        + "</tbody>\n</table>\n</div>\n"
    )


def pager(pages: list, current: int, link) -> Markup:
    """The links to every page of a paged list (only called for lists of more than one page)."""
    items = []
    for index, path in enumerate(pages, start=1):
        here = ' aria-current="page"' if index == current else ""
        label = f"Pagina {index}, deze pagina" if index == current else f"Pagina {index}"
        items.append(f'<li><a href="{_text(link.page(path))}"{here} aria-label="{label}">{index}</a></li>\n')
    before = f'<li><a href="{_text(link.page(pages[current - 2]))}" rel="prev">‹ Vorige</a></li>' if current > 1 else ""
    after = f'<li><a href="{_text(link.page(pages[current]))}" rel="next">Volgende ›</a></li>' if current < len(pages) else ""
    return Markup(
        '<nav class="ik-pager" aria-label="Pagina\'s van deze lijst">\n<ul>\n'
        + before
        + "".join(items)
        + after
        + "</ul>\n</nav>\n"
    )


TABLE_HEAD = (
    '<thead><tr><th scope="col">Datum</th><th scope="col">Gebeurtenis</th><th scope="col">Plaats</th>'
    '<th scope="col">Thema\'s</th><th scope="col">Wie zegt het</th><th scope="col">Bronnen</th></tr></thead>\n'
)


def event_table(events: list, caption: str, label: str, link, table_id: str | None = None) -> Markup:
    """The timeline's text equivalent; with table_id, the rows carry what the chart's filters match."""
    corpus = link.corpus
    rows = [
        f'<tr data-event="{_text(event.id)}"{_filter_attributes(event, corpus) if table_id else ""}>'
        f'<td><time datetime="{_text(event.date.start.isoformat())}">{_text(dutch(event.date.text))}</time></td>'
        f'<td><a href="{_text(link.event(event))}">{_text(event.title)}</a></td>'
        f"<td>{place_link(event.location, link)}</td>"
        f"<td>{', '.join(_text(corpus.themes[theme].title) for theme in event.themes)}</td>"
        f"<td>{_text(claim_label(event))}</td><td>"
        + ", ".join(f'<a href="{_text(link.article(slug))}">{index}</a>' for index, slug in enumerate(event.sources, start=1))
        + "</td></tr>\n"
        for event in events
    ]
    table = f' id="{_text(table_id)}"' if table_id else ""
    return Markup(
        f'<div class="ik-table-wrap ik-table-wrap--long" style="--ik-table-height: {len(events) * 3 + 4}em" '
        f'tabindex="0" role="region" aria-label="{_text(label)}">\n'
        f'<table class="ik-timeline-table"{table}>\n<caption>{_text(caption)}</caption>\n{TABLE_HEAD}<tbody>\n'
        + "".join(rows)
        + "</tbody>\n</table>\n</div>"
    )


def _filter_attributes(event, corpus) -> str:
    places = " ".join(corpus.place_chains[event.location]) if event.location else ""
    return (
        f' data-themes="{_text(" ".join(event.themes))}" data-places="{_text(places)}"'
        f' data-claim-status="{_text(event.status)}" data-claimed-by="{_text(event.claimed_by or "")}"'
    )
