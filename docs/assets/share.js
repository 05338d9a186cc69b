/* "Deel deze pagina" and "Kopieer de verwijzing": the Web Share API where the browser has it,
 * otherwise the link (or the citation) is copied to the clipboard; where that is refused too, the
 * text is shown selected so the reader can copy it. One listener on the document, so it also
 * serves pages that Material's instant navigation swaps in. Makes no request. */
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

  /* A table wider than the screen (it scrolls sideways) says so above it, and only then. */
  var HINT = "Deze tabel is breder dan het scherm: schuif hem opzij voor de andere kolommen.";
  function markWideTables() {
    var boxes = ".ik-table-wrap, .md-typeset__scrollwrap";
    document.querySelectorAll(boxes).forEach(function (box) {
      var outer = box.parentElement.closest(boxes);
      var wide = !(outer && outer.hasAttribute("data-schuift")) && box.scrollWidth > box.clientWidth + 1;
      var hint = box.previousElementSibling;
      var has = hint && hint.classList.contains("ik-schuift-hint");
      if (wide) box.setAttribute("data-schuift", ""); else box.removeAttribute("data-schuift");
      if (wide && !has) {
        hint = document.createElement("p");
        hint.className = "ik-schuift-hint";
        hint.textContent = HINT;
        box.parentNode.insertBefore(hint, box);
      } else if (!wide && has) {
        hint.parentNode.removeChild(hint);
      }
    });
  }
  window.addEventListener("resize", markWideTables);
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(markWideTables);
    else markWideTables();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", subscribe);
  else subscribe();
})();
