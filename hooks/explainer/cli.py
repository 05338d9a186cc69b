"""The commands behind `python -m explainer`."""
from __future__ import annotations

import datetime as dt
import json
import sys

from slugify import slugify

from .model import build_corpus
from .problems import ContentError
from .schema import article_json_schema


def check(args) -> int:
    try:
        corpus = build_corpus(args.content)
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


NEW_ARTICLE = """---
title: "{title}"
summary: "Vat de brontekst samen in één tot drie zinnen, in eigen woorden."
published: "{month}"
source:
  note: "Wat weten we van de bron? Laat onbekende velden (title, author, publisher, url) weg."
themes: [{theme}]
locations: []
events: []
figures: []
---
Schrijf hier het artikel in eigen woorden. Verwijs naar plaatsen en thema's met [[{theme}]].
"""


def new(args) -> int:
    slug = slugify(args.title)
    if not slug:
        print("The title gives no usable file name; use letters or digits.", file=sys.stderr)
        return 2
    target = args.content / "articles" / f"{slug}.md"
    if target.exists():
        print(f"{target} already exists; choose another title or edit that file.", file=sys.stderr)
        return 1
    themes = sorted(p.stem for p in (args.content / "themes").glob("*.md"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(NEW_ARTICLE.format(title=args.title.replace('"', "'"), month=dt.date.today().strftime("%Y-%m"),
                                         theme=themes[0] if themes else "thema"), encoding="utf-8")
    print(f"Wrote {target}. Fill in the fields, then run: python -m explainer check")
    return 0
