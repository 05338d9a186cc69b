/* Writing content files the way the project writes them, and editing them without reformatting.
 *
 * write(value, kind): YAML in the repository's style (two spaces, text and dates in double quotes,
 * slugs plain, lists of slugs and numbers in [flow], ranges as {low, high}).
 * patch(text, value, kind): the same YAML text with only what changed rewritten. It walks the yaml
 * package's concrete syntax tree (CST) of the original next to the new value: a part that is equal keeps
 * its exact bytes (comments, quotes, blank lines, order), a changed part is written in the house style,
 * so a round trip without changes gives back the file byte for byte.
 * splitFile / joinFile: a Markdown file's front matter, split as python-frontmatter does (content/load.py).
 * Plain functions (Node too); the yaml package comes in as libs.YAML.
 */
(function (root) {
  "use strict";

  var PLAIN_KEYS = ["id", "location", "status", "claimed_by", "kind", "country", "within", "slug"];
  var ORDER = {
    article: ["title", "summary", "published", "source", "themes", "locations", "events", "figures", "corrections", "new_places"],
    theme: ["title", "summary", "order", "corrections"],
    source: ["title", "author", "publisher", "url", "note"],
    event: ["id", "date", "title", "location", "themes", "summary", "passages", "claimed_by", "claimed_by_text", "status"],
    figure: ["id", "label", "value", "qualifier", "unit", "counted", "date", "according_to", "passages", "location"],
    place: ["name", "aliases", "kind", "country", "within", "lat", "lon", "description", "corrections"],
    correction: ["date", "text"],
    range: ["low", "high"]
  };
  var YAML_WORDS = /^(y|n|yes|no|on|off|true|false|null)$/;

  // ---- values in the house style -------------------------------------------------------------

  /* A double-quoted YAML string that PyYAML reads back as the same text: every character outside the
   * printable set escaped, line and paragraph separators too (PyYAML would fold them into spaces). */
  function quote(text) {
    var whole = String(text).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
    return "\"" + whole.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, function (ch) {
      if (ch === "\\" || ch === "\"") return "\\" + ch;
      if (ch === "\n") return "\\n";
      if (ch === "\t") return "\\t";
      var code = ch.charCodeAt(0);
      return code < 0x100 ? "\\x" + ("0" + code.toString(16)).slice(-2) : "\\u" + ("000" + code.toString(16)).slice(-4);
    }) + "\"";
  }

  function scalar(value, key) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (value === null || value === undefined) return "null";
    var text = String(value);
    return PLAIN_KEYS.indexOf(key) >= 0 && /^[a-z][a-z0-9-]*$/.test(text) && !YAML_WORDS.test(text) ? text : quote(text);
  }

  function isObject(value) { return value !== null && typeof value === "object" && !Array.isArray(value); }

  /* A value on the line of its key ([a, b], {low: 1, high: 2}, a scalar), or null when it needs a block. */
  function inline(value, key) {
    if (Array.isArray(value)) {
      if (!value.length) return "[]";
      if (value.some(function (item) { return typeof item === "object" && item !== null; })) return null;
      var itemKey = key === "themes" || key === "locations" ? "id" : key;
      return "[" + value.map(function (item) { return scalar(item, itemKey); }).join(", ") + "]";
    }
    if (isObject(value)) {
      var keys = Object.keys(value);
      if (!keys.length) return "{}";
      if (key !== "value") return null;
      return "{" + ordered(value, "range").map(function (k) { return k + ": " + scalar(value[k], k); }).join(", ") + "}";
    }
    return scalar(value, key);
  }

  /* The kind of map at a path of keys (indexes as numbers), for the order of new keys. */
  function kindAt(path, top) {
    var keys = path.filter(function (k) { return typeof k === "string"; }), last = keys[keys.length - 1];
    if (!path.length) return top;
    if (top === "gazetteer" && path.length === 1) return "place";
    if (keys[keys.length - 2] === "new_places" && typeof path[path.length - 1] === "string") return "place";
    return { events: "event", figures: "figure", corrections: "correction", source: "source", value: "range" }[last] || "";
  }

  function ordered(value, kind) {
    var order = ORDER[kind] || [], keys = Object.keys(value);
    return keys.slice().sort(function (a, b) {
      var i = order.indexOf(a), j = order.indexOf(b);
      if (i < 0 && j < 0) return keys.indexOf(a) - keys.indexOf(b);
      return (i < 0 ? 1e6 + keys.indexOf(a) : i) - (j < 0 ? 1e6 + keys.indexOf(b) : j);
    });
  }

  function pad(n) { return new Array(n + 1).join(" "); }

  function keyText(key) { return /^[A-Za-z0-9_-]+$/.test(key) && !YAML_WORDS.test(key) ? key : quote(key); }

  /* "key: value\n", or "key:\n" and the block below it, at an indent. */
  function entry(key, value, indent, path, top) {
    var line = inline(value, key);
    if (line !== null) return pad(indent) + keyText(key) + ": " + line + "\n";
    var below = Array.isArray(value) ? seqText(value, indent + 2, path.concat([key]), top) : mapText(value, indent + 2, path.concat([key]), top);
    return pad(indent) + keyText(key) + ":\n" + below;
  }

  function mapText(value, indent, path, top) {
    return ordered(value, kindAt(path, top)).map(function (key) { return entry(key, value[key], indent, path, top); }).join("");
  }

  function seqItem(item, indent, path, top) {
    if (isObject(item)) return pad(indent) + "- " + mapText(item, indent + 2, path, top).replace(/^ +/, "");
    return pad(indent) + "- " + scalar(item) + "\n";
  }

  function seqText(list, indent, path, top) {
    return list.map(function (item, i) { return seqItem(item, indent, path.concat([i]), top); }).join("");
  }

  /* A whole YAML document in the house style (kind: "article", "theme" or "gazetteer"). */
  function write(value, kind) { return mapText(value, 0, [], kind); }

  // ---- editing: the original text where nothing changed ---------------------------------------

  function equal(a, b) {
    if (a === b) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(function (x, i) { return equal(x, b[i]); });
    }
    if (!isObject(a) || !isObject(b)) return false;
    var keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && equal(a[k], b[k]); });
  }

  function patch(text, value, kind, libs) {
    var CST = libs.YAML.CST, old = libs.YAML.parse(text) || {}, out = "";
    var tokens = Array.from(new libs.YAML.Parser().parse(text));
    var ctx = { CST: CST, top: kind };
    tokens.forEach(function (token) {
      if (token.type !== "document") { out += CST.stringify(token); return; }
      out += (token.start || []).map(CST.stringify).join("");
      if (token.value && token.value.type === "block-map" && isObject(old)) out += patchMap(token.value, old, value, [], ctx);
      else out += write(value, kind);
      out += (token.end || []).map(CST.stringify).join("");
    });
    return out || write(value, kind);
  }

  function tokens(list, CST) { return (list || []).map(CST.stringify).join(""); }

  /* The new text of a changed node, or null when the node cannot be patched in place. */
  function patchNode(token, before, after, path, ctx) {
    if (token && token.type === "block-map" && isObject(before) && isObject(after)) return patchMap(token, before, after, path, ctx);
    if (token && token.type === "block-seq" && Array.isArray(before) && Array.isArray(after)) return patchSeq(token, before, after, path, ctx);
    return null;
  }

  function patchMap(token, before, after, path, ctx) {
    var CST = ctx.CST, column = token.indent, items = {};
    token.items.forEach(function (item, i) {
      if (item.key) items[CST.resolveAsScalar(item.key).value] = { item: item, index: i };
    });
    var keys = mergedOrder(Object.keys(items), Object.keys(after), kindAt(path, ctx.top));
    return keys.map(function (key, position) {
      var found = items[key], text;
      if (!found) text = entry(key, after[key], column, path, ctx.top);
      else text = patchedItem(found.item, key, before[key], after[key], path, column, ctx);
      return placed(text, position, found ? found.index : -1, column);
    }).join("");
  }

  function patchedItem(item, key, before, after, path, column, ctx) {
    var CST = ctx.CST;
    if (equal(before, after)) return CST.stringify(item);
    var inner = patchNode(item.value, before, after, path.concat([key]), ctx);
    if (inner !== null) return tokens(item.start, CST) + CST.stringify(item.key) + tokens(item.sep, CST) + inner;
    return tokens(item.start, CST) + entry(key, after, column, path, ctx.top).replace(/^ +/, "");
  }

  /* Existing keys keep their order (less the removed ones); a new key goes before the first existing
   * key that the house order puts after it. */
  function mergedOrder(existing, wanted, kind) {
    var order = ORDER[kind] || [], keys = existing.filter(function (k) { return wanted.indexOf(k) >= 0; });
    wanted.filter(function (k) { return existing.indexOf(k) < 0; }).forEach(function (key) {
      var rank = order.indexOf(key), at = keys.length;
      if (rank >= 0) {
        for (var i = 0; i < keys.length; i++) {
          if (order.indexOf(keys[i]) > rank) { at = i; break; }
        }
      }
      keys.splice(at, 0, key);
    });
    return keys;
  }

  /* The first item of a block takes its indentation from the line before it (the key, or "- "). */
  function placed(text, position, originalIndex, column) {
    if (position === 0 && originalIndex !== 0) return text.replace(/^[ \n]+/, "");
    if (position > 0 && originalIndex === 0) return pad(column) + text;
    return text;
  }

  function patchSeq(token, before, after, path, ctx) {
    var CST = ctx.CST, column = token.indent, matches = match(before, after);
    return after.map(function (item, j) {
      var i = matches[j], text;
      if (i < 0) text = seqItem(item, column, path.concat([j]), ctx.top);
      else {
        var old = token.items[i];
        if (equal(before[i], item)) text = CST.stringify(old);
        else {
          var inner = patchNode(old.value, before[i], item, path.concat([j]), ctx);
          text = tokens(old.start, CST) + (inner !== null ? inner : seqItem(item, column, path.concat([j]), ctx.top).replace(/^ *- /, ""));
        }
      }
      return placed(text, j, i, column);
    }).join("");
  }

  /* For each new item, the index of the old item it continues (-1 for a new one): the same id, else an
   * equal item, else the one at the same place. */
  function match(before, after) {
    var used = {};
    function take(i) { used[i] = true; return i; }
    var found = after.map(function (item) {
      if (!isObject(item) || item.id === undefined) return -1;
      for (var i = 0; i < before.length; i++) if (!used[i] && isObject(before[i]) && before[i].id === item.id) return take(i);
      return -1;
    });
    after.forEach(function (item, j) {
      if (found[j] >= 0) return;
      for (var i = 0; i < before.length; i++) if (!used[i] && equal(before[i], item)) { found[j] = take(i); return; }
    });
    after.forEach(function (item, j) {
      if (found[j] < 0 && j < before.length && !used[j] && isObject(before[j]) && isObject(item) && before[j].id === undefined) found[j] = take(j);
    });
    return found;
  }

  // ---- Markdown files with front matter ---------------------------------------------------------

  /* As content/load.py (python-frontmatter's boundary pattern): the opening and closing '---' lines. */
  function splitFile(text) {
    var boundary = /^-{3,}\s*$/gm, opening = boundary.exec(text);
    if (!opening || opening.index !== 0) return null;
    var closing = boundary.exec(text);
    if (!closing) return null;
    var openEnd = opening.index + opening[0].length, lineEnd = text.indexOf("\n", closing.index);
    var after = lineEnd >= 0 ? lineEnd + 1 : text.length;
    return { head: text.slice(0, openEnd), front: text.slice(openEnd, closing.index), tail: text.slice(closing.index, after),
      body: text.slice(after) };
  }

  function joinFile(parts) { return parts.head + parts.front + parts.tail + parts.body; }

  root.BouwerYaml = { write: write, patch: patch, quote: quote, equal: equal, splitFile: splitFile, joinFile: joinFile,
    ORDER: ORDER };
  if (typeof module !== "undefined" && module.exports) module.exports = root.BouwerYaml;
})(typeof globalThis !== "undefined" ? globalThis : this);
