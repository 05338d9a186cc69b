"""The pipeline's layers (ARCHITECTURE.md): a module imports only from its own layer and the
layers below it, never upward. Leaves (routes, dates, date_phrases, problems, report, messages) import no layer."""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINE = Path(__file__).resolve().parent.parent / "hooks" / "explainer"
# Bottom to top. The top ties the layers together: the build, the commands and the export.
LAYERS = ["leaf", "content", "model", "charts", "pages", "publish", "top"]
LEAVES = {"routes", "dates", "date_phrases", "problems", "report", "messages"}
TOP = {"build", "cli", "export", "__main__", "__init__"}


def layer_of(module: str) -> str:
    """explainer.content.schema -> content; explainer.dates -> leaf; explainer.build -> top."""
    parts = module.split(".")[1:]
    if not parts or parts[0] in TOP:
        return "top"
    if parts[0] in LEAVES:
        return "leaf"
    return parts[0]


def module_name(path: Path) -> str:
    relative = path.relative_to(PIPELINE.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of the pipeline's own modules, also those inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "explainer":
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            found.append((node.lineno, "relative"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "explainer"]
    return found


def test_every_module_has_a_layer():
    for path in PIPELINE.rglob("*.py"):
        assert layer_of(module_name(path)) in LAYERS, path


def test_no_module_imports_upward():
    upward = []
    for path in sorted(PIPELINE.rglob("*.py")):
        own = LAYERS.index(layer_of(module_name(path)))
        for line, target in imported(path):
            if target == "relative":
                upward.append(f"{path.relative_to(PIPELINE)}:{line}: relative import (write explainer.…)")
            elif LAYERS.index(layer_of(target)) > own:
                upward.append(f"{path.relative_to(PIPELINE)}:{line}: {layer_of(module_name(path))} imports {target}")
    assert not upward, "\n".join(upward)


def test_leaves_import_only_leaves():
    for path in PIPELINE.rglob("*.py"):
        if layer_of(module_name(path)) == "leaf":
            assert all(layer_of(target) == "leaf" for _, target in imported(path)), path
