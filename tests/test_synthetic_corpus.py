"""The benchmarks' synthetic corpus stays valid content, so the benchmarks (benchmarks/) cannot rot."""

from __future__ import annotations

import sys

from conftest import ROOT

from explainer.build import build_corpus

sys.path.insert(0, str(ROOT / "scripts"))
import synthetic_corpus  # noqa: E402


def test_synthetic_corpus_passes_the_real_validator(tmp_path):
    content = tmp_path / "content"
    counts = synthetic_corpus.generate_content(content, articles=10, seed=7)
    corpus = build_corpus(content)  # raises ContentError with every problem
    assert len(corpus.articles) == 10
    assert len(corpus.events) == counts["events"] >= 60
    assert len(corpus.places) == counts["places"] >= 60
    assert len(corpus.themes) == counts["themes"] == 6
    assert any(len(event.sources) > 1 for event in corpus.events.values()), "no event reported by a second article"
    assert {e.date.precision for e in corpus.events.values()} >= {"day", "month", "interval"}
    assert any(e.date.approximate or e.date.uncertain for e in corpus.events.values())
    assert corpus.aliases, "the gazetteer has aliases"


def test_synthetic_corpus_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    synthetic_corpus.generate_content(first, articles=3, seed=11)
    synthetic_corpus.generate_content(second, articles=3, seed=11)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_plain_baseline_has_the_requested_number_of_pages(tmp_path):
    written = synthetic_corpus.generate_plain_docs(tmp_path / "docs", pages=12, seed=3)
    assert len(written) == 12
    assert len(list((tmp_path / "docs").rglob("*.md"))) == 12


# ---- a larger corpus through the real build: bounded theme and place pages ----------------------

import json  # noqa: E402

import pytest  # noqa: E402
import yaml  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402
from conftest import make_project, run_build  # noqa: E402
from quality.links import LinkChecker  # noqa: E402

from explainer.pages.generated import EVENT_LIMIT  # noqa: E402

# The 60-article build takes half a minute of CPU: with the scale tests, out of the fast loop.
SYNTHETIC_BUILD = pytest.mark.scale


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("synthetic")
    synthetic_corpus.generate_content(base / "content", articles=60, seed=5)
    project = make_project(base / "project", base / "content")
    synthetic_corpus.cite_docs(project / "docs", base / "content")
    build = run_build(project)
    assert build.returncode == 0, build.output
    return build


def _page(site, path):
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


@SYNTHETIC_BUILD
@pytest.mark.parametrize("kind,folder", [("thema", "themas"), ("plaats", "plaatsen")])
def test_big_theme_and_place_pages_show_the_latest_events_and_link_to_the_rest(synthetic_site, kind, folder):
    events = json.loads((synthetic_site.site / "data/events.json").read_text(encoding="utf-8"))
    gazetteer = yaml.safe_load((synthetic_site.project / "content/locations.yml").read_text(encoding="utf-8"))
    # a place lies within its `within`, or else directly in its country
    parent = {
        slug: place.get("within") or (place.get("country") if place.get("country") != slug else None)
        for slug, place in gazetteer.items()
    }

    def members(event):
        if kind == "thema":
            return event["themes"]
        chain, slug = [], event["location"]
        while slug:
            chain.append(slug)
            slug = parent[slug]
        return chain

    counts = {}
    for event in events:
        for slug in members(event):
            counts[slug] = counts.get(slug, 0) + 1
    slug, total = max(counts.items(), key=lambda item: item[1])
    assert total > EVENT_LIMIT, "the corpus is too small to test the bound"
    page = _page(synthetic_site.site, f"{folder}/{slug}/index.html")

    shown = [li.select_one(".ik-event__title").get_text(strip=True) for li in page.select(".ik-events li")]
    ordered = sorted((e for e in events if slug in members(e)), key=lambda e: (e["start"], e["end"], e["date"], e["id"]))
    assert shown == [e["title"] for e in ordered[-EVENT_LIMIT:]]
    more = page.select_one(".ik-more")
    assert f"{EVENT_LIMIT} nieuwste van {total} gebeurtenissen" in " ".join(more.get_text(" ").split())
    assert f"../../tijdlijn/#{kind}={slug}" in [a["href"] for a in more.select("a")]
    chart = json.loads(page.select_one(f".ik-chart[data-chart='tijdlijn-{slug}']")["data-figure"])
    assert sum(len(t["x"]) for t in chart["data"] if t["mode"] == "markers") == EVENT_LIMIT


