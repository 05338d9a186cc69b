"""The real content: it loads without problems and is as complete as the sources allow."""

import subprocess
import sys

import pytest
from conftest import ROOT

from explainer.build import build_corpus


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(ROOT / "content")


def test_five_articles_one_per_source(corpus):
    assert len(corpus.articles) == 5
    assert sorted(a.published.text for a in corpus.articles.values()) == ["2017-07", "2020-04", "2020-04?", "2020-05", "2024-01"]


def test_sizes(corpus):
    assert len(corpus.events) >= 40
    assert len(corpus.places) >= 18
    assert len(corpus.figures) >= 10
    assert len(corpus.themes) >= 5
    assert all(len(theme.body.split()) >= 100 for theme in corpus.themes.values())


@pytest.mark.parametrize(
    "event_id", ["hasaka-gevangenisopstand-2020", "homs-propagandavideo-2020", "vs-dragen-bases-irak-over-2020"]
)
def test_events_reported_twice_are_one_event_with_both_sources(corpus, event_id):
    assert len(corpus.events[event_id].sources) >= 2


def test_no_source_invented(corpus):
    for article in corpus.articles.values():
        source = article.source
        assert source.url is None, "none of the five source texts comes with a URL"
    neurink = [a for a in corpus.articles.values() if a.source.author]
    assert [a.source.author for a in neurink] == ["Judit Neurink"]


def test_every_place_has_real_coordinates_in_the_region(corpus):
    for place in corpus.places.values():
        if place.kind == "land" and place.slug in ("verenigde-staten", "rusland", "iran", "turkije", "nederland"):
            continue
        assert 28 <= place.lat <= 42 and 34 <= place.lon <= 50, place.slug


def test_text_is_our_own():
    tool = ROOT.parent / "shared" / "tools" / "source_overlap.py"
    if not tool.exists():
        pytest.skip("../shared/tools/source_overlap.py is not next to this checkout")
    result = subprocess.run([sys.executable, str(tool), "content", "docs"], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout == "" and result.returncode == 0, result.stdout
