/* Citations in the builder (issue 22, /work/notes/citations-spec.md): `passages` on events and figures,
 * inline markers in the body: [@article-slug, 7], [@article-slug, 7-8], [@event-id], [@a, 3; @b].
 * Switched on by the site's JSON Schema: once an event there has `passages`, the check of the site
 * wants every prose paragraph cited and every marker known, and so does the builder.
 * parseMarkers(text) -> [{start, end, raw, items: [{key, passages: [n], bad}]}]; citationProblems(front, body, slug, site).
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var MARKER = /\[@([^\[\]\n]+)\]/g;

  function enabled(schema) {
    var event = schema && schema.$defs && schema.$defs.EventEntry;
    return Boolean(event && event.properties && event.properties.passages);
  }

  /* "7", "7-8", "3, 7" -> [7], [7, 8], [3, 7]; null when a part is no passage number. */
  function passageList(text) {
    var out = [], ok = true;
    String(text).split(/\s*,\s*/).filter(Boolean).forEach(function (part) {
      var m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part.trim());
      if (!m || +m[1] < 1 || (m[2] && +m[2] < +m[1])) { ok = false; return; }
      for (var n = +m[1]; n <= +(m[2] || m[1]); n++) out.push(n);
    });
    return ok ? out : null;
  }

  function parseMarkers(text) {
    var found = [], match;
    MARKER.lastIndex = 0;
    while ((match = MARKER.exec(text))) {
      var items = match[1].split(/\s*;\s*@/).map(function (part) {
        var comma = part.indexOf(","), key = (comma < 0 ? part : part.slice(0, comma)).trim();
        var locator = comma < 0 ? "" : part.slice(comma + 1).trim(), passages = locator ? passageList(locator) : [];
        return { key: key, passages: passages || [], bad: passages === null || !D.SLUG.test(key) };
      });
      found.push({ start: match.index, end: match.index + match[0].length, raw: match[0], items: items });
    }
    return found;
  }

  /* What a marker's key names: "article", "event", "figure" or null. */
  function targetOf(key, front, slug, site) {
    var articles = (site.articles || []).map(function (a) { return a.slug; }).concat(slug ? [slug] : []);
    var events = (site.events || []).map(function (e) { return e.id; }).concat((front.events || []).map(function (e) { return e && e.id; }));
    var figures = (site.figures || []).map(function (f) { return f.id; }).concat((front.figures || []).map(function (f) { return f && f.id; }));
    if (articles.indexOf(key) >= 0) return "article";
    if (events.indexOf(key) >= 0) return "event";
    if (figures.indexOf(key) >= 0) return "figure";
    return null;
  }

  /* The prose paragraphs of a body, with their first line (headings, tables, comments and code left out). */
  function paragraphs(body) {
    var out = [], lines = String(body).split("\n"), start = -1, fenced = false;
    function close(end) {
      if (start < 0) return;
      var text = lines.slice(start, end).join("\n");
      if (!/^\s*(#|\||<!--)/.test(text)) out.push({ line: start + 1, text: text });
      start = -1;
    }
    lines.forEach(function (line, i) {
      if (/^\s*(```|~~~)/.test(line)) { close(i); fenced = !fenced; return; }
      if (fenced) return;
      if (!line.trim()) close(i);
      else if (start < 0) start = i;
    });
    close(lines.length);
    return out;
  }

  function citationProblems(front, body, slug, site) {
    if (!enabled(site.schema)) return [];
    var found = [], all = [].concat(site.articles || []).map(function (a) { return a.slug; });
    paragraphs(body).forEach(function (paragraph) {
      var markers = parseMarkers(paragraph.text);
      if (!markers.length) {
        found.push(D.problem("body", "de alinea op regel " + paragraph.line + " noemt geen bron",
          "zet achter de zin een bronverwijzing: [@" + (slug || "artikel") + ", 3] voor alinea 3 van de bron, of [@id] voor een gebeurtenis"));
      }
      markers.forEach(function (marker) {
        marker.items.forEach(function (item) {
          if (item.bad) {
            found.push(D.problem("body", "de bronverwijzing " + marker.raw + " is niet te lezen", "schrijf [@naam, 3] of [@naam, 3-4]: een naam en de nummers van de alinea's"));
          } else if (!targetOf(item.key, front, slug, site)) {
            found.push(D.problem("body", "de bronverwijzing " + marker.raw + " noemt iets wat de site niet kent",
              "noem een artikel, gebeurtenis of cijfer van de site" + (all.length ? ", bijvoorbeeld [@" + all[0] + ", 1]" : "")));
          }
        });
      });
    });
    return found;
  }

  root.BouwerCitations = { enabled: enabled, parseMarkers: parseMarkers, passageList: passageList, targetOf: targetOf,
    citationProblems: citationProblems, paragraphs: paragraphs };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerCitations;
})(typeof globalThis !== "undefined" ? globalThis : this);
