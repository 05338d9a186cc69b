"""PyYAML's parser messages in the contributor's language (the catalogue in messages/).

The common ones get a sentence of their own; a rare one keeps the parser's own words (quoted), so
nothing is hidden. The hint of every YAML problem is the catalogue's 'invalid_yaml'.
"""

from __future__ import annotations

import re

from explainer.messages import text

# The parser's problem -> the catalogue's key; the groups fill its one placeholder.
PROBLEMS = [
    (r"expected ',' or '\]', but got '(?P<found>.*)'", "yaml_flow_sequence"),
    (r"expected ',' or '\}', but got '(?P<found>.*)'", "yaml_flow_mapping"),
    (r"mapping values are not allowed here", "yaml_mapping_value"),
    (r"expected <block end>, but found '(?P<found>.*)'", "yaml_block_end"),
    (r"found unexpected end of stream", "yaml_stream_end"),
    (r"found character '\\t' that cannot start any token", "yaml_tab"),
    (r"could not find expected ':'", "yaml_colon"),
    (r"found undefined alias '(?P<alias>.*)'", "yaml_alias"),
    (r"could not determine a constructor for the tag '(?P<tag>.*)'", "yaml_tag"),
]
CONTEXTS = {
    "while parsing a flow sequence": "yaml_in_flow_sequence",
    "while parsing a flow mapping": "yaml_in_flow_mapping",
    "while parsing a block mapping": "yaml_in_block_mapping",
    "while parsing a block collection": "yaml_in_block_collection",
    "while scanning a quoted scalar": "yaml_in_quoted",
    "while scanning a simple key": "yaml_in_simple_key",
    "while scanning for the next token": "yaml_in_next_token",
}


def _problem(problem: str) -> str:
    for pattern, key in PROBLEMS:
        match = re.fullmatch(pattern, problem)
        if match:
            return text(key, **match.groupdict())
    return text("yaml_reader", problem=problem)


def yaml_problem(error, first_line: int) -> str:
    """What went wrong, with the structure it happened in and the line that structure starts on."""
    problem = getattr(error, "problem", None) or str(error)
    context, context_mark = getattr(error, "context", None), getattr(error, "context_mark", None)
    what = _problem(problem)
    if context and context_mark:
        shown = text(CONTEXTS[context]) if context in CONTEXTS else context
        what = text("yaml_context", what=what, context=shown, line=context_mark.line + first_line)
    return what
