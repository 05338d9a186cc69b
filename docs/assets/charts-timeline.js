/* The timeline app and the map's time filter (loaded by charts.js for charts with data-controls).
 * The view lives in the URL hash, so a link reproduces it; the chart is drawn once, already in
 * that state. Marks are matched through their named customdata fields (charts_timeline.py).
 * A new filter is one more row in FILTERS plus a <select data-filter="NAME"> in the template. */
(function () {
  "use strict";
  var charts = window.ikCharts;

  /* name -> (the mark's customdata field it matches, the table row attribute it hides on) */
  var FILTERS = {
    thema: { field: "themas", row: "data-themes" },
    plaats: { field: "plaatsen", row: "data-places" },
    status: { field: "status", row: "data-claim-status" },  /* who says so: vastgesteld, gemeld, geclaimd */
    volgens: { field: "volgens", row: "data-claimed-by" }
  };
  var KEYS = Object.keys(FILTERS).concat(["van", "tot", "gebeurtenis", "periode"]);

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    var state = { verborgen: (params.get("verborgen") || "").split(",").filter(Boolean) };
    KEYS.forEach(function (key) { state[key] = params.get(key) || ""; });
    return state;
  }

  function writeHash(state) {
    var params = new URLSearchParams();
    KEYS.forEach(function (key) { if (state[key]) params.set(key, state[key]); });
    if (state.verborgen.length) params.set("verborgen", state.verborgen.join(","));
    var hash = params.toString();
    history.replaceState(history.state, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function matches(custom, state) {
    if (!custom) return false;
    return Object.keys(FILTERS).every(function (name) {
      return !state[name] || custom[FILTERS[name].field].indexOf(state[name]) >= 0;
    });
  }

  function filtered(original, state, byId) {
    return original.map(function (trace) {
      var copy = JSON.parse(JSON.stringify(trace));
      var keep = [];
      (trace.customdata || []).forEach(function (custom, i) {
        if (trace.mode === "lines") {
          if (custom === null) { if (keep.length && keep[keep.length - 1] !== null) keep.push(i); return; }
          if (matches(byId[custom.id], state)) keep.push(i);
        } else if (matches(custom, state)) keep.push(i);
      });
      ["x", "y", "customdata"].forEach(function (key) { copy[key] = keep.map(function (i) { return trace[key][i]; }); });
      if (copy.marker && Array.isArray(trace.marker.symbol)) copy.marker.symbol = keep.map(function (i) { return trace.marker.symbol[i]; });
      if (copy.marker && copy.marker.line && Array.isArray(trace.marker.line.color)) {  /* claimed marks (claims.py) */
        copy.marker.line.color = keep.map(function (i) { return trace.marker.line.color[i]; });
      }
      if (state.verborgen.indexOf(trace.legendgroup) >= 0) copy.visible = "legendonly";
      return copy;
    });
  }

  /* The key events' titles and lines follow the filters: a title without its mark is hidden. */
  function labelsFor(layout, state, byId) {
    function shown(item) {
      var event = byId[item.name];
      return !event || matches(event, state);
    }
    (layout.annotations || []).forEach(function (a) { a.visible = shown(a); });
    (layout.shapes || []).forEach(function (s) { s.visible = shown(s); });
  }

  function announce(container, text) {
    var status = container.querySelector("[data-status]");
    if (status) status.textContent = text;
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
    style.textContent = Object.keys(FILTERS).filter(function (name) { return state[name]; }).map(function (name) {
      return '#tijdlijn-tabel tbody tr:not([' + FILTERS[name].row + '~="' + CSS.escape(state[name]) + '"]) { display: none; }';
    }).join("\n");
  }

  function eventsById(figure) {
    var byId = {}, total = 0;
    figure.data.forEach(function (trace) {
      if (trace.mode !== "lines") (trace.customdata || []).forEach(function (c) { byId[c.id] = c; total += 1; });
    });
    return { byId: byId, total: total };
  }

  function focusEvent(figure, timeline, id) {
    var target = timeline.byId[id], layout = figure.layout, at;
    figure.data.forEach(function (trace) {
      if (trace.mode === "lines") return;
      (trace.customdata || []).forEach(function (c, i) { if (c.id === id) at = [trace.x[i], trace.y[i]]; });
    });
    var day = new Date(at[0]);
    layout.xaxis.range = [new Date(day.getTime() - 2.6e10).toISOString().slice(0, 10),
                          new Date(day.getTime() + 2.6e10).toISOString().slice(0, 10)];
    layout.annotations = (layout.annotations || []).filter(function (a) { return a.name !== id; }).concat([{
      x: at[0], y: at[1], text: target.titel, showarrow: true, arrowhead: 2, ax: 0, ay: -40, name: "focus",
      bgcolor: "rgba(255,255,255,0.9)", font: { color: "#000" } }]);
  }

  /* Before the first draw: read the view from the URL hash and filter the figure. */
  function prepareTimeline(figure) {
    var found = eventsById(figure);
    var timeline = { original: figure.data, byId: found.byId, total: found.total, state: readHash() };
    var state = timeline.state;
    if (state.van && state.tot) figure.layout.xaxis.range = [state.van, state.tot];
    if (state.gebeurtenis && timeline.byId[state.gebeurtenis]) focusEvent(figure, timeline, state.gebeurtenis);
    figure.data = filtered(timeline.original, state, timeline.byId);
    labelsFor(figure.layout, state, timeline.byId);
    return timeline;
  }

  function shownCount(data) {
    var shown = 0;
    data.forEach(function (trace) { if (trace.mode !== "lines" && trace.visible !== "legendonly") shown += trace.x.length; });
    return shown;
  }

  function presetButtons(container, onPick) {
    container.querySelectorAll("button[data-range]").forEach(function (button) {
      button.addEventListener("click", function () { onPick(button.getAttribute("data-range")); });
    });
  }

  function markPreset(container, name) {
    container.querySelectorAll("button[data-range]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-range") === (name || "alles")));
    });
  }

  /* After the first draw: the controls, the legend and zoom keep the URL hash up to date. */
  function wireTimeline(el, figure, timeline) {
    var container = el.closest(".ik-timeline") || document;
    var state = timeline.state;

    function status(data) {
      announce(container, shownCount(data) + " van " + timeline.total + " gebeurtenissen zichtbaar.");
    }

    function apply() {
      var data = filtered(timeline.original, state, timeline.byId);
      labelsFor(el.layout, state, timeline.byId);
      Plotly.react(el, data, el.layout, el._ikConfig);
      status(data);
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
    presetButtons(container, function (name) {
      var range = figure.layout.meta.bereik[name];
      state.van = name === "alles" ? "" : range[0];
      state.tot = name === "alles" ? "" : range[1];
      Plotly.relayout(el, { "xaxis.range": range });
      writeHash(state);
    });
    el.on("plotly_legendclick", function (event) {
      var group = event.data[event.curveNumber].legendgroup;
      var at = state.verborgen.indexOf(group);
      if (at >= 0) state.verborgen.splice(at, 1); else state.verborgen.push(group);
      writeHash(state);
    });
    el.on("plotly_relayout", function (change) {
      var start = change["xaxis.range[0]"] || (change["xaxis.range"] && change["xaxis.range"][0]);
      var end = change["xaxis.range[1]"] || (change["xaxis.range"] && change["xaxis.range"][1]);
      if (start && end) {
        state.van = String(start).slice(0, 10);
        state.tot = String(end).slice(0, 10);
      } else if (change["xaxis.autorange"]) {
        state.van = state.tot = "";
      }
      writeHash(state);
    });
    status(el.data);
    filterTable(state);
    writeHash(state);
  }

  /* ---- the map's time filter: the periods of the timeline's buttons ---- */
  function mapStatus(container, figure, name) {
    var variant = figure.layout.meta.periodes[name || "alles"];
    announce(container, variant.lon.length + " plaatsen met " + variant.gebeurtenissen + " gebeurtenissen in deze periode.");
    markPreset(container, name);
  }

  function prepareMap(figure, el) {
    var state = readHash();
    if (!figure.layout.meta.periodes[state.periode]) state.periode = "";
    charts.mapLabels(figure, el.clientWidth || 1000, state.periode);
    return state;
  }

  function wireMap(el, figure, state) {
    var container = el.closest(".ik-map") || document;
    presetButtons(container, function (name) {
      state.periode = name === "alles" ? "" : name;
      charts.mapLabels(figure, el.clientWidth || 1000, state.periode);
      Plotly.react(el, JSON.parse(JSON.stringify(figure.data)), el.layout, el._ikConfig);
      mapStatus(container, figure, state.periode);
      writeHash(state);
    });
    mapStatus(container, figure, state.periode);
    writeHash(state);
  }

  charts.apps.tijdlijn = { prepare: prepareTimeline, wire: wireTimeline };
  charts.apps.kaart = { prepare: prepareMap, wire: wireMap };
})();
