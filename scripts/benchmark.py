#!/usr/bin/env python3
"""Build-time, memory, page-weight and timeline benchmarks of the site.

    .venv/bin/python scripts/benchmark.py                      # sizes 100,1000; prints the tables
    .venv/bin/python scripts/benchmark.py --sizes 100,1000,3000 --write   # ... and appends them to BENCHMARKS.md
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
import synthetic_corpus  # noqa: E402

PYTHON = sys.executable
SEED = 20261123
HOOK_PLUGIN = "hooks/site_hooks.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
GZIP_LEVEL = 6  # zlib's default; what nginx/Apache are usually configured with
GOALS = {"hooks_share": 0.15, "ratio": 1.3, "chart_kb": 700, "timeline_ms": 1500}


def build_env() -> dict:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL="http://127.0.0.1:8000/",
                REPO_URL="https://github.com/voorbeeld-organisatie/is-na-het-kalifaat")


# =============================================================================================
# Child process: the real `mkdocs build --strict`, in-process, with timers
# =============================================================================================

class Timers:
    def __init__(self):
        self.seconds = defaultdict(float)
        self.calls = defaultdict(int)

    def add(self, key: str, seconds: float) -> None:
        self.seconds[key] += seconds
        self.calls[key] += 1

    def wrap(self, function, key):
        """key: a string, or a function of the call's arguments that returns one."""
        @functools.wraps(function)
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.add(key(*args, **kwargs) if callable(key) else key, time.perf_counter() - start)
        return timed

    def patch(self, owner, name: str, key) -> None:
        setattr(owner, name, self.wrap(getattr(owner, name), key))


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
        begin = time.perf_counter()
        from explainer import charts, model, pages, site
        timers.add("import explainer (plotly, pydantic, edtf, babel, ...)", time.perf_counter() - begin)
        timers.patch(site, "build_site", "build_site")
        timers.patch(site, "build_corpus", "build_site > build_corpus")
        timers.patch(model, "load_tree", "build_site > build_corpus > load_tree (YAML)")
        timers.patch(model, "validate_tree", "build_site > build_corpus > validate_tree (pydantic + cross checks)")
        timers.patch(model, "corpus_from", "build_site > build_corpus > corpus_from (model)")
        timers.patch(site, "load_periods", "build_site > load_periods")
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
    result = {"status": status, "inproc_seconds": time.perf_counter() - started,
              "timers": {k: [timers.seconds[k], timers.calls[k]] for k in timers.seconds}}
    if hooks:
        from explainer import dates
        info = dates.parse.cache_info()
        result["parse_cache"] = {"hits": info.hits, "misses": info.misses}
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return status


