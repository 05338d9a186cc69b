#!/usr/bin/env python3
"""Build-time, memory, page-weight and timeline benchmarks of the site.

    .venv/bin/python scripts/benchmark.py                      # sizes 100,1000; prints the tables
    .venv/bin/python scripts/benchmark.py --sizes 100,1000,3000 --write   # ... and puts them in BENCHMARKS.md
    .venv/bin/python scripts/benchmark.py --sizes 100 --skip-weight --skip-timeline

What it measures (details in BENCHMARKS.md, "Method"):

* For each corpus size N (articles from scripts/synthetic_corpus.py, fixed seed): `mkdocs build
  --strict` of a project copy (mkdocs.yml and docs/ copied, hooks/ and node_modules/ symlinked,
  like tests/conftest.make_project) with the synthetic content/, and of plain Material building
  as many plain Markdown pages with a bounded nav. Each build runs in a child process that runs
  the real `mkdocs build` command line in-process with timers around every plugin/hook event,
  around the main stages of the hook pipeline and around MkDocs' own phases; the parent takes the
  wall time and the child's rusage (os.wait4: ru_maxrss, CPU time).
* `edtf.parse_edtf` per call, uncached, on the corpus' distinct date strings.
* Page weight of the REAL site per page type (gzip bytes of the HTML, the CSS/JS it references,
  the plotly bundle + locale on chart pages, the topojson on map pages), and what a headless
  Chromium actually requests.
* Time to interactive of /tijdlijn/ with ~1,000 synthetic events in headless Chromium.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import gzip
import http.server
import io
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urljoin, urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import first_visit  # noqa: E402
import generators  # noqa: E402
import synthetic_corpus  # noqa: E402
import timeline_tti as timeline_tti_module  # noqa: E402

PYTHON = sys.executable
SEED = 20261123
HOOK_PLUGIN = "hooks/site_hooks.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GZIP_LEVEL = 6  # zlib's default; what nginx/Apache are usually configured with
GOALS = {"hooks_share": 0.15, "ratio": 1.3, "chart_kb": 700, "timeline_ms": 1500}


def build_env() -> dict:
    return dict(
        os.environ,
        NO_MKDOCS_2_WARNING="1",
        SITE_URL="http://127.0.0.1:8000/",
        REPO_URL="https://github.com/voorbeeld-organisatie/is-na-het-kalifaat",
    )


# =============================================================================================
# Child process: the real `mkdocs build --strict`, in-process, with timers
# =============================================================================================


class Timers:
    """Inclusive wall-clock (perf_counter) and CPU (process_time) seconds and call counts per key."""

    def __init__(self):
        self.wall = defaultdict(float)
        self.cpu = defaultdict(float)
        self.calls = defaultdict(int)

    def add(self, key: str, wall: float, cpu: float) -> None:
        self.wall[key] += wall
        self.cpu[key] += cpu
        self.calls[key] += 1

    def wrap(self, function, key):
        """key: a string, or a function of the call's arguments that returns one."""

        @functools.wraps(function)
        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.add(key(*args, **kwargs) if callable(key) else key, time.perf_counter() - wall, time.process_time() - cpu)

        return timed

    def patch(self, owner, name: str, key) -> None:
        setattr(owner, name, self.wrap(getattr(owner, name), key))

    def export(self) -> dict:
        """key -> [wall seconds, calls, CPU seconds]"""
        return {k: [self.wall[k], self.calls[k], self.cpu[k]] for k in self.wall}


def page_type(src_uri: str) -> str:
    parts = src_uri.split("/")
    if src_uri == "index.md":
        return "home"
    if parts[0] == "pagina":
        return "plain page"
    kinds = {"artikelen": "article", "themas": "theme", "plaatsen": "place"}
    if len(parts) == 3 and parts[0] in kinds:
        return kinds[parts[0]]
    if len(parts) == 2:
        return f"/{parts[0]}/"
    return src_uri


