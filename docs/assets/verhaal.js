/* The story page (/verhaal/<slug>/, hooks/explainer/pages/stories.py). The page works without
 * this script: each step's picture stands with its text and the "Vorige/Volgende stap" links are
 * anchors. With it:
 * - on wide screens the pictures move into one sticky panel beside the text, which shows the
 *   picture of the step being read (an IntersectionObserver: the page scrolls as every page does);
 * - the address follows the step (#stap-3, history.replaceState), so a link opens that step;
 * - the buttons and the keys ← → (and j k) go to the previous and next step; with
 *   prefers-reduced-motion nothing glides or fades.
 * Loaded by the story page itself, so with Material's instant navigation it runs on arrival; it
 * then sets itself up for every story page Material shows (document$). */
(function () {
  "use strict";
  if (window.ikVerhaal) { window.ikVerhaal.init(); return; }

  var WIDE = "(min-width: 60em)";
  var STEP = /^#stap-(\d+)$/;

  function reduced() { return window.matchMedia("(prefers-reduced-motion: reduce)").matches; }

  function Story(root) {
    this.root = root;
    this.sections = Array.prototype.slice.call(root.querySelectorAll(".ik-stap"));
    this.figures = this.sections.map(function (section) { return section.querySelector(".ik-stap-beeld"); });
    this.panel = document.createElement("div");
    this.panel.className = "ik-verhaal-paneel";
    this.wide = window.matchMedia(WIDE);
    this.current = -1;
    this.travelling = null;
  }

  Story.prototype.setUp = function () {
    var self = this;
    var match = STEP.exec(location.hash);
    this.current = match ? Math.min(Math.max(+match[1] - 1, 0), this.sections.length - 1) : -1;
    this.layout();
    this.wide.addEventListener("change", function () { self.layout(); });
    this.observer = new IntersectionObserver(function (entries) { self.seen(entries); },
                                             { rootMargin: "-40% 0px -55% 0px" });
    this.sections.forEach(function (section) { self.observer.observe(section); });
  };

  /* Wide: every picture in the panel, one shown; narrow: each picture back above its text. */
  Story.prototype.layout = function () {
    var self = this, wide = this.wide.matches;
    this.root.classList.toggle("ik-paneel-aan", wide);
    this.figures.forEach(function (figure, i) {
      if (!figure) return;
      if (wide) self.panel.appendChild(figure);
      else self.sections[i].insertBefore(figure, self.sections[i].firstChild);
    });
    if (wide) this.root.appendChild(this.panel);
    else if (this.panel.parentNode) this.panel.parentNode.removeChild(this.panel);
    this.show(this.current);
  };

  Story.prototype.show = function (index) {
    var wide = this.wide.matches, shown = Math.max(index, 0);
    this.figures.forEach(function (figure, i) { if (figure) figure.hidden = wide && i !== shown; });
    this.sections.forEach(function (section, i) { section.classList.toggle("ik-stap--actief", i === index); });
    document.querySelectorAll(".ik-verhaal-inhoud a[href*='#stap-']").forEach(function (link, i) {
      if (i === index) link.setAttribute("aria-current", "step"); else link.removeAttribute("aria-current");
    });
  };

  /* The step being read becomes the current one, and the address says so. */
  Story.prototype.follow = function (index) {
    if (index === this.current) return;
    this.current = index;
    this.show(index);
    var hash = index >= 0 ? "#stap-" + (index + 1) : "";
    history.replaceState(history.state, "", hash || location.pathname + location.search);
  };

  Story.prototype.seen = function (entries) {
    var self = this;
    entries.forEach(function (entry) {
      var index = self.sections.indexOf(entry.target);
      if (self.travelling !== null && index !== self.travelling) return;  /* passing by on the way to a step */
      if (entry.isIntersecting) {
        if (index === self.travelling) self.travelling = null;
        self.follow(index);
      } else if (index === 0 && entry.boundingClientRect.top > 0 && self.current === 0) {
        self.follow(-1);  /* back above the first step */
      }
    });
  };

  /* To a step: its heading gets the focus (a keyboard and a screen reader continue there). */
  Story.prototype.go = function (index) {
    if (index < 0 || index >= this.sections.length) return;
    var self = this, section = this.sections[index];
    this.travelling = index;
    window.setTimeout(function () { self.travelling = null; }, 1500);
    this.follow(index);
    section.scrollIntoView({ behavior: reduced() ? "auto" : "smooth", block: "start" });
    var heading = section.querySelector("h2");
    if (heading) heading.focus({ preventScroll: true });
  };

  Story.prototype.onClick = function (event) {
    /* Material's instant navigation writes every link out in full: a step is this page plus #stap-N. */
    var link = event.target.closest && event.target.closest("a[href*='#stap-']");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    var match = STEP.exec(link.hash);
    if (!match || link.pathname !== location.pathname) return;
    event.preventDefault();
    event.stopPropagation();  /* handled here; Material would move the focus back to the page */
    this.go(+match[1] - 1);
  };

  Story.prototype.onKey = function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var step = { ArrowRight: 1, j: 1, ArrowLeft: -1, k: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    this.go(Math.max(this.current, step > 0 ? -1 : 0) + step);
  };

  var active = null;

  function init() {
    var root = document.querySelector(".ik-verhaal");
    if (active && active.root === root) return;
    if (active) active.observer.disconnect();
    active = null;
    if (!root || !("IntersectionObserver" in window)) return;
    active = new Story(root);
    active.setUp();
  }

  /* In the capture phase: Material's instant navigation handles a link's click before it bubbles up. */
  document.addEventListener("click", function (event) { if (active) active.onClick(event); }, true);
  document.addEventListener("keydown", function (event) { if (active) active.onKey(event); });
  window.ikVerhaal = { init: init, current: function () { return active ? active.current + 1 : 0; } };

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
