/* Places in the builder: finding one by any spelling, and checking the new places an article brings.
 *
 * Search: a normalised comparison of transliterations (no library): accents, Arabic articles (al-, as-,
 * ez- ...), a final h, doubled letters and a few vowel spellings are folded, so "As-Sukhnah", "Sukhnah"
 * and "Sukhna" meet; then prefixes and a similarity ratio (as difflib's) catch typos. Every place whose
 * name or spelling fits is offered, with its kind and where it lies, so "Deir ez-Zor" shows the city
 * and the province side by side.
 *
 * New places get the checks of `explainer check` (content/gazetteer.py, content/crosscheck.py): the
 * schema of a gazetteer entry, a name or spelling that is already another place's, a place of the same
 * kind within a few km of another, the country and the place it lies within. Plain functions (Node too).
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var S = root.BouwerSchema || require("./checks.js");
  var problem = D.problem;
  var ARTICLES = /(^| )(al|el|as|ash|ad|ar|at|az|an|ath|adh|ez|es|ed|er|et|ul|l) (?=\S)/g;
  // As content/gazetteer.py: how close two places of the same sort may lie (km); areas are not compared.
  var RADIUS_KM = { stad: 3, dorp: 3, wijk: 0.3, gebouw: 0.3, basis: 0.3 };
  var SETTLEMENTS = ["stad", "dorp"];
  var KIND_WORDS = { land: "land", regio: "regio", provincie: "provincie", stad: "stad", dorp: "dorp", wijk: "wijk",
    gebouw: "gebouw", basis: "legerbasis", gebied: "gebied" };

  /* One spelling folded: "As-Sukhnah" -> "sukna", "Deir-az-Zor" -> "dir zor", "Mayadeen" -> "maiadin". */
  function normalise(text) {
    var t = String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/['\u2018\u2019\u02bf\u02be`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
    t = (" " + t).replace(ARTICLES, " ").trim();
    return t.replace(/ou|oo/g, "u").replace(/ee|ei|ie|ii|y/g, "i").replace(/q/g, "k").replace(/ph/g, "f")
      .replace(/([aeiou])h\b/g, "$1").replace(/kh/g, "k").replace(/([a-z])\1+/g, "$1");
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

  function spellings(place) { return [place.name, place.slug].concat(place.aliases || []); }

  /* How well a typed text fits one place (0 = not at all), and by which spelling. */
  function fit(typed, place) {
    var wanted = normalise(typed), exact = D.slugify(typed), best = { score: 0, via: "" };
    if (!wanted) return best;
    spellings(place).forEach(function (spelling) {
      var n = normalise(spelling), score = 0;
      if (D.slugify(spelling) === exact) score = 1;
      else if (n === wanted) score = 0.97;
      else if ((" " + n + " ").indexOf(" " + wanted + " ") >= 0 || (wanted.length >= 3 && n.indexOf(wanted) === 0)) score = 0.85;
      else if (wanted.length >= 4) score = similarity(wanted, n) >= 0.75 ? similarity(wanted, n) * 0.9 : 0;
      if (score > best.score) best = { score: score, via: spelling };
    });
    return best;
  }

  /* The places a typed text may mean, best first: [{place, score, via}]. */
  function searchPlaces(typed, places, limit) {
    return (places || []).map(function (place) { return Object.assign({ place: place }, fit(typed, place)); })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.place.name.localeCompare(b.place.name); })
      .slice(0, limit || 6);
  }

  /* "stad in Provincie Deir ez-Zor, Syrië": what a place is and where it lies, to tell places apart. */
  function describePlace(place, places) {
    var byslug = {};
    (places || []).forEach(function (p) { byslug[p.slug] = p; });
    var words = KIND_WORDS[place.kind] || place.kind || "plaats";
    if (place.within && byslug[place.within]) words += " in " + byslug[place.within].name;
    if (place.country && place.country !== place.slug && byslug[place.country] && place.country !== place.within) {
      words += ", " + byslug[place.country].name;
    }
    return words;
  }

  function distanceKm(a, b) {
    var rad = Math.PI / 180, lat1 = a.lat * rad, lat2 = b.lat * rad;
    var h = Math.pow(Math.sin((lat2 - lat1) / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((b.lon - a.lon) * rad / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }

  function sameSort(a, b) {
    return a.kind === b.kind || (SETTLEMENTS.indexOf(a.kind) >= 0 && SETTLEMENTS.indexOf(b.kind) >= 0);
  }

  /* A place of the same sort on nearly the same spot (content/gazetteer.py's rule). */
  function tooClose(place, others) {
    if (!RADIUS_KM[place.kind] || typeof place.lat !== "number" || typeof place.lon !== "number") return null;
    var hits = others.filter(function (other) {
      return other.slug !== place.slug && RADIUS_KM[other.kind] && sameSort(place, other) && place.within !== other.slug &&
        other.within !== place.slug && distanceKm(place, other) < Math.min(RADIUS_KM[place.kind], RADIUS_KM[other.kind]);
    });
    return hits[0] ? { other: hits[0], km: distanceKm(place, hits[0]) } : null;
  }

  /* Every name a place, theme or article takes, with the place it belongs to (if any) and words for its owner. */
  function owners(site) {
    var found = {};
    function own(key, words, place) { if (key && !found[key]) found[key] = { words: words, place: place }; }
    (site.articles || []).forEach(function (a) { own(a.slug, "het artikel '" + a.title + "'"); });
    (site.themes || []).forEach(function (t) { own(t.slug, "het thema '" + t.title + "'"); });
    (site.places || []).forEach(function (p) {
      own(p.slug, "de plaats " + p.name, p);
      (p.aliases || []).forEach(function (alias) { own(D.slugify(alias), "een schrijfwijze van " + p.name, p); });
      own(D.slugify(p.name), "de naam van " + p.name, p);
    });
    return found;
  }

  /* The problems of the new places an article brings: [{field, message, hint}], field "new_places.<slug>.<key>". */
  function newPlaceProblems(newPlaces, site, libs) {
    var found = [], names = owners(site), earlier = [];
    Object.keys(newPlaces || {}).forEach(function (slug) {
      var place = Object.assign({ slug: slug }, newPlaces[slug]), at = "new_places." + slug;
      S.schemaProblems(newPlaces[slug], site.schema, libs, "artikel#/$defs/PlaceEntry").forEach(function (p) {
        found.push(problem(at + (p.field ? "." + p.field : ""), p.message, p.hint));
      });
      found = found.concat(nameProblems(place, at, names, earlier), whereProblems(place, at, site, earlier));
      var close = tooClose(place, (site.places || []).concat(earlier));
      if (close) {
        found.push(problem(at + ".lat", "deze plaats ligt " + close.km.toFixed(1).replace(".", ",") + " km van " +
          close.other.name + " (" + describePlace(close.other, site.places) + "): is het dezelfde plaats?",
          "kies dan " + close.other.name + " bij de plaatsen van het artikel; is het een andere plaats, controleer dan de coördinaten"));
      }
      earlier.push(place);
    });
    return found;
  }

  function nameProblems(place, at, names, earlier) {
    var found = [];
    var keys = [["name", place.name]].concat((place.aliases || []).map(function (alias, i) { return ["aliases[" + i + "]", alias]; }),
      [["slug", place.slug]]);
    var seen = {};
    keys.forEach(function (pair) {
      var key = D.slugify(pair[1] || ""), owner = names[key];
      if (!key || seen[key]) return;
      seen[key] = true;
      var twin = earlier.filter(function (p) { return spellings(p).some(function (s) { return D.slugify(s) === key; }); })[0];
      if (owner && owner.place) {
        found.push(problem(at + "." + pair[0], "'" + pair[1] + "' is al " + owner.words + " (" + describePlace(owner.place, []) + ")",
          "is het dezelfde plaats, kies dan " + owner.place.name + " bij de plaatsen van het artikel; anders een naam die ze onderscheidt"));
      } else if (owner) {
        found.push(problem(at + "." + pair[0], "'" + pair[1] + "' is al de naam van " + owner.words, "kies een andere naam"));
      } else if (twin) {
        found.push(problem(at + "." + pair[0], "'" + pair[1] + "' is ook de naam van de nieuwe plaats " + twin.name, "beschrijf een plaats één keer"));
      }
    });
    return found;
  }

  function whereProblems(place, at, site, earlier) {
    var known = (site.places || []).concat(earlier), found = [];
    var bySlug = {};
    known.forEach(function (p) { bySlug[p.slug] = p; });
    if (place.kind && place.kind !== "land" && !place.country) {
      found.push(problem(at + ".country", "in welk land ligt deze plaats?", "kies het land"));
    } else if (place.country && !(bySlug[place.country] && bySlug[place.country].kind === "land")) {
      found.push(problem(at + ".country", "'" + place.country + "' is geen land van de site", "kies een land uit de lijst"));
    }
    if (place.within && !bySlug[place.within]) {
      found.push(problem(at + ".within", "'" + place.within + "' is geen plaats van de site", "kies een plaats uit de lijst, of laat dit leeg"));
    }
    return found;
  }

  root.BouwerPlaces = { normalise: normalise, similarity: similarity, searchPlaces: searchPlaces, describePlace: describePlace,
    distanceKm: distanceKm, tooClose: tooClose, owners: owners, newPlaceProblems: newPlaceProblems, KIND_WORDS: KIND_WORDS };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerPlaces;
})(typeof globalThis !== "undefined" ? globalThis : this);
