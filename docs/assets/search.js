/* The search box (partials/search.html) with Pagefind; README.md, "Search". Index text is put in
   as text (only <mark> is kept), so content never becomes markup here. */
(function () {
  "use strict";
  var siteRoot = new URL("../", document.currentScript.src); // this file is assets/search.js
  var PAGE = 10;
  var SECTIONS = 2;
  var MIN_LENGTH = 2, WAIT_MS = 250;
  var engine = null;
  var state = { serial: 0, results: [], shown: 0 };

  function el(selector) { return document.querySelector(selector); }
  function box() { return el("[data-ik-search]"); }
  function input() { return el("[data-ik-search-input]"); }
  function toggle() { return document.getElementById("__search"); }
  function text(name) { return box().getAttribute("data-text-" + name); }

  function loadEngine() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (pagefind) {
        return pagefind.options({
          baseUrl: siteRoot.pathname, excerptLength: 24,
          // Favour short pages more than Pagefind does by default (0.75): a place or theme page
          // then ranks above the many longer articles that have its name in their title.
          ranking: { pageLength: 1.0 }
        }).then(function () {
          return pagefind.init();
        }).then(function () { return pagefind; });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  function status(message) { el("[data-ik-search-status]").textContent = message; }

  function counted(count) {
    if (count === 0) return text("none");
    return count === 1 ? text("one") : text("many").replace("#", count.toLocaleString("nl-NL"));
  }

  /* Pagefind's excerpt as nodes: text, and <mark> elements rebuilt from their text. */
  function excerpt(html) {
    var paragraph = document.createElement("p");
    var parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    return paragraph;
  }

  function sameSite(url) {
    var target = new URL(url, siteRoot);
    return target.origin === siteRoot.origin ? target.href : null;
  }

  function entry(url, title, html, level) {
    var link = document.createElement("a");
    link.className = "md-search-result__link";
    link.href = url;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset" + (level === 1 ? " md-search-result__article--document" : "");
    if (level === 1) {
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      article.appendChild(icon);
    }
    var heading = document.createElement(level === 1 ? "h2" : "h3"); // the page keeps its one h1
    heading.textContent = title;
    article.appendChild(heading);
    article.appendChild(excerpt(html));
    link.appendChild(article);
    return link;
  }

  function resultItem(data) {
    var url = sameSite(data.url);
    if (!url) return null;
    var item = document.createElement("li");
    item.className = "md-search-result__item";
    var title = (data.meta && data.meta.title) || url;
    item.appendChild(entry(url, title, data.excerpt, 1));
    (data.sub_results || []).filter(function (sub) {
      return sub.url !== data.url && sub.title !== title && sub.excerpt !== data.excerpt;
    }).slice(0, SECTIONS).forEach(function (sub) {
      var subUrl = sameSite(sub.url);
      if (subUrl) item.appendChild(entry(subUrl, sub.title, sub.excerpt, 2));
    });
    return item;
  }

  function showMore(serial) {
    var batch = state.results.slice(state.shown, state.shown + PAGE);
    return Promise.all(batch.map(function (result) { return result.data(); })).then(function (found) {
      if (serial !== state.serial) return;
      var list = el("[data-ik-search-results]");
      var first = null;
      found.forEach(function (data) {
        var item = resultItem(data);
        if (item) { list.appendChild(item); first = first || item.querySelector("a"); }
      });
      state.shown += batch.length;
      var more = el("[data-ik-search-more]");
      more.hidden = state.shown >= state.results.length;
      return first;
    });
  }

  function clearResults() {
    state.serial += 1;
    state.results = [];
    state.shown = 0;
    el("[data-ik-search-results]").textContent = "";
    el("[data-ik-search-more]").hidden = true;
  }

  /* Pagefind's Dutch stemmer lengthens the vowel of a plural in an open syllable ("aanslagen" ->
     "aanslaag", as "vragen" -> "vraag"), so "aanslag" and "aanslagen" would find different
     pages. A single word of that shape is looked up in both forms. */
  function forms(word) {
    if (/[^aeiou][aeiou][^aeiou]en$/i.test(word)) return [word, word.slice(0, -2)];
    if (/[^aeiou][aeiou][^aeiouwjy]$/i.test(word)) return [word, word + "en"];
    return [word];
  }

  function union(lists) {
    var best = {};
    lists.forEach(function (results) {
      results.forEach(function (result) {
        if (!best[result.id] || best[result.id].score < result.score) best[result.id] = result;
      });
    });
    return Object.keys(best).map(function (id) { return best[id]; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  /* Several words: pages with the words as typed, in that order (a title, a name), first; then
     every other page with all the words in any form; each group in Pagefind's ranking (its
     exact-phrase search does not rank, so the plain search's ranking orders both). */
  function rankedSearch(pagefind, query) {
    var words = query.trim();
    if (words.indexOf('"') !== -1) {
      return pagefind.search(words).then(function (found) { return found.results; });
    }
    if (!/\s/.test(words)) {
      return Promise.all(forms(words).map(function (form) { return pagefind.search(form); }))
        .then(function (found) { return union(found.map(function (f) { return f.results; })); });
    }
    return Promise.all([pagefind.search('"' + words + '"'), pagefind.search(words)]).then(function (found) {
      var phrase = {};
      found[0].results.forEach(function (result) { phrase[result.id] = true; });
      var ranked = found[1].results;
      var listed = {};
      ranked.forEach(function (result) { listed[result.id] = true; });
      return ranked.filter(function (result) { return phrase[result.id]; })
        .concat(found[0].results.filter(function (result) { return !listed[result.id]; }))
        .concat(ranked.filter(function (result) { return !phrase[result.id]; }));
    });
  }

  /* The query whose results are all on screen (for tests and scripts that wait for them). */
  function done(serial, query) {
    if (serial === state.serial) box().setAttribute("data-ik-searched", query);
  }

  function search(query) {
    clearResults();
    var serial = state.serial;
    box().removeAttribute("data-ik-searched");
    if (query.trim().length < MIN_LENGTH) { status(text("empty")); done(serial, query); return; }
    status(text("loading"));
    loadEngine().then(function (pagefind) {
      return rankedSearch(pagefind, query);
    }).then(function (results) {
      if (serial !== state.serial) return;
      state.results = results;
      status(counted(results.length));
      return showMore(serial);
    }).then(function () { done(serial, query); }, function () {
      if (serial === state.serial) status(text("failed"));
    });
  }

  function open() {
    if (!toggle().checked) toggle().checked = true;
    if (!input().value.trim()) status(text("empty"));
    loadEngine().catch(function () { status(text("failed")); });
  }

  function close() {
    toggle().checked = false;
    input().blur();
  }

  function focusables() {
    return [input()].concat(Array.prototype.slice.call(document.querySelectorAll(
      "[data-ik-search-results] a, [data-ik-search-more]:not([hidden])")));
  }

  function moveFocus(step) {
    var items = focusables();
    var at = items.indexOf(document.activeElement);
    var next = items[Math.min(Math.max(at + step, 0), items.length - 1)];
    if (next) next.focus();
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function onKey(event) {
    if (!box()) return;
    var inSearch = box().contains(event.target);
    if (!toggle().checked || !inSearch) {
      if (!event.ctrlKey && !event.metaKey && !event.altKey && /^[/sf]$/.test(event.key) && !typing(event.target)) {
        event.preventDefault();
        open();
        input().focus();
      }
      return;
    }
    if (event.key === "Escape") { event.preventDefault(); close(); }
    else if (event.key === "ArrowDown") { event.preventDefault(); moveFocus(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); moveFocus(-1); }
    else if (event.key === "Enter" && event.target === input()) {
      event.preventDefault();
      var first = el("[data-ik-search-results] a");
      if (first) first.click();
    }
  }

  var timer = null;
  document.addEventListener("input", function (event) {
    if (event.target !== input()) return;
    clearTimeout(timer);
    timer = setTimeout(function () { search(input().value); }, WAIT_MS);
  });
  document.addEventListener("focusin", function (event) { if (event.target === input()) open(); });
  document.addEventListener("keydown", onKey);
  document.addEventListener("submit", function (event) {
    if (box() && box().contains(event.target)) event.preventDefault();
  });
  document.addEventListener("reset", function (event) {
    if (!box() || !box().contains(event.target)) return;
    setTimeout(function () { search(""); input().focus(); }, 0);
  });
  document.addEventListener("click", function (event) {
    var more = event.target.closest && event.target.closest("[data-ik-search-more]");
    if (more) showMore(state.serial).then(function (first) { if (first) first.focus(); });
  });
  document.addEventListener("change", function (event) {
    if (event.target === toggle() && toggle().checked) { open(); input().focus(); }
  });
})();
