"""The named fields of the charts, declared once in hooks/explainer/charts/fields.py: the page's
scripts read only declared keys of layout.meta, a trace's meta and customdata, every mark of the
built site carries its kind's declared fields, and every hover label names declared fields.

The scripts are read as text (no JavaScript parser): wherever a script holds one of the declared
objects (HOLDERS: `meta`, `custom`, a map's `variant`, ...), every `.key` and `["key"]` that
follows is looked up in the declaration, through nested objects, lists and maps, as far as the
declaration goes. A new variable that holds a declared object is one more row in HOLDERS."""

from __future__ import annotations

import html
import json
import re
import typing

import pytest
from conftest import ROOT

from explainer.charts import fields

ASSETS = ROOT / "docs" / "assets"
SCRIPTS = ("charts.js", "charts-timeline.js", "chart-tooltip.js")
LAYOUT_META = fields.LayoutMeta | fields.TraceMeta | fields.ThemedMeta
CUSTOMDATA = fields.CustomData
# (script or None for all three, function or None for the whole script, what holds the object, its declared types)
HOLDERS = [
    (None, None, r"\bmeta\b", LAYOUT_META),  # layout.meta, trace.meta, "meta.scheme"
    (None, None, r"\bcustom\b", CUSTOMDATA),  # a mark's customdata
    ("charts.js", None, r"\breadMeta\([^()]*\)", fields.LayoutMeta),
    ("charts.js", None, r"\bvariant\b", fields.MapVariant),
    ("charts.js", None, r"\bchosen\b", fields.KeyTitles | fields.LabelLayout),
    ("charts.js", None, r"\bwidest\b", fields.KeyTitles),
    ("charts.js", "forWidth", r"\blayout\b", fields.KeyTitles | fields.LabelLayout),
    ("charts-timeline.js", None, r"\bvariant\b", fields.MapVariant),
    ("charts-timeline.js", None, r"\bscale\b", fields.Detail),
    ("charts-timeline.js", None, r"\bc\b", fields.EventData),  # a timeline mark's customdata
    ("charts-timeline.js", None, r"\btarget\b", fields.EventData),  # the event a link asks for
]
STEP = re.compile(r"\.([A-Za-z_$][\w$]*)|\[([^\[\]]*)\]")
# What a script may ask of a list, a string or a number it found in a declared object.
JS_MEMBERS = {
    "length",
    "indexOf",
    "slice",
    "map",
    "forEach",
    "filter",
    "concat",
    "join",
    "some",
    "every",
    "push",
    "toLocaleString",
}


def scope(text: str, function: str | None) -> str:
    """The whole script, or only one function's body (its braces counted; the rest blanked, so
    that line numbers stay)."""
    if function is None:
        return text
    start = text.index("{", text.index(f"function {function}("))
    depth = 0
    for end in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[end], 0)
        if depth == 0:
            return re.sub(r"[^\n]", " ", text[:start]) + text[start : end + 1]
    raise AssertionError(f"function {function} has no end")


def members(types) -> list:
    """A declared type (a TypedDict, a container, a union) as the list of its possibilities."""
    return list(typing.get_args(types)) if isinstance(types, typing.types.UnionType) else [types]


def step(types: list, key: str | None) -> tuple[list, bool]:
    """The types after `.key` (or a computed `[...]`, key None) and whether any of `types` has it."""
    after, known = [], False
    for kind in types:
        origin, args = typing.get_origin(kind), typing.get_args(kind)
        if typing.is_typeddict(kind):
            hints = typing.get_type_hints(kind)
            if key in hints:
                after, known = after + members(hints[key]), True
            elif key is None:
                known = True  # a computed key: not checked
        elif origin in (list, tuple, dict):
            if key is None or origin is dict:
                after, known = after + members(args[-1]), True  # an element, a value of a map
            elif key in JS_MEMBERS:
                known = True
        elif key is None or key in JS_MEMBERS:  # a string or a number
            known = True
    return after, known


def undeclared(text: str, holder: str, declared) -> tuple[list[str], int]:
    """Every key read after `holder` that the declaration does not have; how often the holder was found."""
    problems, found = [], 0
    for match in re.finditer(holder, text):
        found += 1
        types, at, path = members(declared), match.end(), match.group(0)
        while types and (access := STEP.match(text, at)):
            name, index = access.groups()
            literal = re.fullmatch(r"""\s*["']([\w$-]+)["']\s*""", index or "")
            key = name or (literal.group(1) if literal else None)
            types, known = step(types, key)
            path += access.group(0)
            if not known:
                problems.append(f"{path} (line {text.count(chr(10), 0, match.start()) + 1})")
                break
            at = access.end()
    return problems, found


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_script_reads_only_declared_fields(script):
    text = (ASSETS / script).read_text(encoding="utf-8")
    problems = []
    for only, function, holder, declared in HOLDERS:
        if only not in (None, script):
            continue
        found, count = undeclared(scope(text, function), holder, declared)
        problems += found
        if only is not None:
            assert count, f"HOLDERS names {holder} in {script}, which no longer uses it"
    assert not problems, f"{script} reads keys charts/fields.py does not declare: {', '.join(problems)}"


def test_the_timeline_filters_match_declared_fields():
    text = (ASSETS / "charts-timeline.js").read_text(encoding="utf-8")
    filtered = re.findall(r'field: "([^"]+)"', text)
    assert filtered and set(filtered) <= set(typing.get_type_hints(fields.EventData))


def test_the_check_finds_an_undeclared_key():
    """The scanner itself: a read of an undeclared key, also behind a list or a map, is found."""
    script = 'var a = meta.sleutels[0].marge, b = meta.periodes["alles"].lables; custom.urll; meta.bereik.alles.length;'
    found = [undeclared(script, holder, declared)[0] for _, _, holder, declared in HOLDERS[:2]]
    assert found == [['meta.periodes["alles"].lables (line 1)'], ["custom.urll (line 1)"]]


def embedded_plots(site_dir) -> list[tuple[str, dict]]:
    return [
        (chart, json.loads(html.unescape(data)))
        for page in sorted(site_dir.rglob("*.html"))
        for chart, data in re.findall(r'data-chart="([^"]*)"[^>]*?data-figure="([^"]*)"', page.read_text(encoding="utf-8"))
    ]


def test_every_mark_carries_its_kinds_declared_fields(site, mini_site):
    """What Python wrote into the built pages: each trace's customdata is its kind's declared
    object (fields.CUSTOMDATA), and its hover label names only fields of that object."""
    problems, checked = [], 0
    for chart, plot in embedded_plots(site.site) + embedded_plots(mini_site.site):
        for number, trace in enumerate(plot["data"]):
            kind = (trace.get("meta") or {}).get("soort")
            declared = fields.CUSTOMDATA.get(kind)
            if declared is None:
                assert "customdata" not in trace, f"{chart}: trace {number} ({kind}) has customdata of no declared kind"
                continue
            keys, required = set(typing.get_type_hints(declared)), declared.__required_keys__
            for data in trace.get("customdata") or []:
                checked += 1
                if data is not None and not (required <= set(data) <= keys):
                    problems.append(f"{chart}: trace {number} ({kind}): {sorted(data)}")
            named = set(re.findall(r"%\{customdata\.([^}:]+)", trace.get("hovertemplate", "")))
            if not named <= keys:
                problems.append(f"{chart}: trace {number} ({kind}) hover label names {sorted(named - keys)}")
    assert checked > 100
    assert not problems, "\n".join(problems[:10])
