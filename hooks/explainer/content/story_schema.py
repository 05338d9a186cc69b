"""The front matter of a story (content/verhalen/<slug>.md), declared once: it validates the
story and writes its JSON Schema (schema/story.schema.json) for editors.

A story is an ordered path through events the articles already describe: each step names its
events by id and may name places, a time window and a figure; its text is ours (Markdown with
wiki-links and citation markers, like an article's body)."""

from __future__ import annotations

from pydantic import ConfigDict

from explainer.content.schema import DATE_HELP, Correction, Corrections, Strict
from explainer.content.schema_types import Edtf, Slug, Text, about

STEP_TEXT_EXAMPLE = "Op 29 juni 2014 riep Abu Bakr al-Baghdadi in [[mosul]] het kalifaat uit.[@kalifaat-uitgeroepen-2014]\n"


class StepEntry(Strict):
    """Eén stap van het verhaal: een tekst naast een kaart en een tijdlijn die zijn gebeurtenissen aanwijzen."""

    title: Text = about("De kop van de stap, kort en in eigen woorden.", "Het kalifaat wordt uitgeroepen")
    events: list[Slug] = about(
        "De gebeurtenissen van deze stap: ids uit de events van de artikelen (minstens één). Ze worden op de "
        "tijdlijn en, met hun plaats, op de kaart aangewezen.",
        ["is-verovert-mosul-2014", "kalifaat-uitgeroepen-2014"],
        min_length=1,
    )
    places: list[Slug] = about(
        "Plaatsen die de kaart ook aanwijst, naast die van de gebeurtenissen: slugs uit content/locations.yml.",
        ["sinjar"],
        default=[],
    )
    window: Edtf | None = about(
        "De periode die de tijdlijn van deze stap markeert. Zonder window loopt ze van de eerste tot de laatste "
        "gebeurtenis van de stap. " + DATE_HELP,
        "2014/2015",
        "2019-10/2020-05",
        default=None,
    )
    figure: Slug | None = about(
        "Een cijfer bij deze stap: een id uit de figures van een artikel.", "cia-is-strijders-2014", default=None
    )
    text: Text = about(
        "De tekst van de stap in eigen woorden (Markdown), met wiki-links en bronmarkers; schrijf hem na `text: |` "
        "op de regels eronder, ingesprongen.",
        STEP_TEXT_EXAMPLE,
    )


class StoryFrontMatter(Strict):
    """De velden van content/verhalen/<slug>.md (zie CONTRIBUTING.md)."""

    model_config = ConfigDict(title="Verhaal (IS na het kalifaat)")

    title: Text = about("De titel van het verhaal.", "Van kalifaat tot comeback")
    summary: Text = about(
        "Eén of twee zinnen over het verhaal: de inleiding boven de eerste stap en de tekst bij 'Begin hier'.",
        "Hoe IS een kalifaat uitriep, het verloor en in 2020 terugkwam, in veertien stappen.",
    )
    order: int | None = about("De volgorde van de verhalen; het laagste komt op de startpagina.", 1, default=None)
    steps: list[StepEntry] = about(
        "De stappen, in de volgorde waarin de lezer ze leest (minstens één).",
        [{"title": "Het kalifaat wordt uitgeroepen", "events": ["kalifaat-uitgeroepen-2014"], "text": STEP_TEXT_EXAMPLE}],
        min_length=1,
    )
    corrections: list[Correction] = Corrections


def story_json_schema() -> dict:
    schema = StoryFrontMatter.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
