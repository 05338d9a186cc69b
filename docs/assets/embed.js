/* The embed page's own script (docs/overrides/insluiten.html, /insluiten/<chart>/): the page in
 * another site's <iframe> tells that site how tall it is, the Datawrapper way: it posts its height
 * to the parent window at load, on every change of its size (the width of the other site's column,
 * Plotly drawing the chart) and after a palette switch; docs/assets/insluiten.js, the script of the
 * embed code, sets the iframe's height. The message holds nothing but the height and the page's
 * path; it goes to any parent (the height is no secret), and the receiving script checks that it
 * comes from this site. The colour scheme follows the reader's system setting, also when it
 * changes. Stores nothing, no cookie, no request. */
(function () {
  "use strict";
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  var last = 0;

  function scheme() {
    document.body.setAttribute("data-md-color-scheme", dark.matches ? "slate" : "default");
  }

  function report() {
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (!height || height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ "ik-insluiten": { hoogte: height, pagina: location.pathname } }, "*");
  }

  function start() {
    scheme();
    if (dark.addEventListener) dark.addEventListener("change", scheme);
    if (window.ResizeObserver) new ResizeObserver(report).observe(document.body);
    window.addEventListener("load", report);
    document.addEventListener("ik-drawn", report);
    report();
  }

  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
