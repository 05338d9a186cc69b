/* The builder's page: state, drawing, checking while typing, the result and the draft. */
(function (root) {
  "use strict";

  var F, D, C, O, el;  // set in mount: the parts are loaded by bouwer.js first

  function emptyState() {
    return { title: "", slug: "", slugEdited: false, summary: "", published: "",
      source: { title: "", author: "", publisher: "", url: "", note: "" },
      themes: [], locations: [], events: [], figures: [], body: "", place: null };
  }

  function emptyPlace() {
    return { name: "", aliases: "", kind: "", country: "", lat: "", lon: "", description: "", slug: "", slugEdited: false };
  }

  // ---- state <-> front matter ------------------------------------------------------------------

  function getPath(object, bind) {
    return bind.split(".").reduce(function (value, key) { return value == null ? value : value[key]; }, object);
  }

  function setPath(object, bind, value) {
    var keys = bind.split("."), last = keys.pop();
    keys.reduce(function (value, key) { return value[key]; }, object)[last] = value;
  }

  /* "2.500" and "2 500" are Dutch thousands; "2,5" is a decimal comma. */
  function number(text, coordinate) {
    var t = String(text).trim().replace(/\s+/g, "");
    if (!t) return undefined;
    if (!coordinate && /^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
    t = t.replace(",", ".");
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
  }

  function year(date) { var m = /^(\d{4})/.exec(date || ""); return m ? m[1] : ""; }

  function autoId(text, date) { return [D.slugify(text), year(date)].filter(Boolean).join("-"); }

  function compact(object) {
    var out = {};
    Object.keys(object).forEach(function (key) {
      var value = object[key];
      if (value !== "" && value !== undefined && value !== null) out[key] = typeof value === "string" ? value.trim() : value;
    });
    return out;
  }

  function eventEntry(event) {
    if (event.kind === "ref") return { id: event.id };
    return compact({ id: event.id, date: event.date, title: event.title, location: event.location, summary: event.summary });
  }

  function figureEntry(figure) {
    var low = number(figure.value), high = number(figure.high);
    var value = high === undefined ? low : { low: low, high: high };
    return compact({ id: figure.id, label: figure.label, value: value, qualifier: figure.qualifier, unit: figure.unit,
      date: figure.date, according_to: figure.according_to, location: figure.location });
  }

  function frontMatter(state) {
    var locations = state.locations.slice();
    if (state.place && state.place.slug && locations.indexOf(state.place.slug) < 0) locations.push(state.place.slug);
    var front = compact({ title: state.title, summary: state.summary, published: state.published });
    front.source = compact(state.source);
    front.themes = state.themes.slice();
    if (locations.length) front.locations = locations;
    if (state.events.length) front.events = state.events.map(eventEntry);
    if (state.figures.length) front.figures = state.figures.map(figureEntry);
    return front;
  }

  function newPlace(state) {
    var p = state.place;
    if (!p) return null;
    return { slug: p.slug, name: p.name.trim(), kind: p.kind, country: p.country || undefined,
      aliases: p.aliases.split(",").map(function (a) { return a.trim(); }).filter(Boolean),
      lat: number(p.lat, true), lon: number(p.lon, true), description: p.description.trim() };
  }

  root.BouwerState = { emptyState: emptyState, emptyPlace: emptyPlace, frontMatter: frontMatter, newPlace: newPlace,
    getPath: getPath, setPath: setPath, autoId: autoId, number: number };

  function mount(container, site, base) {
    F = root.BouwerForm; D = root.BouwerDates; C = root.BouwerCheck; O = root.BouwerOutput; el = F.el;
    root.BouwerView.mount(container, site, base);
  }

  root.BouwerApp = { mount: mount };
})(typeof globalThis !== "undefined" ? globalThis : this);
