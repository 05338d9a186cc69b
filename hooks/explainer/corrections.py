"""Corrections in public: each article, theme and place may list what was wrong and what it is
now. They are shown on the page, collected newest first on /correcties/ with an Atom feed of
their own, and their dates make a page's "Laatst bijgewerkt" (never the clock)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from . import dates, routes

LOG_URI = routes.source(routes.CORRECTIONS)
FEED_PATH = "correcties.xml"
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
    for kind, records, title in (("article", corpus.articles, "title"), ("theme", corpus.themes, "title"),
                                 ("place", corpus.places, "name")):
        for slug, record in records.items():
            entries += [LoggedCorrection(c.date, c.text, kind, slug, getattr(record, title), i + 1)
                        for i, c in enumerate(record.corrections)]
    return sorted(entries, key=lambda e: (-e.date.toordinal(), e.kind, e.title, -e.number))


def _published(article) -> dt.date:
    return min(article.published.end, dt.date.today())  # a month not yet over counts to today


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


def records(corpus, site_url: str) -> list[dict]:
    """The corrections as open data (data/corrections.csv)."""
    return [{"date": e.date.isoformat(), "text": e.text, "kind": KIND_WORDS[e.kind], "page": e.slug,
             "title": e.title, "url": f"{site_url}{e.path}#correcties"} for e in logged(corpus)]


def log_page(corpus, renderer, page):
    """/correcties/: every correction, newest first."""
    rendered = renderer.render("corrections.md.j2", LOG_URI, entries=logged(corpus), kind_words=KIND_WORDS)
    return page(LOG_URI, rendered, title="Correcties",
                description="Alle correcties op deze site, de nieuwste eerst: wat er fout was en wat het nu is.")


def feed(corpus, site_url: str, site_name: str) -> bytes:
    """Atom feed of the corrections, newest first."""
    entries = logged(corpus)
    out = FeedGenerator()
    out.id(f"{site_url}correcties/")
    out.title(f"{site_name} – correcties")
    out.subtitle("Correcties op artikelen, thema's en plaatsen van IS na het kalifaat")
    out.language("nl")
    out.link(href=f"{site_url}correcties/", rel="alternate")
    out.link(href=f"{site_url}{FEED_PATH}", rel="self")
    out.updated(_timestamp(entries[0].date if entries else site_updated(corpus)))
    for logged_entry in reversed(entries):  # feedgen prepends entries
        entry = out.add_entry()
        entry.id(f"{site_url}correcties/#{logged_entry.anchor}")
        entry.title(f"Correctie {dates.dutch_day(logged_entry.date)}: {logged_entry.title}")
        entry.link(href=f"{site_url}{logged_entry.path}#correcties")
        entry.summary(logged_entry.text)
        entry.published(_timestamp(logged_entry.date))
        entry.updated(_timestamp(logged_entry.date))
    return out.atom_str(pretty=True)


def _timestamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
