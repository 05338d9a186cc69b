/* The article builder's rules: the same checks as `python -m explainer check`, in the browser.
 *
 * The JSON Schema (generated from hooks/explainer/content/schema.py) is checked with ajv, EDTF dates with
 * the edtf package (level 1), themes, places, events and wiki-links against the site's open data.
 * Plain functions without the DOM, so tests/test_builder_rules.py runs them in Node next to the
 * Python check on the same examples. Every message is Dutch, in the check's words.
 */
(function (root) {
  "use strict";

  var MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december"];
  var SEASONS = { 21: "voorjaar", 22: "zomer", 23: "najaar", 24: "winter" };
  var SEASON_WORDS = { voorjaar: 21, lente: 21, zomer: 22, najaar: 23, herfst: 23, winter: 24 };
  var EDTF_HINT = "schrijf een EDTF-datum zoals \"2020\", \"2020-04\", \"2020-04-12\", \"2020-04~\" of " +
    "\"2019-10/2019-12\" (zie CONTRIBUTING.md)";
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  function problem(field, message, hint) { return { field: field, message: message, hint: hint || "" }; }

  /* python-slugify for the text a contributor types: accents off, lowercase, dashes. */
  function slugify(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['\u2019]/g, "")
      .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function lastDay(year, month) { return new Date(Date.UTC(year, month, 0)).getUTCDate(); }

  // ---- dates ---------------------------------------------------------------------------------

  /* null when text is a date the site accepts, else the problem's message (no field, no hint).
   * Besides a date and a duration "a/b": "/b" (until b), "a/.." (since a), and the windows "[a..b]"
   * (once, somewhere between) and "[..b]" (on or before b), whose ends are plain year, month or day
   * (as hooks/explainer/dates.py; the edtf package parses each end). */
  function dateError(text, libs, today) {
    var pattern = /^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?(\/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?)?|\/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?\/\.\.|\[([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?\.\.[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\])$/;
    if (typeof text !== "string" || !pattern.test(text)) return "'" + text + "' is geen geldige EDTF-datum";
    var window = /^\[(.*)\.\.(.*)\]$/.exec(text);
    var written = window ? window.slice(1) : text.split("/");
    var ends = written.map(function (end) { return end === "" || end === ".." ? undefined : parseEnd(end, libs); });
    if (ends.indexOf(null) >= 0) return "'" + text + "' is geen geldige EDTF-datum";
    if (window && written.some(function (end) { return /^[0-9]{4}-2[1-4]$/.test(end); })) {
      return "'" + text + "': de grenzen van een venster [a..b] zijn gewone datums (jaar, maand of dag), zonder ~, ? of % en zonder seizoen";
    }
    if (ends.length === 2 && ends[0] && ends[1] && ends[1].max < ends[0].min) return "'" + text + "' eindigt voordat het begint";
    var now = today || new Date();
    var startOfToday = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    if (startMillis(written.filter(function (end, i) { return ends[i]; })[0]) > startOfToday) {
      return "'" + text + "' ligt in de toekomst";
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

  /* The first day a date (its first known end) can mean (seasons start at their first month, as in the Python check). */
  function startMillis(text) {
    var first = text.replace(/[~?%]/g, "").split("-").map(Number);
    var month = first[1] || 1;
    if (month > 20) month = { 21: 3, 22: 6, 23: 9, 24: 12 }[month];
    return Date.UTC(first[0], month - 1, first[2] || 1);
  }

  function dateProblem(field, value, libs, today) {
    var message = dateError(value, libs, today);
    if (!message) return null;
    var future = /in de toekomst$/.test(message);
    return problem(field, message, future ? "datums leggen vast wat een bron meldde; controleer het jaartal" : EDTF_HINT);
  }

  /* Dutch words for an EDTF date: what the site will show. */
  function describeDate(text) {
    var ends = text.split("/");
    if (ends.length === 2) {
      return "van " + describeEnd(ends[0]) + " tot en met " + describeEnd(ends[1]) +
        " (een periode: de bron noemt geen preciezere datum)";
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

  /* Suggestions (EDTF strings, best first) for a date typed in words, e.g. "eind maart 2020". */
  function suggestDates(input) {
    var t = String(input).toLowerCase().trim().replace(/\s+/g, " ").replace(/^(in|op|sinds|per) (het |de )?/, "");
    var m, found = [];
    var mark = "";
    if ((m = /^(rond|omstreeks|circa|ca\.?|ongeveer) (.*)$/.exec(t))) { mark = "~"; t = m[2]; }
    else if ((m = /^(waarschijnlijk|vermoedelijk|mogelijk|misschien) (rond |circa )?(.*)$/.exec(t))) {
      mark = m[2] ? "%" : "?"; t = m[3];
    }
    var part = "(begin|eind|einde|medio|half|halverwege|midden)";
    if ((m = new RegExp("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$").exec(t))) found.push(m[3] + "-" + pad(+m[2]) + "-" + pad(+m[1]));
    else if ((m = new RegExp("^(\\d{1,2}) " + MONTH_RE + " (\\d{4})$").exec(t))) found.push(m[3] + "-" + pad(monthNumber(m[2])) + "-" + pad(+m[1]));
    else if ((m = new RegExp("^(\\d{1,2}) ?(?:-|–|tot en met|t/m|tot|en) ?(\\d{1,2}) " + MONTH_RE + " (\\d{4})$").exec(t))) {
      var ym = m[4] + "-" + pad(monthNumber(m[3]));
      found.push(ym + "-" + pad(+m[1]) + "/" + ym + "-" + pad(+m[2]));
    } else if ((m = new RegExp("^" + part + " " + MONTH_RE + " (\\d{4})$").exec(t))) {
      var which = m[1].replace("einde", "eind");
      found.push(monthPart(which, +m[3], monthNumber(m[2])), m[3] + "-" + pad(monthNumber(m[2])) + "~");
    } else if ((m = new RegExp("^" + part + " (\\d{4})$").exec(t))) {
      found.push(yearPart(m[1].replace("einde", "eind"), m[2]), m[2] + "~");
    } else if ((m = new RegExp("^(?:tussen )?" + MONTH_RE + " ?(?:-|–|tot en met|t/m|tot|en) ?" + MONTH_RE + " (\\d{4})$").exec(t))) {
      found.push(m[3] + "-" + pad(monthNumber(m[1])) + "/" + m[3] + "-" + pad(monthNumber(m[2])));
    } else if ((m = new RegExp("^" + MONTH_RE + " (\\d{4})$").exec(t))) found.push(m[2] + "-" + pad(monthNumber(m[1])));
    else if ((m = /^(?:het |de )?(voorjaar|lente|zomer|najaar|herfst|winter) (?:van )?(\d{4})$/.exec(t))) {
      found.push(m[2] + "-" + SEASON_WORDS[m[1]]);
    } else if ((m = /^(\d{4})$/.exec(t))) found.push(m[1]);
    else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) found.push(m[1] + "-" + pad(+m[2]) + "-" + pad(+m[3]));
    if (mark) found = found.map(function (value) { return withMark(value, mark); });
    return found.filter(function (value, i) { return found.indexOf(value) === i; });
  }

  function withMark(value, mark) {
    if (/[~?%]$/.test(value) || /^\d{4}-2[1-4]$/.test(value)) return value;
    return value.split("/").map(function (end) { return end + mark; }).join("/");
  }

  root.BouwerDates = { dateError: dateError, dateProblem: dateProblem, describeDate: describeDate,
    suggestDates: suggestDates, slugify: slugify, problem: problem, SLUG: SLUG, EDTF_HINT: EDTF_HINT };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerDates;
})(typeof globalThis !== "undefined" ? globalThis : this);
