/* "Deel deze pagina" and "Kopieer de verwijzing": the Web Share API where the browser has it,
 * otherwise the link (or the citation) is copied to the clipboard; where that is refused too, the
 * text is shown selected so the reader can copy it. Also a chart's "Meld een fout". One listener on
 * the document, so it also serves pages that Material's instant navigation swaps in. Makes no request. */
(function () {
  "use strict";
  document.documentElement.classList.add("ik-share-js");

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
    var button = event.target.closest && event.target.closest("[data-share], [data-copy]");
    if (!button) return;
    if (button.hasAttribute("data-share")) {
      share(button);
    } else {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (source) copy(button, source.textContent.trim(), "Verwijzing gekopieerd.");
    }
  });
})();
