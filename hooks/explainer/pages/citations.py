"""Citation markers on a page: numbered superscript links to the page's "Bronnen" list, Wikipedia
style. One `PageCitations` per page collects its citations in the order they appear; each entry
is one source (our article page for it, what its `source:` block knows, its date line) with the
passages cited. A marker that cites an event or figure stands for the sources and passages it
carries. `render_markers` is the one function every kind of prose goes through (articles, themes,
places, periods, the hand-written pages, and later the stories); docs/assets/citations.js shows an
entry in place on hover, tap or focus; without script the links jump to the list and back."""

from __future__ import annotations

import html

from markupsafe import Markup

from explainer import dates
from explainer.content.markers import Marker, find_markers, passage_words, replace_markers

UNKNOWN_WORDS = {"title": "kop", "author": "auteur", "publisher": "uitgever"}
WORD_JOINER = "\u2060"  # the links stay on the line of the sentence they follow (no break before them)
HEADING = '## Bronnen { #bronnen data-pagefind-ignore="all" }'  # Markdown, before the list


class PageCitations:
    def __init__(self, corpus, link) -> None:
        self.corpus, self.link = corpus, link
        self.entries: dict = {}  # (article slug, passages) -> number, in order of first citation
        self.uses: dict = {}  # number -> how often the text cites it

    def sources_of(self, citation) -> list[tuple[str, tuple]]:
        """(article slug, passages) for one citation; [] for a name the corpus does not know."""
        key, corpus = citation.key, self.corpus
        if key in corpus.articles and citation.passages:
            return [(key, citation.passages)]
        if key in corpus.events:
            return [(slug, numbers) for slug, numbers in corpus.events[key].passages]
        if key in corpus.figures:
            figure = corpus.figures[key]
            return [(figure.article, figure.passages)]
        return []

    def sup(self, marker: Marker) -> str | None:
        """A marker as superscript links, one per source entry; None when it cites nothing known
        (the check reports that; while serving the marker then stays as written, as text)."""
        found = list(dict.fromkeys(entry for citation in marker.citations or () for entry in self.sources_of(citation)))
        if not found:
            return None
        numbers = sorted(self.entries.setdefault(entry, len(self.entries) + 1) for entry in found)
        links = []
        for number in numbers:
            self.uses[number] = self.uses.get(number, 0) + 1
            links.append(
                f'<a href="#bron-{number}" id="bron-{number}-{self.uses[number]}" aria-label="bron {number}">&#91;{number}&#93;</a>'
            )
        return f'<sup class="ik-ref">{WORD_JOINER}{"".join(links)}</sup>'

    def markdown(self, text: str) -> str:
        """Markdown (already made safe by Renderer.body) with its markers as links."""
        return replace_markers(text, lambda marker: self.sup(marker) or html.escape(marker.text))

    def html(self, text: str) -> Markup:
        """Plain text for an HTML context (a lead paragraph, a list item): escaped, markers as links."""
        parts, position = [], 0
        for marker in find_markers(text):
            rendered = self.sup(marker) if marker.citations is not None else None
            if rendered is not None:
                parts += [html.escape(text[position : marker.start], quote=False), rendered]
                position = marker.end
        return Markup("".join(parts) + html.escape(text[position:], quote=False))

    def listing(self) -> Markup:
        """The numbered list of the page's sources ("" when it cites nothing); it stands under the
        heading HEADING, which MkDocs puts in the page's table of contents."""
        if not self.entries:
            return Markup("")
        items = "".join(self._item(number, slug, numbers) for (slug, numbers), number in self.entries.items())
        return Markup(f'<ol class="ik-bronnen">\n{items}</ol>\n')

    def _item(self, number: int, slug: str, numbers: tuple) -> str:
        uses = self.uses[number]
        if uses == 1:
            back = f'<a class="ik-bron__terug" href="#bron-{number}-1" aria-label="terug naar de tekst">↑</a>'
        else:
            letters = [chr(ord("a") + i) if i < 26 else str(i + 1) for i in range(uses)]
            back = "↑ " + " ".join(
                f'<a class="ik-bron__terug" href="#bron-{number}-{i + 1}" aria-label="terug naar plek {letter} in de tekst">'
                f"{letter}</a>"
                for i, letter in enumerate(letters)
            )
        return f'<li id="bron-{number}">{back} <span class="ik-bron__tekst">{self.entry_text(slug, numbers)}</span></li>\n'

    def entry_text(self, slug: str, numbers: tuple) -> str:
        """'Bron van ons artikel <a>…</a>: „Kop”, Judit Neurink (uitgever onbekend); verschenen
        mogelijk april 2020; alinea 7.' Only what the article's `source:` block knows."""
        article = self.corpus.articles[slug]
        source, escape = article.source, html.escape
        known = [f"„{escape(source.title)}”"] if source.title else []
        known += [escape(value) for value in (source.author, source.publisher) if value]
        unknown = [word for name, word in UNKNOWN_WORDS.items() if not getattr(source, name)]
        said = ", ".join(known) + (f" ({_listed(unknown)} onbekend)" if known and unknown else "")
        said = said or f"{_listed(unknown)} onbekend"
        original = f'; <a href="{escape(source.url)}" rel="noopener noreferrer">oorspronkelijke tekst</a>' if source.url else ""
        href = self.link.article(slug)
        ours = "Deze bron" if href == "./" else f'Bron van ons artikel <a href="{escape(href)}">{escape(article.title)}</a>'
        return f"{ours}: {said}; verschenen {escape(dates.dutch(article.published.text))}; {passage_words(numbers)}{original}."


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]
