"""The English messages, for maintainers (EXPLAINER_LANG=en); the same keys as messages.DUTCH."""

from __future__ import annotations

from explainer.messages import citations, stories, yaml_parser

EDTF_EXAMPLES = (
    'write an EDTF date such as "2020", "2020-04", "2020-04-12", "2020-04~" or "2019-10/2019-12" (see CONTRIBUTING.md)'
)

ENGLISH = {
    "folder_missing": ("the folder {folder}/ is missing", "create {folder}/ with one .md file per {kind}"),
    "not_markdown": ("not a Markdown file: every {kind} is a .md file", "rename it to {stem}.md, or move it out of {folder}/"),
    "not_utf8": ("the file is not valid UTF-8 (byte 0x{byte})", "save the file as UTF-8 in your editor"),
    "no_front_matter": (
        "the file does not start with front matter",
        "begin the file with a line '---', the YAML fields, and another '---'",
    ),
    "front_matter_open": ("the front matter is not closed", "end the YAML fields with a line that holds only '---'"),
    "gazetteer_missing": ("the gazetteer of places is missing", "create content/locations.yml (see CONTRIBUTING.md)"),
    "control_char": (
        "the text holds a control character (#x{code})",
        "remove the invisible character; retype the line if you cannot see it",
    ),
    "invalid_yaml": ("invalid YAML: {what}", "check indentation, colons after keys and quotes around text with ': ' or '#'"),
    "yaml_context": ("{what} ({context} that starts on line {line})", ""),
    "key_twice": ("the key is written twice (also on line {line})", "keep one of them; YAML would silently use only the last"),
    "bad_file_slug": ("the file name '{slug}' is not a valid slug", "rename the file to {fixed}.md (lowercase, digits, dashes)"),
    "list_page_slug": (
        "the file name '{slug}' is the address of a page of the article list (/artikelen/{slug}/)",
        "rename the file to a name that says what the article is about, for example {fixed}.md",
    ),
    "not_mapping": (
        "the front matter is not a set of 'key: value' fields",
        "write one 'key: value' per line between the '---' lines",
    ),
    "empty_body": (
        "the text below the front matter is empty",
        "write the article or introduction in your own words below the closing '---'",
    ),
    "template_text": ("this is still the text of the template", "{hint}"),
    "template_summary": ("", "write one to three sentences about the source in your own words"),
    "template_note": ("", "say what is known of the source (kind of medium, date line), or remove note"),
    "template_body": ("", "write the article in your own words"),
    "gazetteer_not_mapping": (
        "the gazetteer is not a set of places",
        "write one 'slug:' per place with its fields indented below it",
    ),
    "bad_place_slug": ("not a valid place slug", "use lowercase letters, digits and dashes, e.g. {fixed}"),
    "place_without_fields": (
        "a place needs its fields",
        "indent name, aliases, kind, country, lat, lon and description below the slug",
    ),
    "missing": ("this required field is missing", "add `{name}:` with a value (see CONTRIBUTING.md)"),
    "unknown_field": ("unknown field", "{fix}Allowed here: {allowed}"),
    "did_you_mean_field": ("", "did you mean `{close}`? "),
    "remove_field": ("", "remove it. "),
    "yaml_type": ("YAML reads this as {found}, not as text", "put it in quotes: {quoted}"),
    "yaml_bool": ("the yes/no value {value}", ""),
    "yaml_date": ("the date object {value}", ""),
    "yaml_number": ("the number {value}", ""),
    "yaml_null": ("an empty value", ""),
    "string_type": ("expected text, found {found}", "write the text after the colon, in quotes if it contains ': ' or '#'"),
    "list_type": ("expected a list, found {found}", "write a list: {name}: [eerste, tweede] or one '- item' per line"),
    "group_type": ("expected a group of fields, found {found}", "indent the fields below the key, one 'key: value' per line"),
    "number_type": ("expected a number, found {found}", "write the number without quotes, e.g. 36.5"),
    "bad_slug": ("'{value}' is not a valid slug", "use lowercase letters, digits and dashes, e.g. {fixed}"),
    "empty_list": ("the list is empty", "give at least one {item}"),
    "not_allowed": ("'{value}' is not allowed here", "{fix}use one of {expected}"),
    "did_you_mean_value": ("", "did you mean '{close}'? "),
    "latitude_range": ("{value} is out of range", "latitude lies between -90 and 90 (decimal degrees)"),
    "longitude_range": ("{value} is out of range", "longitude lies between -180 and 180 (decimal degrees)"),
    "found_bool": ("a yes/no value", ""),
    "found_number": ("the number {value}", ""),
    "found_list": ("a list", ""),
    "found_group": ("a group of fields", ""),
    "found_nothing": ("nothing", ""),
    "found_text": ("'{value}'", ""),
    "empty_text": ("the text is empty", "write the text, or remove the key if it is optional"),
    "edtf": ("{error}", EDTF_EXAMPLES),
    "edtf_invalid": ("'{text}' is not a valid EDTF date", ""),
    "edtf_no_day": ("'{text}' is not a valid EDTF date (that day does not exist)", ""),
    "edtf_unspecified": (
        "'{text}' has unspecified digits (X); write the date as precisely as the source gives it, "
        'e.g. "2020" instead of "2020-XX"',
        "",
    ),
    "edtf_level": ("'{text}' uses EDTF features this site does not support (only level 0 and 1)", ""),
    "edtf_open": (
        "'{text}' has an open or unknown start or end in a form this site does not know; write "
        '"/2016-11" (lasted until), "2020-05/.." (since), "[..2014-06-28]" (on or before) or '
        '"[2020-04-25..2020-05-31]" (somewhere between)',
        "",
    ),
    "edtf_window_end": (
        "'{text}': the ends of a window [a..b] are plain dates (year, month or day), without ~, ? or % and without a season",
        "",
    ),
    "edtf_backwards": ("'{text}' ends before it starts", ""),
    "future_date": ("'{value}' lies in the future", "dates record what a source reported; check the year"),
    "url_scheme": (
        "'{value}' is not an http(s) address",
        "give the web address of the source, starting with https:// or http://, or leave url out",
    ),
    "incomplete_event": (
        "the new event '{id}' lacks {missing}",
        "a new event needs id, date, title, location and summary; to refer to an event another "
        "article defines, write only its id",
    ),
    "counted_unit": (
        "counted: the unit '{unit}' does not fit '{counted}'",
        "for '{counted}' use one of these units: {units}; or choose another kind",
    ),
    "correction_day": ("'{value}' is not a day written YYYY-MM-DD", 'write the day of the correction, e.g. date: "2026-12-01"'),
    "correction_future": ("'{value}' lies in the future", "a correction is dated to the day it was made; check the year"),
    "claim_text_missing": (
        "claimed_by: anders without the party's name",
        'name the party in claimed_by_text, e.g. claimed_by_text: "de Iraakse regering"',
    ),
    "claim_text_alone": (
        "claimed_by_text without claimed_by",
        "also choose claimed_by from the list (see CONTRIBUTING.md), or claimed_by: anders",
    ),
    "claim_party": (
        "status: geclaimd without claimed_by: who claims it?",
        "add claimed_by, e.g. claimed_by: is, or choose status: gemeld",
    ),
    "range": ("a range needs exactly two numbers, low and high", "write value: {{low: 2500, high: 3000}}"),
    "range_order": ("the range runs backwards: low {low} > high {high}", "swap low and high"),
    "number": (
        "expected a number or a range, found {found}",
        "write a number without quotes (value: 5000) or a range (value: {{low: 2500, high: 3000}})",
    ),
    "alias_too_long": (
        "the spelling is {length} characters long",
        "an alias is another spelling of the name (at most {limit} characters); put longer text in description",
    ),
    "place_country": (
        "a place that is not a country needs `country`",
        "add country: <slug of the country it lies in>, e.g. country: syrie",
    ),
    "unknown_theme": ("unknown theme '{slug}'", "{fix}"),
    "unknown_place": ("unknown place '{slug}'", "{fix}"),
    "did_you_mean": ("", "did you mean '{close}'?"),
    "add_theme_first": ("", "use one of the theme slugs in content/ or add the theme first"),
    "add_place_first": ("", "use one of the place slugs in content/ or add the place first"),
    "country_not_land": ("'{target}' is a {kind}, not a country", "point country at a place with kind: land"),
    "within_cycle": (
        "places lie within each other in a circle: {chain}",
        "a place's `within` must lead up to a larger place, never back to itself",
    ),
    "name_taken": (
        "'{key}' is already used by {owner} in {where}",
        "every article, theme, place and place alias needs its own name; rename one",
    ),
    "owner_article": ("the article", ""),
    "owner_theme": ("the theme", ""),
    "owner_place": ("the place", ""),
    "owner_alias": ("the alias of place '{slug}'", ""),
    "place_shadowed": (
        "'{key}' is already the name or a spelling of the place '{other}' ({where})",
        "if it is the same place, use '{other}' (and add a new spelling to its aliases); "
        "if it is another place, give it a name that tells them apart",
    ),
    "owner_name": ("the name of the place '{slug}'", ""),
    "place_twice": (
        "the place '{slug}' is already described in {where}",
        "describe a place once: use the slug '{slug}' without describing it again, or choose another slug",
    ),
    "place_too_close": (
        "this place lies {km} km from '{other}' ({name}, in {where}): is it the same place?",
        "if it is the same place, use '{other}' and add this spelling to its aliases; if it is another place, "
        "check the coordinates, or set within: {other} if it lies inside it",
    ),
    "event_conflict": (
        "event '{id}' is also defined in {where} with a different {fields}",
        "define it once; here write only `- id: {id}` to add this article as a source",
    ),
    "event_undefined": ("no article defines the event '{id}'", "{fix}"),
    "describe_event": ("", "give the event its date, title, location and summary here"),
    "figure_id_taken": ("the figure id '{id}' is already used in {where}", "give every figure its own id"),
    "dead_link": ("the wiki-link [[{target}]] leads nowhere", "{fix}"),
    "did_you_mean_link": ("", "did you mean [[{close}]]?"),
    "link_to_slug": ("", "link to the slug of an article, theme or place (or a place's alias)"),
    "report_one": ("1 problem in the content:", ""),
    "report_many": ("{count} problems in the content:", ""),
    "check_ok": ("OK: {articles} articles, {events} events, {figures} figures, {places} places, {themes} themes{stories}.", ""),
    "check_ok_stories": (", {count} {word}", ""),
    "serve_last_good": ("The content has problems (above); the site shows the last version that built.", ""),
    "summary_ok": ("### Content OK\n\nThe check found no problems: {counts}\n", ""),
    "summary_heading": ("### The check found {count} {noun}\n", ""),
    "summary_one": ("problem", ""),
    "summary_many": ("problems", ""),
    "summary_line": ("line", ""),
    "summary_file": ("file", ""),
    "summary_next": (
        "**What next?** Fix each field as its message says and push; the check runs again. The messages "
        "also stand next to their lines under *Files changed*. See CONTRIBUTING.md.\n",
        "",
    ),
    "summary_title": ("Content", ""),
    "new_no_slug": ("The title gives no usable file name; use letters or digits.", ""),
    "new_exists": ("{target} exists already; choose another title or edit that file.", ""),
    "new_taken": ("'{slug}' is already the name of {owner}; choose another title.", ""),
    "new_written": ("Wrote {target}. Fill in the fields, then run: .venv/bin/explainer check", ""),
    "new_owner_theme": ("the theme {name}", ""),
    "new_owner_place": ("a place in {file}", ""),
    "new_owner_alias": ("an alias of the place '{slug}'", ""),
    "periods_not_list": (
        "the file is not a list of periods",
        "begin every period with '- slug: ...' and put its other fields under it",
    ),
    "period_slug_taken": ("the slug '{slug}' is already used (period {first})", "give every period its own slug"),
    "period_event_undefined": (
        "no article defines the event '{id}'",
        "a period begins and ends at an event an article defines; copy the id from that article's events",
    ),
    "period_backwards": ("the period ends on {end}, before it begins ({start})", "swap from_event and until_event"),
    "page_dead_link": ("[[{target}]] leads nowhere", "use the slug of an article, theme or place (or a place's alias)"),
    "page_unknown_block": ("there is no block <!-- explainer:{name} -->", "choose one of: {blocks}"),
    **citations.ENGLISH,
    **yaml_parser.ENGLISH,
    **stories.ENGLISH,
}

FIELD_NAMES_EN = {
    "themes_item": "theme",
    "locations_item": "place",
    "aliases_item": "alias",
    "events_item": "event",
    "figures_item": "figure",
    "steps_item": "step",
}
