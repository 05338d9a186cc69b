"""Whatever a contributor writes, the loader answers with its own ContentError, never a crash."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explainer.build import build_corpus
from explainer.problems import ContentError

KEYS = [
    "title",
    "summary",
    "published",
    "source",
    "themes",
    "locations",
    "events",
    "figures",
    "id",
    "date",
    "location",
    "value",
    "low",
    "high",
    "unit",
    "according_to",
    "url",
    "author",
    "qualifier",
    "lat",
    "lon",
]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.sampled_from(["2020-04", "2099", "2020-13", "thema-a", "stad-een", "javascript:x", "[[x]]", "2019/2018", "..", "yes"])
    | st.dates().map(str)
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)
front_matter = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), values, max_size=8)


def check(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(FIXTURES / "mini" / "content", root / "content")
        (root / "content/articles/eerste-artikel.md").write_text(text, encoding="utf-8")
        try:
            build_corpus(root / "content")
        except ContentError as error:
            assert error.problems, "a ContentError always lists its problems"
            assert all(p.path.startswith("content/") for p in error.problems)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter, st.text(max_size=60))
def test_arbitrary_front_matter_gives_only_content_errors(data, body):
    check("---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n" + body)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_between_delimiters_gives_only_content_errors(text):
    check("---\n" + text + "\n---\nTekst.\n")
