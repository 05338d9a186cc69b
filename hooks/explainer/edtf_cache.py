"""An on-disk memo of EDTF parses, so a build does not pay the edtf library's parse time again
for a date string it has already seen. Only valid dates are kept; the file is keyed by the
library's version, so an upgrade starts afresh. Set EXPLAINER_CACHE=off to bypass it."""
from __future__ import annotations

import atexit
import json
import os
from importlib.metadata import version
from pathlib import Path

_state: dict = {"path": None, "entries": None, "dirty": False}


def configure(folder: Path | None) -> None:
    """Use <folder>/edtf-<version>.json (None: memory only). Called by the site build."""
    if os.environ.get("EXPLAINER_CACHE") == "off":
        folder = None
    path = Path(folder) / f"edtf-{version('edtf')}.json" if folder else None
    if path != _state["path"]:
        save()
        _state.update(path=path, entries=None, dirty=False)


def _entries() -> dict:
    if _state["entries"] is None:
        _state["entries"] = {}
        path = _state["path"]
        if path is not None and path.is_file():
            try:
                _state["entries"] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                _state["entries"] = {}  # a damaged cache is rebuilt, never trusted
    return _state["entries"]


def lookup(text: str):
    return _entries().get(text)


def store(text: str, value: list) -> None:
    _entries()[text] = value
    _state["dirty"] = True


def save() -> None:
    path = _state["path"]
    if not _state["dirty"] or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(_state["entries"], sort_keys=True), encoding="utf-8")
        temporary.replace(path)
        _state["dirty"] = False
    except OSError:
        pass  # a read-only checkout still builds, only slower


atexit.register(save)
