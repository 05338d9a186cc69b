"""Shared test fixtures: builds of the real site and of small fixture trees, a local
web server for the built site, and a headless Chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmarks.harness import CHROMIUM_ARGS, find_chromium  # one Chromium, one flag set for tests and benchmarks

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MKDOCS = [sys.executable, "-m", "mkdocs"]
# The pipeline's command line as the docs give it: installed into .venv by scripts/setup.sh
# (pyproject.toml's [project.scripts]), so it needs no PYTHONPATH.
EXPLAINER = [str(Path(sys.executable).with_name("explainer"))]
TEST_REPO_URL = "https://github.com/voorbeeld-organisatie/is-na-het-kalifaat"


@dataclass
class Build:
    project: Path
    site: Path
    returncode: int
    output: str


def build_env(**extra) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", REPO_URL=TEST_REPO_URL, SITE_URL="http://127.0.0.1:8000/")
    env.update(extra)
    return env


def make_project(target: Path, content: Path | None = None, docs: Path | None = None) -> Path:
    """A project folder that shares hooks/, node_modules/ and vendor-build/ with the repository."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copy(ROOT / "pagefind.yml", target / "pagefind.yml")
    (target / "hooks").symlink_to(ROOT / "hooks")
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    (target / "vendor-build").symlink_to(ROOT / "vendor-build")
    shutil.copytree(content or ROOT / "content", target / "content")
    shutil.copytree(docs or ROOT / "docs", target / "docs")
    return target


def run_build(project: Path, *args: str, **env) -> Build:
    site = project / "build"
    result = subprocess.run(
        [*MKDOCS, "build", "--strict", *args], cwd=project, env=build_env(**env), capture_output=True, text=True, timeout=600
    )
    return Build(project, site, result.returncode, result.stdout + result.stderr)


def export_and_build(project: Path, target: Path, **env) -> Build:
    """`python -m explainer export` of a project, then plain `mkdocs build --strict` of the export:
    no hooks/ folder and no hooks in mkdocs.yml, so nothing of the pipeline can run during that build."""
    env = build_env(**env)
    result = subprocess.run(
        [*EXPLAINER, "export", str(target)], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (target / "hooks").exists() and "hooks" not in (target / "mkdocs.yml").read_text(encoding="utf-8")
    built = subprocess.run([*MKDOCS, "build", "--strict"], cwd=target, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + built.stdout + built.stderr
    if built.returncode == 0:  # the search index, the documented step after a build without hooks
        indexed = subprocess.run(
            [sys.executable, "-m", "pagefind"], cwd=target, env=env, capture_output=True, text=True, timeout=600
        )
        return Build(target, target / "build", indexed.returncode, output + indexed.stdout + indexed.stderr)
    return Build(target, target / "build", built.returncode, output)


def fixture_docs(tmp_path: Path) -> Path:
    """docs/ for fixture trees: the real assets and overrides, simple hand-written pages."""
    docs = tmp_path / "fixture-docs"
    shutil.copytree(ROOT / "docs", docs)
    shutil.copytree(FIXTURES / "mini" / "docs", docs, dirs_exist_ok=True)
    return docs


# Sockets that hold the ports free_port handed out, for the whole session.
_RESERVED_PORTS: list[socket.socket] = []


def free_port() -> int:
    """A port for a test server that starts later (often after a build for its address). The probe
    stays bound, so no other process (another pytest-xdist worker, another checkout's tests) gets
    the port meanwhile; it sets SO_REUSEADDR, as http.server and `mkdocs serve` do, so they can
    still bind it while a socket without it cannot."""
    probe = socket.socket()
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    probe.bind(("127.0.0.1", 0))
    _RESERVED_PORTS.append(probe)
    return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def site(tmp_path_factory, site_port) -> Build:
    """The real site, built once with --strict, for the address the test server will use
    (Material's instant navigation only treats the site_url's own pages as internal)."""
    project = make_project(tmp_path_factory.mktemp("real") / "project")
    build = run_build(project, SITE_URL=f"http://127.0.0.1:{site_port}/")
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Build:
    base = tmp_path_factory.mktemp("mini")
    project = make_project(base / "project", FIXTURES / "mini" / "content", fixture_docs(base))
    build = run_build(project)
    assert build.returncode == 0, build.output
    return build


@pytest.fixture(scope="session")
def mini_export(mini_site, tmp_path_factory) -> Build:
    """The mini fixture project exported and built without hooks."""
    build = export_and_build(mini_site.project, tmp_path_factory.mktemp("mini-export") / "export")
    assert build.returncode == 0, build.output
    return build


def pytest_collection_modifyitems(items):
    """Every test that drives Chromium, directly or through another fixture, is a browser test."""
    for item in items:
        if {"browser", "page"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from the current output instead of comparing with it"
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path, port: int = 0):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="session")
def server(site, site_port):
    httpd = serve(site.site, site_port)
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    path = find_chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: scripts/install-test-tools.sh should have installed it")
        pytest.skip("no Chromium here; run scripts/install-test-tools.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class PageWatch:
    """Records console errors, page errors and requests to other origins."""

    def __init__(self, page, origin: str):
        self.page, self.origin = page, origin
        self.errors, self.foreign = [], []
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("request", self._request)

    def _request(self, request):
        url = request.url
        if not (url.startswith(self.origin) or url.startswith("data:") or url.startswith("blob:") or url.startswith("about:")):
            self.foreign.append(url)


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    tab = context.new_page()
    tab.watch = PageWatch(tab, server.rstrip("/"))
    yield tab
    context.close()


CHARTS_SETTLED = """() => [...document.querySelectorAll('.ik-chart')]
  .every(c => c.getAttribute('data-drawn') === 'ja' || c.hasAttribute('data-error'))"""


def upgrade_charts(page, timeout: int = 20_000) -> None:
    """Every chart arrives as its static picture; plotly.js draws it once the reader interacts.
    Send each chart the event a pointer entering it fires (without moving the mouse over marks
    or taking the keyboard focus, which later steps of a test may rely on) and wait until Plotly
    has drawn them all (or given up: charts.js sets data-error then). tests/test_charts_static.py
    tests the real pointer and keyboard."""
    for chart in page.locator(".ik-chart").all():
        chart.dispatch_event("pointerover")
    page.wait_for_function(CHARTS_SETTLED, timeout=timeout)


def open_chart(page, url: str, chart_id: str, timeout: int = 20_000) -> None:
    """Opens a page and lets Plotly draw its charts; waits for the chart `chart_id`."""
    page.goto(url)
    upgrade_charts(page, timeout)
    page.wait_for_selector(f"#grafiek-{chart_id}[data-drawn=ja]", timeout=timeout)
