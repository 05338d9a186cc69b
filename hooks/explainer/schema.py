"""The front-matter model, declared once: validates content and emits the JSON Schema."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from . import dates
from .quantities import COUNTED, QUANTITIES

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
EDTF_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?)?$"
URL_PATTERN = r"^https?://\S+$"
PLACE_KINDS = ("land", "regio", "provincie", "stad", "dorp", "wijk", "gebouw", "basis", "gebied")
QUALIFIERS = ("ongeveer", "minstens", "meer dan", "minder dan")


def custom(kind: str, message: str, hint: str) -> PydanticCustomError:
    return PydanticCustomError(kind, message, {"hint": hint})


def _text(value: str) -> str:
    if not value.strip():
        raise custom("empty_text", "the text is empty", "write the text, or remove the key if it is optional")
    return value


def _edtf(value: str) -> str:
    try:
        span = dates.parse(value)
    except dates.EdtfError as error:
        raise custom("edtf", str(error),
                     "write an EDTF date such as \"2020\", \"2020-04\", \"2020-04-12\", \"2020-04~\" "
                     "or \"2019-10/2019-12\" (see CONTRIBUTING.md)") from None
    if span.start > dt.date.today():
        raise custom("future_date", f"'{value}' lies in the future",
                     "dates record what a source reported; check the year")
    return value


def _url(value: str) -> str:
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
        raise custom("url_scheme", f"'{value[:80]}' is not an http(s) address",
                     "give the web address of the source, starting with https:// or http://, or leave url out")
    return value


Text = Annotated[str, AfterValidator(_text), Field(json_schema_extra={"minLength": 1})]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]
Edtf = Annotated[str, AfterValidator(_edtf), Field(json_schema_extra={"pattern": EDTF_PATTERN})]
Url = Annotated[str, AfterValidator(_url), Field(json_schema_extra={"pattern": URL_PATTERN})]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Source(Strict):
    """What is known of the source text; unknown facts stay absent."""

    title: Optional[Text] = Field(None, description="The source's own headline")
    author: Optional[Text] = None
    publisher: Optional[Text] = None
    url: Optional[Url] = None
    note: Optional[Text] = Field(None, description="What else we know of the source, in Dutch")


EVENT_DEFINITION_FIELDS = ("date", "title", "location", "summary")


class EventEntry(Strict):
    """A dated happening. With only `id`, it refers to an event another article defines."""

    model_config = ConfigDict(json_schema_extra={
        "dependentRequired": {name: [other for other in EVENT_DEFINITION_FIELDS if other != name]
                              for name in EVENT_DEFINITION_FIELDS}})

    id: Slug
    date: Optional[Edtf] = None
    title: Optional[Text] = None
    location: Optional[Slug] = None
    themes: Optional[list[Slug]] = None
    summary: Optional[Text] = None

    @property
    def is_reference(self) -> bool:
        return all(getattr(self, name) is None for name in EVENT_DEFINITION_FIELDS) and self.themes is None

    @model_validator(mode="after")
    def _defined_completely(self) -> "EventEntry":
        if self.is_reference:
            return self
        missing = [name for name in EVENT_DEFINITION_FIELDS if getattr(self, name) is None]
        if missing:
            raise custom("incomplete_event", f"the new event '{self.id}' lacks {', '.join(missing)}",
                         "a new event needs id, date, title, location and summary; to refer to an event "
                         "another article defines, write only its id")
        return self


class Range(Strict):
    low: float
    high: float


class FigureEntry(Strict):
    """A number the source reports, with who claims it."""

    id: Slug
    label: Text
    value: Annotated[Any, Field(json_schema_extra={"anyOf": [
        {"type": "number"},
        {"type": "object", "properties": {"low": {"type": "number"}, "high": {"type": "number"}},
         "required": ["low", "high"], "additionalProperties": False}]})]
    qualifier: Optional[Literal[QUALIFIERS]] = None
    unit: Text
    counted: Optional[Literal[COUNTED]] = Field(None, description=(
        "Wat er geteld wordt: bepaalt in welk paneel van /cijfers/ het cijfer staat, naast de schattingen "
        "van hetzelfde door anderen. De eenheid moet bij die soort passen (duur in uur, dagen of minuten)."))
    date: Edtf
    according_to: Text
    location: Optional[Slug] = None

    @model_validator(mode="after")
    def _unit_fits_counted(self) -> "FigureEntry":
        if self.counted and self.unit not in QUANTITIES[self.counted].units:
            units = ", ".join(QUANTITIES[self.counted].units)
            raise custom("counted_unit", f"counted: de eenheid '{self.unit}' past niet bij '{self.counted}'",
                         f"gebruik voor '{self.counted}' een van deze eenheden: {units}; of kies een andere soort")
        return self

    @field_validator("value", mode="plain")
    @classmethod
    def _number_or_range(cls, value: Any) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, dict):
            extra = set(value) - {"low", "high"}
            if extra or set(value) != {"low", "high"} or not all(
                    isinstance(value[k], (int, float)) and not isinstance(value[k], bool) for k in value):
                raise custom("range", "a range needs exactly two numbers, low and high",
                             "write value: {low: 2500, high: 3000}")
            if value["low"] > value["high"]:
                raise custom("range_order", f"the range runs backwards: low {value['low']} > high {value['high']}",
                             "swap low and high")
            return Range(**value)
        raise custom("number", f"expected a number or a range, found {_describe(value)}",
                     "write a number without quotes (value: 5000) or a range (value: {low: 2500, high: 3000})")


def _describe(value: Any) -> str:
    return {bool: "a yes/no value", str: "text", list: "a list", type(None): "nothing"}.get(type(value), type(value).__name__)


class ArticleFrontMatter(Strict):
    """Front matter of content/articles/<slug>.md."""

    model_config = ConfigDict(title="Artikel (IS na het kalifaat)")

    title: Text = Field(description="Our Dutch headline")
    summary: Text = Field(description="1-3 sentences in our own words")
    published: Edtf = Field(description="The source's publication date, EDTF")
    source: Source
    themes: list[Slug] = Field(min_length=1)
    locations: list[Slug] = []
    events: list[EventEntry] = []
    figures: list[FigureEntry] = []


class ThemeFrontMatter(Strict):
    """Front matter of content/themes/<slug>.md."""

    title: Text
    summary: Text
    order: Optional[int] = None


Alias = Annotated[Text, AfterValidator(lambda value: _short(value, 60))]


def _short(value: str, limit: int) -> str:
    if len(value) > limit:
        raise custom("too_long", f"the spelling is {len(value)} characters long",
                     f"an alias is another spelling of the name (at most {limit} characters); "
                     "put longer text in description")
    return value


class PlaceEntry(Strict):
    """One place of content/locations.yml."""

    name: Text
    aliases: list[Alias] = []
    kind: Literal[PLACE_KINDS]
    country: Optional[Slug] = None
    within: Optional[Slug] = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    description: Text

    @model_validator(mode="after")
    def _country_given(self) -> "PlaceEntry":
        if self.kind != "land" and self.country is None:
            raise custom("country", "a place that is not a country needs `country`",
                         "add country: <slug of the country it lies in>, e.g. country: syrie")
        return self


def article_json_schema() -> dict:
    schema = ArticleFrontMatter.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