@SYNTHETIC_BUILD
def test_synthetic_site_has_no_broken_links_or_timeline_views(synthetic_site):
    problems = LinkChecker(synthetic_site.site, "http://127.0.0.1:8000/").html_problems()
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("which", ["synthetic", "real", "mini"])
def test_related_articles_follow_the_documented_ranking(tmp_path, which):
    """Against a plain pairwise count: shared places (as the article names them), then shared
    themes, then slug; five at most; never the article itself."""
    if which == "synthetic":
        synthetic_corpus.generate_content(tmp_path / "content", articles=80, seed=13)
    content = {"synthetic": tmp_path / "content", "real": ROOT / "content", "mini": ROOT / "tests/fixtures/mini/content"}[which]
    corpus = build_corpus(content)

    def named_places(article):
        return (
            set(article.locations)
            | {corpus.events[i].location for i in article.event_ids if corpus.events[i].location}
            | {corpus.figures[i].location for i in article.figure_ids if corpus.figures[i].location}
        )

    for article in corpus.articles.values():
        scores = []
        for other in corpus.articles.values():
            places = len(named_places(article) & named_places(other))
            themes = len(set(article.themes) & set(other.themes))
            if other.slug != article.slug and (places or themes):
                scores.append((-places, -themes, other.slug))
        expected = [(slug, -places, -themes) for places, themes, slug in sorted(scores)[:5]]
        assert [(a.slug, p, t) for a, p, t in corpus.related_articles(article)] == expected, article.slug


@SYNTHETIC_BUILD
def test_home_page_key_dates_stay_bounded(synthetic_site):
    from explainer.pages.handwritten import KEY_EVENT_LIMIT

    events = {e["id"]: e for e in json.loads((synthetic_site.site / "data/events.json").read_text(encoding="utf-8"))}
    periods = yaml.safe_load((synthetic_site.project / "content/periods.yml").read_text(encoding="utf-8"))
    shared = [e for e in events.values() if len(e["sources"]) > 1]
    assert len(shared) > KEY_EVENT_LIMIT, "the corpus is too small to test the bound"
    items = _page(synthetic_site.site, "index.html").select(".ik-keydates li")
    shown = [li.select_one("a")["href"].rsplit("#", 1)[1] for li in items]
    assert len(shown) == KEY_EVENT_LIMIT
    bounding = {period[key] for period in periods for key in ("from_event", "until_event") if key in period}
    assert bounding and bounding <= set(shown), "the events that bound the timeline's periods are always key dates"
    starts = [events[i]["start"] for i in shown]
    assert starts == sorted(starts)
    most = max(len(e["sources"]) for e in shared)
    assert all(len(events[i]["sources"]) > 1 or i in bounding for i in shown)
    assert any(len(events[i]["sources"]) == most for i in shown)


@SYNTHETIC_BUILD
def test_feed_holds_the_newest_articles(synthetic_site):
    from xml.etree import ElementTree

    from explainer.dates import parse
    from explainer.publish.feeds import FEED_LIMIT

    articles = json.loads((synthetic_site.site / "data/articles.json").read_text(encoding="utf-8"))
    assert len(articles) > FEED_LIMIT, "the corpus is too small to test the bound"
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ElementTree.parse(synthetic_site.site / "feed.xml").getroot().findall("a:entry", ns)
    assert len(entries) == FEED_LIMIT
    in_feed = {e.find("a:id", ns).text.rstrip("/").rsplit("/", 1)[1]: e.find("a:published", ns).text[:10] for e in entries}
    published = list(in_feed.values())
    assert published == sorted(published, reverse=True), "newest first"
    left_out = [parse(a["published"]).start.isoformat() for a in articles if a["slug"] not in in_feed]
    assert max(left_out) <= min(published), "an article left out of the feed is newer than one in it"
