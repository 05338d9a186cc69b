/* The builder's checks against the site's own data (data/*.json published by the build), and
 * validateArticle, which runs every check at once, like `explainer check` does.
 *
 * site = {schema, themes: [{slug, title}], places: [{slug, name, aliases, kind}], events: [{id, ...}],
 *         articles: [{slug, title}], figures: [{id, source}], newPlaces: [{slug, aliases}]}
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var S = root.BouwerSchema || require("./checks.js");
  var problem = D.problem;

  function slugs(list, key) { return (list || []).map(function (item) { return item[key || "slug"]; }); }

  function placeSlugs(site) { return slugs(site.places).concat(slugs(site.newPlaces)); }

  function closest(value, known) {
    var best = null, bestScore = 0;
    known.forEach(function (candidate) {
      var score = similarity(value, candidate);
      if (score > bestScore) { best = candidate; bestScore = score; }
    });
    return bestScore >= 0.6 ? best : null;
  }

  /* difflib's ratio: 2 * matching characters / total length (longest common subsequence). */
  function similarity(a, b) {
    var rows = [], i, j;
    for (i = 0; i <= a.length; i++) { rows.push(new Array(b.length + 1).fill(0)); }
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        rows[i][j] = a[i - 1] === b[j - 1] ? rows[i - 1][j - 1] + 1 : Math.max(rows[i - 1][j], rows[i][j - 1]);
      }
    }
    return (a.length + b.length) ? 2 * rows[a.length][b.length] / (a.length + b.length) : 0;
  }

  function unknown(field, kind, value, known) {
    var close = closest(value, known);
    var words = kind === "theme" ? "onbekend thema '" : "onbekende plaats '";
    var fix = kind === "theme" ? "kies een thema uit de lijst" : "kies een plaats uit de lijst of beschrijf een nieuwe plaats";
    return problem(field, words + value + "'", close ? "bedoel je '" + close + "'?" : fix);
  }

  function referenceProblems(data, site) {
    var themes = slugs(site.themes), places = placeSlugs(site), found = [];
    function check(field, value, kind) {
      if (typeof value !== "string" || !D.SLUG.test(value)) return;
      var known = kind === "theme" ? themes : places;
      if (known.indexOf(value) < 0) found.push(unknown(field, kind, value, known));
    }
    (data.themes || []).forEach(function (slug, i) { check("themes[" + i + "]", slug, "theme"); });
    (data.locations || []).forEach(function (slug, i) { check("locations[" + i + "]", slug, "place"); });
    (data.events || []).forEach(function (event, i) {
      (event.themes || []).forEach(function (slug, j) { check("events[" + i + "].themes[" + j + "]", slug, "theme"); });
      check("events[" + i + "].location", event.location, "place");
    });
    (data.figures || []).forEach(function (figure, i) { check("figures[" + i + "].location", figure.location, "place"); });
    return found;
  }

  function eventProblems(data, site) {
    var existing = slugs(site.events, "id"), seen = [];
    return (data.events || []).map(function (event, i) {
      var field = "events[" + i + "].id", id = event && event.id;
      if (typeof id !== "string" || !D.SLUG.test(id)) return null;
      var isReference = Object.keys(event).length === 1;
      if (seen.indexOf(id) >= 0) return problem(field, "de gebeurtenis '" + id + "' staat twee keer in dit artikel", "haal er één weg");
      seen.push(id);
      if (isReference && existing.indexOf(id) < 0) {
        var close = closest(id, existing);
        return problem(field, "geen enkel artikel beschrijft de gebeurtenis '" + id + "'",
          close ? "bedoel je '" + close + "'?" : "kies een gebeurtenis uit de lijst, of beschrijf een nieuwe");
      }
      if (!isReference && existing.indexOf(id) >= 0) {
        return problem(field, "de gebeurtenis '" + id + "' bestaat al op de site",
          "kies een ander id, of voeg haar toe als bestaande gebeurtenis (dan alleen het id)");
      }
      return null;
    }).filter(Boolean);
  }

  function figureProblems(data, site) {
    var taken = {}, found = [];
    (site.figures || []).forEach(function (f) { taken[f.id] = "content/articles/" + f.source + ".md"; });
    (data.figures || []).forEach(function (figure, i) {
      var id = figure && figure.id;
      if (typeof id !== "string" || !D.SLUG.test(id)) return;
      if (taken[id]) {
        found.push(problem("figures[" + i + "].id", "het cijfer-id '" + id + "' wordt al gebruikt in " + taken[id],
          "geef elk cijfer een eigen id"));
      }
      taken[id] = "dit artikel";
    });
    return found;
  }

  /* Every name a wiki-link or a new article may take, with what already owns it. */
  function names(site) {
    var owners = {};
    (site.articles || []).forEach(function (a) { owners[a.slug] = "het artikel '" + a.title + "'"; });
    (site.themes || []).forEach(function (t) { owners[t.slug] = "het thema '" + t.title + "'"; });
    (site.places || []).concat(site.newPlaces || []).forEach(function (p) {
      owners[p.slug] = "de plaats '" + p.name + "'";
      (p.aliases || []).forEach(function (alias) {
        var key = D.slugify(alias);
        if (!owners[key]) owners[key] = "een schrijfwijze van de plaats '" + p.name + "'";
      });
    });
    return owners;
  }

  function slugProblems(slug, site) {
    if (!slug) return [problem("slug", "de bestandsnaam ontbreekt", "geef het artikel een titel, of vul de slug in")];
    if (!D.SLUG.test(slug)) return [problem("slug", "'" + slug + "' is geen geldige slug", "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld " + (D.slugify(slug) || "voorbeeld-slug"))];
    var owner = names(site)[slug];
    if (!owner) return [];
    var isArticle = slugs(site.articles).indexOf(slug) >= 0;
    return [problem("slug", (isArticle ? "let op: " : "") + "'" + slug + "' wordt al gebruikt door " + owner,
      "kies een andere slug: elk artikel, thema en elke plaats heeft een eigen naam nodig")];
  }

  function linkProblems(body, slug, site) {
    var targets = Object.keys(names(site)).concat(slug ? [slug] : []), found = [], match;
    var lines = String(body).split("\n");
    lines.forEach(function (line, n) {
      S.WIKI_LINK.lastIndex = 0;
      while ((match = S.WIKI_LINK.exec(line))) {
        var key = D.slugify(match[1].trim());
        if (targets.indexOf(key) >= 0) continue;
        var close = closest(key, targets);
        found.push(problem("body", "de wiki-link [[" + match[1].trim() + "]] leidt nergens heen (regel " + (n + 1) + " van de tekst)",
          close ? "bedoel je [[" + close + "]]?" : "link naar de slug van een artikel, thema of plaats (of een andere schrijfwijze van een plaats)"));
      }
    });
    if (!String(body).trim()) found.push(problem("body", "de tekst is leeg", "schrijf het artikel in eigen woorden"));
    return found;
  }

  function validateArticle(front, body, slug, site, libs, today) {
    var all = [].concat(
      slugProblems(slug, site),
      S.schemaProblems(front, site.schema, libs),
      S.dateProblems(front, libs, today),
      S.rangeProblems(front),
      referenceProblems(front, site),
      eventProblems(front, site),
      figureProblems(front, site),
      linkProblems(body, slug, site));
    var seen = {};
    return all.filter(function (p) {
      var key = p.field + "|" + p.message;
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  root.BouwerCheck = { validateArticle: validateArticle, names: names, similarity: similarity, closest: closest };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerCheck;
})(typeof globalThis !== "undefined" ? globalThis : this);
