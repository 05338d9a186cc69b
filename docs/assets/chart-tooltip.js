/* Labels from the static chart picture, before plotly.js is there.
 * Every mark of a picture that has a hover label in Plotly carries data-i="TRACE.POINT", its index
 * into the chart's data-figure JSON (hooks/explainer/charts/svg/marks.py; a map's markers: charts/svg/geo.py).
 * This script shows that label, made from the trace's own hovertemplate and customdata (the same
 * Dutch wording as Plotly's), next to the mark: on mouse hover, on a tap, and with the arrow keys
 * once the chart has the keyboard focus (one tab stop per chart; the marks are roved with the
 * arrows, announced in a live region).
 * A click (Enter) on a mark does what Plotly's click does: open the article or the place's page (not
 * the page the reader is on: a locator map's own place), or zoom in on a month.
 * Titles are text: entities are decoded and set with textContent, tags other than <br>/<b> dropped.
 *
 * When plotly.js is drawn (charts.js), it takes over: it draws only while no label of the picture
 * is open, then the picture's label and ring go and the pointer's position is handed to Plotly.
 * Policy (upgradeWhen, asked by charts.js): the picture already answers pointing, so pointing no
 * longer has to wait for Plotly; plotly.js still loads as soon as a mouse enters the chart, for zoom,
 * legend and modebar, but its first draw is one long task (1.4 s for 1,000 events), which would
 * freeze the label under the reader's pointer, so it waits until no label is open. A press that
 * is not on a mark (drag to pan, the legend, the overview strip) wants Plotly at once. Touch and
 * keyboard do not load it: a finger scrolling past the chart must not freeze the phone, and the
 * picture's marks can be reached by keyboard where Plotly's cannot; controls and URL hashes still
 * upgrade (charts.js), and a tap beside the marks does. */
