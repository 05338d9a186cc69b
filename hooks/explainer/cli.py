"""The commands behind `python -m explainer`."""
from __future__ import annotations

import datetime as dt
import json
import sys

import yaml
from slugify import slugify

from .blocks import check_handwritten
from .model import build_corpus
from .problems import ContentError
from .schema import article_json_schema
from .template import new_article


def check(args) -> int:
    try:
        corpus = build_corpus(args.content)
        docs_problems = check_handwritten(args.content.parent / "docs", corpus)  # the hand-written pages
        if docs_problems:
            raise ContentError(docs_problems)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    print(f"OK: {len(corpus.articles)} articles, {len(corpus.events)} events, {len(corpus.figures)} figures, "
          f"{len(corpus.places)} places, {len(corpus.themes)} themes.")
    return 0


def schema(args) -> int:
    text = json.dumps(article_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def new(args) -> int:
    slug = slugify(args.title)
    if not slug:
        print("The title gives no usable file name; use letters or digits.", file=sys.stderr)
        return 2
    target = args.content / "articles" / f"{slug}.md"
    if target.exists():
        print(f"{target} already exists; choose another title or edit that file.", file=sys.stderr)
        return 1
    taken = _names_in_use(args.content)
    if slug in taken:
        print(f"'{slug}' is already the name of {taken[slug]}; choose another title.", file=sys.stderr)
        return 1
    themes = sorted(p.stem for p in (args.content / "themes").glob("*.md"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(new_article(args.title, dt.date.today().strftime("%Y-%m"), themes[0] if themes else "thema"),
                      encoding="utf-8")
    print(f"Wrote {target}. Fill in the fields, then run: PYTHONPATH=hooks .venv/bin/python -m explainer check")
    return 0


def _names_in_use(content) -> dict:
    """Slugs of themes, places and place aliases (articles are files, checked above)."""
    names = {p.stem: f"the theme {p.name}" for p in (content / "themes").glob("*.md")}
    gazetteer = content / "locations.yml"
    try:
        places = yaml.safe_load(gazetteer.read_text(encoding="utf-8")) if gazetteer.is_file() else {}
    except yaml.YAMLError:
        places = {}
    for slug, entry in (places or {}).items():
        names[str(slug)] = f"a place in {gazetteer.name}"
        for alias in (entry or {}).get("aliases") or [] if isinstance(entry, dict) else []:
            names.setdefault(slugify(str(alias)), f"a spelling of the place '{slug}'")
    return names


def export(args) -> int:
    """The site as a plain site source: `mkdocs build` in that folder needs no hooks (export.py)."""
    from .export import ExportError, export as write_export
    from .site import MissingAssets
    try:
        site = write_export(args.content.resolve().parent, args.output)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except (MissingAssets, ExportError) as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Wrote {args.output}: {len(site.pages)} generated pages, {len(site.files)} data and redirect files. "
          f"Build it with: cd {args.output} && mkdocs build")
    return 0
