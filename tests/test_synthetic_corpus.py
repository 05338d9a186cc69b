"""The benchmark's synthetic corpus stays valid content, so scripts/benchmark.py cannot rot."""
from __future__ import annotations

import sys

from conftest import ROOT
from explainer.model import build_corpus

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