(function () {
  "use strict";
  var REACH = { mouse: 20, touch: 24, pen: 20 };  /* px around a mark that count as on it (Plotly's hoverdistance: 20) */
  var MARGIN = 8;  /* px the label keeps from the screen's edges */
  var HEADER = 56;  /* px of Material's fixed header (48) and a margin: a label goes below its mark rather than under it */
  var HELP = "Pijltjestoetsen: van markering naar markering; Enter: openen; Escape: label sluiten.";
  var current = null;  /* {chart, mark, how: "mouse" | "touch" | "key"} */
  var lastPointer = null;
  var counter = 0;

  /* ---- the chart, its picture and its marks ---- */
  function chartOf(node, drawnToo) {
    var chart = node && node.closest ? node.closest(".ik-chart") : null;
    return chart && (drawnToo || !chart.hasAttribute("data-drawn")) && chart.hasAttribute("data-figure") ? chart : null;
  }

  function shownPicture(chart) {
    var pictures = chart.querySelectorAll(".ik-static");
    for (var i = 0; i < pictures.length; i++) {
      if (pictures[i].offsetParent !== null || getComputedStyle(pictures[i]).display !== "none") {
        return pictures[i].querySelector("svg");
      }
    }
    return null;
  }

  function hasMarks(chart) {
    if (chart._ikMarks === undefined) {
      chart._ikMarks = chart.hasAttribute("data-drawn")
        ? (chart.data || []).some(function (trace) { return trace.hovertemplate && trace.customdata; })
        : Boolean(chart.querySelector(".ik-static [data-i]"));
    }
    return chart._ikMarks;
  }

  /* The picture's marks with their boxes in the units of the outer <svg>, in time order (x, then
     top to bottom; on a map west to east). A map draws its marks in an inner <svg> (the plot
     frame), offset from the outer one. */
  function marksOf(svg) {
    if (!svg._ikMarks) {
      var inner = svg.querySelector("svg"), offset = inner ? [inner.x.baseVal.value, inner.y.baseVal.value] : [0, 0];
      svg._ikMarks = Array.prototype.map.call(svg.querySelectorAll("[data-i]"), function (node) {
        var box = node.getBBox(), at = node.getAttribute("data-i").split(".");
        var shift = node.ownerSVGElement === svg ? [0, 0] : offset, x = box.x + shift[0], y = box.y + shift[1];
        return { node: node, trace: +at[0], point: +at[1], x0: x, y0: y, x1: x + box.width, y1: y + box.height,
                 cx: x + box.width / 2, cy: y + box.height / 2, r: node.tagName === "circle" ? box.width / 2 : 0 };
      }).sort(function (a, b) { return a.cx - b.cx || a.cy - b.cy; });
    }
    return svg._ikMarks;
  }

  /* Parsed once: charts.js draws from the same object (_ikParsed) when Plotly takes over. */
  function figureOf(chart) {
    if (!chart._ikParsed) chart._ikParsed = JSON.parse(chart.getAttribute("data-figure"));
    return chart._ikParsed;
  }

  /* The mark nearest to a point on screen, if it is within reach. */
  function markAt(chart, clientX, clientY, how) {
    var svg = shownPicture(chart), matrix = svg && svg.getScreenCTM();
    if (!matrix) return null;
    var point = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
    if (!inFrame(svg, point)) return null;
    var best = null, bestDistance = (REACH[how] || 20) / (matrix.a || 1);
    marksOf(svg).forEach(function (mark) {
      var distance = mark.r ? circleDistance(mark, point) : boxDistance(mark, point);
      if (distance <= bestDistance) { best = mark; bestDistance = distance; }
    });
    return best;
  }

  /* A map's marks answer only inside its frame (the inner <svg>, which clips them), as Plotly's.
     The frame's box is read once per picture (this runs on every pointer move). */
  function inFrame(svg, point) {
    if (svg._ikFrame === undefined) {
      var frame = svg.querySelector("svg");
      svg._ikFrame = frame ? { x: frame.x.baseVal.value, y: frame.y.baseVal.value,
                               w: frame.width.baseVal.value, h: frame.height.baseVal.value } : null;
    }
    var box = svg._ikFrame;
    return !box || (point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h);
  }

  function boxDistance(mark, point) {
    var dx = Math.max(mark.x0 - point.x, 0, point.x - mark.x1), dy = Math.max(mark.y0 - point.y, 0, point.y - mark.y1);
    return Math.sqrt(dx * dx + dy * dy);
  }

  /* A map's circles overlap: as Plotly's scattergeo hover, the distance from the rim, and within
     several circles the smallest wins (1 - 3 / r, below 1 px). */
  function circleDistance(mark, point) {
    var dx = point.x - mark.cx, dy = point.y - mark.cy, r = Math.max(mark.r, 3);
    return Math.max(Math.sqrt(dx * dx + dy * dy) - r, 1 - 3 / r);
  }

  /* ---- the label: the trace's hovertemplate with the mark's named fields ---- */
  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

  function decoded(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (entity, name) {
      if (name[0] === "#") {
        var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
      }
      return Object.prototype.hasOwnProperty.call(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()] : entity;
    });
  }

  function field(trace, custom, path) {
    var value = path.indexOf("customdata.") === 0 ? (custom || {})[path.slice(11)]
      : path === "fullData.name" || path === "data.name" ? trace.name : "";
    return value === undefined || value === null ? "" : String(value);
  }

  /* Lines of [text, bold] chunks, as Plotly reads its pseudo-HTML: <br> breaks, <b> is bold. */
  function labelLines(trace, index) {
    var custom = (trace.customdata || [])[index];
    var filled = String(trace.hovertemplate || "").replace(/<extra>[\s\S]*?<\/extra>/g, "")
      .replace(/%\{([^}:]+)(:[^}]*)?\}/g, function (_, path) { return field(trace, custom, path.trim()); });
    var lines = [[]], bold = false;
    filled.split(/(<[^>]*>)/).forEach(function (part) {
      var tag = part.toLowerCase().replace(/\s/g, "");
      if (tag === "<br>" || tag === "<br/>") lines.push([]);
      else if (tag === "<b>") bold = true;
      else if (tag === "</b>") bold = false;
      else if (part && !/^<[^>]*>$/.test(part)) lines[lines.length - 1].push([decoded(part), bold]);
    });
    return lines.filter(function (line) { return line.length; });
  }

  /* The label as one sentence for the live region: its lines joined by commas. */
  function spoken(lines) {
    return lines.map(function (line) { return line.map(function (chunk) { return chunk[0]; }).join(""); }).join(", ");
  }

  function action(chart, mark) {
    var trace = figureOf(chart).data[mark.trace], custom = (trace.customdata || [])[mark.point] || {};
    if (typeof custom.url === "string") {
      var url = new URL(custom.url, window.ikCharts ? window.ikCharts.siteRoot() : location.href);
      if (url.pathname === location.pathname && !url.hash) return null;  /* a locator map's own place */
      return { kind: "open", url: url.href, what: /(^|\/)plaatsen\//.test(custom.url) ? "de pagina van de plaats" : "het artikel" };
    }
    if (trace.meta && trace.meta.soort === "overzicht") return { kind: "zoom", x: trace.x[mark.point] };
    return null;
  }

  /* ---- drawing the label, the ring round the mark and the live text ---- */
  function parts(chart) {
    if (!chart._ikTip) {
      var id = "ik-tip-" + (++counter);
      var tip = document.createElement("div");
      tip.className = "ik-tip";
      tip.id = id;
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      var ring = document.createElement("div");
      ring.className = "ik-tip-ring";
      ring.hidden = true;
      var live = document.createElement("div");
      live.className = "ik-tip-live";
      live.setAttribute("aria-live", "polite");
      chart.append(tip, ring, live);
      chart._ikTip = { tip: tip, ring: ring, live: live };
    }
    return chart._ikTip;
  }

  function fill(tip, lines, hint) {
    tip.textContent = "";
    lines.concat(hint ? [[[hint, false]]] : []).forEach(function (line, i) {
      var row = document.createElement("span");
      row.className = "ik-tip__line" + (hint && i === lines.length ? " ik-tip__hint" : "");
      line.forEach(function (chunk) {
        var piece = document.createElement(chunk[1] ? "strong" : "span");
        piece.textContent = chunk[0];
        row.appendChild(piece);
      });
      tip.appendChild(row);
    });
  }

  /* Above the mark, else below it; always whole on screen (a 390 px phone too). */
  function position(chart, tip, ring, mark) {
    var box = chart.getBoundingClientRect(), spot = mark.node.getBoundingClientRect();
    var pad = 3, screen = document.documentElement.clientWidth || innerWidth;
    ring.style.left = (spot.left - box.left - pad) + "px";
    ring.style.top = (spot.top - box.top - pad) + "px";
    ring.style.width = (spot.width + 2 * pad) + "px";
    ring.style.height = (spot.height + 2 * pad) + "px";
    tip.style.width = "";  /* measured at the chart's left edge, then kept: near the right edge it would wrap */
    tip.style.left = "0px";
    var width = Math.ceil(tip.getBoundingClientRect().width), height;
    tip.style.width = width + "px";
    height = tip.offsetHeight;
    var left = Math.min(Math.max(spot.left + spot.width / 2 - width / 2, MARGIN), screen - MARGIN - width);
    var top = spot.top - height - 10;
    if (top < HEADER) top = spot.bottom + 10;
    tip.style.left = (Math.max(left, MARGIN) - box.left) + "px";
    tip.style.top = (top - box.top) + "px";
  }

  function show(chart, mark, how) {
    if (current && current.chart !== chart) hide();
    var trace = figureOf(chart).data[mark.trace], lines = labelLines(trace, mark.point), p = parts(chart);
    var does = action(chart, mark);
    var hint = how === "mouse" || !does ? "" : (how === "touch" ? "Tik nog eens om " : "Enter om ") +
      (does.kind === "open" ? does.what + " te openen." : "in te zoomen.");
    fill(p.tip, lines, hint);
    var colour = (trace.marker && (Array.isArray(trace.marker.color) ? trace.marker.color[mark.point] : trace.marker.color));
    p.tip.style.borderColor = typeof colour === "string" ? colour : "";
    if (how === "key") mark.node.scrollIntoView({ block: "nearest", inline: "nearest" });
    p.tip.hidden = false;
    p.ring.hidden = false;
    position(chart, p.tip, p.ring, mark);
    if (how === "key") p.live.textContent = spoken(lines);
    current = { chart: chart, mark: mark, how: how };
  }

  function hide() {
    if (!current) return;
    var chart = current.chart, p = chart._ikTip;
    current = null;
    if (p) { p.tip.hidden = true; p.ring.hidden = true; }
    (chart._ikWaiting || []).splice(0).forEach(function (resolve) { resolve(); });
  }

  /* ---- what a mark does: Plotly's click-through, or the overview's zoom ---- */
  function activate(chart, mark) {
    var does = action(chart, mark), charts = window.ikCharts;
    if (!does) return;
    if (does.kind === "open") {
      if (charts && charts.open) charts.open(does.url); else location.href = does.url;
      return;
    }
    /* A month of the overview: the zoomed view goes into the hash, which the timeline app reads
       before its first draw (charts-timeline.js), as from a shared link. */
    var at = new Date(String(does.x).slice(0, 10) + "T00:00:00Z").getTime(), day = 864e5;
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    params.set("van", new Date(at - 75 * day).toISOString().slice(0, 10));
    params.set("tot", new Date(at + 75 * day).toISOString().slice(0, 10));
    history.replaceState(history.state, "", "#" + params.toString());
    hide();
    if (charts) charts.upgrade(chart);
  }

  /* ---- pointer, touch and keyboard ---- */
  function onMove(event) {
    lastPointer = { x: event.clientX, y: event.clientY };
    if (event.pointerType === "touch") return;
    var chart = chartOf(event.target);
    var mark = chart && hasMarks(chart) ? markAt(chart, event.clientX, event.clientY, "mouse") : null;
    if (mark) {
      if (!current || current.mark !== mark) show(chart, mark, "mouse");
    } else if (current && current.how !== "key") {
      hide();
    }
  }

  /* A touch elsewhere on the page dismisses a tapped label (a tap there may fire no click). */
  function onPress(event) {
    if (current && current.how === "touch" && !current.chart.contains(event.target)) hide();
  }

  function onClick(event) {
    var chart = chartOf(event.target);
    if (!chart || !hasMarks(chart)) return;
    var how = event.pointerType === "touch" ? "touch" : "mouse";
    var mark = event.detail === 0 ? null : markAt(chart, event.clientX, event.clientY, how);
    if (!mark) {
      if (how === "touch") { hide(); if (window.ikCharts) window.ikCharts.upgrade(chart); }
      return;
    }
    if (how === "touch" && !(current && current.mark === mark)) show(chart, mark, "touch");
    else activate(chart, mark);
  }

  function step(marks, from, key) {
    var index = marks.indexOf(from);
    if (key === "Home") return marks[0];
    if (key === "End") return marks[marks.length - 1];
    if (!from) return key === "ArrowLeft" || key === "ArrowUp" ? marks[marks.length - 1] : marks[0];
    if (key === "ArrowRight") return marks[Math.min(index + 1, marks.length - 1)];
    if (key === "ArrowLeft") return marks[Math.max(index - 1, 0)];
    var up = key === "ArrowUp", best = from, score = Infinity;
    marks.forEach(function (mark) {  /* the nearest mark in the next row up or down */
      var dy = up ? from.cy - mark.cy : mark.cy - from.cy;
      if (dy < 1) return;
      var distance = dy + 2 * Math.abs(mark.cx - from.cx);
      if (distance < score) { best = mark; score = distance; }
    });
    return best;
  }

  var KEYS = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];

  /* After Plotly has drawn, the same keys move Plotly's own label (its marks have no keyboard
     access): the hoverable points in the visible range, in px, in time order. */
  function plotlyMarks(chart) {
    var layout = chart._fullLayout, found = [];
    (chart.data || []).forEach(function (trace, c) {
      if (trace.visible === "legendonly" || trace.visible === false || !trace.hovertemplate || !trace.customdata) return;
      if (trace.type === "scattergeo") { found.push.apply(found, geoMarks(layout[trace.geo || "geo"]._subplot, trace, c)); return; }
      var xaxis = layout["xaxis" + (trace.xaxis || "x").slice(1)], yaxis = layout["yaxis" + (trace.yaxis || "y").slice(1)];
      var range = xaxis.range.map(function (value) { return xaxis.d2c(value); });
      (trace.x || []).forEach(function (x, p) {
        var at = xaxis.d2c(x);
        if (x === null || trace.y[p] === null || at < range[0] || at > range[1]) return;
        var cx = xaxis.c2p(at), cy = yaxis.c2p(yaxis.d2c(trace.y[p]));
        found.push({ trace: c, point: p, cx: cx, cy: cy, left: xaxis._offset + cx, top: yaxis._offset + cy });
      });
    });
    return found.sort(function (a, b) { return a.cx - b.cx || a.cy - b.cy; });
  }

  /* A map's markers inside its frame; the projection gives px from the chart's top left corner. */
  function geoMarks(geo, trace, c) {
    var found = [], x0 = geo.xaxis._offset, y0 = geo.yaxis._offset;
    (trace.lon || []).forEach(function (lon, p) {
      var at = geo.projection([lon, trace.lat[p]]);
      if (!at || !(at[0] >= x0 && at[0] <= x0 + geo.xaxis._length && at[1] >= y0 && at[1] <= y0 + geo.yaxis._length)) return;
      found.push({ trace: c, point: p, cx: at[0], cy: at[1], left: at[0], top: at[1] });
    });
    return found;
  }

  /* Plotly's label, as if the mouse were on the mark (the bundle has no Plotly.Fx): the event goes
     to what is on top there, Plotly's drag layer. */
  function pointAt(chart, mark, type) {
    var box = chart.getBoundingClientRect(), at = mark || chart._ikPlotlyMark;
    if (!at) return;
    if (box.top + at.top < MARGIN || box.top + at.top > innerHeight - MARGIN) {  /* bring it on screen */
      window.scrollBy(0, box.top + at.top - innerHeight / 2);
      box = chart.getBoundingClientRect();
    }
    var x = box.left + at.left, y = box.top + at.top, under = document.elementFromPoint(x, y);
    if (under) under.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));
  }

  function plotlyKey(event, chart) {
    var p = parts(chart), at = chart._ikPlotlyMark;
    if (event.key === "Escape") { pointAt(chart, null, "mouseout"); chart._ikPlotlyMark = null; return; }
    if (event.key === "Enter" && at) {
      event.preventDefault();
      var custom = chart.data[at.trace].customdata[at.point] || {}, charts = window.ikCharts;
      if (typeof custom.url === "string") charts.open(new URL(custom.url, charts.siteRoot()).href);
      else if (chart.data[at.trace].meta && chart.data[at.trace].meta.soort === "overzicht") {
        var day = new Date(String(chart.data[at.trace].x[at.point]).slice(0, 10) + "T00:00:00Z").getTime();
        Plotly.relayout(chart, { "xaxis.range": [new Date(day - 75 * 864e5).toISOString().slice(0, 10),
                                                 new Date(day + 75 * 864e5).toISOString().slice(0, 10)] });
      }
      return;
    }
    if (KEYS.indexOf(event.key) < 0) return;
    var marks = plotlyMarks(chart);
    if (!marks.length) return;
    event.preventDefault();
    var same = at && marks.filter(function (m) { return m.trace === at.trace && m.point === at.point; })[0];
    var next = chart._ikPlotlyMark = step(marks, same || null, event.key);
    pointAt(chart, next, "mousemove");
    p.live.textContent = spoken(labelLines(chart.data[next.trace], next.point));
  }

  function onKey(event) {
    if (event.key === "Escape" && current) { hide(); return; }
    var drawn = chartOf(event.target, true);
    if (drawn && drawn === event.target && drawn.hasAttribute("data-drawn") && window.Plotly) {
      if (!event.altKey && !event.ctrlKey && !event.metaKey) plotlyKey(event, drawn);
      return;
    }
    var chart = chartOf(event.target);
    if (!chart || event.target !== chart || !hasMarks(chart) || event.altKey || event.ctrlKey || event.metaKey) return;
    var from = current && current.chart === chart ? current.mark : chart._ikLastMark;
    if (event.key === "Enter" && from) { event.preventDefault(); activate(chart, from); return; }
    if (KEYS.indexOf(event.key) < 0) return;
    var svg = shownPicture(chart), marks = svg ? marksOf(svg) : [];
    if (!marks.length) return;
    event.preventDefault();
    var next = step(marks, current && current.chart === chart ? current.mark : marks.indexOf(from) >= 0 ? from : null, event.key);
    chart._ikLastMark = next;
    show(chart, next, "key");
  }

  function onFocus(event) {
    var chart = chartOf(event.target, true);
    if (!chart || event.target !== chart || !hasMarks(chart)) return;
    var p = parts(chart);
    if (!p.help) {
      p.help = document.createElement("div");
      p.help.className = "ik-tip-live";
      p.help.id = p.tip.id + "-hulp";
      p.help.textContent = HELP;
      chart.appendChild(p.help);
      chart.setAttribute("aria-describedby", p.help.id);
    }
  }

  function onBlur(event) {
    if (current && current.how === "key" && event.target === current.chart) hide();
  }

  /* ---- the hand-over to Plotly ---- */
  function onDrawn(event) {
    var chart = event.target, p = chart._ikTip;
    if (current && current.chart === chart) current = null;
    if (p) { p.tip.hidden = true; p.ring.hidden = true; }  /* the live text and the help stay */
    if (!lastPointer) return;
    var box = chart.getBoundingClientRect();
    if (lastPointer.x < box.left || lastPointer.x > box.right || lastPointer.y < box.top || lastPointer.y > box.bottom) return;
    var under = document.elementFromPoint(lastPointer.x, lastPointer.y);  /* Plotly's own label, at once */
    if (under) under.dispatchEvent(new MouseEvent("mousemove", { bubbles: true, clientX: lastPointer.x, clientY: lastPointer.y }));
  }

  /* charts.js asks, for a pointer or focus event on a chart, when plotly.js should draw it:
     true (at once), a function returning a promise (after it has loaded, once no label is open)
     or null (not for this event). Charts without marks in their picture keep the old rule. */
  function upgradeWhen(event, chart) {
    if (!chart.hasAttribute("data-figure") || !hasMarks(chart)) return true;
    var type = event.type, how = event.pointerType;
    if (type === "pointerover" && how !== "touch") {
      return function () {
        if (!current || current.chart !== chart) return Promise.resolve();
        return new Promise(function (resolve) { (chart._ikWaiting = chart._ikWaiting || []).push(resolve); });
      };
    }
    if (type === "pointerdown" && how !== "touch") return markAt(chart, event.clientX, event.clientY, how) ? null : true;
    return null;  /* touchstart, a touch's pointerover/pointerdown, focusin */
  }

  document.addEventListener("pointermove", onMove, { passive: true });
  document.addEventListener("mouseout", function (event) {  /* the mouse left the window */
    if (!event.relatedTarget && current && current.how === "mouse") hide();
  });
  document.addEventListener("pointerdown", onPress, { passive: true });
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  document.addEventListener("focusin", onFocus);
  document.addEventListener("focusout", onBlur);
  document.addEventListener("ik-drawn", onDrawn);
  window.addEventListener("resize", hide);
  window.ikTooltip = { upgradeWhen: upgradeWhen, hide: hide, labelLines: labelLines };
})();
