"""`python -m explainer export`: a site source that plain MkDocs builds, without hooks, into the
same site as the hooked build."""

from __future__ import annotations

import subprocess

import pytest
import yaml
from conftest import EXPLAINER, ROOT, build_env, export_and_build

from benchmarks.site_compare import differences, reader_view


def test_mini_export_builds_into_the_same_site(mini_site, mini_export):
    assert mini_export.returncode == 0, mini_export.output
    assert "WARNING" not in mini_export.output, mini_export.output
    assert differences(mini_site.site, mini_export.site) == []


@pytest.mark.build
def test_real_export_builds_into_the_same_site(site, site_port, tmp_path):
    exported = export_and_build(site.project, tmp_path / "export", SITE_URL=f"http://127.0.0.1:{site_port}/")
    assert exported.returncode == 0 and "WARNING" not in exported.output, exported.output
    assert differences(site.site, exported.site) == []


def test_export_pages_carry_their_front_matter(mini_export):
    text = (mini_export.project / "docs/artikelen/eerste-artikel/index.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == "Eerste artikel"
    assert front["edit_path"] == "content/articles/eerste-artikel.md"
    assert front["updated"] == "2020-04-30" and front["description"]
    timeline = yaml.safe_load((mini_export.project / "docs/tijdlijn/index.md").read_text(encoding="utf-8").split("---\n")[1])
    assert timeline["search"] == {"exclude": True} and "edit_path" not in timeline
    home = (mini_export.project / "docs/index.md").read_text(encoding="utf-8")
    assert "[[" not in home and "explainer:" not in home and "ik-fragment" not in home
    assert "(plaatsen/stad-een/index.md)" in home and 'class="ik-keydates"' in home


def test_export_has_data_redirects_and_vendored_assets(mini_export):
    docs = mini_export.project / "docs"
    for path in [
        "data/events.json",
        "data/events.csv",
        "data/locations.geojson",
        "data/articles.json",
        "data/figures.json",
        "schema/article.schema.json",
        "feed.xml",
        "assets/vendor/plotly-geo.min.js",
        "assets/vendor/plotly-kern.min.js",
        "assets/vendor/topojson/regio/world_50m.json",
    ]:
        assert (docs / path).is_file(), path
    redirects = sorted(p.relative_to(docs).as_posix() for p in (docs / "plaatsen").glob("*/index.html"))
    assert redirects, "the mini corpus has place aliases"
    title, _, _ = reader_view(mini_export.site / "plaatsen/stad-een/index.html")
    assert title.startswith("Stad Een")


def test_export_refuses_a_folder_that_is_not_an_export(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = subprocess.run(
        [*EXPLAINER, "export", str(tmp_path)], cwd=ROOT, env=build_env(), capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and "not empty" in result.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
