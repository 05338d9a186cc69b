"""`mkdocs build --strict` timed: the parent measures wall time and the child's rusage; the child
runs MkDocs' own command line in-process with timers around every plugin event, the pipeline's
stages and MkDocs' phases (BENCHMARKS.md, "Method").

    python -m benchmarks.timed_build build PROJECT OUT.json      # the child (run by timed_build())
    python -m benchmarks.timed_build profile PROJECT OUT.txt     # cProfile of build_site() alone
"""

from __future__ import annotations

import cProfile
import functools
import io
import json
import os
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

HOOK_PLUGIN = "hooks/site_hooks.py"


class Timers:
    """Inclusive wall-clock (perf_counter) and CPU (process_time) seconds and call counts per key."""

    def __init__(self):
        self.wall, self.cpu, self.calls = defaultdict(float), defaultdict(float), defaultdict(int)

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
    return f"/{parts[0]}/" if len(parts) == 2 else src_uri


def patch_pipeline(timers: Timers) -> None:
    """Timers around the pipeline's stages (imported first, so the hook module gets the wrapped ones)."""
    begin, begin_cpu = time.perf_counter(), time.process_time()
    from explainer import build as site
    from explainer import charts, pages

    timers.add("import explainer (pydantic, edtf, babel, ...)", time.perf_counter() - begin, time.process_time() - begin_cpu)
    stage = "build_site > build_corpus > "
    timers.patch(site, "build_site", "build_site")
    timers.patch(site, "build_corpus", "build_site > build_corpus")
    timers.patch(site, "load_tree", stage + "load_tree (YAML)")
    timers.patch(site, "validate_tree", stage + "validate_tree (pydantic + cross checks)")
    timers.patch(site, "corpus_from", stage + "corpus_from (model)")
    timers.patch(site, "check_periods", stage + "check_periods")
    timers.patch(site, "check_handwritten", "build_site > check_handwritten (docs/)")
    timers.patch(pages, "generate_pages", "build_site > generate_pages")
    pages.EMITTERS = tuple(timers.wrap(emit, f"build_site > generate_pages > {emit.__name__}") for emit in pages.EMITTERS)
    for name in ("timeline_chart", "locator_map", "overview_map", "figures_chart", "embed"):
        timers.patch(charts, name, f"build_site > generate_pages > charts.{name} (all calls)")
    timers.patch(site, "data_files", "build_site > data_files")
    timers.patch(site, "alias_redirects", "build_site > alias_redirects")
    timers.patch(site, "fill_handwritten", "on_page_markdown > fill_handwritten")


def patch_mkdocs(timers: Timers) -> None:
    """Timers around every plugin event as MkDocs registers it, and around MkDocs' phases per page type."""
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


def child_build(project: Path, out: Path) -> int:
    """Run `mkdocs build --strict` in this process, timing hooks and MkDocs phases."""
    started = time.perf_counter()
    os.chdir(project)
    timers = Timers()
    hooks = (project / "hooks").is_dir()
    if hooks:
        patch_pipeline(timers)
    patch_mkdocs(timers)
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


PROFILE_HOT_SPOTS = (
    r"plotly/basedatatypes|plotly/io/_json|jinja2/environment.py.*render|"
    r"babel/dates.py.*format_date|yaml/composer.py.*compose_document|"
    r"edtf/parser/grammar.py|slugify/slugify.py|yaml/__init__.py.*dump"
)


def child_profile(project: Path, out: Path) -> int:
    """cProfile of build_site() alone (everything on_files does before handing files to MkDocs)."""
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
    stats.sort_stats("cumulative").print_stats(PROFILE_HOT_SPOTS, 14)
    print("Everything by own (tot) time:", file=text)
    stats.sort_stats("tottime").print_stats(18)
    out.write_text(text.getvalue(), encoding="utf-8")
    return 0


def child(kind: str, project: Path, out: Path, log: Path):
    """The child process, from the repository root's package; (exit code, its rusage)."""
    from benchmarks.harness import PYTHON, ROOT, build_env

    env = build_env(PYTHONPATH=str(ROOT))
    with open(log, "w") as stream:
        started = subprocess.Popen(
            [PYTHON, "-m", "benchmarks.timed_build", kind, str(project), str(out)],
            cwd=project,
            env=env,
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(started.pid, 0)
    return os.waitstatus_to_exitcode(status), usage


def timed_build(project: Path, log: Path) -> dict:
    """Build in a child process; wall time and the child's own rusage via os.wait4."""
    out = project / "timers.json"
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    code, usage = child("build", project, out, log)
    wall = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"build of {project} failed ({code}); see {log}:\n{log.read_text()[-3000:]}")
    result = json.loads(out.read_text())
    timers = result["timers"]
    ours = [value for key, value in timers.items() if key.endswith(f"[{HOOK_PLUGIN}]")]
    return {
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024,
        "pages": sum(value[1] for key, value in timers.items() if key.startswith("template ")),
        **output_size(project / "build"),
        "hooks": sum(value[0] for value in ours),
        "hooks_cpu": sum(value[2] for value in ours),
        "timers": timers,
        "load": [load_before, os.getloadavg()[0]],
        "inproc": result["inproc_seconds"],
        "parse_cache": result.get("parse_cache"),
    }


def output_size(site: Path) -> dict:
    from benchmarks.harness import gz

    files = [p for p in site.rglob("*") if p.is_file()]
    largest = max(((p.stat().st_size, p) for p in files if p.suffix == ".html"), default=(0, None))
    lunr = site / "search" / "search_index.json"  # Material's one index (plain Material), or Pagefind's chunks (ours),
    chunks = [p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()]  # sent as they are
    return {
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
        "html_bytes": sum(p.stat().st_size for p in files if p.suffix == ".html"),
        "largest_page": [largest[0], str(largest[1].relative_to(site)) if largest[1] else ""],
        "search_index_bytes": lunr.stat().st_size if lunr.exists() else sum(chunks),
        "search_index_gzip": gz(lunr.read_bytes()) if lunr.exists() else sum(chunks),
    }


if __name__ == "__main__":
    kind, project, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    sys.exit(child_build(project, out) if kind == "build" else child_profile(project, out))
