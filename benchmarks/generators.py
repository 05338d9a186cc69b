"""Build the export (`explainer export`) of the real site with other generators that read
mkdocs.yml, and report how their site differs from the hooked MkDocs build.

Each generator gets its own virtual environment under .cache/generators/<name>/, installed from
PyPI with the pins in requirements-generators.txt; a generator that does not install or build is
reported as such, never fatal."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import search_box
from benchmarks.harness import PYTHON, ROOT, build_env, make_project
from benchmarks.site_compare import differences

CACHE = ROOT / ".cache" / "generators"
PINS = ROOT / "requirements-generators.txt"
# name -> (packages from requirements-generators.txt, command in the venv's bin/, build arguments)
GENERATORS = {
    "mkdocs": ([], "mkdocs", ["build", "--strict"]),  # the project's own MkDocs, without hooks
    "properdocs": (["properdocs", "mkdocs-material"], "properdocs", ["build", "--strict"]),
    "zensical": (["zensical"], "zensical", ["build"]),
}
THEME_FILES = ("assets/javascripts/", "assets/stylesheets/")  # each generator ships its own bundle


def pinned(package: str) -> str:
    for line in PINS.read_text(encoding="utf-8").splitlines():
        if line.split("==")[0].strip() == package:
            return line.strip()
    raise SystemExit(f"{package} is not pinned in {PINS}")


def install(name: str) -> tuple[Path | None, str]:
    """The generator's command, installed once; (None, why) when it does not install."""
    packages, command, _ = GENERATORS[name]
    if not packages:
        return Path(sys.executable).parent / command, ""
    venv = CACHE / name
    binary = venv / "bin" / command
    stamp = venv / ".installed"
    wanted = " ".join(pinned(p) for p in packages)
    if binary.exists() and stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return binary, ""
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    result = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *wanted.split()],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return None, " ".join(line for line in result.stderr.splitlines() if line.startswith("ERROR"))[:300]
    stamp.write_text(wanted, encoding="utf-8")
    return binary, ""


def build(name: str, binary: Path, export: Path, target: Path, env: dict) -> dict:
    """Build a copy of the export; CPU time of the child from os.wait4."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(export, target, ignore=shutil.ignore_patterns("build", "site"))
    start = time.perf_counter()
    with open(target / "build.log", "w") as log:
        child = subprocess.Popen([str(binary), *GENERATORS[name][2]], cwd=target, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return {
        "status": code,
        "wall": time.perf_counter() - start,
        "cpu": usage.ru_utime + usage.ru_stime,
        "log": (target / "build.log").read_text(encoding="utf-8")[-1500:] if code else "",
    }


def index_search(project: Path, site: Path, env: dict) -> str:
    """Pagefind over the generator's site: the documented step after a build without hooks."""
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site)], cwd=project, env=env, capture_output=True, text=True
    )
    return "indexed" if result.returncode == 0 else f"Pagefind failed: {(result.stdout + result.stderr)[-300:]}"


def summarise(found: list[str]) -> dict:
    """Differences by kind, theme bundles apart."""
    content = [line for line in found if not any(part in line for part in THEME_FILES)]
    pages = [line for line in content if line.endswith(".html")]
    return {
        "theme_files": len(found) - len(content),
        "pages": len(pages),
        "other": [line for line in content if not line.endswith(".html")],
        "examples": pages[:5],
    }


def compare_generators(hooked_project: Path, work: Path, env: dict) -> dict:
    """Export the project, build it with each generator, compare with the hooked build's site."""
    export = work / "export"
    shutil.rmtree(export, ignore_errors=True)
    exported = subprocess.run(
        [str(Path(PYTHON).with_name("explainer")), "export", str(export)],
        cwd=hooked_project,
        env=env,
        capture_output=True,
        text=True,
    )
    if exported.returncode != 0:
        return {"error": exported.stdout + exported.stderr}
    results = {}
    for name in GENERATORS:
        binary, why = install(name)
        if binary is None:
            results[name] = {"installed": False, "why": why}
            continue
        version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
        version = version.split(" from ")[0]  # "mkdocs, version 1.6.1 from /path ..."
        outcome = build(name, binary, export, work / name, env)
        outcome.update(installed=True, version=version)
        site = work / name / ("site" if (work / name / "site").is_dir() and not (work / name / "build").is_dir() else "build")
        if outcome["status"] == 0:
            outcome["search"] = index_search(work / name, site, env)
            outcome["differences"] = summarise(differences(hooked_project / "build", site))
            outcome["search_box"] = search_box.probe(site)
        results[name] = outcome
    return results


def run(options) -> dict:
    """The real site: the hooked build, then its export built by plain MkDocs, ProperDocs and Zensical."""
    print("== the export with other generators", flush=True)
    project = make_project(options.workdir / "generators-hooked", ROOT / "content")
    env = build_env()
    built = subprocess.run([PYTHON, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env, capture_output=True, text=True)
    if built.returncode != 0:
        return {"error": built.stdout[-2000:] + built.stderr[-2000:]}
    results = compare_generators(project, options.workdir / "generators", env)
    for name, outcome in results.items():
        found = outcome.get("version") or outcome.get("why") or outcome.get("error", "")
        print(f"   {name}: {found} status {outcome.get('status', '-')}", flush=True)
    return results
