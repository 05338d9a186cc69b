/* "Take it with you" (issue 24): the controls beside a chart's footer
 * (hooks/explainer/pages/templates/_reuse.j2), loaded by share.js at the first press of one.
 * - "Insluiten" copies the chart's embed code: an <iframe> of its embed page (/insluiten/<chart>/,
 *   with the view of the address on /tijdlijn/ and /kaart/) and the resize script insluiten.js.
 * - "Download deze weergave" (CSV, JSON) saves exactly the events or places the filters show, with
 *   the columns of the open data (the footer's data-columns), cut in the browser from the open data
 *   the site serves: the chart's own marks say which (charts-timeline.js matches them as the chart
 *   does), the open data gives the rows. The file name says the view and the day.
 * - "Citeer deze weergave" writes a citation with the address of the view (its hash), today's date
 *   and the content's version (hooks/explainer/content/version.py).
 * Text from the content only ever goes into textContent, a textarea's value or a file. No request
 * to another origin, nothing stored. */
(function () {
  "use strict";
  var here = document.currentScript ? document.currentScript.src : location.href;
  var root = new URL("../", here);  /* this file is assets/reuse.js */
  var TODAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  var DAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  var PERIODS = { kalifaat: "2014-2019", "na-2019": "2019-heden" };  /* a preset's name in a file name */
  var KEYS = ["thema", "plaats", "status", "volgens"];  /* the timeline's filters, in the controls' order */

  /* ---- the view: what the address says, in words and as a file name ---- */
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, "")), state = {};
    KEYS.concat(["van", "tot", "periode"]).forEach(function (key) { state[key] = params.get(key) || ""; });
    state.verborgen = (params.get("verborgen") || "").split(",").filter(Boolean);
    return state;
  }

  function figureOf(chart) {
    return JSON.parse(chart.getAttribute("data-figure"));  /* the original: a drawn chart filtered its copy */
  }

  function optionText(box, key, value) {
    var select = box.querySelector('select[data-filter="' + key + '"]');
    var option = select && [].filter.call(select.options, function (o) { return o.value === value; })[0];
    return option ? option.textContent.trim() : value;
  }

  function presetText(box, name) {
    var button = box.querySelector('button[data-range="' + name + '"]');
    return button ? button.textContent.trim() : name;
  }

  function slug(text) {
    return String(text).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function timelinePeriod(box, meta, state) {
    if (!state.van || !state.tot) return null;
    var named = Object.keys(PERIODS).filter(function (name) {
      var range = (meta.bereik || {})[name];
      return range && range[0] === state.van && range[1] === state.tot;
    })[0];
    if (named) return { slug: PERIODS[named], words: presetText(box, named) };
    var words = DAY.format(new Date(state.van + "T00:00:00Z")) + " – " + DAY.format(new Date(state.tot + "T00:00:00Z"));
    return { slug: slug(state.van) + "-tot-" + slug(state.tot), words: words };
  }

  /* [{slug, words}] of every part of the view that is not "everything". */
  function viewParts(box, kind, figure, state) {
    var meta = figure.layout.meta || {}, parts = [];
    if (kind === "plaatsen") {
      if (state.periode && PERIODS[state.periode]) parts.push({ slug: PERIODS[state.periode], words: presetText(box, state.periode) });
      return parts;
    }
    var period = timelinePeriod(box, meta, state);
    if (period) parts.push(period);
    KEYS.forEach(function (key) {
      if (!state[key]) return;
      var text = optionText(box, key, state[key]);
      var words = key === "status" ? text.toLowerCase() : (key === "volgens" ? "volgens " : key + " ") + text;
      parts.push({ slug: key === "status" ? slug(state[key]) : key + "-" + slug(state[key]), words: words });
    });
    state.verborgen.forEach(function (lane) {
      parts.push({ slug: "zonder-" + slug(lane), words: "zonder " + optionText(box, "thema", lane) });
    });
    return parts;
  }

  function isoToday() {
    var now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map(function (n) { return String(n).padStart(2, "0"); }).join("-");
  }

  function fileName(kind, parts, extension) {
    var view = parts.length ? parts.map(function (part) { return part.slug; }).join("_") : "alles";
    return kind + "_" + view + "_" + isoToday() + "." + extension;
  }

  /* ---- which rows the view shows ---- */
  function timelineApp() {
    var charts = window.ikCharts;
    if (charts.apps.tijdlijn) return Promise.resolve(charts.apps.tijdlijn);
    return charts.load(new URL("assets/charts-timeline.js", root).href).then(function () { return charts.apps.tijdlijn; });
  }

  /* The marks' traces: the figure's own, or at scale (an overview of months) every year's data file
     up to the view's end (an event that starts earlier may run into the view). */
  function eventTraces(app, figure, state) {
    var scale = figure.layout.meta.detail;
    if (!scale) return Promise.resolve(figure.data);
    var years = Object.keys(scale.jaren).filter(function (year) { return !state.tot || +year <= +state.tot.slice(0, 4); });
    return Promise.all(years.map(function (year) { return app.fetchJson(scale.jaren[year]); })).then(function (files) {
      return [].concat.apply([], files.map(function (file) { return file.data; }));
    });
  }

  function shownEvents(figure, state) {
    return timelineApp().then(function (app) {
      return eventTraces(app, figure, state).then(function (traces) {
        var ids = {};
        traces.forEach(function (trace) {
          if (trace.mode === "lines" || app.isOverview(trace) || state.verborgen.indexOf(trace.legendgroup) >= 0) return;
          (trace.customdata || []).forEach(function (custom) { if (app.matches(custom, state)) ids[custom.id] = true; });
        });
        return function (row) {
          return ids[row.id] === true && (!state.van || row.end >= state.van) && (!state.tot || row.start <= state.tot);
        };
      });
    });
  }

  /* The map's places of the chosen period, with their counts in it (as the map shows them). */
  function shownPlaces(figure, state) {
    var periods = figure.layout.meta.periodes, variant = periods[state.periode] || periods.alles, counts = {};
    variant.customdata.forEach(function (custom) {
      counts[String(custom.url).split("/")[1]] = parseInt(String(custom.aantal).replace(/\D/g, ""), 10);
    });
    return counts;
  }

  function fetchData(path) {
    return fetch(new URL(path, location.href).href).then(function (response) {
      if (!response.ok) throw new Error(path + ": " + response.status);
      return response.json();
    });
  }

  function pick(record, columns) {
    var row = {};
    columns.forEach(function (column) { row[column] = record[column] === undefined ? null : record[column]; });
    return row;
  }

  /* The rows of the view, in the open data's order, with the open data's columns. */
  function viewRows(controls, chart, kind, state) {
    var figure = figureOf(chart), columns = columnsOf(chart), data = fetchData(controls.getAttribute("data-json"));
    if (kind === "plaatsen") {
      var counts = shownPlaces(figure, state);
      return data.then(function (geojson) {
        return geojson.features.filter(function (f) { return counts[f.properties.slug] !== undefined; }).map(function (f) {
          var place = Object.assign({}, f.properties, { lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0],
                                                        event_count: counts[f.properties.slug] });
          return pick(place, columns);
        });
      });
    }
    return Promise.all([data, shownEvents(figure, state)]).then(function (found) {
      return found[0].filter(found[1]).map(function (record) { return pick(record, columns); });
    });
  }

  function columnsOf(chart) {
    var link = chart.closest("figure").querySelector(".ik-chart-csv[data-columns]");
    return link.getAttribute("data-columns").split(",");
  }

  /* ---- CSV (RFC 4180) safe for spreadsheets ---- */
  /* One cell as the open data's CSV writes it (lists joined by ';', numbers by ',', passages per
     source as 'slug:3,7;slug:21', true/false, empty for none: publish/data.py csv_value), quoted where needed. A text starting with = + - @, a tab or a carriage return would be read as a
     formula by Excel, LibreOffice and Google Sheets: it gets a leading apostrophe (a plain number,
     such as -3.5, stays a number). */
  function cell(value) {
    if (value === null || value === undefined) value = "";
    else if (Array.isArray(value)) value = value.join(value.every(function (v) { return typeof v === "number"; }) ? "," : ";");
    else if (typeof value === "object") value = Object.keys(value).map(function (k) { return k + ":" + value[k].join(","); }).join(";");
    else if (typeof value === "boolean") value = value ? "true" : "false";
    else value = String(value);
    if (/^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value)) value = "'" + value;
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  /* With a byte order mark: without it Excel reads UTF-8 as Windows-1252 ("SyriÃ«"); spreadsheet
     programs, pandas and Python's csv module (encoding "utf-8-sig") read it as it is meant. */
  function toCsv(columns, rows) {
    var lines = [columns.map(cell).join(",")].concat(rows.map(function (row) {
      return columns.map(function (column) { return cell(row[column]); }).join(",");
    }));
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function save(text, type, name) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function download(controls, format) {
    var chart = chartOf(controls), box = boxOf(controls), kind = controls.getAttribute("data-view"), state = readHash();
    say(controls, "De weergave wordt klaargemaakt…");
    viewRows(controls, chart, kind, state).then(function (rows) {
      var name = fileName(kind, viewParts(box, kind, figureOf(chart), state), format);
      if (format === "csv") save(toCsv(columnsOf(chart), rows), "text/csv;charset=utf-8", name);
      else save(JSON.stringify(rows, null, 2) + "\n", "application/json", name);
      say(controls, "Gedownload: " + name + " (" + rows.length + " " + (rows.length === 1 ? kind.replace(/en$/, "") : kind) + ").");
    }).catch(function () {
      say(controls, "Het downloaden is niet gelukt: de gegevens konden niet worden geladen. Probeer het opnieuw.");
    });
  }

  /* ---- citation ---- */
  function citation(controls) {
    var chart = chartOf(controls), kind = controls.getAttribute("data-view"), state = readHash();
    var parts = viewParts(boxOf(controls), kind, figureOf(chart), state);
    var view = parts.length ? parts.map(function (part) { return part.words; }).join(", ") : "alle " + kind;
    return controls.getAttribute("data-site") + ", „" + controls.getAttribute("data-cite-title") + "” (weergave: " + view +
      "), " + location.href + ", geraadpleegd op " + TODAY.format(new Date()) + ", versie " + controls.getAttribute("data-version") + ".";
  }

  /* ---- embed code ---- */
  function attribute(text) {
    return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function siteName() {
    var meta = document.querySelector('meta[property="og:site_name"]');
    return (meta && meta.getAttribute("content")) || "IS na het kalifaat";
  }

  function embedCode(controls) {
    var select = controls.querySelector("select[data-reuse-part]"), option = select && select.options[select.selectedIndex];
    var own = controls.getAttribute("data-reuse-chart"), chart = option ? option.value : own;
    var title = option ? option.getAttribute("data-title") : controls.getAttribute("data-embed-title");
    var height = option ? option.getAttribute("data-height") : controls.getAttribute("data-embed-height");
    var src = new URL(controls.getAttribute("data-embed-root") + encodeURIComponent(chart) + "/", location.href);
    if (chart === own && controls.hasAttribute("data-view")) src.hash = location.hash;  /* the view of the address */
    var script = new URL(controls.getAttribute("data-script"), location.href);
    return '<iframe src="' + attribute(src.href) + '" title="' + attribute(title + " – " + siteName()) +
      '" style="width:100%;min-width:100%;border:0" height="' + attribute(height) + '" loading="lazy"></iframe>\n' +
      '<script src="' + attribute(script.href) + '" async></script>';
  }

  /* ---- panels, status, clipboard ---- */
  function chartOf(controls) { return controls.closest("figure").querySelector(".ik-chart"); }

  function boxOf(controls) { return controls.closest(".ik-timeline, .ik-map") || document; }

  function say(controls, text) {
    var status = controls.querySelector(".ik-reuse__status");
    if (status) status.textContent = text;
  }

  function panel(controls, name, label) {
    var found = controls.querySelector('.ik-reuse__panel[data-panel="' + name + '"]');
    if (found) return found;
    found = document.createElement("div");
    found.className = "ik-reuse__panel";
    found.setAttribute("data-panel", name);
    found.setAttribute("role", "group");
    found.setAttribute("aria-label", label);
    controls.appendChild(found);
    return found;
  }

  function copy(controls, text, done, field) {
    function fallback() {
      field.focus();
      field.select();
      say(controls, "Kopiëren lukte niet automatisch: de tekst staat geselecteerd, kopieer hem met Ctrl+C of ⌘C.");
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say(controls, done); }, fallback);
    } else {
      fallback();
    }
  }

  function codeField(box, name, label) {
    var field = box.querySelector("textarea");
    if (!field) {
      var caption = document.createElement("label");
      caption.className = "ik-reuse__label";
      caption.textContent = label;
      field = document.createElement("textarea");
      field.className = "ik-reuse__code";
      field.readOnly = true;
      field.rows = name === "insluiten" ? 4 : 3;
      field.spellcheck = false;
      field.id = "ik-reuse-" + name + "-" + Math.random().toString(36).slice(2, 8);
      caption.htmlFor = field.id;
      box.appendChild(caption);
      box.appendChild(field);
    }
    return field;
  }

  function showEmbed(controls) {
    var box = panel(controls, "insluiten", "Insluitcode");
    var field = codeField(box, "insluiten", "Insluitcode: plak hem in de HTML van je eigen pagina");
    field.value = embedCode(controls);
    if (!box.querySelector(".ik-reuse__note")) {
      var note = document.createElement("p");
      note.className = "ik-reuse__note ik-muted";
      note.textContent = "De grafiek past zich aan de breedte aan; het script houdt het kader even hoog als de grafiek. " +
        "Geen cookies, geen tracking. Vermeld de bron zoals onder de grafiek (CC BY 4.0).";
      box.appendChild(note);
    }
    copy(controls, field.value, "Insluitcode gekopieerd. Plak hem in de HTML van je pagina.", field);
  }

  function showCitation(controls) {
    var box = panel(controls, "citeer", "Verwijzing naar deze weergave");
    var field = codeField(box, "citeer", "Verwijzing naar deze weergave");
    field.value = citation(controls);
    copy(controls, field.value, "Verwijzing gekopieerd.", field);
  }

  function press(button) {
    var controls = button.closest(".ik-reuse"), what = button.getAttribute("data-reuse");
    if (!controls) return;
    if (what === "insluiten") showEmbed(controls);
    else if (what === "citeer") showCitation(controls);
    else if (what === "csv" || what === "json") download(controls, what);
  }

  window.ikReuse = { press: press, cell: cell, toCsv: toCsv, embedCode: embedCode, citation: citation };
})();
