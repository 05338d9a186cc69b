/* The builder's checks against the site's own data (data/*.json published by the build), and
 * validateArticle, which runs every check at once, like `explainer check` does. The rules that the JSON
 * Schema cannot say (who claims an event, a complete new event, units, ranges, corrections) are here, in
 * the words of a form: Dutch, without field names.
 *
 * site = {schema, themes: [{slug, title}], places: [{slug, name, aliases, kind, country, within, lat, lon}],
 *         events: [{id, title, date, sources}], articles: [{slug, title}], figures: [{id, source}]}
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var S = root.BouwerSchema || require("./checks.js");
  var P = root.BouwerPlaces || require("./places.js");
  var problem = D.problem;
  var DEFINITION = ["date", "title", "location", "summary"];
  var FIELD_WORDS = { date: "datum", title: "titel", location: "plaats", summary: "wat er gebeurde" };
  var UNKNOWN_PLACE = "onbekend";
  var DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

  function slugs(list, key) { return (list || []).map(function (item) { return item[key || "slug"]; }); }

  function closest(value, known) {
    var best = null, bestScore = 0;
    known.forEach(function (candidate) {
      var score = P.similarity(value, candidate);
      if (score > bestScore) { best = candidate; bestScore = score; }
    });
    return bestScore >= 0.6 ? best : null;
  }

  /* The site as an edit of one file sees it: without what that file itself defines. */
  function siteWithout(site, edited) {
    if (!edited) return site;
    var ownPlaces = edited.places || [];
    return Object.assign({}, site, {
      articles: (site.articles || []).filter(function (a) { return a.slug !== edited.article; }),
      themes: (site.themes || []).filter(function (t) { return t.slug !== edited.theme; }),
      events: (site.events || []).filter(function (e) { return !e.sources || e.sources[0] !== edited.article; }),
      figures: (site.figures || []).filter(function (f) { return f.source !== edited.article; }),
      places: (site.places || []).filter(function (p) { return ownPlaces.indexOf(p.slug) < 0; })
    });
  }

  /* The places an article may name: the site's and those it brings itself. */
  function knownPlaces(data, site) {
    var own = data && data.new_places && typeof data.new_places === "object" ? Object.keys(data.new_places) : [];
    return slugs(site.places).concat(own);
  }

  function referenceProblems(data, site) {
    var themes = slugs(site.themes), places = knownPlaces(data, site), found = [];
    function check(field, value, kind) {
      if (typeof value !== "string" || !D.SLUG.test(value)) return;
      var known = kind === "theme" ? themes : places;
      if (known.indexOf(value) >= 0) return;
      var close = closest(value, known);
      found.push(problem(field, (kind === "theme" ? "het thema '" : "de plaats '") + value + "' kent de site niet",
        close ? "bedoel je '" + close + "'?" : kind === "theme" ? "kies een thema uit de lijst" : "kies een plaats uit de lijst, of beschrijf een nieuwe plaats"));
    }
    (data.themes || []).forEach(function (slug, i) { check("themes[" + i + "]", slug, "theme"); });
    (data.locations || []).forEach(function (slug, i) { check("locations[" + i + "]", slug, "place"); });
    (data.events || []).forEach(function (event, i) {
      if (!event || typeof event !== "object") return;
      (event.themes || []).forEach(function (slug, j) { check("events[" + i + "].themes[" + j + "]", slug, "theme"); });
      if (event.location !== UNKNOWN_PLACE) check("events[" + i + "].location", event.location, "place");
    });
    (data.figures || []).forEach(function (figure, i) { if (figure) check("figures[" + i + "].location", figure.location, "place"); });
    return found;
  }

  /* A reference names an event another article defines: only its id (and, with citations, its passages). */
  function isReference(event) {
    return Object.keys(event).every(function (key) { return key === "id" || key === "passages"; });
  }

  function eventProblems(data, site) {
    var existing = slugs(site.events, "id"), seen = [], found = [];
    (data.events || []).forEach(function (event, i) {
      var field = "events[" + i + "].id", id = event && event.id;
      if (!event || typeof event !== "object") return;
      if (!isReference(event)) found = found.concat(definitionProblems(event, i));
      if (typeof id !== "string" || !D.SLUG.test(id)) return;
      if (seen.indexOf(id) >= 0) { found.push(problem(field, "deze gebeurtenis staat twee keer in het artikel", "haal er één weg")); return; }
      seen.push(id);
      if (isReference(event) && existing.indexOf(id) < 0) {
        var close = closest(id, existing);
        found.push(problem(field, "geen artikel beschrijft de gebeurtenis '" + id + "'",
          close ? "bedoel je '" + close + "'?" : "kies een gebeurtenis uit de lijst, of beschrijf een nieuwe"));
      } else if (!isReference(event) && existing.indexOf(id) >= 0) {
        found.push(problem(field, "een gebeurtenis met dit id staat al op de site",
          "geef de nieuwe gebeurtenis een eigen id, of voeg de bestaande toe (dan wordt dit artikel er een bron van)"));
      }
    });
    return found;
  }

  /* A new event has every field of a definition, and a claim names its party (content/schema.py). */
  function definitionProblems(event, i) {
    var at = "events[" + i + "].", found = DEFINITION.filter(function (key) { return event[key] === undefined; }).map(function (key) {
      return problem(at + key, "een nieuwe gebeurtenis heeft een " + FIELD_WORDS[key] + " nodig", "vul het in");
    });
    if (event.claimed_by === "anders" && !event.claimed_by_text) {
      found.push(problem(at + "claimed_by_text", "welke partij zegt het?", "noem de partij in eigen woorden, bijvoorbeeld: de Iraakse regering"));
    }
    if (event.claimed_by_text && !event.claimed_by) {
      found.push(problem(at + "claimed_by", "er staat een partij, maar niet wie het zegt", "kies wie het zegt (of 'een andere partij'), of laat de partij leeg"));
    }
    if (event.status === "geclaimd" && !event.claimed_by) {
      found.push(problem(at + "claimed_by", "'geclaimd' zonder partij: wie claimt het?", "kies wie het zegt, of kies 'gemeld'"));
    }
    return found;
  }

  function figureProblems(data, site) {
    var taken = {}, found = [], units = unitsOf(site.schema);
    (site.figures || []).forEach(function (f) { taken[f.id] = true; });
    (data.figures || []).forEach(function (figure, i) {
      var at = "figures[" + i + "].", id = figure && figure.id, v = figure && figure.value;
      if (!figure || typeof figure !== "object") return;
      if (typeof id === "string" && D.SLUG.test(id)) {
        if (taken[id]) found.push(problem(at + "id", "een cijfer met dit id bestaat al", "geef elk cijfer een eigen id"));
        taken[id] = true;
      }
      if (v && typeof v === "object" && typeof v.low === "number" && typeof v.high === "number" && v.low > v.high) {
        found.push(problem(at + "value", "de bandbreedte loopt achteruit (" + v.low + " tot " + v.high + ")", "zet het kleinste getal voorop"));
      }
      if (figure.counted && units[figure.counted] && typeof figure.unit === "string" && units[figure.counted].indexOf(figure.unit) < 0) {
        found.push(problem(at + "unit", "de eenheid '" + figure.unit + "' past niet bij wat er geteld wordt",
          "kies een van: " + units[figure.counted].join(", ") + "; of kies een andere soort"));
      }
    });
    return found;
  }

  function unitsOf(schema) {
    var counted = schema && schema.$defs && schema.$defs.FigureEntry && schema.$defs.FigureEntry.properties.counted;
    return (counted && counted["x-eenheden"]) || {};
  }

  /* A correction is dated to a day that exists and has come (content/schema_types.py, Day). */
  function correctionProblems(data, today) {
    var now = today || new Date(), found = [];
    var todayText = now.getFullYear() + "-" + String(now.getMonth() + 1).padStart(2, "0") + "-" + String(now.getDate()).padStart(2, "0");
    (data.corrections || []).forEach(function (c, i) {
      var at = "corrections[" + i + "].date", date = c && c.date;
      if (typeof date !== "string") return;
      var parts = date.split("-").map(Number), real = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
      if (!DAY.test(date) || real.getUTCMonth() !== parts[1] - 1 || real.getUTCDate() !== parts[2]) {
        found.push(problem(at, "'" + date + "' is geen dag", "schrijf de dag van de correctie, bijvoorbeeld 2026-12-01"));
      } else if (date > todayText) found.push(problem(at, "'" + date + "' ligt in de toekomst", "een correctie krijgt de dag waarop ze is doorgevoerd"));
    });
    return found;
  }

  /* Every name a wiki-link or a new article may take, with words for what already owns it. */
  function names(site, data) {
    var owners = P.owners(site), out = {};
    Object.keys(owners).forEach(function (key) { out[key] = owners[key].words; });
    Object.keys((data && data.new_places) || {}).forEach(function (slug) {
      var place = data.new_places[slug] || {};
      if (!out[slug]) out[slug] = "de nieuwe plaats " + (place.name || slug);
      (place.aliases || []).forEach(function (alias) { if (typeof alias === "string" && !out[D.slugify(alias)]) out[D.slugify(alias)] = "de nieuwe plaats " + place.name; });
    });
    return out;
  }

  function slugProblems(slug, site) {
    if (!slug) return [problem("slug", "de bestandsnaam ontbreekt", "geef het artikel een kop, of vul de bestandsnaam in")];
    if (!D.SLUG.test(slug)) return [problem("slug", "'" + slug + "' kan geen bestandsnaam zijn", "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld " + (D.slugify(slug) || "voorbeeld-naam"))];
    if (/^pagina-[0-9]+$/.test(slug)) return [problem("slug", "'" + slug + "' is het adres van een pagina van de artikellijst", "kies een naam die zegt waar het artikel over gaat")];
    var owner = names(site)[slug];
    if (!owner) return [];
    var isArticle = slugs(site.articles).indexOf(slug) >= 0;
    return [problem("slug", (isArticle ? "let op: " : "") + "'" + slug + "' is al " + owner,
      "kies een andere bestandsnaam: elk artikel, thema en elke plaats heeft een eigen naam nodig")];
  }

  function linkProblems(body, slug, site, data) {
    var targets = Object.keys(names(site, data)).concat(slug ? [slug] : []), found = [], match;
    String(body).split("\n").forEach(function (line, n) {
      S.WIKI_LINK.lastIndex = 0;
      while ((match = S.WIKI_LINK.exec(line))) {
        var key = D.slugify(match[1].trim());
        if (targets.indexOf(key) >= 0) continue;
        var close = closest(key, targets);
        found.push(problem("body", "de link [[" + match[1].trim() + "]] leidt nergens heen (regel " + (n + 1) + " van de tekst)",
          close ? "bedoel je [[" + close + "]]?" : "link naar een artikel, thema of plaats van de site (of een andere schrijfwijze van een plaats)"));
      }
    });
    if (!String(body).trim()) found.push(problem("body", "de tekst is nog leeg", "schrijf het artikel in eigen woorden"));
    return found;
  }

  function unique(problems) {
    var seen = {};
    return problems.filter(function (p) {
      var key = p.field + "|" + p.message;
      if (seen[key]) return false;
      seen[key] = true;
      return true;
    });
  }

  /* Events this article defined that other articles refer to: removing them would leave those references empty. */
  function orphanProblems(front, site, slug) {
    var defined = (front.events || []).filter(function (e) { return e && !isReference(e); }).map(function (e) { return e.id; });
    return (site.events || []).filter(function (e) {
      return e.sources && e.sources[0] === slug && e.sources.length > 1 && defined.indexOf(e.id) < 0;
    }).map(function (e) {
      return problem("events", "'" + e.title + "' staat niet meer in dit artikel, maar andere artikelen verwijzen ernaar",
        "houd de gebeurtenis in dit artikel (of verbeter haar); haal haar alleen weg als ook die andere artikelen worden aangepast");
    });
  }

  function validateArticle(front, body, slug, site, libs, today) {
    var C = root.BouwerCitations || (typeof require === "function" ? require("./citations.js") : null);
    return unique([].concat(
      slugProblems(slug, site),
      S.schemaProblems(front, site.schema, libs),
      S.dateProblems(front, libs, today, site.schema),
      referenceProblems(front, site),
      eventProblems(front, site),
      figureProblems(front, site),
      correctionProblems(front, today),
      P.newPlaceProblems(front.new_places, site, libs),
      linkProblems(body, slug, site, front),
      C ? C.citationProblems(front, body, slug, site, libs) : []));
  }

  root.BouwerCheck = { validateArticle: validateArticle, names: names, closest: closest, siteWithout: siteWithout,
    correctionProblems: correctionProblems, isReference: isReference, linkProblems: linkProblems, orphanProblems: orphanProblems };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerCheck;
})(typeof globalThis !== "undefined" ? globalThis : this);
