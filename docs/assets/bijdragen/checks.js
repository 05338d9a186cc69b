/* The builder's schema check: the JSON Schema (generated from hooks/explainer/content/schema.py) through ajv,
 * each error said in Dutch words, without field names: the field it belongs to shows it in the form.
 * schemaProblems(data, schema, libs, ref) -> [{field, message, hint}], field as the check names it
 * ("published", "events[0].date"). Plain functions: tests run them in Node next to the Python check.
 */
(function (root) {
  "use strict";

  var D = root.BouwerDates || (typeof require === "function" ? require("./rules.js") : null);
  var problem = D.problem;
  var WIKI_LINK = /\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/g;
  var DATE_FIELDS = /(^published|\.date)$/;
  var TYPES = { string: "tekst", number: "een getal", integer: "een heel getal", array: "een lijst", object: "een groep velden" };

  function fieldPath(pointer) {
    return pointer.split("/").slice(1).map(function (part) { return part.replace(/~1/g, "/").replace(/~0/g, "~"); })
      .reduce(function (path, part) {
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

  function quoted(value) { return "'" + String(value).slice(0, 80) + "'"; }

  /* One ajv error in Dutch; null for errors that another message already covers. */
  function schemaProblem(error, data) {
    var field = fieldPath(error.instancePath), value = valueAt(data, field), k = error.keyword, p = error.params;
    if (k === "anyOf" || k === "dependentRequired" || (k === "type" && p.type === "null")) return null;
    if (k === "required") return problem(field ? field + "." + p.missingProperty : p.missingProperty, "dit ontbreekt nog", "vul het in");
    if (DATE_FIELDS.test(field) && (k === "pattern" || k === "type")) return null;  // dates: see dateProblems
    if (/\.value$/.test(field) && k === "type") return problem(field, "dit is geen getal", "schrijf een getal (2500) of een bandbreedte (7-12 of 7 tot 12)");
    if (k === "minLength" || (k === "pattern" && p.pattern === "\\S")) return problem(field, "dit is nog leeg", "vul de tekst in");
    if (k === "pattern" && /https\?/.test(p.pattern)) {
      return problem(field, quoted(value) + " is geen webadres", "een webadres begint met https:// of http://; laat het veld leeg als je het niet weet");
    }
    if (k === "pattern") return problem(field, quoted(value) + " kan geen naam in een webadres zijn", "gebruik kleine letters, cijfers en streepjes, bijvoorbeeld " + (D.slugify(value) || "voorbeeld-naam"));
    if (k === "minItems") return problem(field, "er is nog niets gekozen", "kies er minstens één");
    if (k === "maxLength") return problem(field, "dit is te lang", "hoogstens " + p.limit + " tekens");
    if (k === "minimum" || k === "maximum" || k === "exclusiveMinimum") return problem(field, quoted(value) + " valt buiten het bereik", rangeHint(field));
    if (k === "enum") return problem(field, quoted(value) + " staat niet in de lijst", "kies uit de lijst");
    if (k === "additionalProperties") {
      return problem(field ? field + "." + p.additionalProperty : p.additionalProperty, quoted(p.additionalProperty) + " hoort hier niet", "haal het weg");
    }
    if (k === "type") return problem(field, "hier hoort " + (TYPES[p.type] || p.type), "");
    return problem(field, "dit klopt nog niet", "vergelijk het met het voorbeeld in de handleiding voor bijdragers");
  }

  function rangeHint(field) {
    if (/passages/.test(field)) return "alinea's tellen vanaf 1";
    if (/lat$/.test(field)) return "de breedtegraad ligt tussen -90 en 90 (decimale graden)";
    if (/lon$/.test(field)) return "de lengtegraad ligt tussen -180 en 180 (decimale graden)";
    return "";
  }

  function schemaProblems(data, schema, libs, ref) {
    var check = validator(schema, libs, ref);
    if (check(data)) return [];
    return check.errors.map(function (error) { return schemaProblem(error, data); }).filter(Boolean);
  }

  function dateProblems(data, libs, today, schema) {
    var found = [], pattern = D.datePattern(schema);
    function at(field, value) {
      if (typeof value !== "string") return;
      var p = D.dateProblem(field, value, libs, today, pattern);
      if (p) found.push(p);
    }
    at("published", data.published);
    (data.events || []).forEach(function (e, i) { at("events[" + i + "].date", e && e.date); });
    (data.figures || []).forEach(function (f, i) { at("figures[" + i + "].date", f && f.date); });
    return found;
  }

  root.BouwerSchema = { schemaProblems: schemaProblems, dateProblems: dateProblems, fieldPath: fieldPath, WIKI_LINK: WIKI_LINK };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerSchema;
})(typeof globalThis !== "undefined" ? globalThis : this);
