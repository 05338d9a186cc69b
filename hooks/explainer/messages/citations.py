"""The messages about sources in the prose and passage numbers (content/citations.py), Dutch and
English with the same keys; messages/__init__.py and messages/en.py take them into their catalogues."""

from __future__ import annotations

MARKER_FORMS = "[@slug-van-het-artikel, 7], [@slug, 7-8], [@slug, 3, 7], [@id-van-gebeurtenis-of-cijfer] of [@a, 3; @b]"
MARKER_FORMS_EN = "[@article-slug, 7], [@slug, 7-8], [@slug, 3, 7], [@event-or-figure-id] or [@a, 3; @b]"

DUTCH = {
    "passage_number": (
        "alinea {value} bestaat niet: alinea's tellen vanaf 1",
        "schrijf de nummers van de alinea's van de bron als lijst, bijvoorbeeld passages: [6, 7]",
    ),
    "passage_count": (
        "passage_count is {value}: een bron heeft minstens één alinea",
        "tel de alinea's van de brontekst (zie CONTRIBUTING.md), of laat passage_count weg",
    ),
    "passage_beyond": (
        "alinea {number} bestaat niet: de bron heeft er {count} (source.passage_count)",
        "controleer het alineanummer, of het aantal in source.passage_count",
    ),
    "marker_malformed": ("de bronmarker {marker} is niet goed geschreven", "schrijf " + MARKER_FORMS),
    "marker_unknown": ("de bronmarker {marker} noemt '{key}': geen artikel, gebeurtenis of cijfer heet zo", "{fix}"),
    "marker_known_names": (
        "",
        "gebruik de slug van een artikel (met de alinea's van zijn bron) of het id van een gebeurtenis of cijfer",
    ),
    "marker_beyond": (
        "de bronmarker {marker} noemt alinea {number} van '{key}', maar die bron heeft {count} alinea's",
        "controleer het alineanummer in de brontekst",
    ),
    "marker_needs_passages": (
        "de bronmarker {marker} noemt het artikel '{key}' zonder alinea",
        "zet erbij in welke alinea('s) van die bron het staat, bijvoorbeeld [@{key}, 3]",
    ),
    "marker_no_passages": (
        "de bronmarker {marker} geeft alinea's bij '{key}', een {kind}: die draagt haar eigen alinea's (passages)",
        "schrijf [@{key}] zonder nummers, of noem het artikel met de alinea: [@slug-van-het-artikel, 3]",
    ),
    "kind_event": ("gebeurtenis", ""),
    "kind_figure": ("cijfer", ""),
    "uncited": (
        "{what} heeft geen bronmarker",
        "zet direct na de zin die het zegt een marker zoals [@slug-van-het-artikel, 7] of "
        "[@id-van-een-gebeurtenis] (zie CONTRIBUTING.md)",
    ),
    "what_paragraph": ("deze alinea", ""),
    "what_summary": ("de samenvatting", ""),
    "what_description": ("de beschrijving", ""),
    "marker_not_here": (
        "in {field} hoort geen bronmarker ({marker})",
        "dit veld krijgt zijn bron van het artikel en de alinea's in passages; haal de marker weg",
    ),
    "site_text_heading": ("site_text noemt de kop '{heading}', die niet op deze pagina staat", "{fix}"),
    "site_text_headings": ("", "noem de koppen van de pagina zoals ze er staan, of schrijf site_text: true"),
    "site_text_type": (
        "site_text is een lijst van koppen of true",
        'schrijf site_text: true (de hele pagina gaat over de site) of site_text: ["Kop", ...]',
    ),
    "citations_share": (
        "Bronmarkers: {cited} van de {sentences} zinnen ({share}) hebben er een, in {blocks} alinea's en "
        "beschrijvingen die elk minstens één marker hebben.",
        "",
    ),
}

ENGLISH = {
    "passage_number": (
        "passage {value} does not exist: passages are counted from 1",
        "write the numbers of the source's passages as a list, e.g. passages: [6, 7]",
    ),
    "passage_count": (
        "passage_count is {value}: a source has at least one passage",
        "count the passages of the source text (see CONTRIBUTING.md), or leave passage_count out",
    ),
    "passage_beyond": (
        "passage {number} does not exist: the source has {count} (source.passage_count)",
        "check the passage number, or the count in source.passage_count",
    ),
    "marker_malformed": ("the citation marker {marker} is malformed", "write " + MARKER_FORMS_EN),
    "marker_unknown": ("the citation marker {marker} names '{key}': no article, event or figure has that name", "{fix}"),
    "marker_known_names": ("", "use an article's slug (with passages of its source) or the id of an event or figure"),
    "marker_beyond": (
        "the citation marker {marker} names passage {number} of '{key}', but that source has {count} passages",
        "check the passage number in the source text",
    ),
    "marker_needs_passages": (
        "the citation marker {marker} names the article '{key}' without a passage",
        "add the passage(s) of that source that say it, e.g. [@{key}, 3]",
    ),
    "marker_no_passages": (
        "the citation marker {marker} gives passages for '{key}', a {kind} that carries its own passages",
        "write [@{key}] without numbers, or name the article with the passage: [@article-slug, 3]",
    ),
    "kind_event": ("event", ""),
    "kind_figure": ("figure", ""),
    "uncited": (
        "{what} has no citation marker",
        "right after the sentence that says it, add a marker such as [@article-slug, 7] or [@event-id] (see CONTRIBUTING.md)",
    ),
    "what_paragraph": ("this paragraph", ""),
    "what_summary": ("the summary", ""),
    "what_description": ("the description", ""),
    "marker_not_here": (
        "{field} takes no citation marker ({marker})",
        "this field takes its source from the article and the passages in passages; remove the marker",
    ),
    "site_text_heading": ("site_text names the heading '{heading}', which this page does not have", "{fix}"),
    "site_text_headings": ("", "name the page's headings as written, or write site_text: true"),
    "site_text_type": (
        "site_text is a list of headings or true",
        'write site_text: true (the whole page is about the site) or site_text: ["Heading", ...]',
    ),
    "citations_share": (
        "Citation markers: {cited} of {sentences} sentences ({share}) carry one, in {blocks} paragraphs and "
        "descriptions that each have at least one.",
        "",
    ),
}