def child_build(project: Path, out: Path) -> int:
    """Run `mkdocs build --strict` in this process, timing hooks and MkDocs phases."""
    started = time.perf_counter()
    os.chdir(project)
    timers = Timers()
    hooks = (project / "hooks").is_dir()
    if hooks:
        # Import the pipeline first so the hook module picks up the wrapped functions.
        sys.path.insert(0, str(project / "hooks"))
        begin, begin_cpu = time.perf_counter(), time.process_time()
        from explainer import build as site
        from explainer import charts
        from explainer.model import corpus as model
        from explainer.pages import page as pages

        timers.add(
            "import explainer (plotly, pydantic, edtf, babel, ...)", time.perf_counter() - begin, time.process_time() - begin_cpu
        )
        timers.patch(site, "build_site", "build_site")
        timers.patch(site, "build_corpus", "build_site > build_corpus")
        timers.patch(model, "load_tree", "build_site > build_corpus > load_tree (YAML)")
        timers.patch(model, "validate_tree", "build_site > build_corpus > validate_tree (pydantic + cross checks)")
        timers.patch(model, "corpus_from", "build_site > build_corpus > corpus_from (model)")
        timers.patch(model, "check_periods", "build_site > build_corpus > check_periods")
        timers.patch(site, "check_handwritten", "build_site > check_handwritten (docs/)")
        timers.patch(pages, "generate_pages", "build_site > generate_pages")
        for name in ("article_pages", "theme_pages", "place_pages", "list_pages", "chart_pages"):
            timers.patch(pages, name, f"build_site > generate_pages > {name}")
        for name in ("timeline", "locator_map", "overview_map", "figures_chart", "embed"):
            timers.patch(charts, name, f"build_site > generate_pages > charts.{name} (all calls)")
        timers.patch(site, "data_files", "build_site > data_files")
        timers.patch(site, "alias_redirects", "build_site > alias_redirects")
        timers.patch(site, "fill_handwritten", "on_page_markdown > fill_handwritten")

    import mkdocs.commands.build as mk_build
    import mkdocs.config
    from mkdocs import plugins
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    register = plugins.PluginCollection._register_event

    def register_timed(self, event_name, method, plugin_name=None):
        if not isinstance(method, plugins.CombinedEvent):
            timed = timers.wrap(method, f"event {event_name} [{plugin_name}]")
            if hasattr(method, "mkdocs_priority"):
                timed.mkdocs_priority = method.mkdocs_priority
            method = timed
        return register(self, event_name, method, plugin_name)

    plugins.PluginCollection._register_event = register_timed
    timers.patch(mkdocs.config, "load_config", "mkdocs: load_config")
    timers.patch(mk_build, "get_files", "mkdocs: get_files (scan docs/)")
    timers.patch(mk_build, "get_navigation", "mkdocs: get_navigation")
    timers.patch(mk_build, "_populate_page", lambda page, *a, **k: f"populate {page_type(page.file.src_uri)}")
    timers.patch(mk_build, "_build_page", lambda page, *a, **k: f"template {page_type(page.file.src_uri)}")
    timers.patch(mk_build, "_build_theme_template", "mkdocs: theme templates (404, sitemap)")
    timers.patch(Page, "render", lambda page, *a, **k: f"markdown {page_type(page.file.src_uri)}")
    timers.patch(Page, "validate_anchor_links", "mkdocs: validate_anchor_links")
    timers.patch(Files, "copy_static_files", "mkdocs: copy_static_files")

    from mkdocs.__main__ import cli

    status = 0
    try:
        cli.main(["build", "--strict"], prog_name="mkdocs", standalone_mode=False)
    except SystemExit as error:
        status = error.code or 0
    except Exception as error:  # noqa: BLE001 - reported to the parent
        print(f"build failed: {error!r}", file=sys.stderr)
        status = 1
    result = {"status": status, "inproc_seconds": time.perf_counter() - started, "timers": timers.export()}
    if hooks:
        from explainer import dates

        info = dates.parse.cache_info()
        result["parse_cache"] = {"hits": info.hits, "misses": info.misses}
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return status


def child_profile(project: Path, out: Path) -> int:
    """cProfile of build_site() alone (everything on_files does before handing files to MkDocs)."""
    sys.path.insert(0, str(project / "hooks"))
    from explainer.build import build_site

    profile = cProfile.Profile()
    profile.enable()
    build_site(project, "http://127.0.0.1:8000/", "IS na het kalifaat")
    profile.disable()
    profile.dump_stats(str(out.with_suffix(".pstats")))
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    print("Our functions by cumulative time:", file=text)
    stats.sort_stats("cumulative").print_stats(r"hooks/explainer/", 40)
    print("Third-party hot spots by cumulative time:", file=text)
    stats.sort_stats("cumulative").print_stats(
        r"plotly/basedatatypes|plotly/io/_json|jinja2/environment.py.*render|"
        r"babel/dates.py.*format_date|yaml/composer.py.*compose_document|"
        r"edtf/parser/grammar.py|slugify/slugify.py|yaml/__init__.py.*dump",
        14,
    )
    print("Everything by own (tot) time:", file=text)
    stats.sort_stats("tottime").print_stats(18)
    out.write_text(text.getvalue(), encoding="utf-8")
    return 0


# =============================================================================================
# Parent: projects, builds, measurements
# =============================================================================================


def make_project(target: Path, content: Path | None, docs: Path | None = None) -> Path:
    """Like tests/conftest.make_project: mkdocs.yml and docs/ copied, hooks/ and node_modules/ linked."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copy(ROOT / "pagefind.yml", target / "pagefind.yml")
    (target / "hooks").symlink_to(ROOT / "hooks")
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    (target / "vendor-build").symlink_to(ROOT / "vendor-build")
    if content is not None:
        shutil.copytree(content, target / "content")
    shutil.copytree(docs or ROOT / "docs", target / "docs")
    synthetic = content is not None and Path(content).resolve() != (ROOT / "content").resolve()
    if synthetic and docs is None:  # the real pages cite the real sources, absent from synthetic content
        synthetic_corpus.cite_docs(target / "docs", target / "content")
    return target


PLAIN_CONFIG = """site_name: Basislijn
site_url: http://127.0.0.1:8000/
docs_dir: docs
site_dir: build
use_directory_urls: true
theme:
  name: material
  language: nl
  font: false
  features: [navigation.tabs, navigation.sections, navigation.instant, navigation.top, navigation.footer,
             search.highlight]
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      toggle: {icon: material/weather-night, name: Donkere modus}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      toggle: {icon: material/weather-sunny, name: Lichte modus}
plugins:
  - search:
      lang: nl
markdown_extensions: [attr_list, md_in_html, tables, {toc: {permalink: false}}]
not_in_nav: |
  /pagina/
