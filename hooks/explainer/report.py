"""Problems as text for a terminal, as GitHub workflow annotations and as a job summary."""

from __future__ import annotations

import html
import re
from collections import defaultdict

from explainer.messages import language
from explainer.problems import Problem

SUMMARY_TEXT = {
    "nl": {
        "ok": "### Inhoud in orde\n\nDe controle vond geen problemen: {counts}\n",
        "heading": "### De controle vond {count} {noun}\n",
        "one": "probleem",
        "many": "problemen",
        "line": "regel",
        "file": "bestand",
        "next": "**Wat nu?** Pas in je branch (of op GitHub met het potloodje bij het bestand) elk genoemd veld aan "
        "zoals de melding zegt en sla de wijziging op; de controle draait dan vanzelf opnieuw. De meldingen "
        "staan ook bij de regels zelf, onder *Files changed*. Uitleg bij elke melding: CONTRIBUTING.md, "
        "*Foutmeldingen van de controle*; een nieuw artikel kun je ook maken met de artikelbouwer op "
        "/bijdragen/ van de site.\n",
        "title": "Inhoud",
    },
    "en": {
        "ok": "### Content OK\n\nThe check found no problems: {counts}\n",
        "heading": "### The check found {count} {noun}\n",
        "one": "problem",
        "many": "problems",
        "line": "line",
        "file": "file",
        "next": "**What next?** Fix each field as its message says and push; the check runs again. The messages "
        "also stand next to their lines under *Files changed*. See CONTRIBUTING.md.\n",
        "title": "Content",
    },
}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """`::error file=…,line=…,title=…::message — hint`: GitHub shows it next to the line."""
    title = f"{SUMMARY_TEXT[language()]['title']}: {problem.field}" if problem.field else SUMMARY_TEXT[language()]["title"]
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
    words = SUMMARY_TEXT[language()]
    if not problems:
        return words["ok"].format(counts=counts)
    by_file = defaultdict(list)
    for problem in problems:
        by_file[problem.path].append(problem)
    noun = words["one"] if len(problems) == 1 else words["many"]
    lines = [words["heading"].format(count=len(problems), noun=noun)]
    for path, found in by_file.items():
        lines.append(f"#### `{path}` ({len(found)})\n")
        lines += [_summary_line(problem, words) for problem in found]
        lines.append("")
    return "\n".join(lines) + "\n" + words["next"]


def _summary_line(problem: Problem, words: dict) -> str:
    where = f"{words['line']} {problem.line}" if problem.line else words["file"]
    field = f" `{problem.field}`:" if problem.field else ""
    fix = f" — {_markdown(problem.hint)}" if problem.hint else ""
    return f"- {where}{field} {_markdown(problem.message)}{fix}"
