"""The search index: Pagefind over the built HTML, in chunks the browser fetches per query.

Pagefind reads its settings from pagefind.yml in the repository root, so a build without the
MkDocs hook gets the same index from `python -m pagefind` run there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEARCH_FOLDER = "pagefind"  # inside the built site; assets/search.js loads pagefind.js from it
CONFIG = "pagefind.yml"


class SearchIndexError(Exception):
    pass


def index_site(root: Path, site_dir: Path) -> None:
    """Write the search index of the built site in site_dir into site_dir/pagefind/."""
    if not (root / CONFIG).is_file():
        raise SearchIndexError(f"{CONFIG} is missing in {root}: it tells Pagefind what to index (see README.md)")
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", SEARCH_FOLDER]
    try:
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600, check=False)
    except FileNotFoundError as error:
        raise SearchIndexError(f"Pagefind could not start ({error}); run `bash scripts/setup.sh`") from None
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Error" in output:
        raise SearchIndexError(
            f"Pagefind failed to index {site_dir} (exit {result.returncode}):\n{output}\n"
            "run `bash scripts/setup.sh` if the pagefind packages are missing"
        )
    if not (site_dir / SEARCH_FOLDER / "pagefind.js").is_file():
        raise SearchIndexError(f"Pagefind wrote no {SEARCH_FOLDER}/pagefind.js into {site_dir}:\n{output}")
