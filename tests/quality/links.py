"""Checks every internal link of a built site: the file it points at exists and so does the
element its #fragment names. External links are not followed (no network in tests)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from .site import REFRESH, url_path

SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "about:", "blob:")
LINK_ATTRIBUTES = {"href", "src", "action", "poster"}


@dataclass
class Parsed:
    ids: set[str] = field(default_factory=set)
    links: list[tuple[str, str]] = field(default_factory=list)  # (where, url as written)
    figures: dict[str, dict] = field(default_factory=dict)  # chart element id -> Plotly figure
    charts: int = 0  # elements of class ik-chart
    options: set[str] = field(default_factory=set)  # values of <option> elements


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.result = Parsed()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "ik-chart" in (values.get("class") or "").split():
            self.result.charts += 1
        if values.get("data-figure"):
            self.result.figures[values.get("id", f"#{len(self.result.figures)}")] = json.loads(values["data-figure"])
        if tag == "option" and values.get("value"):
            self.result.options.add(values["value"])
        for name in ("id",) + (("name",) if tag == "a" else ()):
            if values.get(name):
                self.result.ids.add(values[name])
        for name, value in attrs:
            if value is not None and (name in LINK_ATTRIBUTES or (tag == "object" and name == "data")):
                self.result.links.append((f"<{tag} {name}>", value))
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            match = REFRESH.search(f'<meta http-equiv="refresh" content="{values.get("content", "")}"')
            if match:
                self.result.links.append(("<meta refresh>", match.group(1)))

    handle_startendtag = handle_starttag


class LinkChecker:
    """Resolves links against the build folder; `root` is SITE_URL (absolute links to it are
    internal). Parsed pages are cached, since most links point at a few pages."""

    def __init__(self, build: Path, root: str):
        self.build, self.root = build, root
        self._parsed: dict[Path, Parsed] = {}

    def parsed(self, file: Path) -> Parsed:
        if file not in self._parsed:
            parser = _Parser()
            parser.feed(file.read_text(encoding="utf-8"))
            parser.close()
            self._parsed[file] = parser.result
        return self._parsed[file]

    def target(self, url: str) -> tuple[Path, str] | None:
        """The file and fragment an absolute URL points at, or None if it is not on the site."""
        if not url.startswith(self.root):
            return None
        parts = urlsplit(url)
        path = unquote(parts.path)[len(urlsplit(self.root).path) :]
        file = self.build / path
        if path == "" or path.endswith("/") or file.is_dir():
            file = file / "index.html"
        return file, unquote(parts.fragment)

    def problem(self, url: str) -> str | None:
        """Why an absolute URL on the site is broken, or None if it resolves."""
        file, fragment = self.target(url)
        if not file.is_file():
            return f"no file {file.relative_to(self.build).as_posix()}"
        if "=" in fragment and file.suffix == ".html":
            return self.state_problem(file, fragment)
        if fragment and file.suffix == ".html" and fragment not in self.parsed(file).ids:
            return f"no element with id {fragment!r} in {file.relative_to(self.build).as_posix()}"
        return None

    def state_problem(self, file: Path, fragment: str) -> str | None:
        """A timeline view in the hash (#thema=...&plaats=...): the page must have the timeline
        controls, and each filter value must be one of their options."""
        parsed, where = self.parsed(file), file.relative_to(self.build).as_posix()
        if "grafiek-tijdlijn" not in parsed.ids:
            return f"#{fragment} is a timeline view, but {where} has no timeline"
        for key, values in parse_qs(fragment).items():
            if key in ("thema", "plaats") and values[0] not in parsed.options:
                return f"#{fragment}: {key} {values[0]!r} is not a filter option on {where}"
        return None

    def resolve(self, base: str, written: str) -> str | None:
        """`written` as an absolute URL if it points into the site, else None."""
        written = written.strip()
        if written.lower().startswith(SKIPPED_SCHEMES) or written.startswith("//"):
            return None
        url = urljoin(base, written)
        return url if url.startswith(self.root) else None

    # ---- the checks -----------------------------------------------------------------------------
    def html_problems(self) -> list[str]:
        problems = []
        for file in sorted(self.build.rglob("*.html")):
            page = url_path(self.build, file)
            base = self.root + page
            for where, written in self.parsed(file).links:
                url = self.resolve(base, written)
                if url is not None and (why := self.problem(url)):
                    problems.append(f"/{page}: {where} {written!r} -> {why}")
        return problems

    def chart_problems(self) -> list[str]:
        """Chart points that charts.js turns into links on click: a trace that takes hover
        events, whose customdata object has a "url" (relative to the site root); and the chart
        footers' links (sources, CSV download)."""
        problems = []
        for file in sorted(self.build.rglob("*.html")):
            page = url_path(self.build, file)
            parsed = self.parsed(file)
            if len(parsed.figures) != parsed.charts:
                problems.append(
                    f"/{page}: {parsed.charts} charts but {len(parsed.figures)} data-figure "
                    "attributes (did the chart embedding change? see tests/quality/content/links.py)"
                )
            for figure in parsed.figures.values():
                for trace in figure.get("data", []):
                    if trace.get("hoverinfo") == "skip":
                        continue
                    for custom in trace.get("customdata") or []:
                        if isinstance(custom, dict) and isinstance(custom.get("url"), str):
                            url = self.resolve(self.root, custom["url"])
                            why = self.problem(url) if url else "does not point into the site"
                            if why:
                                problems.append(f"/{page}: chart point {trace.get('name')!r} {custom['url']!r} -> {why}")
        return problems

    def data_problems(self, names: list[str]) -> list[str]:
        """Every "url" in the open data files; a record's own URL must be on the site, nested
        ones (an article's original source) may point elsewhere."""
        problems = []
        for name in names:
            data = json.loads((self.build / "data" / name).read_text(encoding="utf-8"))
            records = data["features"] if isinstance(data, dict) and "features" in data else data
            for index, record in enumerate(records):
                own = record.get("properties", record).get("url")
                if not isinstance(own, str) or not own.startswith(self.root):
                    problems.append(f"data/{name}[{index}]: url {own!r} is not a page of {self.root}")
            for where, url in _urls(data, f"data/{name}"):
                if url.startswith(self.root) and (why := self.problem(url)):
                    problems.append(f"{where}: {url!r} -> {why}")
        return problems

    def xml_problems(self, names: list[str]) -> list[str]:
        """Links in the Atom feed and the sitemap (absolute URLs)."""
        problems = []
        for name in names:
            file = self.build / name
            if not file.is_file():
                problems.append(f"{name} is missing")
                continue
            text = file.read_text(encoding="utf-8")
            for url in re.findall(r'href="([^"]+)"|<loc>([^<]+)</loc>', text):
                url = next(part for part in url if part).replace("&amp;", "&")
                if url.startswith(self.root) and (why := self.problem(url)):
                    problems.append(f"{name}: {url!r} -> {why}")
        return problems


def _urls(value, where):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str):
                yield f"{where}.url", item
            else:
                yield from _urls(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _urls(item, f"{where}[{index}]")
