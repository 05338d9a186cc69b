/* Draws the site's Plotly charts from their embedded JSON data: the generic loader and theming.
 * Every chart arrives as a static SVG picture (hooks/explainer/charts/svg/__init__.py); plotly.js is loaded from
 * this site only when the reader starts to interact with a chart (pointer or focus on it, a change
 * of its controls) or when the URL hash asks for a filtered view; Plotly then draws in the same box
 * and the picture goes. Only the bundle the chart needs ("kern": cartesian charts; "geo": also
 * maps). Works with Material's instant navigation (document$) and follows the light/dark palette
 * through one theme table (THEME).
 * The timeline's and the map's controls live in charts-timeline.js, loaded for charts with
 * data-controls. Python and JS agree through named fields: customdata objects and layout.meta. */
(function () {
  "use strict";
  document.documentElement.classList.add("ik-js");
  var here = document.currentScript ? document.currentScript.src : location.href;
  var vendor = new URL("vendor/", here);
  var loaded = {};

  function load(src) {
    if (!loaded[src]) {
      loaded[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () { reject(new Error("kon " + src + " niet laden")); };
        document.head.appendChild(script);
      });
    }
    return loaded[src];
  }

  /* The geo bundle contains everything the core bundle does: once a page needed it, it serves all. */
  function loadPlotly(charts) {
    var geo = charts.some(function (el) { return el.getAttribute("data-plotly") === "geo"; });
    if (!geo && loaded[new URL("plotly-geo.min.js", vendor).href]) geo = true;
    var scripts = [load(new URL(geo ? "plotly-geo.min.js" : "plotly-kern.min.js", vendor).href)];
    if (charts.some(function (el) { return el.hasAttribute("data-controls"); })) {
      scripts.push(load(new URL("charts-timeline.js", here).href));
    }
    return Promise.all(scripts);
  }

  function siteRoot() {
    return new URL("../", here);  // this file is assets/charts.js
  }

  function css(name, fallback) {
    var value = getComputedStyle(document.body).getPropertyValue(name).trim();
    return value || fallback;
  }

  function palette() {
    var dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    var fg = css("--md-default-fg-color", dark ? "#e2e4e9" : "#000000de");
    return {
      dark: dark, fg: fg, none: "rgba(0,0,0,0)",
      family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      grid: dark ? "rgba(255,255,255,0.15)" : "rgba(0,0,0,0.1)",
      line: dark ? "rgba(255,255,255,0.35)" : "rgba(0,0,0,0.3)",
      land: dark ? "#2e3440" : "#f1efe8",
      ocean: dark ? "#1b2430" : "#dbe9f4",
      border: dark ? "#9aa3b5" : "#6b6b6b",
      hover: dark ? "#2e303e" : "#ffffff",
      slider: dark ? "#1f2129" : "#f5f5f5"
    };
  }

  /* The one theme table: layout attribute -> palette colour. "AXIS" stands for every x/y axis. */
  var THEME = [
    ["font.color", "fg"], ["font.family", "family"], ["paper_bgcolor", "none"], ["plot_bgcolor", "none"],
    ["hoverlabel.bgcolor", "hover"], ["hoverlabel.font.color", "fg"],
    ["AXIS.gridcolor", "grid"], ["AXIS.linecolor", "line"], ["AXIS.zerolinecolor", "grid"], ["AXIS.tickcolor", "line"],
    ["AXIS.rangeslider.bgcolor", "slider"],
    ["geo.landcolor", "land"], ["geo.oceancolor", "ocean"], ["geo.lakecolor", "ocean"], ["geo.rivercolor", "ocean"],
    ["geo.countrycolor", "border"], ["geo.coastlinecolor", "border"]
  ];

  function themeUpdates(layout) {
    var p = palette(), updates = { "meta.scheme": p.dark ? "slate" : "default" };
    var axes = Object.keys(layout).filter(function (key) { return /^[xy]axis\d*$/.test(key); });
    THEME.forEach(function (row) {
      var path = row[0], head = path.split(".")[0];
      if (head === "AXIS") {
        axes.forEach(function (axis) {
          if (path.indexOf("rangeslider") < 0 || layout[axis].rangeslider) updates[path.replace("AXIS", axis)] = p[row[1]];
        });
      } else if (head !== "geo" || layout.geo) {
        updates[path] = p[row[1]];
      }
    });
    return updates;
  }

  function setPath(target, path, value) {
    var keys = path.split("."), last = keys.pop();
    keys.forEach(function (key) { target = target[key] = target[key] || {}; });
    target[last] = value;
  }

  function themed(layout) {
    var updates = themeUpdates(layout);
    Object.keys(updates).forEach(function (path) { setPath(layout, path, updates[path]); });
    layout.colorway = undefined;
    return layout;
  }

  function countryColour() {
    return palette().dark ? "#b4bccb" : "#5f5f5f";
  }

  var narrow = function () { return window.matchMedia("(max-width: 600px)").matches; };

  /* Python computes direct labels for a few chart widths; take the widest that fits. */
  function forWidth(layouts, width) {
    var chosen = layouts[0];
    layouts.forEach(function (layout) { if (layout.breedte <= width) chosen = layout; });
    return chosen;
  }

  function traceOf(figure, kind) {
    return figure.data.filter(function (trace) { return trace.meta && trace.meta.soort === kind; })[0];
  }

  /* A map's markers and names for one period (meta.periodes) or its only layout (meta.labels). */
  function mapLabels(figure, width, period) {
    var meta = figure.layout.meta, variant = meta.periodes ? meta.periodes[period || "alles"] : null;
    var chosen = forWidth(variant ? variant.labels : meta.labels, width);
    var places = traceOf(figure, "plaatsen"), countries = traceOf(figure, "landen");
    if (variant) {
      places.lon = variant.lon; places.lat = variant.lat; places.customdata = variant.customdata;
      places.marker.size = variant.grootte;
    }
    places.text = chosen.tekst; places.textposition = chosen.positie;
    places.textfont = { size: chosen.plaatsgrootte + (variant ? 0 : 1) };
    countries.lon = chosen.landen.lon; countries.lat = chosen.landen.lat; countries.text = chosen.landen.tekst;
    countries.textfont = { size: chosen.landgrootte, color: countryColour() };
    figure.layout.height = chosen.hoogte;
    figure.layout.geo.lonaxis.range = chosen.zicht.lon;
    figure.layout.geo.lataxis.range = chosen.zicht.lat;
  }

  /* On a phone the lane names go inside the plot, above each lane, so the time axis keeps
     the width; period names are listed below the chart instead of on it. */
  function laneLabels(layout) {
    var axis = layout.yaxis, tops = layout.meta.baanboven || axis.tickvals;
    axis.showticklabels = false;
    return tops.map(function (top, i) {
      return { text: axis.ticktext[i], x: 0, xref: "paper", xanchor: "left", y: top + 0.45, yref: "y",
               yanchor: "middle", showarrow: false, font: { size: 11 }, name: "baan" };
    });
  }

  /* The key events' titles for this width, above the lanes. */
  function timelineLabels(layout, width, small) {
    var chosen = forWidth(layout.meta.sleutels, width), widest = layout.meta.sleutels[layout.meta.sleutels.length - 1];
    var fixed = small ? laneLabels(layout) : (layout.annotations || []).filter(function (a) { return a.name === "periode"; });
    layout.annotations = fixed.concat(chosen.annotaties);
    layout.shapes = (layout.shapes || []).filter(function (s) { return s.type === "rect"; }).concat(chosen.lijnen);
    layout.height += chosen.marge - widest.marge;
    layout.margin.t = chosen.marge;
    if (small) { layout.margin.l = 4; layout.margin.r = 4; }
  }

  function fitToWidth(figure, el, small) {
    var layout = figure.layout, meta = layout.meta || {}, width = el.clientWidth || 1000;
    if (meta.sleutels) timelineLabels(layout, width, small);
    if (meta.soort === "kaart") mapLabels(figure, width, null);
    if (small) {
      /* A phone gets the period buttons instead of the overview strip (too small to drag). */
      if (layout.xaxis && layout.xaxis.rangeslider) layout.xaxis.rangeslider = { visible: false };
      Object.keys(layout).forEach(function (key) { if (/^xaxis\d*$/.test(key)) layout[key].fixedrange = true; });
      layout.dragmode = false;
      layout.font.size = 11;
    }
  }

  /* The modebar keeps the PNG download (in Dutch, see scripts/assets/plotly-nl-extra.js); on a
     phone it is the only button. */
  function config(el, small) {
    var options = {
      locale: "nl", responsive: false, displaylogo: false, scrollZoom: false, displayModeBar: true,
      topojsonURL: new URL("topojson/" + (readMeta(el).topojson || "regio") + "/", vendor).href,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d"],
      toImageButtonOptions: { format: "png", filename: "is-na-het-kalifaat-" + el.getAttribute("data-chart"), scale: 2 }
    };
    if (small) options.modeBarButtons = [["toImage"]];
    return options;
  }

  function readMeta(el) {
    return (el._ikFigure && el._ikFigure.layout.meta) || {};
  }

  /* ---- drawing ---------------------------------------------------------- */
  /* The chart's data-figure, parsed once: chart-tooltip.js may have parsed it for the picture's
     labels (same property); drawing then themes and fits that same object, its last user. */
  function figureOf(el) {
    if (!el._ikParsed) el._ikParsed = JSON.parse(el.getAttribute("data-figure"));
    return el._ikParsed;
  }

  function draw(el) {
    if (!el.hasAttribute("data-figure") || el._ikDrawing) return;
    el._ikDrawing = true;
    var figure = el._ikFigure = figureOf(el);
    var small = narrow();
    figure.layout = themed(figure.layout);
    fitToWidth(figure, el, small);
    el._ikConfig = config(el, small);
    var app = el.hasAttribute("data-controls") && window.ikCharts.apps[figure.layout.meta.soort];
    var state = app ? app.prepare(figure, el) : null;
    el.classList.add("ik-upgrading");  /* the picture stays on top until Plotly has drawn */
    return Plotly.newPlot(el, figure.data, figure.layout, el._ikConfig).then(function () {
      el.querySelectorAll(".ik-statics").forEach(function (pictures) { keepForPrint(el, pictures); });
      el.classList.remove("ik-upgrading");
      el.setAttribute("data-drawn", "ja");
      el.dispatchEvent(new CustomEvent("ik-drawn", { bubbles: true }));  /* chart-tooltip.js hands over */
      el.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var custom = point && point.customdata;
        if (custom && typeof custom.url === "string") open(new URL(custom.url, siteRoot()).href);
      });
      if (app) app.wire(el, figure, state);
      followWidth(el);
      replay(el);
    });
  }

  /* The chart follows its box's width and keeps its own height. Plotly's `responsive` would
     autosize the height too, from the box, whose height then is only its CSS min-height: a chart
     drawn at one width collapsed to an empty strip when the window (or an embedding column)
     narrowed. */
  function followWidth(el) {
    if (!window.ResizeObserver) return;
    var width = el.clientWidth, pending = null;
    new ResizeObserver(function () {
      if (el.clientWidth === width || !el.layout) return;
      clearTimeout(pending);
      pending = setTimeout(function () {
        width = el.clientWidth;
        Plotly.relayout(el, { width: width });
      }, 100);
    }).observe(el);
  }

  /* The picture leaves the chart, but stays beside it for printing: a printed page shows the
     static picture (print.css), which Plotly's drawing, sized and coloured for the screen, is not. */
  function keepForPrint(el, pictures) {
    var holder = document.createElement("div");
    holder.className = "ik-chart-print";
    holder.setAttribute("aria-hidden", "true");
    holder.appendChild(pictures);
    el.insertAdjacentElement("afterend", holder);
  }

  /* A mark's page: in the chart's own window, or, on an embed page (another site's iframe), in a new one. */
  function open(url) {
    if (document.documentElement.classList.contains("ik-ingesloten")) window.open(url, "_blank", "noopener");
    else location.href = url;
  }

  function recolour() {
    document.querySelectorAll(".ik-chart[data-drawn=ja]").forEach(function (el) {
      Plotly.relayout(el, themeUpdates(el.layout));
      el.data.forEach(function (trace, i) {
        if (trace.meta && trace.meta.soort === "landen") Plotly.restyle(el, { "textfont.color": countryColour() }, [i]);
      });
    });
  }

  /* ---- upgrading the static picture to Plotly, on demand ----------------- */
  /* `when` (from chart-tooltip.js): a function whose promise says when to draw once plotly.js is
     there (not while the reader reads a label of the picture); else at once. */
  function upgrade(el, when) {
    if (!el) return;
    if (el._ikWanted) {
      if (typeof when !== "function" && window.ikTooltip) window.ikTooltip.hide();  /* now, not when free */
      return;
    }
    el._ikWanted = true;
    loadPlotly([el]).then(function () {
      return typeof when === "function" ? when() : null;
    }).then(function () {
      try { draw(el); } catch (error) { console.warn("grafiek niet getekend", error); }
    }).catch(function (error) { el.setAttribute("data-error", error.message); });
  }

  function chartOf(control) {
    var box = control.closest(".ik-timeline, .ik-map");
    return box && box.querySelector(".ik-chart[data-controls]");
  }

  /* A control used before Plotly was there: remember it, then use it again once the chart's
     controls are wired (charts-timeline.js sets the controls from the URL hash first). */
  function remember(event) {
    var control = event.target.closest && event.target.closest("select[data-filter], select[data-jaar], button[data-range]");
    var el = control && chartOf(control);
    if (!el || el.hasAttribute("data-drawn")) return;
    el._ikPending = (el._ikPending || []).concat([{ control: control, value: control.value, kind: event.type }]);
    upgrade(el);
  }

  function replay(el) {
    (el._ikPending || []).forEach(function (action) {
      if (action.kind === "change") {
        action.control.value = action.value;
        action.control.dispatchEvent(new Event("change", { bubbles: true }));
      } else {
        action.control.click();
      }
    });
    el._ikPending = [];
  }

  /* Which pointer and focus events draw Plotly, and when, is chart-tooltip.js's call (its header
     says why): the picture's own labels answer pointing, so Plotly need not hurry. */
  function onChart(event) {
    var el = event.target.closest && event.target.closest(".ik-chart");
    if (!el) return;
    /* A pointer resting on a picture with marks while the page loads, before chart-tooltip.js has
       run: not yet a reason to draw (that script decides at the next pointer event); a press is. */
    if (!window.ikTooltip && event.type !== "pointerdown" && el.querySelector(".ik-static [data-i]")) return;
    var when = window.ikTooltip ? window.ikTooltip.upgradeWhen(event, el) : true;
    if (when) upgrade(el, when);
  }

  /* A shared link with a view in its hash (#thema=..., #periode=...) opens that view at once;
     a plain anchor (#alle-gebeurtenissen) does not. */
  function hashAsksForAView() {
    var asks = false;
    new URLSearchParams(location.hash.replace(/^#/, "")).forEach(function (value) { if (value) asks = true; });
    return asks;
  }

  function initPage() {
    document.querySelectorAll(".ik-chart").forEach(function (el) {
      var withoutPicture = !el.querySelector(".ik-static");
      if (withoutPicture || (el.hasAttribute("data-controls") && hashAsksForAView())) upgrade(el);
    });
  }

  ["pointerover", "pointerdown", "focusin"].forEach(function (type) { document.addEventListener(type, onChart); });
  document.addEventListener("touchstart", onChart, { passive: true });
  document.addEventListener("change", remember, true);
  document.addEventListener("click", remember, true);
  window.addEventListener("hashchange", initPage);

  window.ikCharts = { apps: {}, forWidth: forWidth, mapLabels: mapLabels, narrow: narrow, siteRoot: siteRoot,
                      upgrade: upgrade, load: load, open: open };

  new MutationObserver(function () { if (window.Plotly) recolour(); })
    .observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-md-color-scheme"] });

  /* Material's instant navigation announces every new page on document$ (it is defined by
     Material's bundle at the end of the body, hence looked up when the document is ready). */
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(initPage);
    else initPage();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", subscribe);
  else subscribe();
})();
