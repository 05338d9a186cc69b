"""The front-matter model, declared once: validates content and emits the JSON Schema.

Every field carries a Dutch description and examples: editors (VS Code with the YAML
extension) show them on hover and offer them on completion.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from explainer.content import claims, figure_value
from explainer.content.quantities import QUANTITIES
from explainer.content.schema_types import (  # noqa: F401 - other modules take the patterns and vocabularies from here
    ALIAS_LIMIT,
    CLOSED,
    DATE_HELP,
    EDTF_PATTERN,
    NEW_PLACES_EXAMPLE,
    NEW_PLACES_HELP,
    PASSAGE_COUNT_HELP,
    PASSAGES_HELP,
    PLACE_KINDS,
    QUALIFIERS,
    SLUG_HELP,
    SLUG_PATTERN,
    UNKNOWN_PLACE,
    Alias,
    Claimant,
    Counted,
    Day,
    Edtf,
    PassageCount,
    Passages,
    PlaceKind,
    Qualifier,
    Slug,
    Status,
    Text,
    Url,
    about,
    custom,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Source(Strict):
    """Wat er van de brontekst bekend is; wat onbekend is, blijft weg (verzin geen uitgever of auteur)."""

    title: Text | None = about("De eigen kop van de bron, zoals die er staat.", "Kop zoals in de bron", default=None)
    author: Text | None = about("Wie de bron schreef, als de bron dat zegt.", "Redactie", default=None)
    publisher: Text | None = about(
        "Wie de bron uitgaf (krant, persbureau, instituut), als dat bekend is.", "Persbureau", default=None
    )
    url: Url | None = about(
        "Het webadres van de bron, beginnend met https:// of http://.", "https://example.org/artikel", default=None
    )
    note: Text | None = about(
        "Wat we verder van de bron weten, in het Nederlands.",
        "Nieuwsbericht met datering april 2020; kop en uitgever onbekend.",
        default=None,
    )
    passage_count: PassageCount | None = about(PASSAGE_COUNT_HELP, 15, default=None)


class Correction(Strict):
    """Een correctie: wat er fout was en wat het nu is, zichtbaar op de pagina en op /correcties/."""

    date: Day = about("De dag waarop de correctie is doorgevoerd, JJJJ-MM-DD.", "2026-12-01")
    text: Text = about(
        "In één of twee Nederlandse zinnen: wat er stond, en wat het nu is.",
        "Hier stond dat de aanval vaststond; het is een claim van IS.",
    )


CORRECTION_EXAMPLE = {
    "date": "2026-12-01",
    "text": "Hier stond dat IS Sukhna wilde innemen; de bron zegt alleen hoe ver IS kwam.",
}
Corrections = about(
    "Correcties op deze tekst, elk met dag en uitleg; de nieuwste bepaalt 'Laatst bijgewerkt'.", [CORRECTION_EXAMPLE], default=[]
)
EVENT_DEFINITION_FIELDS = ("date", "title", "location", "summary")
CLAIM_FIELDS = ("claimed_by", "claimed_by_text", "status")


def _event_dependencies() -> dict:
    """In the JSON Schema: one definition field (or themes) asks for all definition fields."""
    rules = {name: [other for other in EVENT_DEFINITION_FIELDS if other != name] for name in EVENT_DEFINITION_FIELDS}
    rules["themes"] = list(EVENT_DEFINITION_FIELDS)
    return {"dependentRequired": rules}


class EventEntry(Strict):
    """Een gebeurtenis met datum. Met alleen `id` (en `passages`) verwijst het naar een gebeurtenis die een ander artikel beschrijft."""

    model_config = ConfigDict(json_schema_extra=_event_dependencies())

    id: Slug = about(f"Unieke naam van de gebeurtenis ({SLUG_HELP}), met het jaar erin.", "sukhna-aanval-2020")
    date: Edtf | None = about("Wanneer het gebeurde. " + DATE_HELP, "2020-04-09", "2020-04~", default=None)
    title: Text | None = about("Korte Nederlandse titel van de gebeurtenis.", "Aanval op een konvooi bij Sukhna", default=None)
    location: Slug | None = about("Slug van de plaats uit content/locations.yml.", "sukhna", default=None)
    themes: list[Slug] | None = about(
        "Thema's van de gebeurtenis, als die afwijken van die van het artikel.", ["opstand"], default=None
    )
    summary: Text | None = about(
        "Wat er gebeurde, in één of twee zinnen in eigen woorden.",
        "IS-strijders vielen een legerkonvooi aan in de woestijn bij Sukhna.",
        default=None,
    )
    claimed_by: Claimant | None = about(
        "Op wiens woord de gebeurtenis rust, als één partij het zegt; bij 'anders' noem je de partij in claimed_by_text.",
        "is",
        "syrische-staatsmedia",
        default=None,
        json_schema_extra={"x-namen": claims.names()},
    )
    claimed_by_text: Text | None = about(
        "De partij in eigen woorden (verplicht bij claimed_by: anders), of een precisering.", "de Iraakse regering", default=None
    )
    status: Status | None = about(
        "Hoe de bronnen het brengen: vastgesteld (als feit), gemeld (bericht, niet bevestigd) of geclaimd "
        "(één partij zegt het). Zonder status: geclaimd als claimed_by er staat, anders gemeld.",
        "geclaimd",
        default=None,
    )
    passages: Passages = about(PASSAGES_HELP + " Ook bij een verwijzing naar een bestaande gebeurtenis.", [6, 7])

    @property
    def is_reference(self) -> bool:
        return all(getattr(self, name) is None for name in EVENT_DEFINITION_FIELDS + CLAIM_FIELDS) and self.themes is None

    @model_validator(mode="after")
    def _defined_completely(self) -> EventEntry:
        if self.is_reference:
            return self
        missing = [name for name in EVENT_DEFINITION_FIELDS if getattr(self, name) is None]
        if missing:
            raise custom("incomplete_event", id=self.id, missing=", ".join(missing))
        return _claim_checked(self)


def _claim_checked(event: EventEntry) -> EventEntry:
    if event.claimed_by == claims.OTHER and not event.claimed_by_text:
        raise custom("claim_text_missing")
    if event.claimed_by_text and not event.claimed_by:
        raise custom("claim_text_alone")
    if event.status == claims.CLAIMED_STATUS and not event.claimed_by:
        raise custom("claim_party")
    return event


class FigureEntry(Strict):
    """Een getal dat de bron noemt, met wie het beweert."""

    id: Slug = about(f"Unieke naam van het cijfer ({SLUG_HELP}).", "strijders-irak-syrie-2020")
    label: Text = about("Wat er geteld is, als korte Nederlandse zin.", "IS-strijders in Irak en Syrië")
    value: Annotated[Any, Field(json_schema_extra={"anyOf": [{"type": "number"}, figure_value.RANGE_SCHEMA]})] = about(
        "Het getal zonder aanhalingstekens, of een bereik {low, high}.", 5000, {"low": 2500, "high": 3000}
    )
    qualifier: Qualifier | None = about("Hoe stellig de bron is.", "ongeveer", "minstens", default=None)
    unit: Text = about("Waarin het getal geteld is.", "strijders", "aanslagen")
    counted: Counted | None = about(
        "Wat er geteld wordt: bepaalt in welk paneel van /cijfers/ het cijfer staat, naast de schattingen van "
        "hetzelfde door anderen. De eenheid moet bij die soort passen (duur in uur, dagen of minuten).",
        "strijders",
        "duur",
        default=None,
        json_schema_extra={"x-eenheden": {name: list(q.units) for name, q in QUANTITIES.items()}},
    )
    date: Edtf = about("Waarop het getal slaat. " + DATE_HELP, "2020-04")
    according_to: Text = about("Wie het getal noemt: het getal is de bewering van die partij.", "de Verenigde Naties")
    location: Slug | None = about("Slug van de plaats waar het getal over gaat.", "irak", default=None)
    passages: Passages = about(PASSAGES_HELP, [3])

    @model_validator(mode="after")
    def _unit_fits_counted(self) -> FigureEntry:
        if self.counted and self.unit not in QUANTITIES[self.counted].units:
            units = ", ".join(QUANTITIES[self.counted].units)
            raise custom("counted_unit", unit=self.unit, counted=self.counted, units=units)
        return self

    @field_validator("value", mode="plain")
    @classmethod
    def _number_or_range(cls, value: Any) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, dict):
            return figure_value.as_range(value)
        raise custom("number", found=figure_value.describe(value))


class ArticleFrontMatter(Strict):
    """De velden bovenaan content/articles/<slug>.md (zie CONTRIBUTING.md)."""

    model_config = ConfigDict(title="Artikel (IS na het kalifaat)")

    title: Text = about("Onze Nederlandse kop van het artikel.", "IS roert zich weer in de Syrische woestijn")
    summary: Text = about(
        "Één tot drie zinnen over de bron, in eigen woorden.", "Een bericht uit april 2020 over aanvallen van IS bij Sukhna."
    )
    published: Edtf = about("Wanneer de bron verscheen. " + DATE_HELP, "2020-04-12", "2020-04")
    source: Source = about(
        "Wat er van de bron bekend is: title, author, publisher, url, note.", {"note": "Nieuwsbericht; uitgever onbekend."}
    )
    themes: list[Slug] = about("Slugs van de thema's uit content/themes/ (minstens één).", ["opstand"], min_length=1)
    locations: list[Slug] = about(
        "Slugs van de plaatsen uit content/locations.yml waar het artikel over gaat.", ["sukhna", "syrie"], default=[]
    )
    events: list[EventEntry] = about(
        "Gebeurtenissen: nieuw (met date, title, location, summary) of alleen het id van een bestaande; "
        "elk met de alinea's van de bron waar het staat (passages).",
        [{"id": "sukhna-aanval-2020", "passages": [3]}],
        default=[],
    )
    figures: list[FigureEntry] = about("Cijfers die de bron noemt, met wie ze noemt.", [], default=[])
    corrections: list[Correction] = Corrections
    new_places: dict[Slug, PlaceEntry] = about(NEW_PLACES_HELP, NEW_PLACES_EXAMPLE, default={}, json_schema_extra=CLOSED)


class ThemeFrontMatter(Strict):
    """Front matter of content/themes/<slug>.md."""

    title: Text
    summary: Text
    order: int | None = None
    corrections: list[Correction] = Corrections


class PlaceEntry(Strict):
    """Eén plaats in content/locations.yml."""

    name: Text = about("De Nederlandse naam van de plaats.", "Sukhna")
    aliases: list[Alias] = about("Andere schrijfwijzen van de naam.", ["As-Sukhnah", "Al-Sukhnah"], default=[])
    kind: PlaceKind = about("Soort plaats.", "stad", "dorp")
    country: Slug | None = about("Slug van het land (kind: land) waarin de plaats ligt.", "syrie", default=None)
    within: Slug | None = about("Slug van een grotere plaats waarin deze ligt (regio, provincie, stad).", "homs", default=None)
    lat: float = about("Breedtegraad in decimale graden, met een punt.", 34.88, ge=-90, le=90)
    lon: float = about("Lengtegraad in decimale graden, met een punt.", 38.87, ge=-180, le=180)
    description: Text = about("Een zin over de plaats, in eigen woorden.", "Woestijnstadje in het oosten van Homs.")
    corrections: list[Correction] = Corrections

    @model_validator(mode="after")
    def _country_given(self) -> PlaceEntry:
        if self.kind != "land" and self.country is None:
            raise custom("place_country")
        return self


ArticleFrontMatter.model_rebuild()  # new_places holds PlaceEntry, declared after it


def article_json_schema() -> dict:
    """The article schema; its place entry ($defs) also checks the builder's gazetteer edits."""
    schema = ArticleFrontMatter.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


class PeriodEntry(Strict):
    """One background band of content/periods.yml."""

    slug: Slug = Field(description="Korte naam van de periode: kleine letters, cijfers en streepjes")
    title: Text = Field(description="De naam van de periode zoals de tijdlijn die toont")
    from_event: Slug = Field(description="Id van de gebeurtenis (in een artikel) waarmee de periode begint")
    until_event: Slug | None = Field(
        None, description="Id van de gebeurtenis waarmee de periode eindigt; zonder loopt de band tot het einde van de tijdlijn"
    )
    description: Text | None = Field(None, description="Waarom de periode hier begint en eindigt, in eigen woorden")