"""


def make_plain_project(target: Path, pages: int) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written = synthetic_corpus.generate_plain_docs(target / "docs", pages, SEED)
    nav = "nav:\n" + "".join(f"  - {path}\n" for path in written[:9])  # bounded: 9 entries, like our site
    (target / "mkdocs.yml").write_text(PLAIN_CONFIG + nav, encoding="utf-8")
    return target


def timed_build(project: Path, log: Path) -> dict:
    """Build in a child process; wall time and the child's own rusage via os.wait4."""
    out = project / "timers.json"
    load_before = os.getloadavg()[0]
    with open(log, "w") as stream:
        start = time.perf_counter()
        child = subprocess.Popen(
            [PYTHON, str(Path(__file__).resolve()), "_child-build", str(project), str(out)],
            cwd=project,
            env=build_env(),
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"build of {project} failed ({child.returncode}); see {log}:\n{log.read_text()[-3000:]}")
    result = json.loads(out.read_text())
    timers = result["timers"]
    site = project / "build"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = sum(value[1] for key, value in timers.items() if key.startswith("template "))
    hooks = sum(value[0] for key, value in timers.items() if key.endswith(f"[{HOOK_PLUGIN}]"))
    hooks_cpu = sum(value[2] for key, value in timers.items() if key.endswith(f"[{HOOK_PLUGIN}]"))
    largest = max(((p.stat().st_size, p) for p in files if p.suffix == ".html"), default=(0, None))
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024,
        "pages": pages,
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "html_bytes": sum(p.stat().st_size for p in files if p.suffix == ".html"),
        "largest_page": [largest[0], str(largest[1].relative_to(site)) if largest[1] else ""],
        **search_index_size(site),
        "hooks": hooks,
        "hooks_cpu": hooks_cpu,
        "timers": timers,
        "load": [load_before, os.getloadavg()[0]],
        "inproc": result["inproc_seconds"],
        "parse_cache": result.get("parse_cache"),
    }


def date_strings(content: Path) -> list[str]:
    pattern = re.compile(r'^\s*(?:date|published):\s*"([^"]+)"', re.M)
    found = []
    for path in sorted((content / "articles").glob("*.md")):
        found += pattern.findall(path.read_text(encoding="utf-8"))
    return found


def edtf_cost(strings: list[str]) -> dict:
    """Per-call cost of edtf.parse_edtf and of our dates.parse without its lru_cache."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from edtf import parse_edtf

    from explainer import dates

    distinct = sorted(set(strings))
    sample = distinct * max(1, 3000 // max(1, len(distinct)))
    for text in distinct[:50]:  # warm the parser (pyparsing builds its caches lazily)
        parse_edtf(text)
    result = {"occurrences": len(strings), "distinct": len(distinct)}
    for name, function in (("parse_edtf", parse_edtf), ("dates.parse", dates.parse.__wrapped__)):
        start = time.process_time()
        for text in sample:
            function(text)
        result[f"{name}_us"] = (time.process_time() - start) / len(sample) * 1e6
    kinds = defaultdict(list)
    for text in distinct:
        kinds[re.sub(r"\d", "9", text)].append(text)
    slowest = []
    for shape, texts in kinds.items():
        start = time.process_time()
        for _ in range(20):
            for text in texts[:10]:
                parse_edtf(text)
        slowest.append(((time.process_time() - start) / (20 * len(texts[:10])) * 1e6, shape))
    result["by_shape_us"] = sorted(slowest, reverse=True)
    return result


def bench_size(articles: int, work: Path) -> dict:
    print(f"== {articles} articles", flush=True)
    content = work / f"content-{articles}"
    counts = synthetic_corpus.generate_content(content, articles, SEED)
    project = make_project(work / f"site-{articles}", content)
    site = timed_build(project, work / f"site-{articles}.log")
    print(f"   our site: {site['pages']} pages in {site['wall']:.1f} s", flush=True)
    plain = timed_build(make_plain_project(work / f"plain-{articles}", site["pages"]), work / f"plain-{articles}.log")
    print(f"   plain Material: {plain['pages']} pages in {plain['wall']:.1f} s", flush=True)
    shutil.rmtree(work / f"plain-{articles}" / "docs")
    return {"articles": articles, "counts": counts, "site": site, "plain": plain, "dates": edtf_cost(date_strings(content))}


def search_index_size(site: Path) -> dict:
    """Material's one search_index.json (plain Material), or Pagefind's chunked index (our site),
    whose files are already compressed: their size on disk is what is sent."""
    lunr = site / "search" / "search_index.json"
    if lunr.exists():
        return {"search_index_bytes": lunr.stat().st_size, "search_index_gzip": gz(lunr.read_bytes())}
    chunks = [p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()]
    return {"search_index_bytes": sum(chunks), "search_index_gzip": sum(chunks)}


def first_visit_size(articles: int, work: Path) -> dict:
    """Only our site's build of this size (for --only-first-visit)."""
    print(f"== {articles} articles (our site only)", flush=True)
    content = work / f"content-{articles}"
    counts = synthetic_corpus.generate_content(content, articles, SEED)
    site = timed_build(make_project(work / f"site-{articles}", content), work / f"site-{articles}.log")
    print(f"   our site: {site['pages']} pages in {site['wall']:.1f} s", flush=True)
    return {"articles": articles, "counts": counts, "site": site, "only_first_visit": True}


def profile_size(articles: int, work: Path) -> dict:
    """cProfile of build_site() on the synthetic corpus of this size, in a child process."""
    print(f"== cProfile of build_site() at {articles} articles", flush=True)
    content = work / f"content-{articles}"
    synthetic_corpus.generate_content(content, articles, SEED)
    project = make_project(work / f"profile-{articles}", content)
    out = work / f"profile-{articles}.txt"
    subprocess.run([PYTHON, str(Path(__file__).resolve()), "_child-profile", str(project), str(out)], env=build_env(), check=True)
    return {"articles": articles, "text": out.read_text()}


# ---- page weight of the real site ------------------------------------------------------------


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


ASSET_REF = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')
FIGURE_ATTRIBUTE = re.compile(r'data-figure="([^"]*)"')
FIGURE_SCRIPT = re.compile(r'<script type="application/json"[^>]*>(.*?)</script>', re.S)
VENDOR = "assets/vendor/"


def chart_figures(text: str) -> list[dict]:
    """The Plotly figures a page embeds (as a data-figure attribute or a JSON script)."""
    import html as html_module

    found = [html_module.unescape(value) for value in FIGURE_ATTRIBUTE.findall(text)]
    found += FIGURE_SCRIPT.findall(text)
    figures = []
    for value in found:
        try:
            figure = json.loads(value)
        except ValueError:
            continue
        if isinstance(figure, dict) and "data" in figure:
            figures.append(figure)
    return figures


