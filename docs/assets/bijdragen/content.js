/* The builder's state and the files it stands for: a new article, or an existing article, theme or place
 * loaded from the file the site publishes (bronbestanden/, publish/sources.py). State holds what the form
 * shows (text as typed); frontMatter turns it into the file's data, fileText into the whole file (new:
 * written in the house style; edited: the original with only the changed parts rewritten, yamlfile.js).
 * Fields the form does not know are kept as they were. Plain functions: tests run them in Node.
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var Y = root.BouwerYaml || require("./yamlfile.js");
  var C = root.BouwerCitations || require("./citations.js");
  var EVENT_KEYS = ["id", "date", "title", "location", "themes", "summary", "passages", "claimed_by", "claimed_by_text", "status"];
  var FIGURE_KEYS = ["id", "label", "value", "qualifier", "unit", "counted", "date", "according_to", "passages", "location"];
  var PLACE_KEYS = ["name", "aliases", "kind", "country", "within", "lat", "lon", "description", "corrections"];
  var ARTICLE_KEYS = ["title", "summary", "published", "source", "themes", "locations", "events", "figures", "corrections", "new_places"];
  var THEME_KEYS = ["title", "summary", "order", "corrections"];
  var SOURCE_KEYS = ["title", "author", "publisher", "url", "note"];

  function emptyState() {
    return { kind: "article", mode: "new", edit: null, title: "", slug: "", slugEdited: false, summary: "", published: "",
      source: { title: "", author: "", publisher: "", url: "", note: "", raw: {} }, themes: [], locations: [], events: [],
      figures: [], corrections: [], correction: "", newPlaces: [], body: "", order: "", extra: {}, place: null };
  }

  function emptyEvent(kind) {
    return { kind: kind || "new", id: "", idEdited: false, date: "", title: "", location: "", themes: [], summary: "",
      passages: "", claimed_by: "", claimed_by_text: "", status: "", raw: {} };
  }

  function emptyFigure() {
    return { id: "", idEdited: false, label: "", value: "", qualifier: "", unit: "", counted: "", date: "", according_to: "",
      location: "", passages: "", raw: {} };
  }

  function emptyPlace() {
    return { slug: "", slugEdited: false, name: "", aliases: "", kind: "", country: "", within: "", lat: "", lon: "",
      description: "", corrections: [], raw: {} };
  }

  // ---- text as typed -> values --------------------------------------------------------------

  /* "2.500" and "2 500" are Dutch thousands; "2,5" is a decimal comma. */
  function number(text, coordinate) {
    var t = String(text).trim().replace(/\s+/g, "");
    if (!t) return undefined;
    if (!coordinate && /^-?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
    t = t.replace(",", ".");
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
  }

  /* "2500", "7-12", "7 tot 12", "tussen 7 en 12" -> 2500 or {low, high}; anything else stays text (and is reported). */
  function figureValue(text) {
    var t = String(text).trim(), m = /^(?:tussen\s+)?(-?\d[\d.,\s]*?)\s*(?:-|–|—|tot en met|t\/m|tot|à|en)\s*(-?\d[\d.,\s]*)$/i.exec(t);
    if (m) {
      var low = number(m[1]), high = number(m[2]);
      if (typeof low === "number" && typeof high === "number") return low === high ? low : { low: low, high: high };
    }
    return number(t);
  }

  function showValue(value) {
    if (value && typeof value === "object") return value.low + " tot " + value.high;
    return value === undefined || value === null ? "" : String(value);
  }

  function passages(text) {
    if (!String(text).trim()) return undefined;
    return C.passageList(String(text).replace(/;/g, ",")) || String(text);
  }

  function list(text) { return String(text).split(",").map(function (a) { return a.trim(); }).filter(Boolean); }

  function year(date) { var m = /(\d{4})/.exec(date || ""); return m ? m[1] : ""; }

  /* An id from words and the year, made unique against those already taken ("-2", "-3", ...). */
  function autoId(words, date, taken) {
    var base = [D.slugify(words).split("-").slice(0, 8).join("-"), year(date)].filter(Boolean).join("-");
    if (!base || !taken || taken.indexOf(base) < 0) return base;
    for (var n = 2; ; n++) if (taken.indexOf(base + "-" + n) < 0) return base + "-" + n;
  }

  /* Put a value in, or take the key out when it is empty; text as loaded is kept byte for byte. */
  function put(out, key, value, raw) {
    if (typeof value === "string") value = raw !== undefined && value === raw ? value : value.trim();
    if (value === "" || value === undefined || value === null || (Array.isArray(value) && !value.length)) delete out[key];
    else out[key] = value;
  }

  function withoutKeys(raw, keys) {
    var out = {};
    Object.keys(raw || {}).forEach(function (key) { if (keys.indexOf(key) < 0) out[key] = raw[key]; });
    return out;
  }

  // ---- state -> data ------------------------------------------------------------------------

  function eventEntry(e) {
    var out = withoutKeys(e.raw, EVENT_KEYS), raw = e.raw || {};
    out.id = e.id.trim();
    if (e.kind !== "ref") {
      ["date", "title", "location"].forEach(function (k) { put(out, k, e[k], raw[k]); });
      put(out, "themes", e.themes.slice());
      put(out, "summary", e.summary, raw.summary);
    }
    put(out, "passages", passages(e.passages));
    if (e.kind !== "ref") ["claimed_by", "claimed_by_text", "status"].forEach(function (k) { put(out, k, e[k], raw[k]); });
    return out;
  }

  function figureEntry(f) {
    var out = withoutKeys(f.raw, FIGURE_KEYS), raw = f.raw || {};
    FIGURE_KEYS.forEach(function (k) {
      if (k === "value") put(out, k, figureValue(f.value));
      else if (k === "passages") put(out, k, passages(f.passages));
      else put(out, k, f[k], raw[k]);
    });
    return out;
  }

  function placeEntry(p) {
    var out = withoutKeys(p.raw, PLACE_KEYS), raw = p.raw || {};
    put(out, "name", p.name, raw.name);
    out.aliases = list(p.aliases);
    if (!out.aliases.length && raw.aliases === undefined) delete out.aliases;
    ["kind", "country", "within"].forEach(function (k) { put(out, k, p[k], raw[k]); });
    put(out, "lat", number(p.lat, true));
    put(out, "lon", number(p.lon, true));
    put(out, "description", p.description, raw.description);
    put(out, "corrections", (p.corrections || []).slice());
    return out;
  }

  function today(now) {
    var d = now || new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function corrections(state, now) {
    var all = (state.corrections || []).slice();
    if (state.mode === "edit" && state.correction.trim()) all.push({ date: today(now), text: state.correction.trim() });
    return all;
  }

  function articleFront(state, now) {
    var raw = state.extra.raw || {}, front = withoutKeys(raw, ARTICLE_KEYS);
    put(front, "title", state.title, raw.title);
    put(front, "summary", state.summary, raw.summary);
    put(front, "published", state.published, raw.published);
    var source = withoutKeys(state.source.raw, SOURCE_KEYS);
    SOURCE_KEYS.forEach(function (k) { put(source, k, state.source[k], (state.source.raw || {})[k]); });
    front.source = source;
    front.themes = state.themes.slice();
    put(front, "locations", state.locations.slice());
    put(front, "events", state.events.map(eventEntry));
    put(front, "figures", state.figures.map(figureEntry));
    put(front, "corrections", corrections(state, now));
    if (state.newPlaces.length) {
      front.new_places = {};
      state.newPlaces.forEach(function (p) { front.new_places[p.slug.trim()] = placeEntry(p); });
    }
    return front;
  }

  function themeFront(state, now) {
    var raw = state.extra.raw || {}, front = withoutKeys(raw, THEME_KEYS);
    put(front, "title", state.title, raw.title);
    put(front, "summary", state.summary, raw.summary);
    put(front, "order", number(state.order));
    put(front, "corrections", corrections(state, now));
    return front;
  }

  /* The file's data: an article's or theme's front matter, or a place's gazetteer entry. */
  function frontMatter(state, now) {
    if (state.kind === "theme") return themeFront(state, now);
    if (state.kind === "place") {
      var place = Object.assign({}, state.place, { corrections: corrections({ mode: state.mode, corrections: state.place.corrections, correction: state.correction }, now) });
      return placeEntry(place);
    }
    return articleFront(state, now);
  }

  function bodyText(state) {
    if (state.edit && state.body === state.edit.body) return state.body;
    return String(state.body).replace(/\r\n?/g, "\n").replace(/\s+$/, "") + "\n";
  }

  /* A new article's file: its front matter in the house style, then the body. */
  function articleText(front, body) {
    return "---\n" + Y.write(front, "article") + "---\n" + String(body).replace(/\r\n?/g, "\n").replace(/\s+$/, "") + "\n";
  }

  /* The whole file the contributor hands over. */
  function fileText(state, libs, now) {
    var data = frontMatter(state, now);
    if (!state.edit) return articleText(data, state.body);
    if (state.kind === "place") {
      var gazetteer = libs.YAML.parse(state.edit.text);
      gazetteer[state.place.slug] = data;
      return Y.patch(state.edit.text, gazetteer, "gazetteer", libs);
    }
    var parts = Y.splitFile(state.edit.text);
    parts.front = Y.patch(parts.front, data, state.kind, libs);
    parts.body = bodyText(state);
    return Y.joinFile(parts);
  }

  // ---- data -> state (an existing file) -------------------------------------------------------

  function text(value) { return value === undefined || value === null ? "" : String(value); }

  function eventState(raw) {
    var e = emptyEvent(Object.keys(raw).every(function (k) { return k === "id" || k === "passages"; }) ? "ref" : "new");
    EVENT_KEYS.forEach(function (k) { if (k !== "themes" && k !== "passages") e[k] = text(raw[k]); });
    e.themes = (raw.themes || []).slice();
    e.passages = (raw.passages || []).join(", ");
    e.idEdited = true;
    e.raw = raw;
    return e;
  }

  function figureState(raw) {
    var f = emptyFigure();
    FIGURE_KEYS.forEach(function (k) { f[k] = k === "value" ? showValue(raw.value) : k === "passages" ? (raw.passages || []).join(", ") : text(raw[k]); });
    f.idEdited = true;
    f.raw = raw;
    return f;
  }

  function placeState(slug, raw) {
    var p = emptyPlace();
    ["name", "kind", "country", "within", "description"].forEach(function (k) { p[k] = text(raw[k]); });
    p.slug = slug; p.slugEdited = true;
    p.aliases = (raw.aliases || []).join(", ");
    p.lat = text(raw.lat); p.lon = text(raw.lon);
    p.corrections = (raw.corrections || []).slice();
    p.raw = raw;
    return p;
  }

  /* A published file (publish/sources.py: {path, text}) as the builder's state; target = {kind, slug, page}. */
  function stateFromFile(source, target, libs) {
    var state = emptyState();
    state.mode = "edit";
    state.kind = target.kind;
    state.edit = { path: source.path, text: source.text, page: target.page, slug: target.slug, body: "" };
    if (target.kind === "place") {
      var gazetteer = libs.YAML.parse(source.text);
      state.place = placeState(target.slug, gazetteer[target.slug]);
      return state;
    }
    var parts = Y.splitFile(source.text), front = libs.YAML.parse(parts.front) || {};
    state.extra = { raw: front };
    state.slug = target.slug; state.slugEdited = true;
    state.title = text(front.title); state.summary = text(front.summary);
    state.body = state.edit.body = parts.body;
    state.corrections = (front.corrections || []).slice();
    if (target.kind === "theme") { state.order = text(front.order); return state; }
    state.published = text(front.published);
    SOURCE_KEYS.forEach(function (k) { state.source[k] = text((front.source || {})[k]); });
    state.source.raw = front.source || {};
    state.themes = (front.themes || []).slice();
    state.locations = (front.locations || []).slice();
    state.events = (front.events || []).map(eventState);
    state.figures = (front.figures || []).map(figureState);
    state.newPlaces = Object.keys(front.new_places || {}).map(function (slug) { return placeState(slug, front.new_places[slug]); });
    return state;
  }

  /* The data of the file as it was (for the list of changes). */
  function originalData(state, libs) {
    if (!state.edit) return null;
    if (state.kind === "place") return libs.YAML.parse(state.edit.text)[state.place.slug];
    return libs.YAML.parse(Y.splitFile(state.edit.text).front) || {};
  }

  root.BouwerContent = { emptyState: emptyState, emptyEvent: emptyEvent, emptyFigure: emptyFigure, emptyPlace: emptyPlace,
    number: number, figureValue: figureValue, showValue: showValue, autoId: autoId, today: today, frontMatter: frontMatter,
    fileText: fileText, articleText: articleText, stateFromFile: stateFromFile, originalData: originalData, placeEntry: placeEntry, list: list };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerContent;
})(typeof globalThis !== "undefined" ? globalThis : this);
