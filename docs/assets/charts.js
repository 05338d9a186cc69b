/* Draws the site's Plotly charts from their embedded JSON data.
 * plotly.js is loaded from this site only when a page has a chart; works with
 * Material's instant navigation (document$) and follows the light/dark palette.
 * Loaded async in <head>: a chart starts loading plotly and drawing as soon as the parser has
 * inserted it, not after the rest of the page (on /tijdlijn/ a long table) is parsed. */
(function () {
  "use strict";
  document.documentElement.classList.add("ik-js");
  var here = document.currentScript ? document.currentScript.src : location.href;
  var vendor = new URL("vendor/", here);
  var loading = null;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.async = false;  // fetched in parallel, run in the order inserted
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("kon " + src + " niet laden")); };
      document.head.appendChild(script);
    });
  }

  function loadPlotly() {
    if (!loading) {
      loading = Promise.all([load(new URL("plotly-geo.min.js", vendor).href),
                             load(new URL("plotly-locale-nl.js", vendor).href)]);
    }
    return loading;
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
      dark: dark,
      font: { color: fg, family: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" },
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)",
      grid: dark ? "rgba(255,255,255,0.15)" : "rgba(0,0,0,0.1)",
      land: dark ? "#2e3440" : "#f1efe8",
      ocean: dark ? "#1b2430" : "#dbe9f4",
      border: dark ? "#9aa3b5" : "#6b6b6b",
      hover: { bgcolor: dark ? "#2e303e" : "#ffffff", font: { color: fg } }
    };
  }

  function themed(layout) {
    var p = palette();
    layout.font = p.font;
    layout.paper_bgcolor = p.paper_bgcolor;
    layout.plot_bgcolor = p.plot_bgcolor;
    layout.hoverlabel = p.hover;
    ["xaxis", "yaxis"].forEach(function (axis) {
      if (layout[axis]) {
        layout[axis].gridcolor = p.grid;
        layout[axis].linecolor = p.grid;
        layout[axis].zerolinecolor = p.grid;
      }
    });
    if (layout.geo) {
      layout.geo.landcolor = p.land;
      layout.geo.oceancolor = p.ocean;
      layout.geo.lakecolor = p.ocean;
      layout.geo.rivercolor = p.ocean;
      layout.geo.countrycolor = p.border;
      layout.geo.coastlinecolor = p.border;
    }
    layout.colorway = undefined;
    layout.meta = layout.meta || {};
    layout.meta.scheme = p.dark ? "slate" : "default";
    return layout;
  }

  var narrow = function () { return window.matchMedia("(max-width: 600px)").matches; };

  /* ---- timeline state in the URL hash ---------------------------------- */
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    return {
      thema: params.get("thema") || "",
      plaats: params.get("plaats") || "",
      verborgen: (params.get("verborgen") || "").split(",").filter(Boolean),
      van: params.get("van") || "",
      tot: params.get("tot") || "",
      gebeurtenis: params.get("gebeurtenis") || "",
      status: params.get("status") || "",
      volgens: params.get("volgens") || ""
    };
  }

  function writeHash(state) {
    var params = new URLSearchParams();
    ["thema", "plaats", "status", "volgens", "van", "tot", "gebeurtenis"].forEach(function (key) { if (state[key]) params.set(key, state[key]); });
    if (state.verborgen.length) params.set("verborgen", state.verborgen.join(","));
    var hash = params.toString();
    history.replaceState(history.state, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function matches(custom, state) {
    if (!custom) return false;
    var themes = custom[6].split(" "), places = custom[7].split(" ");
    return (!state.thema || themes.indexOf(state.thema) >= 0) && (!state.plaats || places.indexOf(state.plaats) >= 0)
      && claimMatches(custom, state);
  }

  /* ---- who says so: filter on an event's status and claimant -------------
     A mark's customdata carries [8] status (vastgesteld, gemeld, geclaimd), [9] the claimant's
     slug and [10] the label; the table rows carry data-claim-status and data-claimed-by. */
  function claimMatches(custom, state) {
    return (!state.status || custom[8] === state.status) && (!state.volgens || custom[9] === state.volgens);
  }

  function claimRules(state) {
    var rules = [];
    if (state.status) rules.push(':not([data-claim-status="' + CSS.escape(state.status) + '"])');
    if (state.volgens) rules.push(':not([data-claimed-by="' + CSS.escape(state.volgens) + '"])');
    return rules;
  }

  function filtered(original, state, byId) {
    return original.map(function (trace) {
      var copy = JSON.parse(JSON.stringify(trace));
      var keep = [];
      (trace.customdata || []).forEach(function (custom, i) {
        var event = custom && (custom.length === 1 ? byId[custom[0]] : custom);
        if (trace.mode === "lines") {
          if (custom === null) { if (keep.length && keep[keep.length - 1] !== null) keep.push(i); return; }
          if (event && matches(event, state)) keep.push(i);
        } else if (matches(custom, state)) keep.push(i);
      });
      ["x", "y", "customdata"].forEach(function (key) { copy[key] = keep.map(function (i) { return trace[key][i]; }); });
      if (copy.marker && Array.isArray(trace.marker.symbol)) copy.marker.symbol = keep.map(function (i) { return trace.marker.symbol[i]; });
      if (copy.marker && copy.marker.line && Array.isArray(trace.marker.line.color)) {  // claimed marks (claims.py)
        copy.marker.line.color = keep.map(function (i) { return trace.marker.line.color[i]; });
      }
      if (state.verborgen.indexOf(trace.legendgroup) >= 0) copy.visible = "legendonly";
      return copy;
    });
  }

  function announce(container, shown, total) {
    var status = container.querySelector("[data-status]");
    if (status) status.textContent = shown + " van " + total + " gebeurtenissen zichtbaar.";
  }

  /* A style rule rather than a loop over the rows: it also applies to rows the parser has not
     reached yet when the chart is drawn. */
  function filterTable(state) {
    var style = document.getElementById("ik-tabelfilter");
    if (!style) {
      style = document.createElement("style");
      style.id = "ik-tabelfilter";
      document.head.appendChild(style);
    }
    var rules = [];
    if (state.thema) rules.push(':not([data-themes~="' + CSS.escape(state.thema) + '"])');
    if (state.plaats) rules.push(':not([data-places~="' + CSS.escape(state.plaats) + '"])');
    rules = rules.concat(claimRules(state));
    style.textContent = rules.map(function (rule) {
      return "#tijdlijn-tabel tbody tr" + rule + " { display: none; }";
    }).join("\n");
  }

  /* Before the first draw: read the view from the URL hash and filter the figure, so the
     chart is drawn once, already in the state the link describes. */
  function prepareTimeline(figure) {
    var timeline = { original: figure.data, byId: {}, total: 0, state: readHash() };
    figure.data.forEach(function (trace) {
      if (trace.mode !== "lines") {
        (trace.customdata || []).forEach(function (c) { timeline.byId[c[5]] = c; timeline.total += 1; });
      }
    });
    var state = timeline.state, layout = figure.layout;
    if (state.van && state.tot) layout.xaxis.range = [state.van, state.tot];
    var target = state.gebeurtenis && timeline.byId[state.gebeurtenis];
    if (target) {
      var x;
      figure.data.forEach(function (trace) {
        if (trace.mode === "lines") return;
        (trace.customdata || []).forEach(function (c, i) { if (c[5] === state.gebeurtenis) x = [trace.x[i], trace.y[i]]; });
      });
      var day = new Date(x[0]);
      layout.xaxis.range = [new Date(day.getTime() - 2.6e10).toISOString().slice(0, 10),
                            new Date(day.getTime() + 2.6e10).toISOString().slice(0, 10)];
      layout.annotations = (layout.annotations || []).concat([{ x: x[0], y: x[1], text: target[2], showarrow: true,
        arrowhead: 2, ax: 0, ay: -40, bgcolor: "rgba(255,255,255,0.85)", font: { color: "#000" } }]);
    }
    figure.data = filtered(timeline.original, state, timeline.byId);
    return timeline;
  }

  function shownCount(data) {
    var shown = 0;
    data.forEach(function (trace) { if (trace.mode !== "lines") shown += trace.x.length; });
    return shown;
  }

  /* After the first draw: the controls, the legend and zoom keep the URL hash up to date. */
  function wireTimeline(el, figure, timeline) {
    var container = el.closest(".ik-timeline") || document;
    var state = timeline.state;

    function apply() {
      var data = filtered(timeline.original, state, timeline.byId);
      Plotly.react(el, data, el.layout, el._ikConfig);
      announce(container, shownCount(data), timeline.total);
      filterTable(state);
      writeHash(state);
    }

    container.querySelectorAll("select[data-filter]").forEach(function (select) {
      select.value = state[select.getAttribute("data-filter")] || "";
      select.addEventListener("change", function () {
        state[select.getAttribute("data-filter")] = select.value;
        state.gebeurtenis = "";
        apply();
      });
    });
    container.querySelectorAll("button[data-range]").forEach(function (button) {
      button.addEventListener("click", function () {
        var name = button.getAttribute("data-range"), range = figure.layout.meta.bereik[name];
        state.van = name === "alles" ? "" : range[0];
        state.tot = name === "alles" ? "" : range[1];
        Plotly.relayout(el, { "xaxis.range": range });
        writeHash(state);
      });
    });
    el.on("plotly_legendclick", function (event) {
      var group = event.data[event.curveNumber].legendgroup;
      var at = state.verborgen.indexOf(group);
      if (at >= 0) state.verborgen.splice(at, 1); else state.verborgen.push(group);
      writeHash(state);
    });
    el.on("plotly_relayout", function (change) {
      if (change["xaxis.range[0]"]) {
        state.van = String(change["xaxis.range[0]"]).slice(0, 10);
        state.tot = String(change["xaxis.range[1]"]).slice(0, 10);
      } else if (change["xaxis.autorange"]) {
        state.van = state.tot = "";
      }
      writeHash(state);
    });
    announce(container, shownCount(el.data), timeline.total);
    filterTable(state);
    writeHash(state);
  }

  /* On a phone the lane names go inside the plot, above each lane, so the time axis keeps
     the width; period names are listed below the chart instead of on it. */
  function lanesInside(layout) {
    var axis = layout.yaxis;
    if (!axis || !axis.ticktext) return;
    var tops = (layout.meta && layout.meta.baanboven) || axis.tickvals;
    layout.annotations = tops.map(function (top, i) {
      return { text: axis.ticktext[i], x: 0, xref: "paper", xanchor: "left", y: top + 0.45, yref: "y",
               yanchor: "middle", showarrow: false, font: { size: 11 } };
    });
    axis.showticklabels = false;
    layout.margin = { l: 4, r: 4, t: 10, b: 40 };
  }

  /* On a phone the figures chart puts each row's name (what is counted, who claims it) above
     the row instead of beside the axis, so the axis keeps the width. */
  function rowsInside(figure) {
    var layout = figure.layout, rows = [];
    figure.data.forEach(function (trace) {
      if (trace.mode && trace.mode.indexOf("markers") >= 0) {
        trace.y.forEach(function (row) { if (rows.indexOf(row) < 0) rows.push(row); });
        trace.mode = "markers";
      }
    });
    layout.annotations = rows.map(function (row) {
      return { text: row, x: 0, xref: "paper", xanchor: "left", y: row, yref: "y", yanchor: "bottom", yshift: 6,
               showarrow: false, font: { size: 10 }, align: "left" };
    });
    layout.yaxis.showticklabels = false;
    layout.xaxis.title = { text: "aantal (log.)" };
    layout.margin = { l: 4, r: 4, t: 24, b: 40 };
    layout.height = rows.length * 84 + 90;
  }

  /* ---- drawing ---------------------------------------------------------- */
  function draw(el) {
    if (!el.hasAttribute("data-figure") || el._ikDrawing) return;
    el._ikDrawing = true;
    var figure = JSON.parse(el.getAttribute("data-figure"));
    var small = narrow();
    figure.layout = themed(figure.layout);
    if (small) {
      if (figure.layout.xaxis) figure.layout.xaxis.fixedrange = true;
      figure.layout.dragmode = false;
      figure.layout.font.size = 11;
      lanesInside(figure.layout);
      if (figure.layout.meta && figure.layout.meta.soort === "cijfers") rowsInside(figure);
    }
    var config = {
      locale: "nl", responsive: true, displaylogo: false, scrollZoom: false,
      topojsonURL: new URL("topojson/", vendor).href,
      modeBarButtonsToRemove: ["select2d", "lasso2d", "autoScale2d", "toImage"],
      displayModeBar: !small
    };
    el._ikConfig = config;
    var timeline = el.hasAttribute("data-controls") ? prepareTimeline(figure) : null;
    var drawn = Plotly.newPlot(el, figure.data, figure.layout, config);
    return drawn.then(function () {
      el.setAttribute("data-drawn", "ja");
      el.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var custom = point && point.customdata;
        if (custom && typeof custom[0] === "string") location.href = new URL(custom[0], siteRoot()).href;
      });
      if (timeline) wireTimeline(el, figure, timeline);
    });
  }

  function recolour() {
    document.querySelectorAll(".ik-chart[data-drawn=ja]").forEach(function (el) {
      var layout = themed(JSON.parse(JSON.stringify(el.layout)));
      Plotly.relayout(el, {
        font: layout.font, hoverlabel: layout.hoverlabel, "meta.scheme": layout.meta.scheme,
        "xaxis.gridcolor": layout.xaxis ? layout.xaxis.gridcolor : undefined,
        "yaxis.gridcolor": layout.yaxis ? layout.yaxis.gridcolor : undefined,
        "geo.landcolor": layout.geo ? layout.geo.landcolor : undefined,
        "geo.oceancolor": layout.geo ? layout.geo.oceancolor : undefined,
        "geo.lakecolor": layout.geo ? layout.geo.lakecolor : undefined,
        "geo.countrycolor": layout.geo ? layout.geo.countrycolor : undefined,
        "geo.coastlinecolor": layout.geo ? layout.geo.coastlinecolor : undefined
      });
    });
  }

  function render(charts) {
    if (!charts.length) return;
    loadPlotly().then(function () {
      charts.forEach(function (el) {
        try { draw(el); } catch (error) { console.warn("grafiek niet getekend", error); }
      });
    }).catch(function (error) {
      charts.forEach(function (el) { el.setAttribute("data-error", error.message); });
    });
  }

  function renderAll() {
    render(Array.prototype.slice.call(document.querySelectorAll(".ik-chart")));
  }

  /* While the page is parsed: draw each chart as soon as it is in the document. */
  var early = new MutationObserver(function (records) {
    var found = [];
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType !== 1) return;
        if (node.classList.contains("ik-chart")) found.push(node);
        else if (node.firstElementChild && node.querySelectorAll) {
          node.querySelectorAll(".ik-chart").forEach(function (el) { found.push(el); });
        }
      });
    });
    render(found);
  });
  if (document.readyState === "loading") {
    renderAll();  // loaded async: charts the parser has already inserted
    early.observe(document.documentElement, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () { early.disconnect(); });
  }

  new MutationObserver(function () { if (window.Plotly) recolour(); })
    .observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ["data-md-color-scheme"] });

  /* Material's instant navigation announces every new page on document$ (it is defined by
     Material's bundle at the end of the body, hence looked up when the document is ready). */
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(renderAll);
    else renderAll();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", subscribe);
  else subscribe();
})();
