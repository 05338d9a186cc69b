"""The commands behind `python -m explainer`."""

from __future__ import annotations

import datetime as dt
import json
import sys

import yaml
from slugify import slugify

from explainer.build import read_content
from explainer.content.citations import Tally
from explainer.content.scaffold import new_article
from explainer.content.schema import article_json_schema
from explainer.content.story_schema import story_json_schema
from explainer.messages import language, text
from explainer.problems import ContentError
from explainer.report import github_annotations, job_summary


def check(args) -> int:
    tally = Tally()
    try:
        corpus = read_content(args.content, args.content.parent / "docs", tally)  # what a build checks
    except ContentError as error:
        _report(error.problems, error.report(), args)
        return 1
    counts = text(
        "check_ok",
        articles=len(corpus.articles),
        events=len(corpus.events),
        figures=len(corpus.figures),
        places=len(corpus.places),
        themes=len(corpus.themes),
        stories=_stories(len(corpus.stories)),
    )
    print(counts)
    print(share_line(tally))
    if args.summary:
        _append(args.summary, job_summary([], counts.removeprefix("OK: ")))
    return 0


def _stories(count: int) -> str:
    if not count:
        return ""
    word = {"nl": ("verhaal", "verhalen"), "en": ("story", "stories")}[language()][count != 1]
    return text("check_ok_stories", count=count, word=word)


def share_line(tally: Tally) -> str:
    """How many sentences carry a citation marker, in Dutch (or English) words."""
    share = f"{tally.cited / tally.sentences:.0%}" if tally.sentences else "–"
    return text("citations_share", cited=tally.cited, sentences=tally.sentences, share=share, blocks=tally.blocks)


def _report(problems: list, report: str, args) -> None:
    if args.format == "github":
        sys.stdout.write(github_annotations(problems))
    print(report, file=sys.stderr)
    if args.summary:
        _append(args.summary, job_summary(problems))


def _append(path, markdown: str) -> None:
    with open(path, "a", encoding="utf-8") as summary:
        summary.write(markdown)


def schema(args) -> int:
    chosen = story_json_schema() if args.story else article_json_schema()
    text_out = json.dumps(chosen, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text_out, encoding="utf-8")
    else:
        sys.stdout.write(text_out)
    return 0


def new(args) -> int:
    slug = slugify(args.title)
    if not slug:
        print(text("new_no_slug"), file=sys.stderr)
        return 2
    target = args.content / "articles" / f"{slug}.md"
    if target.exists():
        print(text("new_exists", target=target), file=sys.stderr)
        return 1
    taken = _names_in_use(args.content)
    if slug in taken:
        print(text("new_taken", slug=slug, owner=taken[slug]), file=sys.stderr)
        return 1
    themes = sorted(p.stem for p in (args.content / "themes").glob("*.md"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        new_article(args.title, dt.date.today().strftime("%Y-%m"), themes[0] if themes else "thema", slug), encoding="utf-8"
    )
    print(text("new_written", target=target))
    return 0


def _names_in_use(content) -> dict:
    """Slugs of themes, places and place aliases (articles are files, checked above)."""
    names = {p.stem: text("new_owner_theme", name=p.name) for p in (content / "themes").glob("*.md")}
    gazetteer = content / "locations.yml"
    try:
        places = yaml.safe_load(gazetteer.read_text(encoding="utf-8")) if gazetteer.is_file() else {}
    except yaml.YAMLError:
        places = {}
    for slug, entry in (places or {}).items():
        names[str(slug)] = text("new_owner_place", file=gazetteer.name)
        for alias in (entry or {}).get("aliases") or [] if isinstance(entry, dict) else []:
            names.setdefault(slugify(str(alias)), text("new_owner_alias", slug=slug))
    return names


def export(args) -> int:
    """The site as a plain site source: `mkdocs build` in that folder needs no hooks (export.py)."""
    from explainer.build import MissingAssets
    from explainer.charts.svg.subset import OutsideSubset
    from explainer.export import ExportError
    from explainer.export import export as write_export
    from explainer.publish.minify import MinifyError

    try:
        site = write_export(args.content.resolve().parent, args.output)
    except ContentError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except (MissingAssets, OutsideSubset, ExportError, MinifyError) as error:
        print(error, file=sys.stderr)
        return 2
    print(
        f"Wrote {args.output}: {len(site.pages)} generated pages, {len(site.files)} data and redirect files. "
        f"Build it with: cd {args.output} && mkdocs build"
    )
    return 0
