"""Command line: `python -m explainer check|schema|new|export` (the package is installed editable by scripts/setup.sh; .venv/bin/explainer is the same)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from explainer import cli


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="explainer", description="Tools for the content of IS na het kalifaat.")
    parser.add_argument("--content", default="content", type=Path, help="the content folder (default: content)")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the messages (default: $EXPLAINER_LANG or nl)")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate content/ without building the site")
    check.add_argument(
        "--format",
        choices=["text", "github"],
        default="text",
        help="github: also print workflow annotations (::error file=…,line=…::…) on stdout",
    )
    check.add_argument("--summary", type=Path, help="append a Markdown summary to this file ($GITHUB_STEP_SUMMARY)")
    schema = commands.add_parser("schema", help="write the JSON Schema of the article (or story) front matter")
    schema.add_argument("output", nargs="?", type=Path, help="file to write (default: print)")
    schema.add_argument("--story", action="store_true", help="the schema of a story (content/verhalen/) instead")
    new = commands.add_parser("new", help="write a new article from the template")
    new.add_argument("title", help="the Dutch headline of the new article")
    export = commands.add_parser("export", help="write the whole site as a plain site source (no hooks needed)")
    export.add_argument("output", type=Path, help="the folder to write (empty, or an earlier export)")
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["EXPLAINER_LANG"] = args.lang
    return getattr(cli, args.command)(args)


if __name__ == "__main__":
    sys.exit(main())
