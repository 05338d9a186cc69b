/* Citations in the builder (issue 22, /work/notes/citations-spec.md), as the check of issue 22 reads them
 * (content/markers.py, content/prose.py, content/citations.py): `passages` on events and figures, and inline
 * markers in prose: [@article-slug, 7], [@article-slug, 7-8], [@article-slug, 3, 7], [@event-id], [@a, 3; @b].
 *
 * Switched on by the site's JSON Schema: once an event there has `passages`, every prose paragraph and list
 * item must cite (a paragraph of links alone, a list item that starts with a link, headings, tables and code
 * need not), a marker names a known article (with passages, within its source's passage_count when known),
 * event or figure (without passages), and titles and summaries carry no markers. Plain functions (Node too).
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var MARKER = /\[@[^\[\]]*\]/g;
  var STRAY = /\[@/g;
  var ITEM = /^\s*@([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:,\s*(\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*))?\s*$/;
  var CODE_SPAN = /(`+)(?:(?!\1)[\s\S])+?\1/g;
  var MARKDOWN_LINK = /!?\[[^\]\n]*\]\([^)\n]*\)/g;
  var WIKI_LINK = /\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/g;
  var LINKING_WORDS = [" zie ook ", " zie ", " lees verder in ", " lees ook ", " meer in ", " en ", " of "];
  var UNSAFE = "\\s*<?\\s*(?:javascript|vbscript|data|file):";
  var UNSAFE_INLINE_LINK = new RegExp("\\[([^\\]]*)\\]\\(" + UNSAFE + "(?:[^()\\n]|\\([^()\\n]*\\))*\\)", "gi");
  var UNSAFE_REFERENCE = new RegExp("^[ ]{0,3}\\[[^\\]]+\\]:" + UNSAFE + ".*$", "gim");
  var SHOWN_LT = "\ue000";

  function enabled(schema) {
    var event = schema && schema.$defs && schema.$defs.EventEntry;
    return Boolean(event && event.properties && event.properties.passages);
  }

  /* "7", "7-8", "3, 7" -> [7], [7, 8], [3, 7]; null when a part is no passage number (as markers.py). */
  function passageList(text) {
    var out = [], ok = true;
    String(text).split(",").forEach(function (part) {
      var m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
      if (!m || +m[1] < 1 || (m[2] && +m[2] < +m[1])) { ok = false; return; }
      for (var n = +m[1]; n <= +(m[2] || m[1]); n++) if (out.indexOf(n) < 0) out.push(n);
    });
    return ok && out.length ? out : null;
  }

  function parseMarker(text) {
    var items = [];
    var parts = text.slice(1, -1).split(";");
    for (var i = 0; i < parts.length; i++) {
      var m = ITEM.exec(parts[i]);
      if (!m) return null;
      var passages = m[2] ? passageList(m[2]) : [];
      if (!passages) return null;
      items.push({ key: m[1], passages: passages });
    }
    return items;
  }

  function codeSpans(text) {
    var spans = [], m;
    CODE_SPAN.lastIndex = 0;
    while ((m = CODE_SPAN.exec(text))) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }

  /* Every marker outside inline code, well-formed (items) or not (items null): {start, end, raw, items}. */
  function parseMarkers(text) {
    var code = codeSpans(text), found = [], m;
    function inCode(at) { return code.some(function (span) { return span[0] <= at && at < span[1]; }); }
    MARKER.lastIndex = 0;
    while ((m = MARKER.exec(text))) {
      if (!inCode(m.index)) found.push({ start: m.index, end: m.index + m[0].length, raw: m[0], items: parseMarker(m[0]) });
    }
    STRAY.lastIndex = 0;
    while ((m = STRAY.exec(text))) {
      var at = m.index;
      if (inCode(at) || found.some(function (f) { return f.start <= at && at < f.end; })) continue;
      var rest = text.slice(at).split("\n")[0].slice(0, 40);
      found.push({ start: at, end: at + rest.length, raw: rest, items: null });
    }
    return found.sort(function (a, b) { return a.start - b.start; });
  }

  /* A paragraph of links alone, or a list item that starts with a link: it leads elsewhere, it needs no source. */
  function leadsElsewhere(text, inList) {
    var stripped = text.trim();
    if (inList && (/^!?\[[^\]\n]*\]\([^)\n]*\)/.test(stripped) || /^\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/.test(stripped))) return true;
    var rest = " " + stripped.replace(MARKDOWN_LINK, " ").replace(WIKI_LINK, " ").toLowerCase() + " ";
    LINKING_WORDS.forEach(function (phrase) { rest = rest.split(phrase).join(" "); });
    return !/[\p{L}\p{N}_]/u.test(rest);
  }

  /* The prose blocks of a content text as the site shows it: paragraphs and list items, with their first line (from 1). */
  function paragraphs(body, libs) {
    var shown = String(body).replace(/</g, SHOWN_LT).replace(UNSAFE_INLINE_LINK, "$1").replace(UNSAFE_REFERENCE, "");
    var md = new libs.MarkdownIt("commonmark").enable("table"), tokens = md.parse(shown, {}), lists = 0, found = [];
    tokens.forEach(function (token, i) {
      if (token.type === "list_item_open") lists += 1;
      if (token.type === "list_item_close") lists -= 1;
      if (token.type === "inline" && tokens[i - 1].type === "paragraph_open" && !leadsElsewhere(token.content, lists > 0)) {
        found.push({ line: token.map[0] + 1, text: token.content.split(SHOWN_LT).join("<") });
      }
    });
    return found;
  }

  /* What the site knows by name: articles with their passage counts, events, figures (this file's too). */
  function targets(front, slug, site) {
    var articles = {}, events = {}, figures = {};
    (site.articles || []).forEach(function (a) { articles[a.slug] = (a.source && a.source.passage_count) || null; });
    if (slug) articles[slug] = (front.source && front.source.passage_count) || null;
    (site.events || []).forEach(function (e) { events[e.id] = true; });
    (site.figures || []).forEach(function (f) { figures[f.id] = true; });
    (front.events || []).forEach(function (e) { if (e && e.id) events[e.id] = true; });
    (front.figures || []).forEach(function (f) { if (f && f.id) figures[f.id] = true; });
    return { articles: articles, events: events, figures: figures };
  }

  function markerProblems(field, marker, known) {
    if (!marker.items) return [D.problem(field, "de bronverwijzing " + marker.raw + " is niet te lezen", "schrijf [@naam, 3] of [@naam, 3-4]: een naam en de nummers van de alinea's")];
    return marker.items.map(function (item) {
      if (Object.prototype.hasOwnProperty.call(known.articles, item.key)) {
        var count = known.articles[item.key], beyond = item.passages.filter(function (n) { return count && n > count; });
        if (!item.passages.length) return D.problem(field, "bij " + marker.raw + " ontbreken de alinea's van die bron", "schrijf erbij welke alinea's: [@" + item.key + ", 3]");
        if (beyond.length) return D.problem(field, marker.raw + " noemt alinea " + beyond[0] + ", maar die bron heeft er " + count, "controleer het nummer van de alinea");
        return null;
      }
      if (known.events[item.key] || known.figures[item.key]) {
        return item.passages.length ? D.problem(field, marker.raw + " noemt alinea's bij een gebeurtenis of cijfer", "haal de nummers weg: [@" + item.key + "] (de alinea's staan bij de gebeurtenis of het cijfer zelf)") : null;
      }
      return D.problem(field, "de bronverwijzing " + marker.raw + " noemt iets wat de site niet kent", "noem een artikel, gebeurtenis of cijfer van de site");
    }).filter(Boolean);
  }

  /* One prose text: its markers checked; without any, a problem (when it must cite). */
  function proseProblems(field, text, known, what) {
    var markers = parseMarkers(text), found = [];
    markers.forEach(function (marker) { found = found.concat(markerProblems(field, marker, known)); });
    if (!markers.some(function (m) { return m.items; })) {
      found.push(D.problem(field, what + " noemt geen bron", "zet achter de zin een bronverwijzing: [@naam-van-het-artikel, 3] voor alinea 3 van die bron, of [@id] voor een gebeurtenis of cijfer"));
    }
    return found;
  }

  /* Markers do not belong in titles and summaries: their source is the article's and `passages`. */
  function fieldProblems(front) {
    var found = [];
    function none(field, value) {
      if (typeof value === "string" && value.indexOf("[@") >= 0) {
        found.push(D.problem(field, "hier hoort geen bronverwijzing", "de bron van dit veld is het artikel zelf; zet de alinea's bij 'Alinea's in de bron'"));
      }
    }
    none("title", front.title); none("summary", front.summary);
    (front.events || []).forEach(function (e, i) { if (e) { none("events[" + i + "].title", e.title); none("events[" + i + "].summary", e.summary); } });
    (front.figures || []).forEach(function (f, i) {
      if (f) ["label", "unit", "according_to"].forEach(function (k) { none("figures[" + i + "]." + k, f[k]); });
    });
    return found;
  }

  function passageBounds(front) {
    var count = front.source && front.source.passage_count, found = [];
    if (typeof count !== "number") return found;
    ["events", "figures"].forEach(function (key) {
      (front[key] || []).forEach(function (entry, i) {
        ((entry && Array.isArray(entry.passages)) ? entry.passages : []).forEach(function (n) {
          if (typeof n === "number" && n > count) found.push(D.problem(key + "[" + i + "].passages", "alinea " + n + " bestaat niet: de bron heeft er " + count, "controleer het nummer van de alinea"));
        });
      });
    });
    return found;
  }

  /* Every citation problem of an article (front matter and body); [] while the site has no citations. */
  function citationProblems(front, body, slug, site, libs) {
    if (!enabled(site.schema) || !libs) return [];
    var known = targets(front, slug, site), found = fieldProblems(front).concat(passageBounds(front));
    paragraphs(body, libs).forEach(function (block) {
      found = found.concat(proseProblems("body", block.text, known, "de alinea op regel " + block.line + " van de tekst"));
    });
    Object.keys(front.new_places || {}).forEach(function (place) {
      var description = (front.new_places[place] || {}).description;
      if (typeof description === "string" && description.trim()) found = found.concat(proseProblems("new_places." + place + ".description", description, known, "de beschrijving"));
    });
    return found;
  }

  root.BouwerCitations = { enabled: enabled, parseMarkers: parseMarkers, passageList: passageList, paragraphs: paragraphs,
    citationProblems: citationProblems, proseProblems: proseProblems, targets: targets };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerCitations;
})(typeof globalThis !== "undefined" ? globalThis : this);
