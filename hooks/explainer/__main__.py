"""Command line: `python -m explainer check|schema|new|export` (run with PYTHONPATH=hooks)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import cli


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="explainer", description="Tools for the content of IS na het kalifaat.")
    parser.add_argument("--content", default="content", type=Path, help="the content folder (default: content)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate content/ without building the site")
    schema = commands.add_parser("schema", help="write the JSON Schema of the article front matter")
    schema.add_argument("output", nargs="?", type=Path, help="file to write (default: print)")
    new = commands.add_parser("new", help="write a new article from the template")
    new.add_argument("title", help="the Dutch headline of the new article")
    export = commands.add_parser("export", help="write the whole site as a plain site source (no hooks needed)")
    export.add_argument("output", type=Path, help="the folder to write (empty, or an earlier export)")
    args = parser.parse_args(argv)
    return getattr(cli, args.command)(args)


if __name__ == "__main__":
    sys.exit(main())
