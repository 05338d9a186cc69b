"""The Dutch messages, what contributors read; the same keys as messages/en.py (tests/test_messages.py)."""

from __future__ import annotations

from explainer.messages import citations, stories, yaml_parser

EDTF_EXAMPLES = (
    'schrijf een EDTF-datum zoals "2020", "2020-04", "2020-04-12", "2020-04~" of "2019-10/2019-12" (zie CONTRIBUTING.md)'
)

DUTCH = {
    # reading the files
    "folder_missing": ("de map {folder}/ ontbreekt", "maak {folder}/ aan met één .md-bestand per {kind}"),
    "not_markdown": (
        "geen Markdown-bestand: elk {kind} is een .md-bestand",
        "hernoem het naar {stem}.md, of haal het uit {folder}/",
    ),
    "not_utf8": ("het bestand is geen geldige UTF-8 (byte 0x{byte})", "sla het bestand op als UTF-8 in je editor"),
    "no_front_matter": (
        "het bestand begint niet met velden (front matter)",
        "begin het bestand met een regel '---', dan de YAML-velden en weer een regel '---'",
    ),
    "front_matter_open": (
        "de velden (front matter) zijn niet afgesloten",
        "sluit de YAML-velden af met een regel met alleen '---'",
    ),
    "gazetteer_missing": ("de lijst met plaatsen ontbreekt", "maak content/locations.yml aan (zie CONTRIBUTING.md)"),
    "control_char": (
        "de tekst bevat een onzichtbaar stuurteken (#x{code})",
        "haal het teken weg; typ de regel opnieuw als je het niet ziet",
    ),
    "invalid_yaml": (
        "ongeldige YAML: {what}",
        "controleer het inspringen, de dubbele punt na elke sleutel en aanhalingstekens rond tekst met ': ' of '#'",
    ),
    "yaml_context": ("{what} (in {context}, begonnen op regel {line})", ""),
    "key_twice": (
        "de sleutel staat er twee keer (ook op regel {line})",
        "houd er één; YAML zou stilzwijgend alleen de laatste gebruiken",
    ),
    # one file
    "bad_file_slug": (
        "de bestandsnaam '{slug}' is geen geldige slug",
        "hernoem het bestand naar {fixed}.md (kleine letters, cijfers en streepjes)",
    ),
    "list_page_slug": (
        "de bestandsnaam '{slug}' is het adres van een pagina van de artikellijst (/artikelen/{slug}/)",
        "hernoem het bestand naar een naam die zegt waar het artikel over gaat, bijvoorbeeld {fixed}.md",
    ),
    "not_mapping": (
        "de velden bovenaan zijn geen regels 'sleutel: waarde'",
        "schrijf één 'sleutel: waarde' per regel tussen de regels '---'",
    ),
    "empty_body": (
        "de tekst onder de velden is leeg",
        "schrijf het artikel of de inleiding in eigen woorden onder de afsluitende '---'",
    ),
    "template_text": ("dit is nog de tekst van het sjabloon", "{hint}"),
    "template_summary": ("", "vat de bron in eigen woorden samen in één tot drie zinnen"),
    "template_note": ("", "vertel wat er van de bron bekend is (soort medium, datering), of haal note weg"),
    "template_body": ("", "schrijf het artikel in eigen woorden"),
    "gazetteer_not_mapping": (
        "de lijst met plaatsen is geen verzameling plaatsen",
        "schrijf per plaats een regel 'slug:' met de velden ingesprongen eronder",
    ),
    "bad_place_slug": ("geen geldige slug voor een plaats", "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld {fixed}"),
    "place_without_fields": (
        "een plaats heeft velden nodig",
        "zet name, aliases, kind, country, lat, lon en description ingesprongen onder de slug",
    ),
    # fields
    "missing": ("dit verplichte veld ontbreekt", "voeg `{name}:` toe met een waarde (zie CONTRIBUTING.md)"),
    "unknown_field": ("onbekend veld", "{fix}Toegestaan zijn hier: {allowed}"),
    "did_you_mean_field": ("", "bedoel je `{close}`? "),
    "remove_field": ("", "haal het weg. "),
    "yaml_type": ("YAML leest dit als {found}, niet als tekst", "zet het tussen aanhalingstekens: {quoted}"),
    "yaml_bool": ("de ja/nee-waarde {value}", ""),
    "yaml_date": ("de datum {value}", ""),
    "yaml_number": ("het getal {value}", ""),
    "yaml_null": ("een lege waarde", ""),
    "string_type": (
        "verwacht tekst, gevonden: {found}",
        "schrijf de tekst na de dubbele punt, tussen aanhalingstekens als er ': ' of '#' in staat",
    ),
    "list_type": (
        "verwacht een lijst, gevonden: {found}",
        "schrijf een lijst: {name}: [eerste, tweede] of één '- item' per regel",
    ),
    "group_type": (
        "verwacht een groep velden, gevonden: {found}",
        "zet de velden ingesprongen onder de sleutel, één 'sleutel: waarde' per regel",
    ),
    "number_type": (
        "verwacht een getal, gevonden: {found}",
        "schrijf het getal zonder aanhalingstekens, met een punt als decimaalteken, bijvoorbeeld 36.5",
    ),
    "bad_slug": ("'{value}' is geen geldige slug", "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld {fixed}"),
    "empty_list": ("de lijst is leeg", "noem minstens één {item}"),
    "not_allowed": ("'{value}' is hier niet toegestaan", "{fix}kies uit {expected}"),
    "did_you_mean_value": ("", "bedoel je '{close}'? "),
    "latitude_range": ("{value} valt buiten het bereik", "de breedtegraad (lat) ligt tussen -90 en 90 (decimale graden)"),
    "longitude_range": ("{value} valt buiten het bereik", "de lengtegraad (lon) ligt tussen -180 en 180 (decimale graden)"),
    "found_bool": ("een ja/nee-waarde", ""),
    "found_number": ("het getal {value}", ""),
    "found_list": ("een lijst", ""),
    "found_group": ("een groep velden", ""),
    "found_nothing": ("niets", ""),
    "found_text": ("'{value}'", ""),
    # values (content/schema.py)
    "empty_text": ("de tekst is leeg", "schrijf de tekst, of haal de sleutel weg als die niet verplicht is"),
    "edtf": ("{error}", EDTF_EXAMPLES),
    "edtf_invalid": ("'{text}' is geen geldige EDTF-datum", ""),
    "edtf_no_day": ("'{text}' is geen geldige EDTF-datum (die dag bestaat niet)", ""),
    "edtf_unspecified": (
        "'{text}' heeft onbekende cijfers (X); schrijf de datum zo precies als de bron hem "
        'geeft, bijvoorbeeld "2020" in plaats van "2020-XX"',
        "",
    ),
    "edtf_level": ("'{text}' gebruikt EDTF-onderdelen die deze site niet kent (alleen niveau 0 en 1)", ""),
    "edtf_open": (
        "'{text}' is een open of onbekend begin of einde in een vorm die deze site niet kent; schrijf "
        '"/2016-11" (duurde tot), "2020-05/.." (sinds), "[..2014-06-28]" (uiterlijk) of "[2020-04-25..2020-05-31]" '
        "(ergens tussen)",
        "",
    ),
    "edtf_window_end": (
        "'{text}': de grenzen van een venster [a..b] zijn gewone datums (jaar, maand of dag), zonder ~, ? of % en zonder seizoen",
        "",
    ),
    "edtf_backwards": ("'{text}' eindigt voordat het begint", ""),
    "future_date": ("'{value}' ligt in de toekomst", "datums leggen vast wat een bron meldde; controleer het jaartal"),
    "url_scheme": (
        "'{value}' is geen http(s)-adres",
        "geef het webadres van de bron, beginnend met https:// of http://, of laat url weg",
    ),
    "incomplete_event": (
        "de nieuwe gebeurtenis '{id}' mist {missing}",
        "een nieuwe gebeurtenis heeft id, date, title, location en summary nodig; verwijs je naar "
        "een gebeurtenis die een ander artikel beschrijft, schrijf dan alleen haar id",
    ),
    "counted_unit": (
        "counted: de eenheid '{unit}' past niet bij '{counted}'",
        "gebruik voor '{counted}' een van deze eenheden: {units}; of kies een andere soort",
    ),
    "correction_day": (
        "'{value}' is geen dag in de vorm JJJJ-MM-DD",
        'schrijf de dag van de correctie, bijvoorbeeld date: "2026-12-01"',
    ),
    "correction_future": (
        "'{value}' ligt in de toekomst",
        "een correctie krijgt de dag waarop ze is doorgevoerd; controleer het jaartal",
    ),
    "claim_text_missing": (
        "claimed_by: anders zonder naam van de partij",
        'noem de partij in claimed_by_text, bijvoorbeeld claimed_by_text: "de Iraakse regering"',
    ),
    "claim_text_alone": (
        "claimed_by_text zonder claimed_by",
        "kies ook claimed_by uit de lijst (zie CONTRIBUTING.md), of claimed_by: anders",
    ),
    "claim_party": (
        "status: geclaimd zonder claimed_by: wie claimt het?",
        "voeg claimed_by toe, bijvoorbeeld claimed_by: is, of kies status: gemeld",
    ),
    "range": ("een bereik bestaat uit precies twee getallen, low en high", "schrijf value: {{low: 2500, high: 3000}}"),
    "range_order": ("het bereik loopt achteruit: low {low} > high {high}", "verwissel low en high"),
    "number": (
        "verwacht een getal of een bereik, gevonden: {found}",
        "schrijf een getal zonder aanhalingstekens (value: 5000) of een bereik (value: {{low: 2500, high: 3000}})",
    ),
    "alias_too_long": (
        "de schrijfwijze is {length} tekens lang",
        "een alias is een andere schrijfwijze van de naam (hoogstens {limit} tekens); zet langere tekst in description",
    ),
    "place_country": (
        "een plaats die geen land is heeft `country` nodig",
        "voeg country: <slug van het land> toe, bijvoorbeeld country: syrie",
    ),
    # across files
    "unknown_theme": ("onbekend thema '{slug}'", "{fix}"),
    "unknown_place": ("onbekende plaats '{slug}'", "{fix}"),
    "did_you_mean": ("", "bedoel je '{close}'?"),
    "add_theme_first": ("", "gebruik de slug van een thema uit content/themes/ of voeg het thema eerst toe"),
    "add_place_first": ("", "gebruik de slug van een plaats uit content/locations.yml of voeg de plaats eerst toe"),
    "country_not_land": ("'{target}' is een {kind}, geen land", "laat country verwijzen naar een plaats met kind: land"),
    "within_cycle": (
        "plaatsen liggen in een kring binnen elkaar: {chain}",
        "`within` moet naar een grotere plaats leiden, nooit terug naar de plaats zelf",
    ),
    "name_taken": (
        "'{key}' wordt al gebruikt door {owner} in {where}",
        "elk artikel, thema, elke plaats en elke schrijfwijze van een plaats heeft een eigen naam nodig; hernoem er één",
    ),
    "owner_article": ("het artikel", ""),
    "owner_theme": ("het thema", ""),
    "owner_place": ("de plaats", ""),
    "owner_alias": ("de schrijfwijze van de plaats '{slug}'", ""),
    "owner_name": ("de naam van de plaats '{slug}'", ""),
    "place_shadowed": (
        "'{key}' is al de naam of een schrijfwijze van de plaats '{other}' ({where})",
        "is het dezelfde plaats, gebruik dan '{other}' (en zet een nieuwe schrijfwijze bij haar aliases); "
        "is het een andere plaats, geef haar dan een naam die haar onderscheidt",
    ),
    "place_twice": (
        "de plaats '{slug}' is al beschreven in {where}",
        "beschrijf een plaats één keer: gebruik de slug '{slug}' zonder haar opnieuw te beschrijven, of kies een andere slug",
    ),
    "place_too_close": (
        "deze plaats ligt {km} km van '{other}' ({name}, in {where}): is het dezelfde plaats?",
        "is het dezelfde plaats, gebruik dan '{other}' en zet deze schrijfwijze bij haar aliases; is het een andere plaats, "
        "controleer dan de coördinaten, of zet within: {other} als ze erin ligt",
    ),
    "event_conflict": (
        "de gebeurtenis '{id}' staat ook in {where}, met andere waarden voor: {fields}",
        "beschrijf haar één keer; schrijf hier alleen `- id: {id}` om dit artikel als bron toe te voegen",
    ),
    "event_undefined": ("geen enkel artikel beschrijft de gebeurtenis '{id}'", "{fix}"),
    "describe_event": ("", "geef de gebeurtenis hier haar date, title, location en summary"),
    "figure_id_taken": ("het cijfer-id '{id}' wordt al gebruikt in {where}", "geef elk cijfer een eigen id"),
    "dead_link": ("de wiki-link [[{target}]] leidt nergens heen", "{fix}"),
    "did_you_mean_link": ("", "bedoel je [[{close}]]?"),
    "link_to_slug": ("", "link naar de slug van een artikel, thema of plaats (of een andere schrijfwijze van een plaats)"),
    # reports
    "report_one": ("1 probleem in de inhoud:", ""),
    "report_many": ("{count} problemen in de inhoud:", ""),
    "check_ok": (
        "OK: {articles} artikelen, {events} gebeurtenissen, {figures} cijfers, {places} plaatsen, {themes} thema's{stories}.",
        "",
    ),
    "check_ok_stories": (", {count} {word}", ""),
    "serve_last_good": ("De inhoud heeft problemen (hierboven); de site toont de laatste versie die wel bouwde.", ""),
    # the job summary of the check in a pull request (report.py)
    "summary_ok": ("### Inhoud in orde\n\nDe controle vond geen problemen: {counts}\n", ""),
    "summary_heading": ("### De controle vond {count} {noun}\n", ""),
    "summary_one": ("probleem", ""),
    "summary_many": ("problemen", ""),
    "summary_line": ("regel", ""),
    "summary_file": ("bestand", ""),
    "summary_next": (
        "**Wat nu?** Pas in je branch (of op GitHub met het potloodje bij het bestand) elk genoemd veld aan "
        "zoals de melding zegt en sla de wijziging op; de controle draait dan vanzelf opnieuw. De meldingen "
        "staan ook bij de regels zelf, onder *Files changed*. Uitleg bij elke melding: CONTRIBUTING.md, "
        "*Foutmeldingen van de controle*; een nieuw artikel kun je ook maken met de artikelbouwer op "
        "/bijdragen/ van de site.\n",
        "",
    ),
    "summary_title": ("Inhoud", ""),
    # explainer new (cli.py)
    "new_no_slug": ("De titel geeft geen bruikbare bestandsnaam; gebruik letters of cijfers.", ""),
    "new_exists": ("{target} bestaat al; kies een andere titel of bewerk dat bestand.", ""),
    "new_taken": ("'{slug}' is al de naam van {owner}; kies een andere titel.", ""),
    "new_written": ("{target} geschreven. Vul de velden in en draai dan: .venv/bin/explainer check", ""),
    "new_owner_theme": ("het thema {name}", ""),
    "new_owner_place": ("een plaats in {file}", ""),
    "new_owner_alias": ("een schrijfwijze van de plaats '{slug}'", ""),
    # content/periods.yml
    "periods_not_list": (
        "het bestand is geen lijst van perioden",
        "begin elke periode met '- slug: ...' en zet de andere velden eronder",
    ),
    "period_slug_taken": ("de slug '{slug}' staat er al (periode {first})", "geef elke periode een eigen slug"),
    "period_event_undefined": (
        "geen artikel beschrijft de gebeurtenis '{id}'",
        "een periode begint en eindigt bij een gebeurtenis die een artikel beschrijft; "
        "neem het id over uit de events van dat artikel",
    ),
    "period_backwards": ("de periode eindigt op {end}, voor haar begin ({start})", "wissel from_event en until_event om"),
    # the hand-written pages in docs/
    "page_dead_link": (
        "[[{target}]] verwijst naar niets",
        "gebruik de slug van een artikel, thema of plaats (of een andere spelling van een plaats)",
    ),
    "page_unknown_block": ("het blok <!-- explainer:{name} --> bestaat niet", "kies een van: {blocks}"),
    **citations.DUTCH,
    **yaml_parser.DUTCH,
    **stories.DUTCH,
}

FIELD_NAMES = {
    "date": "datum",
    "title": "titel",
    "location": "plaats",
    "summary": "samenvatting",
    "themes": "thema's",
    "themes_item": "thema",
    "locations_item": "plaats",
    "aliases_item": "schrijfwijze",
    "events_item": "gebeurtenis",
    "figures_item": "cijfer",
    "steps_item": "stap",
    "block": "blok",
}
