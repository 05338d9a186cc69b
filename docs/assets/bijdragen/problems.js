/* Showing the problems: next to each field (once it was touched), and as a list of links. */
(function (root) {
  "use strict";

  function bindOf(field) { return root.BouwerSections.bindOf(field); }

  /* The field block a problem belongs to: its own, or the nearest enclosing one. */
  function target(container, field) {
    var bind = bindOf(field);
    while (bind) {
      var node = container.querySelector('[data-bind-field="' + bind + '"]');
      if (node) return { node: node, bind: bind };
      bind = bind.indexOf(".") > 0 ? bind.slice(0, bind.lastIndexOf(".")) : "";
    }
    return null;
  }

  function errorLine(node) {
    var lines = node.querySelectorAll(".bw-error");
    for (var i = 0; i < lines.length; i++) {
      if (lines[i].closest("[data-bind-field]") === node) return lines[i];
    }
    return null;
  }

  function clear(container) {
    container.querySelectorAll(".bw-form .bw-error").forEach(function (line) { line.hidden = true; line.textContent = ""; });
    container.querySelectorAll("[aria-invalid]").forEach(function (input) { input.removeAttribute("aria-invalid"); });
  }

  function visible(problem, where, touched, showAll) {
    return showAll || touched[problem.field] || touched[root.BouwerView.fieldOf(where.bind)];
  }

  function show(container, problems, touched, showAll) {
    clear(container);
    problems.forEach(function (problem) {
      var where = target(container, problem.field);
      problem.target = where;
      if (!where || !visible(problem, where, touched, showAll)) return;
      var line = errorLine(where.node);
      if (!line) return;
      line.hidden = false;
      line.textContent = (line.textContent ? line.textContent + " · " : "") + problem.message +
        (problem.hint ? " — " + problem.hint : "");
      var input = where.node.querySelector("[data-bind], input, select");
      if (input) input.setAttribute("aria-invalid", "true");
      var fold = line.closest("details.bw-fold");
      if (fold && !fold.open) fold.open = true;  // a folded event or figure with a problem to show opens
    });
    dateHelp(container, problems);
  }

  function dateHelp(container, problems) {
    var D = root.BouwerDates, el = root.BouwerForm.el;
    container.querySelectorAll(".bw-date-help").forEach(function (help) {
      var input = document.getElementById(help.id.replace(/-date$/, ""));
      var field = root.BouwerView.fieldOf(input.getAttribute("data-bind")), value = input.value.trim();
      var site = root.BouwerView.site(), state = root.BouwerView.state();
      help.textContent = "";
      if (!value) return;
      var wrong = problems.some(function (p) { return p.field === field; });
      if (!wrong) { help.appendChild(el("p", { class: "bw-meaning", text: "Betekent: " + D.describeDate(value) })); return; }
      D.suggestDates(value, D.datePattern(site.schema), field === "published" ? "" : state.published).forEach(function (suggestion) {
        var button = el("button", { type: "button", class: "bw-suggestion", text: "Gebruik " + suggestion });
        button.addEventListener("click", function () {
          input.value = suggestion;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          input.focus();
        });
        help.appendChild(el("p", {}, [el("span", { text: "Bedoel je " }), el("code", { text: suggestion }),
          el("span", { text: ": " + D.describeDate(suggestion) + "? " }), button]));
      });
    });
  }

  root.BouwerProblems = { show: show, bindOf: bindOf };
})(typeof globalThis !== "undefined" ? globalThis : this);
