/* Citation links (hooks/explainer/pages/citations.py): the entry of the page's "Bronnen" list shown
 * in place, on mouse hover, on a tap and on keyboard focus, like chart-tooltip.js shows a mark's label.
 * The entry is a copy of the list's own (text set by the build, links included), placed right after
 * the link inside its <sup>, so Tab reaches its links and a pointer can move onto it; Escape, a tap
 * elsewhere or focus elsewhere closes it. A click on a link whose entry shows (a second tap, Enter
 * after focus) jumps to the list, as the link does without script. One set of listeners on the
 * document: Material's instant navigation swaps pages in without running scripts again. The click
 * listener captures: it must decide before Material's own (which follows same-page links itself). */
(function () {
  "use strict";
  var open = null, down = null, wasOpen = false, quiet = null;

  function refOf(node) { return node && node.closest ? node.closest(".ik-ref > a") : null; }
  function inside(node) { return open && open.link.parentNode.contains(node); }

  function close(refocus) {
    if (!open) return;
    var was = open;
    open = null;
    was.pop.remove();
    was.link.removeAttribute("aria-describedby");
    if (refocus) {  /* back to the link, without opening the entry again */
      quiet = was.link;
      was.link.focus();
      quiet = null;
    }
  }

  function show(link) {
    if (open && open.link === link) return;
    close();
    var entry = document.getElementById(link.hash.slice(1)), text = entry && entry.querySelector(".ik-bron__tekst");
    if (!text) return;
    var pop = document.createElement("span");
    pop.className = "ik-ref__pop";
    pop.id = "ik-ref-pop";
    pop.appendChild(text.cloneNode(true));
    link.after(pop);
    link.setAttribute("aria-describedby", pop.id);
    var over = pop.getBoundingClientRect().right - document.documentElement.clientWidth + 8;
    if (over > 0) pop.style.left = -over + "px";
    open = { link: link, pop: pop };
  }

  /* The list's entry stands out after the jump even where it is not :target (a jump that Material's
     instant navigation makes with history.pushState leaves :target as it was). */
  function mark(link) {
    var entry = document.getElementById(link.hash.slice(1));
    document.querySelectorAll(".ik-bron--doel").forEach(function (other) { other.classList.remove("ik-bron--doel"); });
    if (entry) entry.classList.add("ik-bron--doel");
  }

  document.addEventListener("pointerover", function (event) {
    var link = refOf(event.target);
    if (link && event.pointerType !== "touch") show(link);
  });
  document.addEventListener("pointerout", function (event) {
    if (open && event.pointerType !== "touch" && inside(event.target) && !inside(event.relatedTarget)) close();
  });
  document.addEventListener("pointerdown", function (event) {
    down = event.pointerType;
    wasOpen = Boolean(open && open.link === refOf(event.target));
  });
  document.addEventListener("focusin", function (event) {
    var link = refOf(event.target);
    if (link) {
      if (link !== quiet) show(link);
    } else if (!inside(event.target)) close();
  });
  document.addEventListener("click", function (event) {
    var link = refOf(event.target), shown = down === "touch" ? wasOpen : Boolean(open && open.link === link);
    down = null;
    if (link && !shown) {
      event.preventDefault();
      event.stopPropagation();
      show(link);
      return;
    }
    if (link) mark(link);
    if (!inside(event.target)) close();
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) close(open.pop.contains(document.activeElement) || open.link === document.activeElement);
  });
})();