def child_profile(project: Path, out: Path) -> int:
    """cProfile of build_site() alone (everything on_files does before handing files to MkDocs)."""
    sys.path.insert(0, str(project / "hooks"))
    from explainer.site import build_site
    profile = cProfile.Profile()
    profile.enable()
    build_site(project, "http://127.0.0.1:8000/", "IS na het kalifaat")
    profile.disable()
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text)
    stats.sort_stats("cumulative").print_stats(r"explainer|plotly|jinja2|babel|pydantic|yaml|json|slugify", 28)
    stats.sort_stats("tottime").print_stats(22)
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
    (target / "hooks").symlink_to(ROOT / "hooks")
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    if content is not None:
        shutil.copytree(content, target / "content")
    shutil.copytree(docs or ROOT / "docs", target / "docs")
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
    with open(log, "w") as stream:
        start = time.perf_counter()
        child = subprocess.Popen([PYTHON, str(Path(__file__).resolve()), "_child-build", str(project), str(out)],
                                 cwd=project, env=build_env(), stdout=stream, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"build of {project} failed ({child.returncode}); see {log}:\n{log.read_text()[-3000:]}")
    result = json.loads(out.read_text())
    timers = result["timers"]
    site = project / "build"
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = sum(calls for key, (_, calls) in timers.items() if key.startswith("template "))
    hooks = sum(seconds for key, (seconds, _) in timers.items() if key.endswith(f"[{HOOK_PLUGIN}]"))
    largest = max(((p.stat().st_size, p) for p in files if p.suffix == ".html"), default=(0, None))
    return {
        "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_mb": usage.ru_maxrss / 1024,
        "pages": pages, "files": len(files), "bytes": sum(p.stat().st_size for p in files),
        "html_bytes": sum(p.stat().st_size for p in files if p.suffix == ".html"),
        "largest_page": [largest[0], str(largest[1].relative_to(site)) if largest[1] else ""],
        "search_index_bytes": (site / "search" / "search_index.json").stat().st_size
        if (site / "search" / "search_index.json").exists() else 0,
        "hooks": hooks, "timers": timers, "inproc": result["inproc_seconds"],
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
        start = time.perf_counter()
        for text in sample:
            function(text)
        result[f"{name}_us"] = (time.perf_counter() - start) / len(sample) * 1e6
    kinds = defaultdict(list)
    for text in distinct:
        kinds[re.sub(r"\d", "9", text)].append(text)
    slowest = []
    for shape, texts in kinds.items():
        start = time.perf_counter()
        for _ in range(20):
            for text in texts[:10]:
                parse_edtf(text)
        slowest.append(((time.perf_counter() - start) / (20 * len(texts[:10])) * 1e6, shape))
    result["by_shape_us"] = sorted(slowest, reverse=True)
    return result


def bench_size(articles: int, work: Path, profile: bool) -> dict:
    print(f"== {articles} articles", flush=True)
    content = work / f"content-{articles}"
    counts = synthetic_corpus.generate_content(content, articles, SEED)
    project = make_project(work / f"site-{articles}", content)
    site = timed_build(project, work / f"site-{articles}.log")
    print(f"   our site: {site['pages']} pages in {site['wall']:.1f} s", flush=True)
    plain = timed_build(make_plain_project(work / f"plain-{articles}", site["pages"]), work / f"plain-{articles}.log")
    print(f"   plain Material: {plain['pages']} pages in {plain['wall']:.1f} s", flush=True)
    shutil.rmtree(work / f"plain-{articles}" / "docs")
    row = {"articles": articles, "counts": counts, "site": site, "plain": plain,
           "dates": edtf_cost(date_strings(content))}
    if profile:
        out = work / f"profile-{articles}.txt"
        subprocess.run([PYTHON, str(Path(__file__).resolve()), "_child-profile", str(project), str(out)],
                       env=build_env(), check=True)
        row["profile"] = out.read_text()
    return row


# ---- page weight of the real site ------------------------------------------------------------

def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


ASSET_REF = re.compile(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"')
VENDOR = "assets/vendor/"


def static_weight(site: Path, url_path: str) -> dict:
    """HTML + referenced CSS/JS (+ plotly, locale, topojson where the chart loader fetches them)."""
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
    charts = 'class="ik-chart"' in text
    maps = charts and re.search(r'"geo":\{', text) is not None
    if charts:
        for name in ("plotly-geo.min.js", "plotly-locale-nl.js"):
            parts["plotly"] += gz((site / VENDOR / name).read_bytes())
    if maps:
        parts["data"] += gz((site / VENDOR / "topojson" / "world_50m.json").read_bytes())
    parts["charts"], parts["map"] = charts, maps
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
    if page.query_selector(".ik-chart"):
        page.wait_for_selector(".ik-chart[data-drawn=ja]", timeout=30000)
    page.wait_for_load_state("networkidle")
    result = {"requests": 0, "gzip": 0, "plotly": False, "search_index": 0, "topojson": False}
    for response in seen:
        if not response.url.startswith(base):
            continue
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
            continue
        result["requests"] += 1
        result["gzip"] += gz(body)
        result["plotly"] |= "plotly-geo" in response.url
        result["topojson"] |= "topojson" in response.url
        if response.url.endswith("search_index.json"):
            result["search_index"] = gz(body)
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
    places = sorted((p.stat().st_size, p.parent.name) for p in (site / "plaatsen").glob("*/index.html")
                    if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8"))
    targets = [("home", "/"), ("article", f"/artikelen/{articles[0]}/"), ("theme", f"/themas/{themes[0]}/"),
               ("place (largest)", f"/plaatsen/{places[-1][1]}/"), ("place (smallest)", f"/plaatsen/{places[0][1]}/"),
               ("list: artikelen", "/artikelen/"), ("list: thema's", "/themas/"), ("list: plaatsen", "/plaatsen/"),
               ("list: bronnen", "/bronnen/"), ("tijdlijn", "/tijdlijn/"), ("kaart", "/kaart/"),
               ("cijfers", "/cijfers/"), ("over", "/over/")]
    rows = []
    observed = {}
    try:
        from playwright.sync_api import sync_playwright
        server, base = serve(site)
        with sync_playwright() as playwright:
            browser = launch_browser(playwright)
            for name, path in targets:
                observed[path] = observed_weight(browser, base, path)
            browser.close()
        server.shutdown()
    except Exception as error:  # noqa: BLE001 - the static figures still stand
        print(f"   (no browser observation: {error})", flush=True)
    for name, path in targets:
        rows.append({"type": name, "path": path, **static_weight(site, path), "observed": observed.get(path)})
    return {"rows": rows, "build": {k: build[k] for k in ("wall", "pages", "bytes")}}


# ---- timeline time to interactive -----------------------------------------------------------

TTI_SCRIPT = """
window.__ik = {};
new MutationObserver(function () {
  if (!window.__ik.drawn && document.querySelector('.ik-chart[data-drawn=ja]')) window.__ik.drawn = performance.now();
  if (window.__ik.drawn && !window.__ik.hover && document.querySelector('.ik-chart .hoverlayer .hovertext'))
    window.__ik.hover = performance.now();
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn']});
"""


def timeline_tti(work: Path, articles: int, runs: int) -> dict:
    print(f"== timeline time to interactive ({articles} articles)", flush=True)
    content = work / f"content-{articles}"
    counts = synthetic_corpus.generate_content(content, articles, SEED)
    project = make_project(work / f"site-{articles}", content)
    build = timed_build(project, work / f"site-{articles}.log")
    from playwright.sync_api import sync_playwright
    server, base = serve(project / "build")
    samples = []
    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
            page = context.new_page()
            page.add_init_script(TTI_SCRIPT)
            page.goto(base + "tijdlijn/", wait_until="commit")
            page.wait_for_selector(".ik-chart[data-drawn=ja]", timeout=60000)
            point = None
            for handle in page.query_selector_all(".ik-chart .scatterlayer .trace .points path.point")[:400]:
                box = handle.bounding_box()
                if box and 0 < box["y"] < 880 and 0 < box["x"] < 1270:
                    point = box
                    break
            if point is None:
                handle = page.query_selector(".ik-chart .scatterlayer .trace .points path.point")
                handle.scroll_into_view_if_needed()
                point = handle.bounding_box()
            x, y = point["x"] + point["width"] / 2, point["y"] + point["height"] / 2
            moved = page.evaluate("performance.now()")
            page.mouse.move(x - 3, y)
            page.mouse.move(x, y)
            page.wait_for_selector(".ik-chart .hoverlayer .hovertext", timeout=10000)
            page.wait_for_function("window.__ik.hover !== undefined", timeout=10000)
            marks = page.evaluate("""() => {
              const nav = performance.getEntriesByType('navigation')[0];
              const plotly = performance.getEntriesByType('resource').find(r => r.name.includes('plotly-geo'));
              return {drawn: window.__ik.drawn, hover: window.__ik.hover,
                      dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                      plotly: plotly ? plotly.responseEnd : null,
                      html: nav.transferSize || nav.encodedBodySize,
                      points: document.querySelectorAll('.ik-chart .scatterlayer path.point').length};
            }""")
            marks["moved"] = moved
            samples.append(marks)
            context.close()
        browser.close()
    server.shutdown()
    html = (project / "build" / "tijdlijn" / "index.html").stat().st_size
    return {"articles": articles, "events": counts["events"], "html_bytes": html,
            "html_gzip": gz((project / "build" / "tijdlijn" / "index.html").read_bytes()),
            "samples": samples, "build_wall": build["wall"]}


# =============================================================================================
# Report
# =============================================================================================

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    try:
        chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:  # noqa: BLE001
        chromium = "not available"
    import markdown
    import material
    import mkdocs
    return {"nproc": os.cpu_count(), "memory_gb": round(memory / 1024 / 1024, 1), "cpu": cpu,
            "python": platform.python_version(), "mkdocs": mkdocs.__version__, "material": material.__version__,
            "markdown": markdown.__version__, "chromium": chromium, "kernel": platform.release()}


def kb(n: float) -> str:
    return f"{n / 1024:,.0f}"


def pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def timer(build: dict, key: str) -> float:
    return build["timers"].get(key, [0, 0])[0]


def timers_like(build: dict, prefix: str) -> float:
    return sum(v[0] for k, v in build["timers"].items() if k.startswith(prefix))


def render_report(results: dict) -> str:
    out = []
    m = results["machine"]
    out.append(f"### Run of {results['date']} (sizes {', '.join(str(r['articles']) for r in results['sizes'])})\n")
    out.append(f"Machine: {m['nproc']} cores, {m['memory_gb']} GB RAM, {m['cpu']}; Python {m['python']}, "
               f"MkDocs {m['mkdocs']}, Material {m['material']}, Python-Markdown {m['markdown']}; {m['chromium']}. "
               f"Seed {SEED}. Total run time {results['seconds'] / 60:.1f} min.\n")
    if results["sizes"]:
        out.append("#### Build time, memory, output\n")
        out.append("| articles | events | build | pages | wall s | hooks s (share) | peak RSS MB | output MB (files) "
                   "| largest page | search index MB | ms / page | ours ÷ plain per page |")
        out.append("|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|")
        for row in results["sizes"]:
            site, plain = row["site"], row["plain"]
            ours_pp, plain_pp = site["wall"] / site["pages"], plain["wall"] / plain["pages"]
            for label, build in (("our site", site), ("plain Material", plain)):
                largest = build["largest_page"]
                out.append(
                    f"| {row['articles']:,} | {row['counts']['events']:,} | {label} | {build['pages']:,} "
                    f"| {build['wall']:.1f} | "
                    + (f"{build['hooks']:.1f} ({pct(build['hooks'], build['wall'])})" if label == "our site" else "–")
                    + f" | {build['maxrss_mb']:,.0f} | {build['bytes'] / 2**20:,.1f} ({build['files']:,}) "
                    f"| {largest[0] / 2**20:.2f} MB `{largest[1]}` | {build['search_index_bytes'] / 2**20:.1f} "
                    f"| {1000 * build['wall'] / build['pages']:.1f} | "
                    + (f"**{ours_pp / plain_pp:.2f}×**" if label == "our site" else "1") + " |")
        out.append("")
        out.append("#### Where the build time goes (seconds, inclusive; `populate` = read + on_page_markdown + "
                   "Markdown, `template` = Jinja page template + write)\n")
        out.append("| articles | build | config | on_files (hooks) | Markdown → HTML | other populate | page templates "
                   "| search index (post_build) | static copy | other |")
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in results["sizes"]:
            for label, build in (("our site", row["site"]), ("plain Material", row["plain"])):
                config = timer(build, "mkdocs: load_config")
                files = timers_like(build, "event files [")
                markdown_ = timers_like(build, "markdown ")
                populate = timers_like(build, "populate ") - markdown_
                template = timers_like(build, "template ")
                post = timers_like(build, "event post_build [")
                static = timer(build, "mkdocs: copy_static_files")
                other = build["wall"] - config - files - markdown_ - populate - template - post - static
                out.append(f"| {row['articles']:,} | {label} | {config:.1f} | {files:.1f} | {markdown_:.1f} | "
                           f"{populate:.1f} | {template:.1f} | {post:.1f} | {static:.1f} | {other:.1f} |")
        out.append("")
        out.append("#### Inside the hooks (seconds, inclusive)\n")
        keys = sorted({k for row in results["sizes"] for k in row["site"]["timers"]
                       if k.startswith(("build_site", "on_page_markdown", "event ", "import ")) and
                       (not k.startswith("event ") or k.endswith(f"[{HOOK_PLUGIN}]"))})
        out.append("| stage | " + " | ".join(f"{r['articles']:,} art." for r in results["sizes"]) + " |")
        out.append("|---|" + "---:|" * len(results["sizes"]))
        for key in keys:
            cells = []
            for row in results["sizes"]:
                seconds, calls = row["site"]["timers"].get(key, [0, 0])
                cells.append(f"{seconds:.2f}" + (f" ({calls:,}×)" if calls > 1 else ""))
            out.append(f"| `{key}` | " + " | ".join(cells) + " |")
        out.append("")
        out.append("#### Per page type (our site; ms per page: Markdown → HTML / page template)\n")
        types = ["home", "article", "theme", "place", "/artikelen/", "/themas/", "/plaatsen/", "/bronnen/",
                 "/tijdlijn/", "/kaart/", "/cijfers/", "/over/"]
        out.append("| page type | " + " | ".join(f"{r['articles']:,} art." for r in results["sizes"]) + " |")
        out.append("|---|" + "---:|" * len(results["sizes"]))
        for kind in types:
            cells = []
            for row in results["sizes"]:
                md, calls = row["site"]["timers"].get(f"markdown {kind}", [0, 0])
                tp, _ = row["site"]["timers"].get(f"template {kind}", [0, 0])
                cells.append(f"{1000 * md / calls:.0f} / {1000 * tp / calls:.0f}" if calls else "–")
            out.append(f"| {kind} | " + " | ".join(cells) + " |")
        plain_cells = []
        for row in results["sizes"]:
            md, calls = row["plain"]["timers"].get("markdown plain page", [0, 0])
            tp, _ = row["plain"]["timers"].get("template plain page", [0, 0])
            plain_cells.append(f"{1000 * md / calls:.0f} / {1000 * tp / calls:.0f}" if calls else "–")
        out.append("| plain Material page | " + " | ".join(plain_cells) + " |")
        out.append("")
        out.append("#### EDTF dates\n")
        out.append("| articles | date fields | distinct strings | `edtf.parse_edtf` µs/call (uncached) "
                   "| `dates.parse` µs/call (uncached) | all distinct, once | dates.parse cache in the build "
                   "(hits / misses) |")
        out.append("|---:|---:|---:|---:|---:|---:|---:|")
        for row in results["sizes"]:
            d, cache = row["dates"], row["site"].get("parse_cache") or {}
            out.append(f"| {row['articles']:,} | {d['occurrences']:,} | {d['distinct']:,} | {d['parse_edtf_us']:.0f} "
                       f"| {d['dates.parse_us']:.0f} | {d['distinct'] * d['dates.parse_us'] / 1e6:.2f} s "
                       f"| {cache.get('hits', 0):,} / {cache.get('misses', 0):,} |")
        last = results["sizes"][-1]["dates"]["by_shape_us"]
        out.append("\nSlowest shapes (µs/call): " + ", ".join(f"`{shape}` {us:.0f}" for us, shape in last[:5])
                   + "; fastest: " + ", ".join(f"`{shape}` {us:.0f}" for us, shape in last[-3:]) + ".\n")
    if results.get("weight"):
        w = results["weight"]
        out.append("#### Page weight of the real site (gzip -6 KB)\n")
        out.append("Static count: the page's HTML, the CSS/JS files it references, plotly-geo + Dutch locale on "
                   "pages with an `.ik-chart`, world_50m topojson on pages with a map. Observed: everything "
                   "headless Chromium fetched from the site on a cold load until network idle.\n")
        out.append("| page | HTML | CSS | JS (site + Material) | plotly + locale | topojson | **JS+CSS** | total "
                   "| observed: requests, KB, plotly?, search index KB |")
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in w["rows"]:
            o = r["observed"]
            seen = (f"{o['requests']}, {kb(o['gzip'])}, {'plotly' if o['plotly'] else 'no plotly'}, "
                    f"{kb(o['search_index'])}") if o else "–"
            flag = " ⚠" if r["charts"] and r["js_css"] > GOALS["chart_kb"] * 1024 else ""
            out.append(f"| {r['type']} `{r['path']}` | {kb(r['html'])} | {kb(r['css'])} | {kb(r['js'])} "
                       f"| {kb(r['plotly'])} | {kb(r['data'])} | **{kb(r['js_css'])}**{flag} | {kb(r['total'])} | {seen} |")
        out.append("")
    if results.get("timeline"):
        t = results["timeline"]
        s = t["samples"]

        def med(key):
            return statistics.median(x[key] for x in s if x.get(key) is not None)
        out.append(f"#### Timeline time to interactive ({t['events']:,} events, {t['articles']} articles; "
                   f"/tijdlijn/ HTML {t['html_bytes'] / 2**20:.2f} MB, {kb(t['html_gzip'])} KB gzip)\n")
        out.append("ms from navigation start (performance.now()), headless Chromium, localhost, fresh context per "
                   f"run; median of {len(s)} runs (first run in brackets).\n")
        out.append("| DOMContentLoaded | load | plotly-geo received | chart drawn (`data-drawn=ja`) "
                   "| hover label shown (**interactive**) | hover latency after mouse move | points drawn |")
        out.append("|---:|---:|---:|---:|---:|---:|---:|")
        out.append(f"| {med('dcl'):.0f} ({s[0]['dcl']:.0f}) | {med('load'):.0f} ({s[0]['load']:.0f}) "
                   f"| {med('plotly'):.0f} | {med('drawn'):.0f} ({s[0]['drawn']:.0f}) "
                   f"| **{med('hover'):.0f}** ({s[0]['hover']:.0f}) "
                   f"| {statistics.median(x['hover'] - x['moved'] for x in s):.0f} | {s[0]['points']:,} |")
        out.append("")
    for row in results["sizes"]:
        if row.get("profile"):
            out.append(f"#### cProfile of build_site() at {row['articles']:,} articles (top entries)\n")
            out.append("```text\n" + _trim_profile(row["profile"]) + "\n```\n")
    return "\n".join(out)


def _trim_profile(text: str) -> str:
    lines = [line.rstrip() for line in text.splitlines()]
    keep = [line for line in lines if line.strip() and not line.startswith(("   Ordered by", "   List reduced"))]
    keep = [re.sub(r"/\S*/site-packages/", "", re.sub(r"/\S*/hooks/", "hooks/", line)) for line in keep]
    return "\n".join(keep)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_child-build":
        return child_build(Path(argv[1]), Path(argv[2]))
    if argv and argv[0] == "_child-profile":
        return child_profile(Path(argv[1]), Path(argv[2]))
    parser = argparse.ArgumentParser(description="Benchmarks of the site build and pages.")
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes in articles, comma-separated (default 100,1000)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/ik-benchmark"))
    parser.add_argument("--write", action="store_true", help="append the tables to BENCHMARKS.md")
    parser.add_argument("--json", type=Path, help="also save the raw results here")
    parser.add_argument("--profile", action="store_true", help="cProfile build_site() at every size")
    parser.add_argument("--skip-weight", action="store_true", help="skip the page weight of the real site")
    parser.add_argument("--skip-timeline", action="store_true", help="skip the timeline time to interactive")
    parser.add_argument("--timeline-articles", type=int, default=125, help="articles for the timeline test (~8 events each)")
    parser.add_argument("--runs", type=int, default=5, help="browser runs for the timeline test")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = {"date": dt.date.today().isoformat(), "machine": machine(), "sizes": []}
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        results["sizes"].append(bench_size(size, args.workdir, args.profile))
    if not args.skip_weight:
        results["weight"] = page_weights(args.workdir)
    if not args.skip_timeline:
        results["timeline"] = timeline_tti(args.workdir, args.timeline_articles, args.runs)
    results["seconds"] = time.perf_counter() - start
    report = render_report(results)
    print()
    print(report)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.write:
        target = ROOT / "BENCHMARKS.md"
        existing = target.read_text(encoding="utf-8") if target.exists() else "# Benchmarks\n"
        target.write_text(existing.rstrip("\n") + "\n\n" + report + "\n", encoding="utf-8")
        print(f"Appended to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
