"""The new-article template, and its placeholder texts that the check refuses to publish."""
from __future__ import annotations

import json

SUMMARY = "Vat de brontekst samen in één tot drie zinnen, in eigen woorden."
NOTE = "Wat weten we van de bron? Laat onbekende velden (title, author, publisher, url) weg."
BODY = "Schrijf hier het artikel in eigen woorden."

PLACEHOLDERS = {
    ("summary",): (SUMMARY, "write one to three sentences about the source in your own words"),
    ("source", "note"): (NOTE, "say what is known of the source (kind of medium, date line), or remove note"),
}


def new_article(title: str, month: str, theme: str) -> str:
    # JSON strings are valid double-quoted YAML scalars: any title survives, quotes included.
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsummary: \"{SUMMARY}\"\n"
            f"published: \"{month}\"\nsource:\n  note: \"{NOTE}\"\nthemes: [{theme}]\nlocations: []\n"
            f"events: []\nfigures: []\n---\n{BODY} Verwijs naar plaatsen en thema's met [[{theme}]].\n")
