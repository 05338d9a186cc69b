"""What a first visit waits for before it paints (issue 10's Lighthouse budget): one stylesheet of
ours and minified page scripts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

PAGES = ("tijdlijn/", "cijfers/", "kaart/", "plaatsen/raqqa/", "")


def _stylesheet_sources() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"^extra_css:\n((?:\s+[-#] .*\n)+)", text, re.M).group(1)
    return [line.split("- ", 1)[1].strip() for line in block.splitlines() if line.strip().startswith("- ")]


def _classes(css: str) -> set[str]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    return set(re.findall(r"\.(-?[A-Za-z_][\w-]*)", re.sub(r"\d*\.\d+", "", css)))


def _our_links(html: str) -> list[str]:
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    return [link for link in links if "/stylesheets/" not in link]  # Material's own two


@pytest.mark.parametrize("path", PAGES)
def test_a_page_loads_one_stylesheet_of_ours(site, path):
    html = (site.site / path / "index.html").read_text(encoding="utf-8")
    assert [Path(link).name for link in _our_links(html)] == ["site.min.css"]


def test_the_one_stylesheet_holds_every_part_in_order(site):
    bundle = (site.site / "assets" / "site.min.css").read_text(encoding="utf-8")
    sources = _stylesheet_sources()
    assert len(sources) >= 5 and "assets/site.css" in sources
    for source in sources:
        missing = _classes((ROOT / "docs" / source).read_text(encoding="utf-8")) - _classes(bundle)
        assert not missing, f"{source}: {sorted(missing)[:10]}"
    assert "/*" not in bundle and len(bundle.splitlines()) < 5, "minified"
    # The cascade order is mkdocs.yml's: site.css's first rule comes before lists.css's last.
    assert bundle.index(".ik-table-wrap--long") < bundle.index(".ik-pager")


@pytest.mark.parametrize("name", ["charts.js", "chart-tooltip.js", "share.js", "search.js", "charts-timeline.js"])
def test_page_scripts_are_served_minified(site, name):
    served = (site.site / "assets" / name).read_text(encoding="utf-8")
    source = (ROOT / "docs" / "assets" / name).read_text(encoding="utf-8")
    assert len(served) < 0.8 * len(source) and "/*" not in served


def test_materials_palette_switching_rule_is_dropped(site):
    """Material's `[data-md-color-switching] *` rule restyled every element at each page load
    (explainer/publish/minify.py says why); the rest of its palette stylesheet is served as it is."""
    sheets = list((site.site / "assets" / "stylesheets").glob("palette.*.min.css"))
    assert sheets
    for sheet in sheets:
        css = sheet.read_text(encoding="utf-8")
        assert "data-md-color-switching" not in css and "[data-md-color-scheme=slate]" in css
