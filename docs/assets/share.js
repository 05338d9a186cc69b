/* "Deel deze pagina" and "Kopieer de verwijzing": the Web Share API where the browser has it,
 * otherwise the link (or the citation) is copied to the clipboard; where that is refused too, the
 * text is shown selected so the reader can copy it. Also a chart's "Meld een fout". One listener on
 * the document, so it also serves pages that Material's instant navigation swaps in. Its only request:
 * reuse.js, below. */
(function () {
  "use strict";
  document.documentElement.classList.add("ik-share-js");
  var here = document.currentScript ? document.currentScript.src : location.href;
  var reuse = null;

  /* The controls beside a chart's footer (embed, download and cite the view) live in reuse.js,
     fetched at the first press of one: a page's first load carries only their markup. */
  function pressReuse(button) {
    if (!reuse) {
      reuse = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = new URL("reuse.js", here).href;
        script.onload = resolve;
        script.onerror = function () { reuse = null; reject(); };
        document.head.appendChild(script);
      });
    }
    reuse.then(function () { window.ikReuse.press(button); },
               function () { say(button, "Dit lukte niet: de pagina kon een onderdeel niet laden. Probeer het opnieuw."); });
  }

  function say(button, text) {
    var status = button.parentNode.querySelector("[role=status]");
    if (status) status.textContent = text;
  }

  function showSelected(button, text) {
    var field = button.parentNode.querySelector("input.ik-share__field");
    if (!field) {
      field = document.createElement("input");
      field.type = "text";
      field.readOnly = true;
      field.className = "ik-share__field";
      field.setAttribute("aria-label", "Tekst om te kopiëren");
      button.parentNode.appendChild(field);
    }
    field.value = text;
    field.focus();
    field.select();
    say(button, "Kopiëren lukte niet automatisch: de tekst staat geselecteerd, kopieer hem met Ctrl+C of ⌘C.");
  }

  function copy(button, text, done) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { say(button, done); },
                                               function () { showSelected(button, text); });
    } else {
      showSelected(button, text);
    }
  }

  function share(button) {
    var url = button.getAttribute("data-url") || location.href;
    var title = button.getAttribute("data-title") || document.title;
    if (navigator.share) {
      navigator.share({ title: title, url: url }).catch(function (error) {
        if (!error || error.name !== "AbortError") copy(button, url, "Link gekopieerd.");
      });
    } else {
      copy(button, url, "Link gekopieerd.");
    }
  }

  /* Printing (docs/assets/reuse.css): a link that leaves the site (a source's original text, the
     license) and a link to another of the site's articles (a source of the page) get their full
     address, which the print stylesheet writes after them; other links to the site stay text. */
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".md-content a[href]").forEach(function (link) {
      var url = new URL(link.href, location.href), away = url.origin !== location.origin;
      var article = !away && /\/artikelen\/[^/]+\/$/.test(url.pathname) && url.pathname !== location.pathname && !url.hash;
      if ((away && /^https?:$/.test(url.protocol)) || article) link.setAttribute("data-ik-adres", url.href);
    });
  });

  /* "Meld een fout in deze grafiek": the page's own report link (docs/overrides/partials/report.html)
   * with this chart's address and name; it changes the link just before the browser follows it. Without
   * a repository the page has no such link, and the chart's link leads to the page's explanation. */
  function reportChart(link) {
    var page = document.querySelector("a[data-meld-repo]");
    var figure = link.closest("figure");
    var chart = figure && figure.querySelector(".ik-chart");
    if (!page || !chart) return;
    var caption = figure.querySelector("figcaption");
    var words = caption && caption.firstChild ? caption.firstChild.textContent.trim() : "";
    var name = words.split(/[:.]/)[0] || chart.id;  // "Interactieve tijdlijn: elke gebeurtenis ..." -> its first words
    var url = new URL(page.href);
    url.searchParams.set("pagina", location.href.split("#")[0] + "#" + chart.id);
    url.searchParams.set("onderdeel", "Grafiek: " + name);
    link.href = url.href;
  }

  /* In the capture phase: before Material's instant navigation takes the link for a jump on this page. */
  document.addEventListener("click", function (event) {
    var report = event.target.closest && event.target.closest("a.ik-chart-report");
    if (report) reportChart(report);
  }, true);

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-share], [data-copy], button[data-reuse]");
    if (!button) return;
    if (button.hasAttribute("data-reuse")) {
      pressReuse(button);
    } else if (button.hasAttribute("data-share")) {
      share(button);
    } else {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (source) copy(button, source.textContent.trim(), "Verwijzing gekopieerd.");
    }
  });
})();
