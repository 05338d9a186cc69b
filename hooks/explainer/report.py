"""Problems as text for a terminal, as GitHub workflow annotations and as a job summary."""

from __future__ import annotations

import html
import re
from collections import defaultdict

from explainer.messages import text
from explainer.problems import Problem


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """`::error file=…,line=…,title=…::message — hint`: GitHub shows it next to the line."""
    title = f"{text('summary_title')}: {problem.field}" if problem.field else text("summary_title")
    properties = [f"file={_escape_property(problem.path)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    properties.append(f"title={_escape_property(title)}")
    message = f"{problem.message} — {problem.hint}" if problem.hint else problem.message
    return f"::error {','.join(properties)}::{_escape_data(message)}"


def github_annotations(problems: list[Problem]) -> str:
    return "".join(annotation(problem) + "\n" for problem in problems)


def _markdown(value: str) -> str:
    """Contributor text in the summary is text, never markup."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|~>])", r"\\\1", html.escape(value, quote=False))


def job_summary(problems: list[Problem], counts: str = "") -> str:
    if not problems:
        return text("summary_ok", counts=counts)
    by_file = defaultdict(list)
    for problem in problems:
        by_file[problem.path].append(problem)
    noun = text("summary_one") if len(problems) == 1 else text("summary_many")
    lines = [text("summary_heading", count=len(problems), noun=noun)]
    for path, found in by_file.items():
        lines.append(f"#### `{path}` ({len(found)})\n")
        lines += [_summary_line(problem) for problem in found]
        lines.append("")
    return "\n".join(lines) + "\n" + text("summary_next")


def _summary_line(problem: Problem) -> str:
    where = f"{text('summary_line')} {problem.line}" if problem.line else text("summary_file")
    field = f" `{problem.field}`:" if problem.field else ""
    fix = f" — {_markdown(problem.hint)}" if problem.hint else ""
    return f"- {where}{field} {_markdown(problem.message)}{fix}"
