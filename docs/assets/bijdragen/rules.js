/* The article builder's rules for dates and names: the same checks as `python -m explainer check`, in the browser.
 *
 * EDTF dates are checked with the edtf package (level 1) inside the shapes the site's JSON Schema allows
 * (its pattern, read from the schema the site publishes, so a new date form of the check reaches the
 * builder with the schema). Dutch phrases become suggestions. Plain functions without the DOM, so
 * tests/test_builder_rules.py runs them in Node next to the Python check on the same examples.
 */
(function (root) {
  "use strict";

  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december"];
  var SEASONS = { 21: "voorjaar", 22: "zomer", 23: "najaar", 24: "winter" };
  var SEASON_WORDS = { voorjaar: 21, lente: 21, zomer: 22, najaar: 23, herfst: 23, winter: 24 };
  // The shapes the check accepted before open intervals; the schema's own pattern replaces it (datePattern).
  var PATTERN = /^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?(\/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?)?$/;
  var DATE_HINT = "schrijf bijvoorbeeld 2020 (het jaar), 2020-04 (april 2020), 2020-04-12 (een dag) of " +
    "2020-04~ (rond april 2020); of typ de datum in woorden en kies een voorstel";
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  function problem(field, message, hint) { return { field: field, message: message, hint: hint || "" }; }

  /* python-slugify for the text a contributor types: markup and accents off, lowercase, dashes. */
  function slugify(text) {
    return String(text).replace(/<[^<>]*>/g, " ").normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2019]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function lastDay(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }

  /* The date shapes the site accepts: the pattern of the published JSON Schema, else the built-in one. */
  function datePattern(schema) {
    var pattern = schema && schema.properties && schema.properties.published && schema.properties.published.pattern;
    return pattern ? new RegExp(pattern) : PATTERN;
  }

  // ---- dates ---------------------------------------------------------------------------------

  /* The parts of a date: [first, last] ends ("" where a form leaves one open or unknown) and its form. */
  function ends(text) {
    var m = /^\[(.*)\.\.(.*)\]$/.exec(text);
    if (m) return { form: "set", parts: [m[1], m[2]] };
    var slash = text.split("/");
    if (slash.length === 2) return { form: "interval", parts: [slash[0], slash[1] === ".." ? "" : slash[1]] };
    return { form: "single", parts: [text] };
  }

  /* null when text is a date the site accepts, else the problem's message (no field, no hint). */
  function dateError(text, libs, today, pattern) {
    if (typeof text !== "string" || !(pattern || PATTERN).test(text)) return notADate(text);
    var shape = ends(text), known = shape.parts.filter(Boolean);
    var parsed = known.map(function (end) { return parseEnd(end, libs); });
    var bad = known.filter(function (end, i) { return !parsed[i]; })[0];
    if (bad) return dayError(bad) || notADate(text);
    if (shape.form === "set" && known.some(function (end) { return /^\d{4}-2[1-4]$/.test(end); })) {
      return "'" + text + "': de grenzen van 'ergens tussen' zijn gewone datums (jaar, maand of dag), geen seizoen";
    }
    if (parsed.length === 2 && parsed[1].max < parsed[0].min) return "'" + text + "' eindigt voordat het begint";
    var now = today || new Date();
    var startOfToday = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    if (known.length && startMillis(known[0]) > startOfToday) return "'" + text + "' ligt in de toekomst";
    return null;
  }

  function notADate(text) { return "'" + text + "' is geen datum die de site kan lezen"; }

  /* "2020-06-31": the day does not exist; say why instead of suggesting it back. */
  function dayError(end) {
    var parts = end.replace(/[~?%]$/, "").split("-").map(Number);
    if (parts.length >= 2 && parts[1] > 12 && !SEASONS[parts[1]]) {
      return "'" + end + "' is geen datum: een jaar heeft twaalf maanden (" + pad(parts[1]) + " is geen maand)";
    }
    if (parts.length === 3 && (parts[2] < 1 || parts[2] > lastDay(parts[0], parts[1]))) {
      return "'" + end + "' bestaat niet: " + MONTHS[parts[1] - 1] + " " + parts[0] + " heeft " +
        lastDay(parts[0], parts[1]) + " dagen";
    }
    return null;
  }

  /* One date (an interval's end) through the edtf package at level 1; null when it is no date.
   * Days are checked here too: the package lets 29 February through in any year. */
  function parseEnd(end, libs) {
    var parts = end.replace(/[~?%]$/, "").split("-").map(Number);
    if (parts.length === 3 && (parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > lastDay(parts[0], parts[1]))) {
      return null;
    }
    try { return libs.edtf(end, { level: 1 }); } catch (error) { return null; }
  }

  /* The first day a date can mean (seasons start at their first month, as in the Python check). */
  function startMillis(end) {
    var first = end.replace(/[~?%]/g, "").split("-").map(Number);
    var month = first[1] || 1;
    if (month > 20) month = { 21: 3, 22: 6, 23: 9, 24: 12 }[month];
    return Date.UTC(first[0], month - 1, first[2] || 1);
  }

  /* A day typed in words or numbers that does not exist ("31 juni 2020", "31-6-2020"): why not. */
  function impossibleDay(text) {
    var t = String(text).toLowerCase().trim(), m, parts = null;
    if ((m = new RegExp("^(\\d{1,2}) " + MONTH_RE + " (\\d{4})$").exec(t))) parts = [+m[3], monthNumber(m[2]), +m[1]];
    else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) parts = [+m[3], +m[2], +m[1]];
    if (!parts) return null;
    return dayError(parts[0] + "-" + pad(parts[1]) + "-" + pad(parts[2])) ? dayError(parts[0] + "-" + pad(parts[1]) + "-" +
      pad(parts[2])).replace(/^'[^']*'/, "'" + text + "'") : null;
  }

  function dateProblem(field, value, libs, today, pattern) {
    var message = dateError(value, libs, today, pattern);
    if (!message) return null;
    message = impossibleDay(value) || message;
    if (/in de toekomst$/.test(message)) return problem(field, message, "een datum legt vast wat een bron al meldde; controleer het jaartal");
    if (/bestaat niet|twaalf maanden/.test(message)) return problem(field, message, "controleer de dag en de maand in de bron");
    return problem(field, message, DATE_HINT);
  }

  /* Dutch words for an accepted date: what the site will show, with what the form means. */
  function describeDate(text) {
    var shape = ends(text), a = shape.parts[0], b = shape.parts[1];
    if (shape.form === "set") {
      return (a ? "ergens tussen " + describeEnd(a) + " en " + describeEnd(b) : "op of vóór " + describeEnd(b)) +
        " (het gebeurde één keer; de bron zegt niet precies wanneer)";
    }
    if (shape.form === "interval") {
      if (!a) return "tot en met " + describeEnd(b) + " (een periode; wanneer ze begon, zegt de bron niet)";
      if (!b) return "sinds " + describeEnd(a) + " (een periode zonder einde: ze liep nog toen de bron verscheen)";
      return "van " + describeEnd(a) + " tot en met " + describeEnd(b) + " (een periode: de bron noemt geen preciezere datum)";
    }
    return describeEnd(text) + markMeaning(text);
  }

  function describeEnd(text) {
    var mark = /[~?%]$/.test(text) ? text.slice(-1) : "";
    var parts = text.replace(/[~?%]$/, "").split("-").map(Number);
    var words = String(parts[0]);
    if (parts[1] > 20) words = SEASONS[parts[1]] + " " + parts[0];
    else if (parts.length === 2) words = MONTHS[parts[1] - 1] + " " + parts[0];
    else if (parts.length === 3) words = parts[2] + " " + MONTHS[parts[1] - 1] + " " + parts[0];
    return ({ "~": "circa ", "?": "mogelijk ", "%": "mogelijk circa " }[mark] || "") + words;
  }

  function markMeaning(text) {
    var mark = text.slice(-1);
    if (mark === "~") return " (~ = bij benadering: de bron zegt 'rond' of 'circa')";
    if (mark === "?") return " (? = onzeker: de bron twijfelt of het klopt)";
    if (mark === "%") return " (% = onzeker én bij benadering)";
    var parts = text.split("-");
    if (parts.length === 1) return " (alleen het jaar)";
    if (Number(parts[1]) > 20) return " (een seizoen)";
    return parts.length === 2 ? " (de maand, zonder dag)" : " (precies die dag)";
  }

  // ---- Dutch phrases -> EDTF suggestions --------------------------------------------------------

  var MONTH_RE = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)";
  var PART = "(begin|eind|einde|medio|half|halverwege|midden)";

  function monthNumber(word) {
    var short = { jan: 1, feb: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
    return short[word] || MONTHS.indexOf(word) + 1;
  }

  function monthPart(part, year, month) {
    var ym = year + "-" + pad(month);
    if (part === "begin") return ym + "-01/" + ym + "-10";
    if (part === "eind") return ym + "-21/" + ym + "-" + pad(lastDay(year, month));
    return ym + "-11/" + ym + "-20";
  }

  function yearPart(part, year) {
    if (part === "begin") return year + "-01/" + year + "-04";
    if (part === "eind") return year + "-09/" + year + "-12";
    return year + "-05/" + year + "-08";
  }

  function day(year, month, date) {
    return month >= 1 && month <= 12 && date >= 1 && date <= lastDay(year, month) ? year + "-" + pad(month) + "-" + pad(date) : null;
  }

  /* The date a phrase names, without words of time around it (null when it names none). */
  function phraseDate(t) {
    var m;
    if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t))) return day(+m[3], +m[2], +m[1]);
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) return day(+m[1], +m[2], +m[3]);
    if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(t))) return +m[1] >= 1 && +m[1] <= 12 ? m[2] + "-" + pad(+m[1]) : null;
    if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) return +m[2] >= 1 && +m[2] <= 12 ? m[1] + "-" + pad(+m[2]) : null;
    if ((m = new RegExp("^(\\d{1,2}) " + MONTH_RE + " (\\d{4})$").exec(t))) return day(+m[3], monthNumber(m[2]), +m[1]);
    if ((m = new RegExp("^" + MONTH_RE + " (\\d{4})$").exec(t))) return m[2] + "-" + pad(monthNumber(m[1]));
    if ((m = /^(?:het |de )?(voorjaar|lente|zomer|najaar|herfst|winter) (?:van )?(\d{4})$/.exec(t))) return m[2] + "-" + SEASON_WORDS[m[1]];
    if ((m = /^(\d{4})$/.exec(t))) return m[1];
    return null;
  }

  /* Suggestions (EDTF strings, best first) for a date typed in words, e.g. "eind maart 2020".
   * `pattern` (the schema's) decides whether an open end ("sinds mei 2020": 2020-05/..) can be offered;
   * `published` (the source's date) gives the end of such a period when it cannot. */
  function suggestDates(input, pattern, published) {
    var t = String(input).toLowerCase().trim().replace(/\s+/g, " ").replace(/[.,]$/, "");
    var m, found = [], mark = "", since = false;
    if ((m = /^(sinds|vanaf|al sinds|sedert) (.*)$/.exec(t))) { since = true; t = m[2]; }
    t = t.replace(/^(in|op|per) (het |de )?/, "");
    if ((m = /^(rond|omstreeks|circa|ca\.?|ongeveer) (.*)$/.exec(t))) { mark = "~"; t = m[2]; }
    else if ((m = /^(waarschijnlijk|vermoedelijk|mogelijk|misschien) (rond |circa )?(.*)$/.exec(t))) {
      mark = m[2] ? "%" : "?"; t = m[3];
    }
    if (new RegExp("^" + MONTH_RE + "$").test(t) && /^\d{4}-\d{2}/.test(published || "")) {
      var year = +published.slice(0, 4), month = monthNumber(t);  // "mei" in a source of June 2020: May 2020
      t = t + " " + (month > +published.slice(5, 7) ? year - 1 : year);
    }
    var single = phraseDate(t);
    if (single) found.push(single);
    else if ((m = new RegExp("^(\\d{1,2}) ?(?:-|–|tot en met|t/m|tot|en) ?(\\d{1,2}) " + MONTH_RE + " (\\d{4})$").exec(t))) {
      var from = day(+m[4], monthNumber(m[3]), +m[1]), to = day(+m[4], monthNumber(m[3]), +m[2]);
      if (from && to) found.push(from + "/" + to);
    } else if ((m = new RegExp("^" + PART + " " + MONTH_RE + " (\\d{4})$").exec(t))) {
      var which = m[1].replace("einde", "eind");
      found.push(monthPart(which, +m[3], monthNumber(m[2])), m[3] + "-" + pad(monthNumber(m[2])) + "~");
    } else if ((m = new RegExp("^" + PART + " (\\d{4})$").exec(t))) {
      found.push(yearPart(m[1].replace("einde", "eind"), m[2]), m[2] + "~");
    } else if ((m = new RegExp("^(?:tussen )?" + MONTH_RE + " ?(?:-|–|tot en met|t/m|tot|en) ?" + MONTH_RE + " (\\d{4})$").exec(t))) {
      found.push(m[3] + "-" + pad(monthNumber(m[1])) + "/" + m[3] + "-" + pad(monthNumber(m[2])));
    }
    if (mark) found = found.map(function (value) { return withMark(value, mark); });
    if (since) found = sinceForms(found, pattern, published);
    return found.filter(function (value, i) { return found.indexOf(value) === i; });
  }

  /* "sinds mei 2020": an open end where the check accepts one, else until the source's date. */
  function sinceForms(found, pattern, published) {
    var out = [];
    found.filter(function (value) { return value.indexOf("/") < 0; }).forEach(function (start) {
      if ((pattern || PATTERN).test(start + "/..")) out.push(start + "/..");
      var end = published && /^\d{4}(-\d{2})?(-\d{2})?$/.test(published) ? published : "";
      if (end && end > start) out.push(start + "/" + end);
    });
    return out;
  }

  function withMark(value, mark) {
    if (/[~?%]$/.test(value) || /^\d{4}-2[1-4]$/.test(value)) return value;
    return value.split("/").map(function (end) { return end + mark; }).join("/");
  }

  root.BouwerDates = { dateError: dateError, dateProblem: dateProblem, describeDate: describeDate, datePattern: datePattern,
    suggestDates: suggestDates, slugify: slugify, problem: problem, SLUG: SLUG, DATE_HINT: DATE_HINT, dayError: dayError };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerDates;
})(typeof globalThis !== "undefined" ? globalThis : this);
