"""Plotly's mercator projection, shared by the maps (charts/maps.py places labels with it) and
their static pictures (charts/svg/geo*.py draw with it)."""

from __future__ import annotations

import math

from explainer.charts.fields import View
from explainer.charts.labels import Box


def mercator(lat: float) -> float:
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


class Projection:
    """Plotly's mercator view of `view` fitted (centred, aspect kept) into a width x height chart.

    As plotly's geo.updateProjection: the frame fits the view, then the view's middle latitude
    (geo.center.lat, a plain mean) is moved to the frame's middle, so the map sits a few pixels
    higher than a plain fit (mercator stretches the north); the frame clips it."""

    def __init__(self, view: View, width: float, height: float):
        self.lon0, self.top = view["lon"][0], mercator(view["lat"][1])
        dx, dy = view["lon"][1] - view["lon"][0], self.top - mercator(view["lat"][0])
        self.scale = min(width / dx, height / dy)
        self.ox, self.oy = (width - self.scale * dx) / 2, (height - self.scale * dy) / 2
        self.frame = Box(self.ox, self.oy, self.ox + self.scale * dx, self.oy + self.scale * dy)
        self.centre, self.middle = mercator(sum(view["lat"]) / 2), (self.frame.y0 + self.frame.y1) / 2

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return self.ox + (lon - self.lon0) * self.scale, self.middle + (self.centre - mercator(lat)) * self.scale
