/* IS na het kalifaat: het script van de insluitcode (embed code). Keeps every iframe with a chart
 * of this site as tall as its content: the embed page (/insluiten/<chart>/, docs/assets/embed.js)
 * posts its height, this script checks that the message comes from this site and has the expected
 * shape, finds the iframe that sent it and sets its height. Loaded by the embed code on another
 * site, from this site; a page may hold the code several times (it listens once). No cookies, no
 * storage, no request of its own. Its address (/assets/insluiten.js) is in other sites' HTML:
 * keep it. */
(function () {
  "use strict";
  if (window.ikInsluiten) return;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  if (!origin) return;
  window.ikInsluiten = { origin: origin };
  var MIN = 80, MAX = 10000;  /* px: a sane height, whatever a message says */

  function heightOf(data) {
    var message = data && typeof data === "object" ? data["ik-insluiten"] : null;
    var height = message && typeof message === "object" ? message.hoogte : null;
    if (typeof height !== "number" || !isFinite(height)) return null;
    return Math.round(Math.min(Math.max(height, MIN), MAX));
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var height = heightOf(event.data);
    if (height === null) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + "px";
        return;
      }
    }
  });
})();
