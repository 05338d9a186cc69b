"""What a figure counts: the controlled vocabulary of the figures' `counted` field.

Each kind of quantity is one panel on /cijfers/, drawn in one unit: a figure's own unit is
converted to it (durations in hours, distances in kilometres), so no panel mixes units."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    title: str  # the panel's heading
    unit: str  # the panel's axis unit
    units: dict[str, float]  # a figure's unit -> factor to the panel's unit


QUANTITIES = {
    "strijders": Quantity("IS-strijders", "strijders", {"strijders": 1}),
    "gevangenen": Quantity("Gevangenen", "personen", {"strijders": 1, "personen": 1}),
    "doden": Quantity(
        "Doden", "doden", {"strijders": 1, "burgers": 1, "militairen": 1, "paramilitairen": 1, "dorpshoofden": 1, "personen": 1}
    ),
    "aanslagen": Quantity("Aanslagen per maand", "aanslagen", {"aanslagen per maand": 1, "aanslagen": 1}),
    "duur": Quantity("Duur", "uur", {"uur": 1, "dagen": 24, "minuten": 1 / 60}),
    "afstand": Quantity("Afstand", "kilometer", {"kilometer": 1, "meter": 0.001}),
    "aandeel": Quantity("Verandering in procenten", "procent", {"procent": 1}),
    "inwoners": Quantity("Inwoners", "inwoners", {"inwoners": 1}),
    "besmettingen": Quantity("Coronabesmettingen", "besmettingen", {"besmettingen": 1}),
    "installaties": Quantity("Installaties", "gasvelden", {"gasvelden": 1}),
    "keren": Quantity("Hoe vaak", "keer", {"keer": 1}),
}
COUNTED = tuple(QUANTITIES)


def quantity_of(counted: str | None, unit: str) -> tuple[str, Quantity]:
    """The panel a figure belongs to: its `counted`, or (without one) a panel of its own unit."""
    if counted in QUANTITIES:
        return counted, QUANTITIES[counted]
    return f"eenheid:{unit}", Quantity(unit[:1].upper() + unit[1:], unit, {unit: 1})
