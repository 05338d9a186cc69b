"""Builds are reproducible and side-effect free; `mkdocs serve` follows content/ and survives mistakes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import FIXTURES, MKDOCS, ROOT, build_env, fixture_docs, free_port, make_project, run_build


def tree_digest(folder: Path) -> dict:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


FAKETIME = next(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"), None)  # Debian's libfaketime (faketime)


def on_day(day: str) -> dict:
    """The environment of a process whose clocks read `day` (libfaketime: MkDocs' build date,
    Python's date.today(), Pagefind). The monotonic clock is faked too: with it left alone,
    libfaketime 0.9.10 fails every sleep on it (time.sleep raises EINVAL, as subprocess's wait
    loop did under load)."""
    if FAKETIME is None:
        if os.environ.get("CI"):
            pytest.fail("libfaketime is missing in CI: scripts/install-test-tools.sh should have installed faketime")
        pytest.skip("no libfaketime here (Debian package faketime; scripts/install-test-tools.sh installs it)")
    return {"LD_PRELOAD": str(FAKETIME), "FAKETIME": f"@{day} 12:00:00", "FAKETIME_DONT_FAKE_MONOTONIC": "0"}


@pytest.mark.build
def test_builds_on_two_days_are_byte_identical_and_leave_sources_alone(tmp_path):
    days = {"2031-01-01": on_day("2031-01-01"), "2031-01-04": on_day("2031-01-04")}
    for day, env in days.items():  # the faked clock is the one MkDocs reads
        seen = subprocess.run(
            [sys.executable, "-c", "import datetime, mkdocs.utils; print(mkdocs.utils.get_build_date(), datetime.date.today())"],
            env=build_env(**env),
            capture_output=True,
            text=True,
            check=True,
        )
        assert seen.stdout.split() == [day, day], seen.stdout + seen.stderr
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    sources = {name: tree_digest(project / name) for name in ("content", "docs")}
    first = run_build(project, **days["2031-01-01"])
    assert first.returncode == 0, first.output
    digest = tree_digest(first.site)
    second = run_build(project, **days["2031-01-04"])
    assert second.returncode == 0, second.output
    assert tree_digest(second.site) == digest, [name for name, sha in tree_digest(second.site).items() if digest.get(name) != sha]
    assert {name: tree_digest(project / name) for name in ("content", "docs")} == sources
    assert "<lastmod>2020-05-31</lastmod>" in (first.site / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.build
def test_a_failed_build_leaves_no_site_that_looks_complete(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    assert run_build(project).returncode == 0
    article = project / "content/articles/eerste-artikel.md"
    article.write_text(article.read_text(encoding="utf-8").replace('title: "Eerste artikel"', "title: yes"), encoding="utf-8")
    failed = run_build(project)
    assert failed.returncode == 1
    assert not (failed.site / "index.html").exists()
    assert not any(failed.site.rglob("*.html"))


def test_a_build_without_the_setup_files_stops_with_one_line(tmp_path):
    """A checkout where scripts/setup.sh has not run (no vendor-build/, no node_modules/): the build
    stops before it draws anything, with the one line that says what to run, not a traceback. hooks/
    is a copy (on PYTHONPATH), so the pipeline's own reads of vendor-build/ (the static maps'
    geometry) look in this checkout too, as in a fresh clone."""
    project = tmp_path / "checkout"
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("mkdocs.yml", "pagefind.yml"):
        shutil.copy(ROOT / name, project / name)
    shutil.copytree(FIXTURES / "mini" / "content", project / "content")
    shutil.copytree(fixture_docs(tmp_path), project / "docs")
    build = run_build(project, PYTHONPATH=str(project / "hooks"))
    assert build.returncode == 1, build.output
    assert "Traceback" not in build.output, build.output
    message = [line for line in build.output.splitlines() if line.startswith("ERROR")]
    assert len(message) == 1 and "front-end packages are missing" in message[0], build.output
    assert message[0].endswith(f"run `bash scripts/setup.sh` in {project}")
    assert str(project / "vendor-build" / "static-maps") in message[0]
    assert not any(build.site.rglob("*.html"))


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition, timeout=40.0, what=""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.build
def test_serve_follows_content_and_survives_a_content_error(tmp_path):
    project = make_project(tmp_path / "project", FIXTURES / "mini" / "content", fixture_docs(tmp_path))
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [*MKDOCS, "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=build_env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}/artikelen/eerste-artikel/"
    article = project / "content/articles/eerste-artikel.md"
    original = article.read_text(encoding="utf-8")
    try:
        wait_for(lambda: "Eerste artikel" in fetch(url), what="the first build")
        article.write_text(original.replace("Eerste artikel", "Herziene kop"), encoding="utf-8")
        wait_for(lambda: "Herziene kop" in fetch(url), what="the edited article")
        article.write_text(original.replace('title: "Eerste artikel"', "title: yes"), encoding="utf-8")
        wait_for(lambda: "YAML leest dit als de ja/nee-waarde yes" in log_path.read_text(), what="the error message")
        assert server.poll() is None, "the server keeps running"
        assert "Herziene kop" in fetch(url), "the last good version stays online"
        article.write_text(original.replace("Eerste artikel", "Weer goed"), encoding="utf-8")
        wait_for(lambda: "Weer goed" in fetch(url), what="the repaired article")
    finally:
        server.terminate()
        server.wait(timeout=20)
    output = log_path.read_text()
    assert "Traceback" not in output, output