def static_weight(site: Path, url_path: str) -> dict:
    """HTML + referenced CSS/JS (+ plotly and locale on chart pages, the topojson maps fetch)."""
    html_file = site / url_path.strip("/") / "index.html" if url_path.strip("/") else site / "index.html"
    html = html_file.read_bytes()
    text = html.decode("utf-8")
    page_url = "http://x/" + url_path.lstrip("/")
    parts = {"html": gz(html), "css": 0, "js": 0, "plotly": 0, "data": 0}
    for ref in ASSET_REF.findall(text):
        if ref.startswith(("http:", "https:", "//")):
            continue
        path = site / urlparse(urljoin(page_url, ref)).path.lstrip("/")
        parts["css" if path.suffix == ".css" else "js"] += gz(path.read_bytes())
    figures = chart_figures(text)
    charts = 'class="ik-chart"' in text
    topojson = set()
    for figure in figures:
        if any(trace.get("type") in ("scattergeo", "choropleth") for trace in figure.get("data", [])):
            layout = figure.get("layout") or {}
            resolution = (layout.get("geo") or {}).get("resolution", 110)
            folder = (layout.get("meta") or {}).get("topojson", "regio")
            topojson.add(f"{folder}/world_{int(resolution)}m.json")
    if charts:  # the one plotly.js bundle the page needs (data-plotly), the Dutch locale built in
        bundle = "plotly-geo.min.js" if 'data-plotly="geo"' in text else "plotly-kern.min.js"
        parts["plotly"] += gz((site / VENDOR / bundle).read_bytes())
    for name in sorted(topojson):
        parts["data"] += gz((site / VENDOR / "topojson" / name).read_bytes())
    parts["charts"], parts["map"] = charts, bool(topojson)
    parts["figures"] = len(figures)
    parts["figure_json"] = sum(len(json.dumps(f, separators=(",", ":"))) for f in figures)
    parts["template_json"] = sum(
        len(json.dumps((f.get("layout") or {}).get("template", {}), separators=(",", ":"))) for f in figures
    )
    parts["js_css"] = parts["css"] + parts["js"] + parts["plotly"]
    parts["total"] = parts["html"] + parts["js_css"] + parts["data"]
    parts["html_raw"] = len(html)
    return parts


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def launch_browser(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def observed_weight(browser, base: str, url_path: str) -> dict:
    """What Chromium actually fetches on a cold load (gzip sizes computed here; http.server sends raw)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    seen = []
    page.on("response", lambda response: seen.append(response))
    page.goto(base + url_path.lstrip("/"), wait_until="load")
    if page.query_selector(".ik-chart"):  # its static picture, or Plotly where a chart has none
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart .ik-static svg", timeout=30000, state="attached")
    page.wait_for_load_state("networkidle")
    result = {"requests": 0, "gzip": 0, "js_css": 0, "plotly": False, "search_index": 0, "topojson": 0, "files": []}
    for response in seen:
        if not response.url.startswith(base):
            continue
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
            continue
        size = gz(body)
        path = response.url[len(base) - 1 :]
        result["requests"] += 1
        result["gzip"] += size
        result["files"].append([path, response.request.resource_type, len(body), size])
        if path.endswith((".js", ".css")):
            result["js_css"] += size
        result["plotly"] |= "/plotly-" in path
        if "topojson" in path:
            result["topojson"] += size
        if path.endswith("search_index.json"):
            result["search_index"] = size
    context.close()
    return result


def page_weights(work: Path) -> dict:
    print("== page weight of the real site", flush=True)
    project = make_project(work / "real", ROOT / "content")
    build = timed_build(project, work / "real.log")
    site = project / "build"
    sys.path.insert(0, str(ROOT / "hooks"))
    articles = sorted(p.parent.name for p in (site / "artikelen").glob("*/index.html"))
    themes = sorted(p.parent.name for p in (site / "themas").glob("*/index.html"))
    places = sorted(
        (p.stat().st_size, p.parent.name)
        for p in (site / "plaatsen").glob("*/index.html")
        if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")
    )
    targets = [
        ("home", "/"),
        ("article", f"/artikelen/{articles[0]}/"),
        ("theme", f"/themas/{themes[0]}/"),
        ("place (largest)", f"/plaatsen/{places[-1][1]}/"),
        ("place (smallest)", f"/plaatsen/{places[0][1]}/"),
        ("list: artikelen", "/artikelen/"),
        ("list: thema's", "/themas/"),
        ("list: plaatsen", "/plaatsen/"),
        ("list: bronnen", "/bronnen/"),
        ("tijdlijn", "/tijdlijn/"),
        ("kaart", "/kaart/"),
        ("cijfers", "/cijfers/"),
        ("over", "/over/"),
    ]
    rows = []
    observed = {}
    try:
        from playwright.sync_api import sync_playwright

        server, base = serve(site)
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            for _name, path in targets:
                observed[path] = observed_weight(browser, base, path)
            browser.close()
        server.shutdown()
    except Exception as error:  # noqa: BLE001 - the static figures still stand
        print(f"   (no browser observation: {error})", flush=True)
    for name, path in targets:
        rows.append({"type": name, "path": path, **static_weight(site, path), "observed": observed.get(path)})
    return {"rows": rows, "build": {k: build[k] for k in ("wall", "pages", "bytes")}}


# ---- timeline time to interactive -----------------------------------------------------------


def size_tti(site: Path, runs: int) -> list[dict]:
    """The timeline's time to interactive on one built synthetic site (benchmark.py --sizes): `runs`
    loads where the script finds the mark and then moves the mouse there, and `runs` where the mouse
    rests on it from the first byte (timeline_tti.py --resting), marked `resting`."""
    print(f"   timeline time to interactive ({runs} + {runs} resting runs)", flush=True)
    server, base = serve(site)
    try:
        moved = timeline_tti_module.measure(base, runs, launch_browser)
        return moved + [{**run, "resting": True} for run in timeline_tti_module.measure(base, runs, launch_browser, True)]
    finally:
        server.shutdown()


def timeline_tti(work: Path, articles: int, runs: int) -> dict:
    print(f"== timeline time to interactive ({articles} articles)", flush=True)
    content = work / f"content-{articles}"
    counts = synthetic_corpus.generate_content(content, articles, SEED)
    project = make_project(work / f"site-{articles}", content)
    build = timed_build(project, work / f"site-{articles}.log")
    server, base = serve(project / "build")
    try:
        samples = timeline_tti_module.measure(base, runs, launch_browser)
    finally:
        server.shutdown()
    html = (project / "build" / "tijdlijn" / "index.html").stat().st_size
    return {
        "articles": articles,
        "events": counts["events"],
        "html_bytes": html,
        "html_gzip": gz((project / "build" / "tijdlijn" / "index.html").read_bytes()),
        "samples": samples,
        "build_wall": build["wall"],
    }


# =============================================================================================
# Report
# =============================================================================================


def other_generators(work: Path) -> dict:
    """The real site: the hooked build, then its export built by plain MkDocs, ProperDocs and Zensical."""
    print("== the export with other generators", flush=True)
    project = make_project(work / "generators-hooked", ROOT / "content")
    env = build_env()
    built = subprocess.run([PYTHON, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env, capture_output=True, text=True)
    if built.returncode != 0:
        return {"error": built.stdout[-2000:] + built.stderr[-2000:]}
    results = generators.compare_generators(project, work / "generators", env)
    for name, outcome in results.items():
        print(
            f"   {name}: {outcome.get('version') or outcome.get('why') or outcome.get('error', '')}"
            f" status {outcome.get('status', '-')}",
            flush=True,
        )
    return results


def render_generators(results: dict) -> list[str]:
    out = [
        "#### The export of the real site built by other generators\n",
        "`python -m explainer export`, then each generator's build of it (no hooks) and Pagefind over the result "
        "(`python -m pagefind`, the documented step after a build without hooks), compared with the hooked "
        "MkDocs build by tests/site_compare.py: the same files, and per page the same title, description and main "
        "content (links resolved, whitespace between tags ignored). CPU = the generator's user+sys time.\n",
        "| generator | version | builds | wall s | CPU s | pages that differ | other files that differ | "
        "theme bundle files that differ |",
        "|---|---|---|---:|---:|---:|---|---:|",
    ]
    if "error" in results:
        return out[:1] + [f"The export or the hooked build failed: {results['error'][-500:]}", ""]
    for name, r in results.items():
        if not r.get("installed") or "status" not in r:
            out.append(f"| {name} | – | does not install: {r.get('why') or r.get('error', '?')} | | | | | |")
            continue
        d = r.get("differences") or {}
        other = ", ".join(f"`{line}`" for line in d.get("other", [])) or "none"
        built = "yes" if r["status"] == 0 else f"no (exit {r['status']})"
        if r.get("search", "indexed") != "indexed":
            built += f"; {r['search']}"
        out.append(
            f"| {name} | {r.get('version', '')} | {built} "
            f"| {r['wall']:.1f} | {r['cpu']:.1f} | {d.get('pages', '–')} | {other} | {d.get('theme_files', '–')} |"
        )
    examples = [
        f"{name}: " + "; ".join(r["differences"]["examples"])
        for name, r in results.items()
        if isinstance(r, dict) and r.get("differences", {}).get("examples")
    ]
    if examples:
        out.append("\nFirst pages that differ: " + " — ".join(examples))
    return out + [""]


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), 0
    )
    try:
        chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:  # noqa: BLE001
        chromium = "not available"
    import markdown
    import material
    import mkdocs

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=30
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "hooks", "docs", "mkdocs.yml"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.strip()
        commit += " (hooks/docs with uncommitted changes)" if dirty else ""
    except Exception:  # noqa: BLE001
        commit = "unknown"
    return {
        "commit": commit,
        "nproc": os.cpu_count(),
        "memory_gb": round(memory / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "mkdocs": mkdocs.__version__,
        "material": material.__version__,
        "markdown": markdown.__version__,
        "chromium": chromium,
        "kernel": platform.release(),
    }


def kb(n: float) -> str:
    return f"{n / 1024:,.0f}"


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


WALL, CALLS, CPU = 0, 1, 2


def timer(build: dict, key: str, index: int = CPU) -> float:
    return build["timers"].get(key, [0, 0, 0])[index]


def timers_like(build: dict, prefix: str, index: int = CPU) -> float:
    return sum(v[index] for k, v in build["timers"].items() if k.startswith(prefix))


def render_report(results: dict) -> str:
    out = []
    m = results["machine"]
    out.append(f"### Run of {results['date']} (sizes {', '.join(str(r['articles']) for r in results['sizes']) or '–'})\n")
    out.append(
        f"Machine: {m['nproc']} cores, {m['memory_gb']} GB RAM, {m['cpu']}; Python {m['python']}, "
        f"MkDocs {m['mkdocs']}, Material {m['material']}, Python-Markdown {m['markdown']}; {m['chromium']}. "
        f"Commit {m.get('commit', '?')}"
        + (
            f" at the start, {results['commit_end']} at the end (others committed during the run)"
            if results.get("commit_end") and results["commit_end"] != m.get("commit")
            else ""
        )
        + f". Seed {SEED}. Measuring took {results['seconds'] / 60:.1f} min.\n"
    )
    full = {**results, "sizes": [r for r in results["sizes"] if "plain" in r]}
    out.append(first_visit.render(results["sizes"]))
    results = full
    if results["sizes"]:
        out.append("#### Build time, memory, output\n")
        out.append(
            "Wall = `mkdocs build --strict` start to exit; CPU = the child's user+sys time (os.wait4), which "
            "other load on the machine disturbs less; load = 1-minute load average before/after the build. "
            "Hooks = time inside our hook functions (every `on_*` of hooks/site_hooks.py), share of wall / of "
            "CPU.\n"
        )
        out.append(
            "| articles | events | build | pages | wall s | CPU s | hooks s (share wall / CPU) | peak RSS MB "
            "| output MB (files) | largest page | search index MB (sent: gzip, or Pagefind's files as they are) | ms / page (wall / CPU) "
            "| ours ÷ plain per page (wall / CPU) | load |"
        )
        out.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|")
        for row in results["sizes"]:
            site, plain = row["site"], row["plain"]
            ratio_wall = (site["wall"] / site["pages"]) / (plain["wall"] / plain["pages"])
            ratio_cpu = (site["cpu"] / site["pages"]) / (plain["cpu"] / plain["pages"])
            for label, build in (("our site", site), ("plain Material", plain)):
                largest = build["largest_page"]
                hooks = (
                    (f"{build['hooks']:.1f} ({pct(build['hooks'], build['wall'])} / {pct(build['hooks_cpu'], build['cpu'])})")
                    if label == "our site"
                    else "–"
                )
                ratio = f"**{ratio_wall:.1f}× / {ratio_cpu:.1f}×**" if label == "our site" else "1"
                out.append(
                    f"| {row['articles']:,} | {row['counts']['events']:,} | {label} | {build['pages']:,} "
                    f"| {build['wall']:.1f} | {build['cpu']:.1f} | {hooks} | {build['maxrss_mb']:,.0f} "
                    f"| {build['bytes'] / 2**20:,.1f} ({build['files']:,}) "
                    f"| {largest[0] / 2**20:.2f} MB `{largest[1]}` | {build['search_index_bytes'] / 2**20:.1f} "
                    f"({build.get('search_index_gzip', 0) / 2**20:.1f}) "
                    f"| {1000 * build['wall'] / build['pages']:.1f} / {1000 * build['cpu'] / build['pages']:.1f} "
                    f"| {ratio} | {build['load'][0]:.1f} / {build['load'][1]:.1f} |"
                )
        out.append("")
        out.append(
            "#### Where the build time goes (CPU seconds, inclusive; `Markdown` = Page.render, "
            "`page templates` = Jinja page template + write, `search plugin` = Material's search indexing of "
            "every page's HTML (on_page_context) and writing search_index.json, `startup + other` = interpreter "
            "start, imports, reading sources, file scan, nav)\n"
        )
        out.append(
            "| articles | build | on_files (hooks) | other hook events | Markdown → HTML | page templates "
            "| search plugin | static copy | startup + other | total CPU |"
        )
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in results["sizes"]:
            for label, build in (("our site", row["site"]), ("plain Material", row["plain"])):
                files = timer(build, f"event files [{HOOK_PLUGIN}]")
                hook_other = sum(v[CPU] for k, v in build["timers"].items() if k.endswith(f"[{HOOK_PLUGIN}]")) - files
                markdown_ = timers_like(build, "markdown ")
                template = timers_like(build, "template ")
                search = sum(v[CPU] for k, v in build["timers"].items() if k.endswith("search]"))
                static = timer(build, "mkdocs: copy_static_files")
                # search's on_page_context (it indexes the page's HTML) runs inside _build_page: count it once
                template -= sum(
                    v[CPU] for k, v in build["timers"].items() if k.startswith("event page_context [") and k.endswith("search]")
                )
                other = build["cpu"] - files - hook_other - markdown_ - template - search - static
                out.append(
                    f"| {row['articles']:,} | {label} | {files:.1f} | {hook_other:.1f} | {markdown_:.1f} | "
                    f"{template:.1f} | {search:.1f} | {static:.1f} | {other:.1f} | {build['cpu']:.1f} |"
                )
        out.append("")
        out.append("#### Inside the hooks (CPU seconds, inclusive; `a > b` = b is part of a)\n")
        keys = sorted(
            {
                k
                for row in results["sizes"]
                for k in row["site"]["timers"]
                if k.startswith(("build_site", "on_page_markdown", "event ", "import "))
                and (not k.startswith("event ") or k.endswith(f"[{HOOK_PLUGIN}]"))
            }
        )
        out.append("| stage | " + " | ".join(f"{r['articles']:,} art." for r in results["sizes"]) + " |")
        out.append("|---|" + "---:|" * len(results["sizes"]))
        for key in keys:
            cells = []
            for row in results["sizes"]:
                _, calls, cpu = row["site"]["timers"].get(key, [0, 0, 0])
                cells.append(f"{cpu:.2f}" + (f" ({calls:,}×)" if calls > 1 else ""))
            out.append(f"| `{key}` | " + " | ".join(cells) + " |")
        out.append("")
        out.append("#### Per page type (CPU ms per page: Markdown → HTML / page template incl. search indexing)\n")
        types = [
            "home",
            "article",
            "theme",
            "place",
            "/artikelen/",
            "/themas/",
            "/plaatsen/",
            "/bronnen/",
            "/tijdlijn/",
            "/kaart/",
            "/cijfers/",
            "/over/",
        ]
        out.append("| page type | " + " | ".join(f"{r['articles']:,} art." for r in results["sizes"]) + " |")
        out.append("|---|" + "---:|" * len(results["sizes"]))

        def cell(build, kind):
            md = build["timers"].get(f"markdown {kind}", [0, 0, 0])
            tp = build["timers"].get(f"template {kind}", [0, 0, 0])
            return f"{1000 * md[CPU] / md[CALLS]:.0f} / {1000 * tp[CPU] / md[CALLS]:.0f}" if md[CALLS] else "–"

        out.extend(f"| {kind} | " + " | ".join(cell(row["site"], kind) for row in results["sizes"]) + " |" for kind in types)
        out.append("| plain Material page | " + " | ".join(cell(row["plain"], "plain page") for row in results["sizes"]) + " |")
        out.append("")
        out.append("#### EDTF dates\n")
        out.append(
            "| articles | date fields | distinct strings | `edtf.parse_edtf` µs/call (uncached) "
            "| `dates.parse` µs/call (uncached) | all distinct, once | dates.parse cache in the build "
            "(hits / misses) |"
        )
        out.append("|---:|---:|---:|---:|---:|---:|---:|")
        for row in results["sizes"]:
            d, cache = row["dates"], row["site"].get("parse_cache") or {}
            out.append(
                f"| {row['articles']:,} | {d['occurrences']:,} | {d['distinct']:,} | {d['parse_edtf_us']:,.0f} "
                f"| {d['dates.parse_us']:,.0f} | {d['distinct'] * d['dates.parse_us'] / 1e6:.1f} s "
                f"| {cache.get('hits', 0):,} / {cache.get('misses', 0):,} |"
            )
        last = results["sizes"][-1]["dates"]["by_shape_us"]
        out.append(
            "\nBy shape of the string (µs/call, slowest first): "
            + ", ".join(f"`{shape}` {us:,.0f}" for us, shape in last)
            + ".\n"
        )
    if results.get("weight"):
        w = results["weight"]
        out.append("#### Page weight of the real site (KB after gzip -6)\n")
        out.append(
            "Static count (a page with its chart in use): the page's HTML, the CSS/JS files it references, "
            "the plotly.js bundle its charts need (kern, or geo with a map; Dutch locale included), the topojson file on pages with a map. "
            "Observed: everything headless Chromium fetched from the site on a cold load until network "
            "idle, nothing touched (adds `sitemap.xml` and the favicon; the charts are their static pictures, the "
            "search loads only when the reader searches, see “First visit per page type”).\n"
        )
        out.append(
            "| page | HTML | CSS | JS (site + Material) | plotly.js | topojson | **JS+CSS** | total "
            "| chart JSON KB raw (of which plotly template) | observed: requests, JS+CSS, total, plotly? |"
        )
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in w["rows"]:
            o = r["observed"]
            seen = (
                f"{o['requests']}, {kb(o['js_css'])}, {kb(o['gzip'])}, {'plotly' if o['plotly'] else 'no plotly'}" if o else "–"
            )
            flag = " ⚠" if r["charts"] and r["js_css"] > GOALS["chart_kb"] * 1024 else ""
            charts = f"{kb(r['figure_json'])} ({kb(r['template_json'])})" if r.get("figures") else "–"
            out.append(
                f"| {r['type']} `{r['path']}` | {kb(r['html'])} | {kb(r['css'])} | {kb(r['js'])} "
                f"| {kb(r['plotly'])} | {kb(r['data'])} | **{kb(r['js_css'])}**{flag} | {kb(r['total'])} "
                f"| {charts} | {seen} |"
            )
        out.append("")
    if results.get("timeline"):
        t = results["timeline"]
        s = t["samples"]

        def med(key):
            values = [x[key] for x in s if x.get(key) is not None]
            return statistics.median(values) if values else float("nan")

        out.append(
            f"#### Timeline time to interactive ({t['events']:,} events, {t['articles']} articles; "
            f"/tijdlijn/ HTML {t['html_bytes'] / 2**20:.2f} MB, {kb(t['html_gzip'])} KB gzip)\n"
        )
        out.append(
            "ms from navigation start (performance.now()), headless Chromium, localhost, fresh context per "
            f"run; median of {len(s)} runs (first run in brackets).\n"
        )
        out.append(
            "| DOMContentLoaded | load | chart on screen (picture or Plotly) | label from the picture (**interactive**) "
            "| plotly received | plotly evaluated "
            "| newPlot starts | newPlot ms | chart drawn (`data-drawn=ja`) | react ms (filters applied) | Plotly's hover label "
            "| label latency after mouse move | points | load average |"
        )
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")

        def ms(value):
            return "–" if value is None or value != value else f"{value:.0f}"

        first = [x.get("label") or x["hover"] for x in s]
        out.append(
            f"| {ms(med('dcl'))} ({ms(s[0]['dcl'])}) | {ms(med('load'))} | {ms(med('shown'))} "
            f"| **{ms(med('label'))}** ({ms(s[0].get('label'))}) | {ms(med('plotly'))} "
            f"| {ms(med('plotly_ready'))} | {ms(med('newplot_start'))} | {ms(med('newplot_ms'))} "
            f"| {ms(med('drawn'))} ({ms(s[0]['drawn'])}) | {ms(med('react_ms'))} "
            f"| {ms(med('hover'))} ({ms(s[0]['hover'])}) "
            f"| {statistics.median(f - x['moved'] for f, x in zip(first, s)):.0f} | {s[0]['points']:,} "
            f"| {min(x['load_average'] for x in s):.1f}–{max(x['load_average'] for x in s):.1f} |"
        )
        out.append("")
    if results.get("profile"):
        out.append(f"#### cProfile of build_site() at {results['profile']['articles']:,} articles\n")
        out.append(
            "cProfile roughly doubles the time of call-heavy code (pyparsing, plotly validators); read the "
            "proportions, not the seconds.\n"
        )
        out.append("```text\n" + _trim_profile(results["profile"]["text"]) + "\n```\n")
    if results.get("generators"):
        out += render_generators(results["generators"])
    return "\n".join(out)


def _trim_profile(text: str) -> str:
    keep, total = [], None
    for line in (line.rstrip() for line in text.splitlines()):
        if not line.strip() or line.startswith(("   Ordered by", "   List reduced")):
            continue
        if "function calls" in line[:60]:
            total = total or line.strip()
            continue
        line = re.sub(r"/\S*/site-packages/", "", re.sub(r"/\S*/hooks/", "hooks/", line))
        keep.append(re.sub(r"/\S*/lib/python3\.\d+/", "", line))
    return "\n".join(([total] if total else []) + keep)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child-build":
        return child_build(Path(argv[1]), Path(argv[2]))
    if argv and argv[0] == "_child-profile":
        return child_profile(Path(argv[1]), Path(argv[2]))
    parser = argparse.ArgumentParser(description="Benchmarks of the site build and pages.")
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes in articles, comma-separated (default 100,1000)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ik-benchmark"))
    parser.add_argument(
        "--write", action="store_true", help="replace the section 'Latest results' of BENCHMARKS.md with the tables"
    )
    parser.add_argument("--json", type=Path, help="also save the raw results here")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="ARTICLES", help="also cProfile build_site() on a corpus of this many articles"
    )
    parser.add_argument("--skip-weight", action="store_true", help="skip the page weight of the real site")
    parser.add_argument("--skip-timeline", action="store_true", help="skip the timeline time to interactive")
    parser.add_argument(
        "--skip-generators",
        action="store_true",
        help="skip building the export of the real site with plain MkDocs, ProperDocs and Zensical",
    )
    parser.add_argument(
        "--skip-first-visit",
        action="store_true",
        help="skip the first-visit weight per page type of each synthetic site (Chromium)",
    )
    parser.add_argument(
        "--only-first-visit",
        action="store_true",
        help="per size, build only our site (no plain baseline, no EDTF timing) and measure its first-visit weight per page type",
    )
    parser.add_argument("--timeline-articles", type=int, default=125, help="articles for the timeline test (~8 events each)")
    parser.add_argument("--runs", type=int, default=5, help="browser runs for the timeline test")
    parser.add_argument(
        "--budget",
        action="store_true",
        help="only the page weight and Lighthouse budgets of the real site (scripts/page_budget.py); "
        "with --write, replaces BENCHMARKS.md's section '## Page weight and Lighthouse'",
    )
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page for --budget")
    parser.add_argument(
        "--report-from",
        type=Path,
        nargs="+",
        metavar="JSON",
        help="measure nothing: merge results saved with --json (sizes in order; page weight, "
        "timeline and profile from the last file that has them) and print/write the report",
    )
    args = parser.parse_args(argv)
    if args.budget:
        return budget(args)
    if args.report_from:
        results = merge_results([json.loads(path.read_text()) for path in args.report_from])
        return emit(results, args)
    start = time.perf_counter()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = {"date": dt.date.today().isoformat(), "machine": machine(), "sizes": []}
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        results["sizes"].append(first_visit_size(size, args.workdir) if args.only_first_visit else bench_size(size, args.workdir))
        if not args.skip_first_visit:
            site = args.workdir / f"site-{size}" / "build"
            print(f"   first visit per page type in Chromium ({site})", flush=True)
            results["sizes"][-1]["first_visit"] = first_visit.measure(site, launch_browser, serve)
            results["sizes"][-1]["timeline_tti"] = size_tti(site, args.runs)
    if args.profile:
        results["profile"] = profile_size(args.profile, args.workdir)
    if not args.skip_weight:
        results["weight"] = page_weights(args.workdir)
    if not args.skip_timeline:
        results["timeline"] = timeline_tti(args.workdir, args.timeline_articles, args.runs)
    if not args.skip_generators:
        results["generators"] = other_generators(args.workdir)
    results["seconds"] = time.perf_counter() - start
    results["commit_end"] = machine()["commit"]
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return emit(results, args)


def budget(args) -> int:
    import page_budget

    print("== page weight and Lighthouse of the real site", flush=True)
    args.workdir.mkdir(parents=True, exist_ok=True)
    project = make_project(args.workdir / "budget", ROOT / "content")
    timed_build(project, args.workdir / "budget.log")
    result = page_budget.measure(project / "build", args.lighthouse_runs)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    section = page_budget.report(result)
    print(section)
    if args.write:
        target = ROOT / "BENCHMARKS.md"
        target.write_text(page_budget.write_section(target.read_text(encoding="utf-8"), section), encoding="utf-8")
        print(f"Wrote the section to {target}")
    return 0


def merge_results(parts: list[dict]) -> dict:
    merged = {
        "date": parts[0]["date"],
        "machine": parts[0]["machine"],
        "sizes": [],
        "seconds": sum(p.get("seconds", 0) for p in parts),
    }
    for part in parts:
        merged["sizes"] += part.get("sizes", [])
        for key in ("weight", "timeline", "profile", "commit_end", "generators"):
            if part.get(key):
                merged[key] = part[key]
    return merged


LATEST = "## Latest results"


def emit(results: dict, args) -> int:
    report = render_report(results)
    print()
    print(report)
    if args.write:
        target = ROOT / "BENCHMARKS.md"
        target.write_text(replace_latest(target.read_text(encoding="utf-8"), report), encoding="utf-8")
        print(f"Replaced '{LATEST}' in {target} (earlier results are in git)")
    return 0


def replace_latest(text: str, report: str) -> str:
    """The section 'Latest results' (up to the next '## ' heading) becomes the report."""
    section = (
        f"{LATEST}\n\nWritten by `scripts/benchmark.py --write`; earlier runs are in the file's git history.\n\n"
        f"{report.rstrip()}\n"
    )
    if LATEST not in text:
        return text.rstrip("\n") + "\n\n" + section
    before, after = text.split(LATEST, 1)
    rest = re.search(r"^## ", after, re.M)
    return before + section + ("\n" + after[rest.start() :] if rest else "")


if __name__ == "__main__":
    sys.exit(main())
