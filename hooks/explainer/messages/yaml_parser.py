"""PyYAML's parser messages in words (content/yaml_messages.py), Dutch and English with the same
keys; a rare one keeps the parser's own words. messages/nl.py and messages/en.py take them in."""

from __future__ import annotations

DUTCH = {
    "yaml_flow_sequence": ("na een element in [ ... ] verwachtte YAML ',' of ']', niet '{found}'", ""),
    "yaml_flow_mapping": ("na een element in {{ ... }} verwachtte YAML ',' of '}}', niet '{found}'", ""),
    "yaml_mapping_value": ("hier mag geen 'sleutel: waarde' staan (staat er ': ' in tekst zonder aanhalingstekens?)", ""),
    "yaml_block_end": ("het inspringen klopt niet (YAML vond '{found}')", ""),
    "yaml_stream_end": ("de tekst houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)", ""),
    "yaml_tab": ("er staat een tab; spring in met spaties", ""),
    "yaml_colon": ("na een sleutel ontbreekt de ':'", ""),
    "yaml_alias": ("'*{alias}' verwijst nergens naar (zet tekst met * tussen aanhalingstekens)", ""),
    "yaml_tag": ("YAML kent de markering '{tag}' niet (zet tekst met ! tussen aanhalingstekens)", ""),
    "yaml_reader": ("de YAML-lezer meldt: {problem}", ""),
    "yaml_in_flow_sequence": ("een lijst [ ... ]", ""),
    "yaml_in_flow_mapping": ("een groep {{ ... }}", ""),
    "yaml_in_block_mapping": ("een groep velden", ""),
    "yaml_in_block_collection": ("een lijst", ""),
    "yaml_in_quoted": ("tekst tussen aanhalingstekens", ""),
    "yaml_in_simple_key": ("een sleutel", ""),
    "yaml_in_next_token": ("de tekst", ""),
}

ENGLISH = {
    "yaml_flow_sequence": ("after an item of [ ... ] YAML expected ',' or ']', not '{found}'", ""),
    "yaml_flow_mapping": ("after an item of {{ ... }} YAML expected ',' or '}}', not '{found}'", ""),
    "yaml_mapping_value": ("a 'key: value' is not allowed here (is there a ': ' in text without quotes?)", ""),
    "yaml_block_end": ("the indentation is wrong (YAML found '{found}')", ""),
    "yaml_stream_end": ("the text ends unexpectedly (a quote or bracket not closed?)", ""),
    "yaml_tab": ("there is a tab; indent with spaces", ""),
    "yaml_colon": ("a key has no ':' after it", ""),
    "yaml_alias": ("'*{alias}' refers to nothing (put text that starts with * in quotes)", ""),
    "yaml_tag": ("YAML does not know the tag '{tag}' (put text that starts with ! in quotes)", ""),
    "yaml_reader": ("the YAML reader says: {problem}", ""),
    "yaml_in_flow_sequence": ("a list [ ... ]", ""),
    "yaml_in_flow_mapping": ("a group {{ ... }}", ""),
    "yaml_in_block_mapping": ("a group of fields", ""),
    "yaml_in_block_collection": ("a list", ""),
    "yaml_in_quoted": ("text in quotes", ""),
    "yaml_in_simple_key": ("a key", ""),
    "yaml_in_next_token": ("the text", ""),
}
