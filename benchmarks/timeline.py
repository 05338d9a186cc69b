#!/usr/bin/env python3
"""Time to interactive of /tijdlijn/ in headless Chromium: on the 125-article site (the benchmark
`timeline`), on each corpus size's site (sizes.py) and on any built site:

    .venv/bin/python -m benchmarks.timeline BUILT_SITE [--runs 3] [--resting]   # printed as JSON

Two answers to the reader who points at a mark as soon as the chart is on screen:
- "label from the picture" (`label`): the static SVG picture's own label of that mark
  (docs/assets/chart-tooltip.js), which needs no plotly.js; `label_before_plotly` says whether
  window.Plotly was still undefined then. This is the reader's first hover result.
- the Plotly milestones: pointing at the chart loads plotly.js (`plotly_ready`: evaluated), which
  draws once no label of the picture is open (the reader moves on from the mark), then the mouse
  goes onto a drawn marker and Plotly's hover label appears (`hover`).
A chart that Plotly draws at once (`.ik-chart[data-drawn=ja]`, no picture) has only the second.

`--resting`: the reader's mouse already rests where the mark will be (its place is learnt from one
load that is not counted) and moves a pixel now and then from the first byte on, so `label` is the
first moment the page can answer a pointer. Without it, the mouse is moved there only after the
script has found the mark on the page (`moved`), which costs two round trips to the page's busy
main thread (finding the picture, then the mark) before the pointer's own event.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from benchmarks import corpora
from benchmarks.harness import SiteServer, gz, launch_browser
from benchmarks.timed_build import timed_build

TTI_SCRIPT = """
window.__ik = {calls: []};
new MutationObserver(function () {
  var ik = window.__ik;
  if (!ik.shown && document.querySelector('.ik-chart svg')) ik.shown = performance.now();
  if (!ik.drawn && document.querySelector('.ik-chart[data-drawn=ja]')) ik.drawn = performance.now();
  if (ik.drawn && !ik.hover && document.querySelector('.ik-chart .hoverlayer .hovertext')) ik.hover = performance.now();
  if (!ik.label && document.querySelector('.ik-chart .ik-tip:not([hidden])')) {
    ik.label = performance.now();
    ik.label_before_plotly = window.Plotly === undefined;
  }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'hidden']});
(function () {  // when plotly.js has been evaluated, and how long newPlot/react take
  var plotly;
  Object.defineProperty(window, 'Plotly', {configurable: true, get: function () { return plotly; }, set: function (value) {
    plotly = value;
    window.__ik.plotly = performance.now();
    ['newPlot', 'react'].forEach(function (name) {
      var original = value[name];
      value[name] = function () {
        var start = performance.now(), result = original.apply(this, arguments), sync = performance.now();
        var call = {name: name, start: start, sync: sync};
        window.__ik.calls.push(call);
        if (result && result.then) result.then(function () { call.done = performance.now(); });
        return result;
      };
    });
  }});
})();
"""

# A drawn marker on screen (Plotly), else a mark of the shown static picture that has a label, else the chart box.
FIND_POINT = """(drawn) => {
  const chart = document.querySelector('.ik-chart');
  const visible = (r) => r.width && r.top > 0 && r.bottom < innerHeight && r.left > 0 && r.right < innerWidth;
  const shown = [...document.querySelectorAll('.ik-chart .ik-static')].filter((p) => getComputedStyle(p).display !== 'none');
  const marks = drawn ? [...document.querySelectorAll('.ik-chart .scatterlayer .trace .points path.point')]
                      : shown.flatMap((p) => [...p.querySelectorAll('[data-i]')]);
  for (const mark of marks) {
    const r = mark.getBoundingClientRect();
    if (visible(r)) return {x: r.left + r.width / 2, y: r.top + r.height / 2, now: performance.now()};
  }
  const target = marks[0] || chart;
  if (!target) return null;
  target.scrollIntoView({block: 'center'});
  const r = target.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2, now: performance.now()};
}"""

# A point of the chart far from any mark: its top left corner (the key titles' band).
AWAY_FROM_MARKS = """() => { const r = document.querySelector('.ik-chart').getBoundingClientRect();
  return [r.left + 3, Math.max(r.top + 3, 60)]; }"""

MARKS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const plotly = performance.getEntriesByType('resource').find(r => r.name.includes('/plotly-'));
  const calls = window.__ik.calls;
  const first = calls.find(c => c.name === 'newPlot' && c.start >= 0);
  const react = calls.find(c => c.name === 'react');
  return {shown: window.__ik.shown || window.__ik.drawn, drawn: window.__ik.drawn, hover: window.__ik.hover,
          label: window.__ik.label || null, label_before_plotly: window.__ik.label_before_plotly,
          plotly_ready: window.__ik.plotly, newplot_start: first ? first.start : null,
          newplot_ms: first ? (first.done || first.sync) - first.start : null,
          react_ms: react ? (react.done || react.sync) - react.start : null,
          dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, plotly: plotly ? plotly.responseEnd : null,
          html: nav.transferSize || nav.encodedBodySize,
          points: document.querySelectorAll('.ik-chart .scatterlayer path.point').length};
}"""


def point_at(page, mark: dict) -> None:
    page.mouse.move(mark["x"] - 3, mark["y"])
    page.mouse.move(mark["x"], mark["y"])


def wait_for_label(page, mark: dict, attempts: int = 200, plotly_too: bool = False) -> None:
    """The hand stays on the mark, moving a pixel now and then (as a hand does), until the
    picture's label shows (or, `plotly_too`, Plotly's): the page's scripts may still be loading
    when the mouse first arrives."""
    labels = ".ik-chart .ik-tip:not([hidden])" + (", .ik-chart .hoverlayer .hovertext" if plotly_too else "")
    for attempt in range(attempts):
        if page.query_selector(labels):
            return
        page.mouse.move(mark["x"] + attempt % 2, mark["y"])
        page.wait_for_timeout(25)
    raise SystemExit("the static picture showed no label for the mark")


