"""The shape the team keeps the code in: ruff check, ruff format and mypy pass, short modules, short functions."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIPELINE = ROOT / "hooks" / "explainer"
MODULE_LIMIT = 300
FUNCTION_LIMIT = 40
MODULES = sorted(PIPELINE.rglob("*.py")) + sorted((ROOT / "benchmarks").glob("*.py"))
LINTED = ["hooks", "scripts", "tests", "benchmarks"]


def name(module: Path) -> str:
    return module.relative_to(PIPELINE if PIPELINE in module.parents else ROOT).as_posix()


def test_ruff_passes():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *LINTED], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted():
    """ruff format, with the settings in pyproject.toml: `.venv/bin/ruff format hooks scripts tests benchmarks` applies it."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", *LINTED], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes():
    """mypy with the settings in pyproject.toml ([tool.mypy]: hooks/explainer, default strictness)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("module", MODULES, ids=name)
def test_module_is_short(module):
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= MODULE_LIMIT, f"{name(module)} has {lines} lines; split it into well-named modules"


@pytest.mark.parametrize("module", MODULES, ids=name)
def test_functions_are_short(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > FUNCTION_LIMIT
    ]
    assert not long, f"{name(module)}: functions over {FUNCTION_LIMIT} lines: {', '.join(long)}"
