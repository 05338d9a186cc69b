"""The messages of the stories' check (content/stories.py), Dutch and English with the same keys;
messages/nl.py and messages/en.py take them into their catalogues."""

from __future__ import annotations

DUTCH = {
    "story_event_unknown": ("geen enkel artikel beschrijft de gebeurtenis '{id}'", "{fix}"),
    "story_event_hint": (
        "",
        "een stap noemt gebeurtenissen die in een artikel staan; neem het id over uit de events van dat artikel",
    ),
    "story_figure_unknown": ("geen enkel artikel noemt het cijfer '{id}'", "{fix}"),
    "story_figure_hint": ("", "neem het id over uit de figures van een artikel, of haal figure weg"),
    "story_outside_window": (
        "de gebeurtenis '{id}' ({date}) valt buiten het venster van deze stap ({window})",
        "maak het venster ruimer, haal window weg (dan loopt het van de eerste tot de laatste gebeurtenis), "
        "of noem deze gebeurtenis in een andere stap",
    ),
    "story_event_twice": ("de gebeurtenis '{id}' staat twee keer in deze stap", "noem elke gebeurtenis één keer per stap"),
    "story_slug_taken": ("er is al een verhaal met de naam '{slug}' ({where})", "geef elk verhaal een eigen bestandsnaam"),
    "story_body": (
        "de tekst onder de velden hoort bij geen stap",
        "zet een inleiding in summary en de tekst van elke stap in haar eigen `text:`; laat onder de afsluitende '---' niets staan",
    ),
}

ENGLISH = {
    "story_event_unknown": ("no article defines the event '{id}'", "{fix}"),
    "story_event_hint": ("", "a step names events that an article defines; copy the id from that article's events"),
    "story_figure_unknown": ("no article gives the figure '{id}'", "{fix}"),
    "story_figure_hint": ("", "copy the id from an article's figures, or remove figure"),
    "story_outside_window": (
        "the event '{id}' ({date}) lies outside this step's window ({window})",
        "widen the window, remove window (it then runs from the first to the last event), or name the event in another step",
    ),
    "story_event_twice": ("the event '{id}' is named twice in this step", "name each event once per step"),
    "story_slug_taken": ("there is already a story named '{slug}' ({where})", "give every story its own file name"),
    "story_body": (
        "the text below the front matter belongs to no step",
        "put an introduction in summary and each step's text in its own `text:`; leave nothing below the closing '---'",
    ),
}
