/* The builder's article check: JSON Schema (ajv), dates (rules.js) and the site's own data.
 * validateArticle(front, body, site, libs) -> [{field, message, hint}], field as the check names it
 * ("published", "events[0].date"). Plain functions: tests run them in Node next to the Python check.
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || (typeof require === "function" ? require("./rules.js") : null);
  var problem = D.problem;
  var WIKI_LINK = /\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/g;
  var DATE_FIELDS = /^(published|events\[\d+\]\.date|figures\[\d+\]\.date)$/;
  var SLUG_HINT = "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld ";

  function fieldPath(pointer) {
    return pointer.split("/").slice(1).reduce(function (path, part) {
      return /^\d+$/.test(part) ? path + "[" + part + "]" : (path ? path + "." + part : part);
    }, "");
  }

  function valueAt(data, field) {
    return field.split(/\.|\[|\]/).filter(Boolean).reduce(function (value, key) {
      return value == null ? value : value[key];
    }, data);
  }

  var compiled = new WeakMap();

  function validator(schema, libs, ref) {
    var ajv = compiled.get(schema);
    if (!ajv) {
      ajv = new libs.Ajv2020({ allErrors: true, strict: false });
      ajv.addSchema(schema, "artikel");
      compiled.set(schema, ajv);
    }
    return ajv.getSchema(ref || "artikel");
  }

  /* One ajv error in the check's words; null for errors that another message already covers. */
  function schemaProblem(error, data) {
    var field = fieldPath(error.instancePath), value = valueAt(data, field);
    var k = error.keyword, p = error.params;
    if (k === "anyOf" || (k === "type" && p.type === "null")) return null;
    if (k === "required") {
      var missing = field ? field + "." + p.missingProperty : p.missingProperty;
      return problem(missing, "dit verplichte veld ontbreekt", "vul dit veld in");
    }
    if (k === "dependentRequired") {
      return problem(field, "de nieuwe gebeurtenis '" + (data.events[/\d+/.exec(field)[0]].id || "") + "' mist " +
        p.missingProperty, "een nieuwe gebeurtenis heeft id, date, title, location en summary nodig; verwijs je naar " +
        "een gebeurtenis die een ander artikel beschrijft, schrijf dan alleen haar id");
    }
    if (DATE_FIELDS.test(field)) return null;  // dates: see dateProblems
    if (k === "minLength" || (k === "pattern" && p.pattern === "\\S")) {
      return problem(field, "de tekst is leeg", "vul de tekst in, of laat het veld leeg als het niet verplicht is");
    }
    if (k === "pattern" && /https\?/.test(p.pattern)) {
      return problem(field, "'" + String(value).slice(0, 80) + "' is geen http(s)-adres",
        "geef het webadres van de bron, beginnend met https:// of http://, of laat het veld leeg");
    }
    if (k === "pattern") return problem(field, "'" + value + "' is geen geldige slug", SLUG_HINT + (D.slugify(value) || "voorbeeld-slug"));
    if (k === "minItems") return problem(field, "de lijst is leeg", "kies er minstens één");
    if (k === "maxLength") return problem(field, "de tekst is te lang", "hoogstens " + p.limit + " tekens");
    if (k === "enum") return problem(field, "'" + value + "' is hier niet toegestaan", "kies uit de lijst");
    if (k === "additionalProperties") return problem(field ? field + "." + p.additionalProperty : p.additionalProperty, "onbekend veld", "haal het weg");
    if (k === "type") return problem(field, "verwacht " + ({ string: "tekst", number: "een getal", array: "een lijst", object: "een groep velden" }[p.type] || p.type), "");
    return problem(field, error.message, "");
  }

  function schemaProblems(data, schema, libs, ref) {
    var check = validator(schema, libs, ref);
    if (check(data)) return [];
    return check.errors.map(function (error) { return schemaProblem(error, data); }).filter(Boolean);
  }

  function dateProblems(data, libs, today) {
    var found = [];
    function at(field, value) {
      if (typeof value !== "string") return;
      var p = D.dateProblem(field, value, libs, today);
      if (p) found.push(p);
    }
    at("published", data.published);
    (data.events || []).forEach(function (e, i) { at("events[" + i + "].date", e && e.date); });
    (data.figures || []).forEach(function (f, i) { at("figures[" + i + "].date", f && f.date); });
    return found;
  }

  function rangeProblems(data) {
    return (data.figures || []).map(function (figure, i) {
      var v = figure && figure.value;
      if (v && typeof v === "object" && typeof v.low === "number" && typeof v.high === "number" && v.low > v.high) {
        return problem("figures[" + i + "].value", "het bereik loopt achteruit: low " + v.low + " > high " + v.high,
          "verwissel low en high");
      }
      return null;
    }).filter(Boolean);
  }

  root.BouwerSchema = { schemaProblems: schemaProblems, dateProblems: dateProblems, rangeProblems: rangeProblems,
    fieldPath: fieldPath, WIKI_LINK: WIKI_LINK };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerSchema;
})(typeof globalThis !== "undefined" ? globalThis : this);
