/* The timeline app and the map's time filter (loaded by charts.js for charts with data-controls).
 * The view lives in the URL hash, so a link reproduces it; the chart is drawn once, already in
 * that state. Marks are matched through their named customdata fields (charts/timeline.py).
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

  function filtered(original, state, byId, detail) {
    return original.map(function (trace) {
      if (isOverview(trace)) return overviewTrace(trace, state, detail);
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
      if (copy.marker && copy.marker.line && Array.isArray(trace.marker.line.color)) {  /* claimed marks (content/claims.py) */
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

  function eventsById(data) {
    var byId = {}, total = 0;
    data.forEach(function (trace) {
      if (trace.mode !== "lines" && !isOverview(trace)) (trace.customdata || []).forEach(function (c) { byId[c.id] = c; total += 1; });
    });
    return { byId: byId, total: total };
  }

  /* ---- at scale: an overview of months, single events of the zoomed period (charts/overview.py) ---- */
  function isOverview(trace) { return Boolean(trace.meta && trace.meta.soort === "overzicht"); }

  /* The month marks count every event: filters apply to the single events. In the detail view a
     lane's overview trace keeps only its legend entry, which still switches the lane on and off. */
  function overviewTrace(trace, state, detail) {
    var copy = JSON.parse(JSON.stringify(trace));
    if (detail) { copy.x = []; copy.y = []; copy.customdata = []; copy.marker.size = []; }
    if (state.verborgen.indexOf(trace.legendgroup) >= 0) copy.visible = "legendonly";
    return copy;
  }

  function day(value) { return new Date(String(value).slice(0, 10) + "T00:00:00Z"); }

  function iso(date) { return date.toISOString().slice(0, 10); }

  /* The years whose data files the visible range needs (a year earlier too: events that start
     there may run into it), or null when the range is too wide for single events. */
  function detailYears(scale, range) {
    var start = day(range[0]), end = day(range[1]);
    if ((end - start) / 864e5 > scale.maxdagen) return null;
    return Object.keys(scale.jaren).filter(function (year) {
      return +year >= start.getUTCFullYear() - 1 && +year <= end.getUTCFullYear();
    });
  }

  function loadYear(timeline, year) {
    var cache = timeline.years;
    if (!cache[year]) {
      cache[year] = fetchJson(timeline.scale.jaren[year]).then(function (file) { return file.data; });
      cache[year].catch(function () { delete cache[year]; });  /* a later zoom tries again */
    }
    return cache[year];
  }

  /* The data for the visible range: the overview alone, or with the single events of its years. */
  function withDetail(timeline, range) {
    var years = detailYears(timeline.scale, range);
    if (!years) return Promise.resolve({ data: timeline.overview, years: null });
    return Promise.all(years.map(function (year) { return loadYear(timeline, year); })).then(function (parts) {
      return { data: timeline.overview.concat.apply(timeline.overview, parts), years: years };
    });
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

  function fetchJson(path) {
    var url = new URL(path, charts.siteRoot()).href;
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  /* At scale no overview trace holds a #gebeurtenis= event: its year's data file does. Event ids
     name their year by custom (content/schema.py), so those files are tried first; else the list of ids
     per year says which. */
  function yearOf(timeline, id) {
    var named = (id.match(/\d{4}/g) || []).filter(function (year) { return timeline.scale.jaren[year]; });
    return Promise.all(named.map(function (year) { return loadYear(timeline, year); })).then(function (parts) {
      var hit = named.filter(function (year, i) { return eventsById(parts[i]).byId[id]; })[0];
      if (hit) return hit;
      return fetchJson(timeline.scale.ids).then(function (years) {
        return Object.keys(years).filter(function (year) { return years[year].indexOf(id) >= 0; })[0];
      });
    });
  }

  /* Zoom to the event and mark it; the zoom then draws the single events of its years. */
  function focusAtScale(el, timeline, id) {
    return yearOf(timeline, id).then(function (year) {
      if (!year) return;
      return loadYear(timeline, year).then(function (data) {
        var view = { data: data, layout: { xaxis: {}, annotations: (el.layout.annotations || []).slice() } };
        focusEvent(view, { byId: eventsById(data).byId }, id);
        Plotly.relayout(el, { "xaxis.range": view.layout.xaxis.range, annotations: view.layout.annotations });
      });
    });
  }

  /* Before the first draw: read the view from the URL hash and filter the figure. */
  function prepareTimeline(figure) {
    var found = eventsById(figure.data), scale = figure.layout.meta.detail;
    var timeline = { original: figure.data, byId: found.byId, total: scale ? scale.totaal : found.total, state: readHash(),
                     scale: scale, overview: figure.data, years: {}, detail: null };
    var state = timeline.state;
    if (state.van && state.tot) figure.layout.xaxis.range = [state.van, state.tot];
    if (state.gebeurtenis && timeline.byId[state.gebeurtenis]) focusEvent(figure, timeline, state.gebeurtenis);
    figure.data = filtered(timeline.original, state, timeline.byId);
    labelsFor(figure.layout, state, timeline.byId);
    return timeline;
  }

  function shownCount(data) {
    var shown = 0;
    data.forEach(function (trace) {
      if (trace.mode !== "lines" && !isOverview(trace) && trace.visible !== "legendonly") shown += trace.x.length;
    });
    return shown;
  }

  function scaleStatus(timeline, data) {
    var state = timeline.state, total = timeline.total.toLocaleString("nl-NL");
    if (!timeline.detail) {
      var filter = Object.keys(FILTERS).some(function (name) { return state[name]; });
      return "Overzicht van " + total + " gebeurtenissen: een streepje telt één maand van een thema. Kies een jaar, " +
        "klik op een streepje of zoom in tot hooguit twee jaar om de losse gebeurtenissen te zien" +
        (filter ? "; het filter geldt voor die losse gebeurtenissen." : ".");
    }
    var shown = timeline.el.layout.xaxis.range, range = [day(shown[0]), day(shown[1])], inside = 0;
    data.forEach(function (trace) {
      if (trace.mode === "lines" || isOverview(trace) || trace.visible === "legendonly") return;
      trace.x.forEach(function (x) { var at = day(x); if (at >= range[0] && at <= range[1]) inside += 1; });
    });
    return inside.toLocaleString("nl-NL") + " gebeurtenissen in deze periode (van " + total + " in totaal).";
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
    timeline.el = el;

    function status(data) {
      announce(container, timeline.scale ? scaleStatus(timeline, data)
                                         : shownCount(data).toLocaleString("nl-NL") + " van " +
                                           timeline.total.toLocaleString("nl-NL") + " gebeurtenissen zichtbaar.");
    }

    function apply() {
      var data = filtered(timeline.original, state, timeline.byId, Boolean(timeline.detail));
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
    /* At scale: after every change of the visible range, the single events of its years, or none. */
    var asked = 0;
    function refresh() {
      if (!timeline.scale) return;
      var ticket = ++asked, range = el.layout.xaxis.range;
      withDetail(timeline, range).then(function (found) {
        if (ticket !== asked) return;  /* the reader has moved on */
        if (!found.years && !timeline.detail) { status(el.data); return; }  /* still the overview */
        timeline.original = found.data;
        timeline.detail = found.years;
        timeline.byId = eventsById(found.data).byId;
        apply();
      }).catch(function () {
        if (ticket === asked) announce(container, "De losse gebeurtenissen van deze periode konden niet worden geladen; probeer het opnieuw.");
      });
    }

    el.on("plotly_click", function (event) {
      var point = event.points && event.points[0];
      if (!timeline.scale || !point || !isOverview(point.data)) return;
      var at = day(point.x);
      Plotly.relayout(el, { "xaxis.range": [iso(new Date(at - 75 * 864e5)), iso(new Date(+at + 75 * 864e5))] });
    });
    container.querySelectorAll("select[data-jaar]").forEach(function (select) {
      select.addEventListener("change", function () {
        var year = select.value;
        Plotly.relayout(el, { "xaxis.range": year ? [(+year - 1) + "-12-10", (+year + 1) + "-01-21"] : figure.layout.meta.bereik.alles });
      });
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
      if (start && end || change["xaxis.autorange"]) refresh();
    });
    status(el.data);
    filterTable(state);
    writeHash(state);
    refresh();
    if (timeline.scale && state.gebeurtenis && !timeline.byId[state.gebeurtenis]) {
      focusAtScale(el, timeline, state.gebeurtenis).catch(function () {
        announce(container, "De gebeurtenis uit de link kon niet worden geladen; probeer het opnieuw.");
      });
    }
  }

  /* ---- the map's time filter: the periods of the timeline's buttons ---- */
  function mapStatus(container, figure, name) {
    var variant = figure.layout.meta.periodes[name || "alles"];
    announce(container, variant.lon.length + " plaatsen met " + variant.gebeurtenissen.toLocaleString("nl-NL") +
                        " gebeurtenissen in deze periode.");
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

  /* What the view shows, for docs/assets/reuse.js (download and cite this view): the same reading of
     the hash and the same matching of marks as the chart's own. */
  charts.apps.tijdlijn = { prepare: prepareTimeline, wire: wireTimeline, readHash: readHash, matches: matches,
                           isOverview: isOverview, fetchJson: fetchJson };
  charts.apps.kaart = { prepare: prepareMap, wire: wireMap };
})();
