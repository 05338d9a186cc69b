"""PyYAML's parser messages in the contributor's language.

The common ones get a Dutch sentence; a rare one keeps the parser's own words (quoted), so
nothing is hidden. The hint of every YAML problem is in messages/__init__.py ('invalid_yaml').
"""

from __future__ import annotations

import re

from explainer.messages import language, text

PROBLEMS = [
    (r"expected ',' or '\]', but got '(.*)'", "na een element in [ ... ] verwachtte YAML ',' of ']', niet '{0}'"),
    (r"expected ',' or '\}', but got '(.*)'", "na een element in {{ ... }} verwachtte YAML ',' of '}}', niet '{0}'"),
    (
        r"mapping values are not allowed here",
        "hier mag geen 'sleutel: waarde' staan (staat er ': ' in tekst zonder aanhalingstekens?)",
    ),
    (r"expected <block end>, but found '(.*)'", "het inspringen klopt niet (YAML vond '{0}')"),
    (r"found unexpected end of stream", "de tekst houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)"),
    (r"found character '\\t' that cannot start any token", "er staat een tab; spring in met spaties"),
    (r"could not find expected ':'", "na een sleutel ontbreekt de ':'"),
    (r"found undefined alias '(.*)'", "'*{0}' verwijst nergens naar (zet tekst met * tussen aanhalingstekens)"),
    (
        r"could not determine a constructor for the tag '(.*)'",
        "YAML kent de markering '{0}' niet (zet tekst met ! tussen aanhalingstekens)",
    ),
]
CONTEXTS = {
    "while parsing a flow sequence": "een lijst [ ... ]",
    "while parsing a flow mapping": "een groep {{ ... }}",
    "while parsing a block mapping": "een groep velden",
    "while parsing a block collection": "een lijst",
    "while scanning a quoted scalar": "tekst tussen aanhalingstekens",
    "while scanning a simple key": "een sleutel",
    "while scanning for the next token": "de tekst",
}


def _dutch_problem(problem: str) -> str:
    for pattern, dutch in PROBLEMS:
        match = re.fullmatch(pattern, problem)
        if match:
            return dutch.format(*match.groups())
    return f"de YAML-lezer meldt: {problem}"


def yaml_problem(error, first_line: int) -> str:
    """What went wrong, with the structure it happened in and the line that structure starts on."""
    problem = getattr(error, "problem", None) or str(error)
    context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
    dutch = language() == "nl"
    what = _dutch_problem(problem) if dutch else problem
    if context and context_mark:
        shown = CONTEXTS.get(context, context).format() if dutch else context
        what = text("yaml_context", what=what, context=shown, line=context_mark.line + first_line)
    return what