def new_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.add_init_script(TTI_SCRIPT)
    return context, page


# A mark of the shown picture on the first screen, unscrolled (a month's bar is a line: width 0).
ON_FIRST_SCREEN = """() => {
  const shown = [...document.querySelectorAll('.ik-chart .ik-static')].filter((p) => getComputedStyle(p).display !== 'none');
  for (const mark of shown.flatMap((p) => [...p.querySelectorAll('[data-i]')])) {
    const r = mark.getBoundingClientRect();
    if ((r.width || r.height) && r.top > 0 && r.bottom < innerHeight && r.left > 0 && r.right < innerWidth)
      return {x: r.left + r.width / 2, y: r.top + r.height / 2};
  }
  return null;
}"""


def resting_place(browser, url: str) -> dict | None:
    """Where the first mark of the picture is on the unscrolled page (a load that is not counted),
    or None when there is none on the first screen."""
    context, page = new_page(browser)
    page.goto(url, wait_until="load")
    mark = page.evaluate(ON_FIRST_SCREEN)
    context.close()
    return mark


def one_run(browser, url: str, rest: dict | None = None) -> dict:
    context, page = new_page(browser)
    page.goto(url, wait_until="commit")
    if rest:  # the mouse is there from the start; the first label answers one of its moves
        wait_for_label(page, rest, attempts=2000, plotly_too=True)
        mark, moved = rest, None
        drawn = page.query_selector(".ik-chart .ik-tip:not([hidden])") is None  # Plotly's label came first
    else:
        page.wait_for_selector(".ik-chart[data-drawn=ja], .ik-chart svg", timeout=60000, state="attached")
        drawn = page.query_selector(".ik-chart[data-drawn=ja]") is not None
        mark = page.evaluate(FIND_POINT, drawn)
        if mark is None:
            raise SystemExit("the timeline has no chart to point at")
        moved = mark["now"]
        point_at(page, mark)
    if not drawn:  # the picture's label; plotly.js loads meanwhile, draws once the reader moves on
        if not rest:
            wait_for_label(page, mark)
        else:  # the hand moves on: a mouse that rested there before charts.js ran asks for Plotly only now
            page.mouse.move(*page.evaluate(AWAY_FROM_MARKS))
        page.wait_for_function("window.Plotly !== undefined", timeout=60000)
        page.mouse.move(*page.evaluate(AWAY_FROM_MARKS))
        page.wait_for_selector(".ik-chart[data-drawn=ja]", timeout=60000)
        point_at(page, page.evaluate(FIND_POINT, True))
    page.wait_for_selector(".ik-chart .hoverlayer .hovertext", timeout=10000)
    page.wait_for_function("window.__ik.hover !== undefined", timeout=10000)
    marks = page.evaluate(MARKS)
    marks.update(
        moved=moved, picture_first=not drawn, load_average=os.getloadavg()[0], answer=marks["label"] or marks["hover"]
    )  # the first label the reader saw
    context.close()
    return marks


def measure(site_url: str, runs: int, resting: bool = False) -> list[dict]:
    """`runs` cold loads (fresh context each) of the timeline at site_url + 'tijdlijn/'."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        try:
            url = site_url + "tijdlijn/"
            rest = resting_place(browser, url) if resting else None
            if resting and rest is None:
                raise SystemExit("--resting: no mark of the picture on the first screen")
            return [one_run(browser, url, rest) for _ in range(runs)]
        finally:
            browser.close()


def on_site(site: Path, runs: int) -> list[dict]:
    """`runs` loads where the script finds the mark and then moves the mouse there, and `runs`
    where the mouse rests on it from the first byte (--resting), marked `resting`."""
    print(f"   timeline time to interactive ({runs} + {runs} resting runs)", flush=True)
    server = SiteServer(site)
    try:
        return measure(server.base, runs) + [{**run, "resting": True} for run in measure(server.base, runs, True)]
    finally:
        server.shutdown()


def run(options) -> dict:
    """The timeline of the synthetic site with --timeline-articles articles (~8 events each)."""
    articles = options.timeline_articles
    print(f"== timeline time to interactive ({articles} articles)", flush=True)
    project, counts = corpora.synthetic_project(options.workdir, articles)
    build = timed_build(project, options.workdir / f"site-{articles}.log")
    server = SiteServer(project / "build")
    try:
        samples = measure(server.base, options.runs)
    finally:
        server.shutdown()
    html = (project / "build" / "tijdlijn" / "index.html").read_bytes()
    return {
        "articles": articles,
        "events": counts["events"],
        "html_bytes": len(html),
        "html_gzip": gz(html),
        "samples": samples,
        "build_wall": build["wall"],
    }


KEYS = ("shown", "moved", "label", "answer", "dcl", "plotly_ready", "newplot_start", "newplot_ms", "drawn", "hover")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--resting", action="store_true", help="the mouse rests on the mark from the first byte on")
    args = parser.parse_args()
    server = SiteServer(args.site)
    try:
        samples = measure(server.base, args.runs, args.resting)
    finally:
        server.shutdown()
    for sample in samples:
        rounded = {key: round(sample[key]) if sample.get(key) is not None else None for key in KEYS}
        print(
            json.dumps(
                {
                    **rounded,
                    "label_before_plotly": sample.get("label_before_plotly"),
                    "load_average": round(sample["load_average"], 2),
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
