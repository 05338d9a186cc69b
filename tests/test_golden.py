"""Golden files: the mini fixture corpus gives, byte for byte, the Markdown of every page (with
its front matter, as the export writes it) and every data file in tests/golden/mini/.

After an intended change of the output, rewrite them and review the diff:
    .venv/bin/python -m pytest tests/test_golden.py --update-golden
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden" / "mini"
# The export's own copies of docs/assets/ and docs/overrides/, and the vendored packages, are
# inputs rather than output of the pipeline.
NOT_OUTPUT = ("assets/", "overrides/")


def outputs(docs: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs).as_posix()
        if path.is_file() and not relative.startswith(NOT_OUTPUT):
            found[relative] = path.read_bytes()
    return found


def test_output_matches_the_golden_files(mini_export, request):
    produced = outputs(mini_export.project / "docs")
    if request.config.getoption("--update-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for relative, content in produced.items():
            (GOLDEN / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / relative).write_bytes(content)
        pytest.skip(f"rewrote {len(produced)} golden files in {GOLDEN}")
    golden = outputs(GOLDEN)
    assert sorted(produced) == sorted(golden), "the set of output files changed; run with --update-golden"
    changed = [relative for relative in produced if produced[relative] != golden[relative]]
    assert not changed, f"output differs from tests/golden/mini/ in {changed}; if intended, run with --update-golden"
