"""The Atom feeds: new articles (feed.xml) and corrections (correcties.xml)."""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from explainer import dates, routes
from explainer.model.corpus import Corpus
from explainer.model.corrections import logged, site_updated

FEED_LIMIT = 50  # the newest articles; a feed reader needs what is new, /artikelen/ lists them all


def atom_feed(corpus: Corpus, site_url: str, site_name: str) -> bytes:
    feed = FeedGenerator()
    feed.id(site_url)
    feed.title(site_name)
    feed.subtitle("Nieuwe artikelen op IS na het kalifaat")
    feed.language("nl")
    feed.link(href=site_url, rel="alternate")
    feed.link(href=site_url + routes.FEED, rel="self")
    newest = max((a.published.end for a in corpus.articles.values()), default=dt.date(2014, 1, 1))
    feed.updated(_timestamp(newest))
    for article in reversed(list(corpus.articles.values())[:FEED_LIMIT]):  # feedgen prepends entries
        entry = feed.add_entry()
        entry.id(site_url + routes.article(article.slug))
        entry.title(article.title)
        entry.link(href=site_url + routes.article(article.slug))
        entry.summary(article.summary)
        entry.published(_timestamp(article.published.start))
        entry.updated(_timestamp(article.published.start))
    return feed.atom_str(pretty=True)


def _timestamp(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def corrections_feed(corpus, site_url: str, site_name: str) -> bytes:
    """Atom feed of the corrections, newest first."""
    entries = logged(corpus)
    out = FeedGenerator()
    out.id(f"{site_url}correcties/")
    out.title(f"{site_name} – correcties")
    out.subtitle("Correcties op artikelen, thema's en plaatsen van IS na het kalifaat")
    out.language("nl")
    out.link(href=f"{site_url}correcties/", rel="alternate")
    out.link(href=f"{site_url}{routes.CORRECTIONS_FEED}", rel="self")
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
