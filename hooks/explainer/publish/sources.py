"""The content files as they stand in the repository, served for the article builder's edit mode
(/bijdragen/?bewerk=artikelen/<slug>): each as JSON {path, text} at routes.source_file(path), so the
builder loads the file byte for byte and hands back a whole new file that differs only where it was
edited; and an index of which file each article, theme and place is written in."""

from __future__ import annotations

import json
from pathlib import Path

from explainer import routes
from explainer.model.corpus import Corpus


def source_index(corpus: Corpus) -> list[dict]:
    """One entry per article, theme and place: its page (as /bijdragen/?bewerk= names it), title and file."""
    records = [("article", a.slug, a.title, a.source_path) for a in corpus.articles.values()]
    records += [("theme", t.slug, t.title, t.source_path) for t in corpus.themes.values()]
    records += [("place", p.slug, p.name, p.source_path) for p in corpus.places.values()]
    return [
        {"page": routes.page(kind, slug).strip("/"), "kind": kind, "slug": slug, "title": title, "path": path,
         "file": routes.source_file(path)}
        for kind, slug, title, path in records
    ]  # fmt: skip


def source_files(corpus: Corpus, root: Path) -> dict[str, str]:
    """Site path -> the JSON of one content file (its repository path and exact text), and the index."""
    index = source_index(corpus)
    files = {routes.SOURCE_INDEX: "[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in index) + "\n]\n"}
    for path in sorted({entry["path"] for entry in index}):
        text = (Path(root) / path).read_bytes().decode("utf-8")  # no newline translation: byte for byte
        files[routes.source_file(path)] = json.dumps({"path": path, "text": text}, ensure_ascii=False) + "\n"
    return files
