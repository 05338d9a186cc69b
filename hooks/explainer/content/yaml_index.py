"""YAML nodes -> Python data in one walk that also records, for every value, its line and the
text as written (what later stages need to point at a mistake and explain what YAML made of it).

Building the data in the same walk as the index skips PyYAML's pure-Python constructor for the
plain cases (maps, lists, text), which was most of the time spent reading content; any other
node (numbers, dates, yes/no, anchors merged with '<<') is built by the loader's own constructor."""

from __future__ import annotations

import yaml

from explainer.problems import Problem

MAP, SEQ, STR = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:str"
MERGE = "tag:yaml.org,2002:merge"


class NotPlain(Exception):
    """A node the walk leaves to PyYAML's constructor as a whole (merge keys, unusual tags)."""


def index_and_build(loader, node, document, first_line: int, problems: list):
    """The document's data; document.lines and document.written filled on the way."""
    try:
        return _walk(loader, node, (), document, first_line, problems)
    except NotPlain:
        document.lines.clear()
        document.written.clear()
        found: list[Problem] = []
        _walk(loader, node, (), document, first_line, found, build=False)
        problems += found
        return loader.construct_document(node)


def _walk(loader, node, path: tuple, document, first_line: int, problems: list, build: bool = True):
    document.lines[path] = node.start_mark.line + first_line
    if isinstance(node, yaml.MappingNode):
        if build and node.tag != MAP:
            raise NotPlain
        return _mapping(loader, node, path, document, first_line, problems, build)
    if isinstance(node, yaml.SequenceNode):
        if build and node.tag != SEQ:
            raise NotPlain
        items = [_walk(loader, item, path + (i,), document, first_line, problems, build) for i, item in enumerate(node.value)]
        return items if build else None
    document.written[path] = (node.tag, node.value, node.style or None)  # libyaml marks plain as ''
    if not build:
        return None
    return node.value if node.tag == STR else loader.construct_object(node, deep=True)


def _mapping(loader, node, path: tuple, document, first_line: int, problems: list, build: bool):
    data: dict = {}
    seen: dict[str, int] = {}  # key -> the line it is first written on
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
        line = key_node.start_mark.line + first_line
        if key in seen:
            problems.append(Problem.of(document.path, line, dotted(path + (key,)), "key_twice", line=seen[key]))
        seen[key] = line
        value = _walk(loader, value_node, path + (key,), document, first_line, problems, build)
        document.lines[path + (key,)] = line
        if build:
            data[_key(loader, key_node)] = value
    return data if build else None


def _key(loader, key_node):
    if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == MERGE:
        raise NotPlain
    key = key_node.value if key_node.tag == STR else loader.construct_object(key_node, deep=True)
    try:
        hash(key)
    except TypeError:
        raise NotPlain from None
    return key


def dotted(path: tuple) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
