/* What the builder hands over: the article file and the gazetteer entry of a new place, written
 * with the yaml package (every string double-quoted, so a date stays text), and the checks of a
 * new place. Plain functions: tests run them in Node.
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || require("./rules.js");
  var S = root.BouwerSchema || require("./checks.js");
  var problem = D.problem;
  var YAML_OPTIONS = { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 };

  function yamlText(value, libs) { return libs.YAML.stringify(value, YAML_OPTIONS); }

  function articleText(front, body, libs) {
    var text = String(body).replace(/\r\n?/g, "\n").replace(/\s+$/, "");
    return "---\n" + yamlText(front, libs) + "---\n" + text + "\n";
  }

  /* The entry for content/locations.yml: the slug and its fields, indented as in that file. */
  function placeText(place, libs) {
    var entry = {};
    entry[place.slug] = placeEntry(place);
    return yamlText(entry, libs);
  }

  function placeEntry(place) {
    var entry = { name: place.name, aliases: place.aliases || [], kind: place.kind };
    if (place.country) entry.country = place.country;
    if (place.within) entry.within = place.within;
    entry.lat = place.lat;
    entry.lon = place.lon;
    entry.description = place.description;
    return entry;
  }

  function validatePlace(place, site, libs) {
    var found = [];
    var prefix = "plaats.";
    if (!D.SLUG.test(place.slug || "")) {
      found.push(problem(prefix + "slug", "'" + (place.slug || "") + "' is geen geldige slug",
        "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld " + (D.slugify(place.name || "") || "voorbeeldplaats")));
    } else if ((site.places || []).some(function (p) { return p.slug === place.slug; })) {
      found.push(problem(prefix + "slug", "de plaats '" + place.slug + "' staat al in de lijst met plaatsen",
        "kies die plaats bij 'Plaatsen', of geef de nieuwe plaats een andere slug"));
    }
    S.schemaProblems(placeEntry(place), site.schema, libs, "artikel#/$defs/PlaceEntry").forEach(function (p) {
      found.push(problem(prefix + p.field, p.message, p.hint));
    });
    var lands = (site.places || []).filter(function (p) { return p.kind === "land"; }).map(function (p) { return p.slug; });
    if (place.kind && place.kind !== "land" && !place.country) {
      found.push(problem(prefix + "country", "een plaats die geen land is heeft een land nodig", "kies het land waarin de plaats ligt"));
    } else if (place.country && lands.indexOf(place.country) < 0) {
      found.push(problem(prefix + "country", "onbekend land '" + place.country + "'", "kies een land uit de lijst"));
    }
    return found;
  }

  root.BouwerOutput = { articleText: articleText, placeText: placeText, validatePlace: validatePlace,
    placeEntry: placeEntry };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerOutput;
})(typeof globalThis !== "undefined" ? globalThis : this);
