"""Corrections in public: each article, theme and place may list what was wrong and what it is
now. They are shown on the page, collected newest first on /correcties/ (pages/model/corrections.py)
with an Atom feed of their own (publish/feeds.py), and their dates make a page's "Laatst
bijgewerkt" (never the clock)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from explainer import dates, routes

FIRST_DAY = dt.date(2014, 1, 1)  # an empty site's date
KIND_WORDS = {"article": "artikel", "theme": "thema", "place": "plaats"}


@dataclass(frozen=True)
class Correction:
    date: dt.date
    text: str


@dataclass(frozen=True)
class LoggedCorrection:
    """A correction with the page it belongs to, for the log and the feed."""

    date: dt.date
    text: str
    kind: str  # article, theme or place
    slug: str
    title: str
    number: int  # 1 for the page's oldest correction

    @property
    def path(self) -> str:
        return routes.page(self.kind, self.slug)

    @property
    def anchor(self) -> str:
        return f"correctie-{self.kind}-{self.slug}-{self.number}"


def corrections_of(front) -> tuple:
    """The front matter's corrections, oldest first (the order a page lists them in)."""
    found = [Correction(dt.date.fromisoformat(c.date), c.text) for c in getattr(front, "corrections", [])]
    return tuple(sorted(found, key=lambda c: c.date))


def logged(corpus) -> list[LoggedCorrection]:
    """Every correction on the site, newest first."""
    entries = []
    for kind, records, title in (
        ("article", corpus.articles, "title"),
        ("theme", corpus.themes, "title"),
        ("place", corpus.places, "name"),
    ):
        for slug, record in records.items():
            entries += [
                LoggedCorrection(c.date, c.text, kind, slug, getattr(record, title), i + 1)
                for i, c in enumerate(record.corrections)
            ]
    return sorted(entries, key=lambda e: (-e.date.toordinal(), e.kind, e.title, -e.number))


def _published(article) -> dt.date:
    return min(article.published.end, dates.today())  # a month not yet over counts to today


def _newest(*days) -> dt.date:
    return max((day for day in days if day is not None), default=FIRST_DAY)


def _latest(corrections) -> dt.date | None:
    return corrections[-1].date if corrections else None


def site_updated(corpus) -> dt.date:
    """The newest source date or correction of the whole site."""
    entries = logged(corpus)
    return _newest(*(_published(a) for a in corpus.articles.values()), entries[0].date if entries else None)


def page_updated(corpus, src_uri: str) -> dt.date:
    """A page's "Laatst bijgewerkt": an article its source's date or newest correction; a theme or
    place the newest of its own corrections and the dates of the articles on it; any other page
    the newest date of the site."""
    kind, slug = corpus.page_record(src_uri) or (None, None)
    if kind == "article":
        article = corpus.articles[slug]
        return _newest(_published(article), _latest(article.corrections))
    if kind in ("theme", "place"):
        articles = (corpus.articles_by_theme if kind == "theme" else corpus.articles_by_place).get(slug, [])
        return _newest(_latest(corpus.records(kind)[slug].corrections), *(_published(a) for a in articles))
    return corpus.site_updated
