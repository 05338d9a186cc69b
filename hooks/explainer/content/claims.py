"""Who says so: the controlled list of parties an event's claim rests on, and how the sources
present an event (vastgesteld, gemeld, geclaimd), with the Dutch words the site shows."""

from __future__ import annotations

OTHER = "anders"
# slug -> (name in lists and data, the words after "volgens")
CLAIMANTS = {
    "is": ("IS", "IS"),
    "syrische-staatsmedia": ("Syrische staatsmedia", "Syrische staatsmedia"),
    "amerikaanse-inlichtingendiensten": ("Amerikaanse inlichtingendiensten", "Amerikaanse inlichtingendiensten"),
    "rojava-informatiecentrum": ("Rojava Informatiecentrum", "het Rojava Informatiecentrum"),
    "russisch-ministerie-van-defensie": ("Russisch ministerie van Defensie", "het Russische ministerie van Defensie"),
    "pentagon": ("Pentagon", "het Pentagon"),
    "cia": ("CIA", "de CIA"),
    OTHER: ("Andere partij", None),  # named in claimed_by_text
}
STATUSES = {
    "vastgesteld": "Vastgesteld",  # the sources present it as fact, confirmed or undisputed
    "gemeld": "Gemeld",  # a source reports it, not independently confirmed
    "geclaimd": "Geclaimd",  # one party says so; nobody else confirms it
}
DEFAULT_STATUS = "gemeld"
CLAIMED_STATUS = "geclaimd"


def names() -> dict:
    """The parties' names for the article builder (in the JSON Schema): slug -> name in lists."""
    return {slug: name for slug, (name, _) in CLAIMANTS.items()}


def default_status(claimed_by: str | None) -> str:
    """An event with a claimant and no status is that party's claim; without either, a report."""
    return CLAIMED_STATUS if claimed_by else DEFAULT_STATUS


def claimant_name(claimed_by: str | None, text: str | None) -> str:
    """The party's name for lists and open data ('' when nobody in particular claims it)."""
    if not claimed_by:
        return ""
    return text or CLAIMANTS[claimed_by][0] if claimed_by == OTHER else CLAIMANTS[claimed_by][0]


def according_to(claimed_by: str | None, text: str | None) -> str:
    """'volgens IS', 'volgens het Rojava Informatiecentrum', or '' for no claimant."""
    if not claimed_by:
        return ""
    if claimed_by == OTHER:
        return f"volgens {text}"
    words = CLAIMANTS[claimed_by][1]
    return f"volgens {words} ({text})" if text else f"volgens {words}"


def label(event) -> str:
    """The status with its claimant, as shown with the event: 'Geclaimd, volgens IS'."""
    words = according_to(event.claimed_by, event.claimed_by_text)
    return f"{STATUSES[event.status]}, {words}" if words else STATUSES[event.status]


def chart_fields(event) -> list:
    """The claim fields a timeline mark carries: status and claimant slug (for the chart's filter),
    the label (for the hover text; plain text, escaped by the caller's chart code)."""
    return [event.status, event.claimed_by or "", label(event)]


def chart_line_colours(events: list, colour: str) -> list:
    """A filled mark draws its cross in the line colour: white on a claimed filled mark, so the
    cross shows; an open mark keeps the lane's colour (its outline and cross)."""
    return ["#ffffff" if e.status == CLAIMED_STATUS and not (e.date.approximate or e.date.uncertain) else colour for e in events]


def chart_symbol(symbol: str, event) -> str:
    """A claimed event's mark carries a cross ('circle-x', 'diamond-x-open'), a distinct style
    that needs no colour."""
    if event.status != CLAIMED_STATUS:
        return symbol
    shape, _, fill = symbol.partition("-")
    return f"{shape}-x-{fill}" if fill else f"{shape}-x"
