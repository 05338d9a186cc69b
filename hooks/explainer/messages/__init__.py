"""Every message a contributor sees: what is wrong and how to fix it, in Dutch (nl.py).

Maintainers may ask for English with EXPLAINER_LANG=en (or `explainer --lang en`): en.py, with
the same keys and the same {placeholders} per key (tests/test_messages.py). A message is looked
up by key and filled with named values; the hint may be empty.
"""

from __future__ import annotations

import os

from explainer.messages.nl import DUTCH, FIELD_NAMES


def language() -> str:
    return "en" if os.environ.get("EXPLAINER_LANG", "nl").lower().startswith("en") else "nl"


def _catalogue() -> tuple[dict, dict]:
    if language() == "en":
        from explainer.messages.en import ENGLISH, FIELD_NAMES_EN

        return ENGLISH, FIELD_NAMES_EN
    return DUTCH, FIELD_NAMES


def say(key: str, /, **values) -> tuple[str, str]:
    """(message, hint) for a key, filled with the values."""
    message, hint = _catalogue()[0][key]
    return message.format(**values), hint.format(**values)


def text(key: str, /, **values) -> str:
    """The message part only (for pieces that are put into other messages)."""
    return say(key, **values)[0]


def hint(key: str, /, **values) -> str:
    return say(key, **values)[1]


def field_name(name: str) -> str:
    """A field's name in words (for 'a different date, title')."""
    return _catalogue()[1].get(name, name.removesuffix("_item"))
