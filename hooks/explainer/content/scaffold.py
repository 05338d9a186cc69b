"""The new-article template, and its placeholder texts that the check refuses to publish."""

from __future__ import annotations

import json

SUMMARY = "Vat de brontekst samen in één tot drie zinnen, in eigen woorden."
NOTE = "Wat weten we van de bron? Laat onbekende velden (title, author, publisher, url) weg."
BODY = "Schrijf hier het artikel in eigen woorden."

PLACEHOLDERS = {
    # text -> the key of its hint in messages/__init__.py
    ("summary",): (SUMMARY, "template_summary"),
    ("source", "note"): (NOTE, "template_note"),
}


def new_article(title: str, month: str, theme: str, slug: str) -> str:
    # JSON strings are valid double-quoted YAML scalars: any title survives, quotes included.
    return (
        f'---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsummary: "{SUMMARY}"\n'
        f'published: "{month}"\nsource:\n  note: "{NOTE}"\nthemes: [{theme}]\nlocations: []\n'
        f"events: []\nfigures: []\n---\n{BODY} Verwijs naar plaatsen en thema's met [[{theme}]], en zet achter "
        f"elke zin in welke alinea van de bron het staat.[@{slug}, 1]\n"
    )
