"""Axes of the static chart pictures: data -> pixels, and the ticks
plotly.js would choose (its autoTicks rules: about one tick per 80 px across, 40 px upright;
steps of 2, 5 or 10 times a power of ten; whole years, months or days on a date axis)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from explainer.charts.svg import base

YEAR, MONTH = 365.25, 30.4375


@dataclass
class Axis:
    name: str  # "x", "y2", ...
    spec: dict
    low: float
    high: float
    start: float  # pixel of `low`
    end: float  # pixel of `high`

    @property
    def is_date(self) -> bool:
        return self.spec.get("type") == "date"

    def px(self, value) -> float | None:
        if value is None:
            return None
        span = (self.high - self.low) or 1.0
        return self.start + (base.days(value) - self.low) / span * (self.end - self.start)

    @property
    def length(self) -> float:
        return abs(self.end - self.start)

    def ticks(self) -> list[tuple[float, str]]:
        """(value, label) pairs inside the range."""
        if self.spec.get("tickvals") is not None:
            labels = self.spec.get("ticktext") or [str(v) for v in self.spec["tickvals"]]
            return [(base.days(v), str(t)) for v, t in zip(self.spec["tickvals"], labels)]
        count = self.spec.get("nticks") or min(max(self.length / (80 if self.name[0] == "x" else 40), 4), 9) + 1
        rough = abs(self.high - self.low) / count
        return _date_ticks(self.low, self.high, rough) if self.is_date else _linear_ticks(self.low, self.high, rough)


def _round_up(value: float, steps: list[float]) -> float:
    return next((step for step in steps if step >= value), steps[-1])


def _nice(rough: float, steps=(2, 5, 10)) -> float:
    power = 10 ** math.floor(math.log10(rough))
    return power * _round_up(rough / power, list(steps))


def _linear_ticks(low: float, high: float, rough: float) -> list[tuple[float, str]]:
    if rough <= 0:
        return []
    step = _nice(rough)
    decimals = base.decimals_for(step)
    first = math.ceil(min(low, high) / step - 1e-9)
    values = [i * step for i in range(first, math.floor(max(low, high) / step + 1e-9) + 1)]
    return [(v, base.dutch_number(v, decimals)) for v in values]


def _date_ticks(low: float, high: float, rough: float) -> list[tuple[float, str]]:
    start, end = base.date_of(low), base.date_of(high)
    if rough * 2 > YEAR:
        years = max(1, round(_nice(rough / YEAR)))
        return [
            (base.days(f"{y:04d}-01-01"), str(y))
            for y in range(start.year, end.year + 2)
            if y % years == 0 and low <= base.days(f"{y:04d}-01-01") <= high
        ]
    if rough * 2 > MONTH:
        months = int(_round_up(rough / MONTH, [1, 2, 3, 6, 12]))
        ticks: list[tuple[float, str]] = []
        index = start.year * 12 + start.month - 1
        while index <= end.year * 12 + end.month - 1:
            year, month = divmod(index, 12)
            value = base.days(f"{year:04d}-{month + 1:02d}-01")
            if month % months == 0 and low <= value <= high:
                with_year = not ticks or month == 0
                ticks.append((value, f"{base.MONTHS[month]}<br>{year}" if with_year else base.MONTHS[month]))
            index += 1
        return ticks
    step = _round_up(max(rough, 1), [1, 2, 3, 7, 14])
    first = math.ceil(low / step)
    return [
        (i * step, f"{base.date_of(i * step).day} {base.MONTHS[base.date_of(i * step).month - 1]}")
        for i in range(first, math.floor(high / step) + 1)
    ]


def axes(layout: dict, area: tuple[float, float, float, float]) -> dict[str, Axis]:
    """Every x/y axis of the layout, keyed 'x', 'x2', 'y', ...; `area` is the plot area (left, top, width, height)."""
    left, top, width, height = area
    found = {}
    for key, spec in layout.items():
        if not (key.startswith(("xaxis", "yaxis")) and isinstance(spec, dict)):
            continue
        name = key[0] + key[5:]
        d0, d1 = spec.get("domain", [0, 1])
        low, high = (base.days(v) for v in spec.get("range", [0, 1]))
        if name[0] == "x":
            found[name] = Axis(name, spec, low, high, left + d0 * width, left + d1 * width)
        else:
            found[name] = Axis(name, spec, low, high, top + (1 - d0) * height, top + (1 - d1) * height)
    found.setdefault("x", Axis("x", {}, 0, 1, left, left + width))
    found.setdefault("y", Axis("y", {}, 0, 1, top + height, top))
    return found


def autorange(layout: dict, data: list) -> dict:
    """A copy of the layout in which every axis without a range gets plotly's: the data plus 5%."""
    layout = {**layout}
    for letter in "xy":
        for trace in data:
            key = letter + "axis" + trace.get(letter + "axis", letter)[1:]
            layout.setdefault(key, {})
        for key in [k for k in layout if k.startswith(letter + "axis")]:
            spec = layout[key] = dict(layout[key])
            if "range" in spec:
                continue
            name = letter + key[5:]
            values = [
                base.days(v) for t in data if t.get(letter + "axis", letter) == name for v in t.get(letter, []) if v is not None
            ]
            low, high = (min(values), max(values)) if values else (0, 1)
            pad = (high - low) * 0.05 or 1
            spec["range"] = [low - pad, high + pad]
    return layout
