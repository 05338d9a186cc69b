/* The article builder on /bijdragen/: a form whose result is a file `explainer check` accepts.
 *
 * Loads its parts from the site itself (no other origin), reads the site's open data for the
 * lists of themes, places and events (and bronbestanden/index.json for the files it can edit), keeps a
 * draft in localStorage, and checks while you type.
 */
(function () {
  "use strict";

  var PARTS = ["../vendor/builder-libs.js", "rules.js", "checks.js", "places.js", "citations.js", "crosscheck.js",
    "yamlfile.js", "content.js", "changes.js", "form.js", "map.js", "problems.js", "sections.js", "edit.js", "preview.js",
    "result.js", "view.js"];
  var DRAFT_KEY = "ik-bouwer-concept";
  var here = document.currentScript ? document.currentScript.src : "";

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(src, here).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  /* All parts download at once and run in order (async = false keeps the order of insertion). */
  function loadParts() {
    if (window.BouwerView && window.BouwerLibs) return Promise.resolve();
    return Promise.all(PARTS.map(function (src) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL(src, here).href;
        script.async = false;
        script.onload = resolve;
        script.onerror = function () { reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }));
  }

  function fetchJson(base, path) {
    return fetch(new URL(path, base).href).then(function (response) {
      if (!response.ok) throw new Error(path);
      return response.json();
    });
  }

  function loadSite(base) {
    var files = ["schema/article.schema.json", "data/themes.json", "data/locations.geojson", "data/events.json",
      "data/articles.json", "data/figures.json"];
    var index = fetchJson(base, "bronbestanden/index.json").catch(function () { return []; });  // for editing; a new article needs none
    return Promise.all(files.map(function (path) { return fetchJson(base, path); }).concat([index])).then(function (d) {
      return { schema: d[0], themes: d[1], events: d[3], articles: d[4], figures: d[5], index: d[6],
        places: d[2].features.map(function (f) {
          return Object.assign({ lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0] }, f.properties);
        }) };
    });
  }

  function start() {
    var container = document.getElementById("bouwer");
    if (!container || container.getAttribute("data-ready")) return;
    container.setAttribute("data-ready", "loading");
    var base = new URL(container.getAttribute("data-base") || "../", location.href);
    Promise.all([loadParts(), loadSite(base)]).then(function (loaded) {
      window.BouwerApp.mount(container, loaded[1], base);
      container.setAttribute("data-ready", "true");
    }).catch(function (error) {
      container.setAttribute("data-ready", "error");
      container.textContent = "De artikelbouwer kon niet laden (" + error.message + "). Herlaad de pagina; " +
        "lukt het dan nog niet, volg dan de stappen in CONTRIBUTING.md.";
    });
  }

  window.BouwerStart = start;
  window.BouwerDraftKey = DRAFT_KEY;
  if (!window.BouwerApp) {
    load("app.js").then(function () {
      start();
      if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
    });
  } else start();
})();
