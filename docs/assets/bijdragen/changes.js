/* What an edit changed, in Dutch: which article part, event, figure or place, which field, old -> new;
 * and which of those changes are factual (a date, a place, a figure, who claims it, its status), which
 * ask for a public correction (CONTRIBUTING.md, "Correcties"). changes(before, after, kind, site) ->
 * [{where, field, before, after, factual}]. Plain functions: tests run them in Node.
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var Y = root.BouwerYaml || require("./yamlfile.js");
  var WORDS = {
    title: "kop", summary: "samenvatting", published: "datum van de bron", themes: "thema's", locations: "plaatsen",
    "source.title": "kop van de bron", "source.author": "auteur", "source.publisher": "uitgever", "source.url": "webadres",
    "source.note": "over de bron", order: "volgorde", body: "tekst",
    date: "datum", location: "plaats", claimed_by: "wie het zegt", claimed_by_text: "welke partij", status: "status",
    passages: "alinea's van de bron", label: "wat er geteld is", value: "getal", qualifier: "hoe stellig", unit: "eenheid",
    counted: "soort cijfer", according_to: "volgens wie", id: "id", name: "naam", aliases: "andere schrijfwijzen",
    kind: "soort plaats", country: "land", within: "ligt in", lat: "breedtegraad", lon: "lengtegraad", description: "beschrijving"
  };
  var FACTUAL = {
    article: ["published", "source.title", "source.author", "source.publisher", "source.url"],
    event: ["date", "location", "claimed_by", "claimed_by_text", "status"],
    figure: ["value", "qualifier", "unit", "counted", "date", "according_to", "location"],
    place: ["kind", "country", "within", "lat", "lon"]
  };
  var STATUS = { vastgesteld: "vastgesteld", gemeld: "gemeld", geclaimd: "geclaimd" };

  function names(site) {
    var out = {};
    (site.places || []).forEach(function (p) { out["place:" + p.slug] = p.name; });
    (site.themes || []).forEach(function (t) { out["theme:" + t.slug] = t.title; });
    var claimed = site.schema && site.schema.$defs && site.schema.$defs.EventEntry && site.schema.$defs.EventEntry.properties.claimed_by;
    Object.keys((claimed && claimed["x-namen"]) || {}).forEach(function (k) { out["claim:" + k] = claimed["x-namen"][k]; });
    return out;
  }

  /* A value as the reader of the list of changes should see it. */
  function shown(field, value, words) {
    if (value === undefined || value === null || value === "") return "(leeg)";
    if ((field === "date" || field === "published") && /^[\d\[\/][\d~?%\-\/.\[\]]*$/.test(value)) {
      return D.describeDate(value).replace(/ \([^()]*\)$/, "");
    }
    if (field === "location" || field === "country" || field === "within") return value === "onbekend" ? "plaats niet bekend" : words["place:" + value] || value;
    if (field === "claimed_by") return words["claim:" + value] || value;
    if (field === "status") return STATUS[value] || value;
    if (field === "themes" || field === "locations") {
      return value.map(function (slug) { return words[(field === "themes" ? "theme:" : "place:") + slug] || slug; }).join(", ");
    }
    if (field === "value" && typeof value === "object") return value.low + " tot " + value.high;
    if (Array.isArray(value)) return value.join(", ");
    return String(value);
  }

  function line(where, field, before, after, factual, words) {
    return { where: where, field: WORDS[field] || field, before: shown(field.replace(/^source\./, ""), before, words),
      after: shown(field.replace(/^source\./, ""), after, words), factual: Boolean(factual) };
  }

  function fieldsOf(where, before, after, keys, factual, words) {
    return keys.filter(function (k) { return !Y.equal(before[k], after[k]); }).map(function (k) {
      return line(where, k, before[k], after[k], factual.indexOf(k) >= 0, words);
    });
  }

  function keysOf(a, b) { return Object.keys(a || {}).concat(Object.keys(b || {}).filter(function (k) { return !(a || {}).hasOwnProperty(k); })); }

  function isRef(e) { return Object.keys(e).every(function (k) { return k === "id" || k === "passages"; }); }

  function byId(list) {
    var out = {};
    (list || []).forEach(function (item) { if (item && item.id) out[item.id] = item; });
    return out;
  }

  function items(what, before, after, kind, words) {
    var out = [], old = byId(before), now = byId(after), label = what === "event" ? "title" : "label";
    (after || []).forEach(function (item) {
      var was = old[item.id], name = item[label] || (words["event:" + item.id]) || item.id;
      var where = (what === "event" ? (isRef(item) ? "Bestaande gebeurtenis " : "Gebeurtenis ") : "Cijfer ") + "'" + name + "'";
      if (!was) out.push({ where: where, field: "", before: "", after: what === "event" && isRef(item) ? "dit artikel wordt een bron" : "nieuw", factual: false });
      else out = out.concat(fieldsOf(where, was, item, keysOf(was, item), isRef(was) ? [] : FACTUAL[what], words));
    });
    (before || []).forEach(function (item) {
      if (now[item.id]) return;
      var where = (what === "event" ? "Gebeurtenis " : "Cijfer ") + "'" + (item[label] || item.id) + "'";
      out.push({ where: where, field: "", before: "", after: "weggehaald", factual: !(what === "event" && isRef(item)) });
    });
    return out;
  }

  function paragraphs(text) { return String(text || "").split(/\n\s*\n/).map(function (p) { return p.trim(); }).filter(Boolean); }

  function bodyChanges(before, after) {
    var old = paragraphs(before), now = paragraphs(after), out = [];
    now.forEach(function (p, i) {
      if (old.indexOf(p) >= 0) return;
      var was = old[i] !== undefined && now.indexOf(old[i]) < 0 ? old[i] : "";
      out.push({ where: "Tekst, alinea " + (i + 1), field: "", before: was, after: p, factual: false });
    });
    old.forEach(function (p, i) {
      if (now.indexOf(p) < 0 && !(now[i] !== undefined && old.indexOf(now[i]) < 0)) {
        out.push({ where: "Tekst, alinea " + (i + 1), field: "", before: p, after: "weggehaald", factual: false });
      }
    });
    return out;
  }

  /* The list of changes between the file's data before and after (article, theme or place). */
  function changes(before, after, kind, site, bodies) {
    var words = names(site), out = [];
    (site.events || []).forEach(function (e) { words["event:" + e.id] = e.title; });
    if (kind === "place") return fieldsOf("Plaats '" + (after.name || before.name) + "'", before, after, keysOf(before, after).filter(function (k) { return k !== "corrections"; }), FACTUAL.place, words).concat(newCorrections(before, after));
    var top = ["title", "summary", "published", "themes", "locations", "order"];
    out = fieldsOf(kind === "theme" ? "Het thema" : "Het artikel", before, after, top, FACTUAL.article, words);
    ["title", "author", "publisher", "url", "note"].forEach(function (k) {
      var a = (before.source || {})[k], b = (after.source || {})[k];
      if (!Y.equal(a, b)) out.push(line("De bron", "source." + k, a, b, FACTUAL.article.indexOf("source." + k) >= 0, words));
    });
    out = out.concat(items("event", before.events, after.events, kind, words), items("figure", before.figures, after.figures, kind, words));
    keysOf(before.new_places, after.new_places).forEach(function (slug) {
      var a = (before.new_places || {})[slug], b = (after.new_places || {})[slug], where = "Nieuwe plaats '" + ((b || a).name || slug) + "'";
      if (!a) out.push({ where: where, field: "", before: "", after: "nieuw", factual: false });
      else if (!b) out.push({ where: where, field: "", before: "", after: "weggehaald", factual: true });
      else out = out.concat(fieldsOf(where, a, b, keysOf(a, b), FACTUAL.place, words));
    });
    if (bodies) out = out.concat(bodyChanges(bodies[0], bodies[1]));
    return out.concat(newCorrections(before, after));
  }

  function newCorrections(before, after) {
    var had = (before.corrections || []).length;
    return (after.corrections || []).slice(had).map(function (c) {
      return { where: "Correctie", field: "", before: "", after: c.text, factual: false, correction: true };
    });
  }

  root.BouwerChanges = { changes: changes, WORDS: WORDS };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerChanges;
})(typeof globalThis !== "undefined" ? globalThis : this);
