"""The field types of the front-matter model: patterns, validators with Dutch messages, and
`about` for a field's Dutch description and examples (content/schema.py builds the models from them)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

from explainer import dates
from explainer.content import claims
from explainer.content.quantities import COUNTED
from explainer.messages import say, text

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_DATE = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
# A date, a duration a/b, until /b, since a/.., a window [a..b] or [..b] (explainer/dates.py).
EDTF_PATTERN = rf"^({_DATE}[~?%]?(/{_DATE}[~?%]?)?|/{_DATE}[~?%]?|{_DATE}[~?%]?/\.\.|\[({_DATE})?\.\.{_DATE}\])$"
URL_PATTERN = r"^https?://\S+$"
TEXT_PATTERN = r"\S"  # not only spaces
PLACE_KINDS = ("land", "regio", "provincie", "stad", "dorp", "wijk", "gebouw", "basis", "gebied")
QUALIFIERS = ("ongeveer", "bijna", "minstens", "meer dan", "minder dan")
ALIAS_LIMIT = 60
UNKNOWN_PLACE = "onbekend"  # an event's location when the source names no place
DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

# The controlled vocabularies as field types. pydantic checks a value against the Literal made from
# its vocabulary (and writes the list into the JSON Schema); mypy cannot read a Literal made at run
# time and sees the plain string every such value is.
if TYPE_CHECKING:
    Claimant = str
    Status = str
    Qualifier = str
    Counted = str
    PlaceKind = str
else:
    Claimant = Literal[tuple(claims.CLAIMANTS)]
    Status = Literal[tuple(claims.STATUSES)]
    Qualifier = Literal[QUALIFIERS]
    Counted = Literal[COUNTED]
    PlaceKind = Literal[PLACE_KINDS]


def custom(key: str, **values) -> PydanticCustomError:
    message, hint = say(key, **values)
    return PydanticCustomError(key, message.replace("{", "{{").replace("}", "}}"), {"hint": hint})


def _text(value: str) -> str:
    if not value.strip():
        raise custom("empty_text")
    return value


def _day_from_yaml(value: Any) -> Any:
    """A bare YAML date (`published: 2022-01-20`) is a date object: it means that day."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _edtf(value: str) -> str:
    if not re.fullmatch(EDTF_PATTERN, value):  # the shapes the JSON Schema allows, nothing around them
        raise custom("edtf", error=text("edtf_invalid", text=value))
    try:
        span = dates.parse(value)
    except dates.EdtfError as error:
        raise custom("edtf", error=str(error)) from None
    if span.start > dt.date.today():
        raise custom("future_date", value=value)
    return value


def _url(value: str) -> str:
    if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
        raise custom("url_scheme", value=value[:80])
    return value


def _short(value: str) -> str:
    if len(value) > ALIAS_LIMIT:
        raise custom("alias_too_long", length=len(value), limit=ALIAS_LIMIT)
    return value


def _passages(value: list) -> list:
    for number in value:
        if number < 1:
            raise custom("passage_number", value=number)
    return value


def _count(value: int) -> int:
    if value < 1:
        raise custom("passage_count", value=value)
    return value


def _day(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value) if re.match(DAY_PATTERN, value) else None
    except ValueError:
        day = None
    if day is None:
        raise custom("correction_day", value=value)
    if day > dt.date.today():
        raise custom("correction_future", value=value)
    return value


Text = Annotated[str, AfterValidator(_text), Field(json_schema_extra={"minLength": 1, "pattern": TEXT_PATTERN})]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]
Edtf = Annotated[str, BeforeValidator(_day_from_yaml), AfterValidator(_edtf), Field(json_schema_extra={"pattern": EDTF_PATTERN})]
Url = Annotated[str, AfterValidator(_url), Field(json_schema_extra={"pattern": URL_PATTERN})]
Alias = Annotated[Text, AfterValidator(_short), Field(json_schema_extra={"maxLength": ALIAS_LIMIT})]
# Passage numbers ("alinea's") in an article's source text, counted from 1 (CONTRIBUTING.md).
PassageNumber = Annotated[int, Field(json_schema_extra={"minimum": 1})]
Passages = Annotated[list[PassageNumber], Field(min_length=1), AfterValidator(_passages)]
PassageCount = Annotated[int, AfterValidator(_count), Field(json_schema_extra={"minimum": 1})]
PASSAGE_COUNT_HELP = (
    "Hoeveel alinea's de brontekst heeft (zoals passages ze telt); dan controleert de check dat elk alineanummer daarbinnen valt."
)
PASSAGES_HELP = (
    "In welke alinea's van de brontekst dit staat: hun nummers, als lijst. Tel de blokken tekst van de bron "
    "vanaf 1; een kop, een ondertitel en een fotobijschrift tellen elk als een alinea, de datumregel niet."
)


def about(description: str, *examples, **kwargs):
    """A field with its Dutch explanation and examples for the editor."""
    return Field(description=description, examples=list(examples), **kwargs)


DATE_HELP = (
    'EDTF-datum, tussen aanhalingstekens, niet preciezer dan de bron: "2020" (jaar), "2020-04" '
    '(maand), "2020-04-12" (dag), "2020-04~" (ongeveer), "2020-04?" (onzeker), '
    '"2019-10/2019-12" (duurde van … tot …), "2020-21" (voorjaar), "[2020-04-25..2020-05-31]" (één keer, '
    'ergens tussen), "[..2014-06-28]" (uiterlijk), "/2016-11" (duurde tot, begin onbekend), "2020-05/.." '
    "(sinds). Een kale datum (2020-04-12) is die dag."
)
SLUG_HELP = "kleine letters, cijfers en streepjes"
# A correction is dated to the day; a bare YAML date (date: 2026-12-01) is that same day.
Day = Annotated[str, BeforeValidator(_day_from_yaml), AfterValidator(_day), Field(json_schema_extra={"pattern": DAY_PATTERN})]
NEW_PLACES_HELP = (
    "Nieuwe plaatsen die dit artikel introduceert (slug: velden), met dezelfde velden als in content/locations.yml; "
    "bij de bouw horen ze bij de gazetteer, met dezelfde controles."
)
NEW_PLACES_EXAMPLE = {
    "al-qaim": {
        "name": "Al-Qaim",
        "kind": "stad",
        "country": "irak",
        "lat": 34.37,
        "lon": 41.08,
        "description": "Eén zin in eigen woorden.",
    }
}
CLOSED = {"additionalProperties": False}  # a key that is no slug is an error in the builder too
