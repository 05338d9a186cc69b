/* The result: what an edit changes (in Dutch, old -> new), what still needs doing, the whole file, and
 * how to hand it over: GitHub's page for a new file, or GitHub's editor of the existing file; a download
 * always. Without the repository's address (a local build) it says how to hand it over instead.
 */
(function (root) {
  "use strict";

  var el, repo, branch, blobUrl, current = "";

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute("content") || "" : "";
  }

  function mount(container) {
    el = root.BouwerForm.el;
    repo = meta("explainer:repo").replace(/\/+$/, "");
    var m = /(?:edit|blob)\/([^/]+)/.exec(meta("explainer:edit-uri"));
    branch = m ? m[1] : "main";
    container.appendChild(draw());
  }

  function button(text, id, onClick) {
    var node = el("button", { type: "button", class: "md-button", id: id, text: text });
    node.addEventListener("click", onClick);
    return node;
  }

  function draw() {
    var open = el("a", { class: "md-button md-button--primary", id: "bw-github", target: "_blank", rel: "noopener", text: "Kopieer en open GitHub" });
    open.addEventListener("click", function () { copy(); });
    return el("section", { class: "bw-result", "aria-labelledby": "bw-result-title" }, [
      el("h2", { id: "bw-result-title", text: "Het bestand" }),
      el("p", { id: "bw-status", role: "status" }),
      el("div", { id: "bw-changes", class: "bw-changes", hidden: true }, [
        el("h3", { text: "Wat er verandert" }), el("ul", { id: "bw-changes-list" }),
        el("p", { id: "bw-changes-factual", class: "bw-hint" })]),
      el("div", { id: "bw-todo", class: "bw-summary", hidden: true }, [
        el("h3", { id: "bw-todo-title", text: "Nog op te lossen" }), el("ul", { id: "bw-todo-list" })]),
      el("div", { id: "bw-file-block", hidden: true }, [
        el("p", {}, [el("span", { id: "bw-file-intro", text: "Zet dit bestand in " }), el("code", { id: "bw-file-path" })]),
        el("pre", { class: "bw-file" }, [el("code", { id: "bw-file", tabindex: "0", role: "region", "aria-label": "Het bestand" })]),
        el("div", { class: "bw-row" }, [open, button("Alleen kopiëren", "bw-copy", function () { copy(); }),
          el("a", { class: "md-button", id: "bw-download", text: "Download" })]),
        el("p", { id: "bw-github-note", class: "bw-hint" })]),
      el("p", { id: "bw-copied", role: "status", class: "bw-hint" }),
      el("div", { class: "bw-row" }, [
        button("Toon alle punten bij de velden", "bw-reveal", function () { root.BouwerView.revealAll(); }),
        button("Wis concept", "bw-clear", clearTwice)]),
      el("p", { class: "bw-hint", text: "Je concept blijft alleen in deze browser bewaard (localStorage), niet op een server." })]);
  }

  /* Wiping a draft asks for a second click, so a slip of the finger loses nothing. */
  function clearTwice(event) {
    var node = event.currentTarget;
    if (node.getAttribute("data-confirm") !== "ja") {
      node.setAttribute("data-confirm", "ja");
      node.textContent = "Klik nog eens om alles te wissen";
      setTimeout(function () { node.removeAttribute("data-confirm"); node.textContent = "Wis concept"; }, 6000);
      return;
    }
    node.removeAttribute("data-confirm");
    node.textContent = "Wis concept";
    root.BouwerView.clearDraft();
    say("Het concept is gewist.");
  }

  function say(text) { document.getElementById("bw-copied").textContent = text; }

  function copy() {
    var done = function () { say("Het bestand is gekopieerd. Plak het op GitHub in het tekstvak."); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(current).then(done, function () { say("Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf."); });
    } else say("Kopiëren kan hier niet automatisch; selecteer de tekst en kopieer hem zelf.");
  }

  function summary(problems) {
    var list = document.getElementById("bw-todo-list");
    list.textContent = "";
    problems.forEach(function (problem) {
      var input = problem.target && problem.target.node.querySelector("[data-bind], input, select, textarea");
      var link = el("a", { href: "#" + (input ? input.id : "bouwer"), text: problem.message + (problem.hint ? " — " + problem.hint : "") });
      link.addEventListener("click", function (event) {
        event.preventDefault();
        root.BouwerView.revealAll();
        var fold = input && input.closest("details");
        if (fold) fold.open = true;
        if (input) { input.focus(); input.scrollIntoView({ block: "center" }); }
      });
      list.appendChild(el("li", {}, [el("strong", { text: where(problem) + ": " }), link]));
    });
    document.getElementById("bw-todo").hidden = problems.length === 0;
  }

  /* "Gebeurtenis 1, Datum": the field's label, after the title of the event or figure it is in. */
  function where(problem) {
    if (!problem.target) return "Het bestand";
    var node = problem.target.node, label = node.querySelector("label, legend");
    var item = node.closest(".bw-item"), title = item && item.querySelector(".bw-item-title");
    var section = node.closest(".bw-section"), legend = section && section.querySelector("legend");
    var own = label && node.classList.contains("bw-field") ? label.textContent : (legend ? legend.textContent.replace(/^\d+\. /, "") : "");
    return (title ? title.textContent.replace(/:.*$/, "") + ", " : "") + own.replace(/ \(niet verplicht\)$/, "");
  }

  /* The list of changes: where, which field, old -> new; factual ones marked. */
  function showChanges(changes, factual, state) {
    var block = document.getElementById("bw-changes"), list = document.getElementById("bw-changes-list");
    block.hidden = !state.edit;
    list.textContent = "";
    if (!state.edit) return;
    if (!changes.length) list.appendChild(el("li", { text: "Nog niets: het bestand is zoals het op de site staat." }));
    changes.forEach(function (c) {
      var item = el("li", { class: c.factual ? "bw-factual" : "" }, [el("strong", { text: c.where + (c.field ? ", " + c.field : "") + ": " })]);
      if (c.before) item.appendChild(el("del", { text: c.before }));
      if (c.before && c.after) item.appendChild(el("span", { text: " → " }));
      if (c.after) item.appendChild(el("ins", { text: c.after }));
      if (c.factual) item.appendChild(el("span", { class: "bw-badge", text: " feitelijk" }));
      list.appendChild(item);
    });
    document.getElementById("bw-changes-factual").textContent = factual ?
      "Feitelijke wijzigingen krijgen een correctie: die schrijf je bij 'Correcties'. Ze komt op de pagina en op /correcties/." :
      changes.length ? "Alleen stijl of spelling? Dan is geen correctie nodig." : "";
  }

  function update(problems, state, changes, factual) {
    var count = problems.length, ready = count === 0, edited = state.edit && changes.length;
    summary(problems);
    showChanges(changes, factual, state);
    document.getElementById("bw-status").textContent = !ready ? "Nog niet klaar: " + (count === 1 ? "1 punt" : count + " punten") + " op te lossen (zie hieronder)." :
      state.edit && !edited ? "Nog niets veranderd. Het bestand voldoet aan de controle." :
      "Het bestand is klaar: het voldoet aan de controle.";
    document.getElementById("bw-file-block").hidden = !ready;
    if (!ready) return;
    current = root.BouwerContent.fileText(state, root.BouwerLibs);
    var path = state.edit ? state.edit.path : "content/articles/" + state.slug + ".md";
    document.getElementById("bw-file").textContent = current;
    document.getElementById("bw-file-path").textContent = path;
    document.getElementById("bw-file-intro").textContent = state.edit ? "Het hele nieuwe bestand, voor " : "Zet dit bestand in ";
    links(state, path);
  }

  function links(state, path) {
    var open = document.getElementById("bw-github"), note = document.getElementById("bw-github-note");
    var download = document.getElementById("bw-download"), name = path.split("/").pop();
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = URL.createObjectURL(new Blob([current], { type: "text/plain;charset=utf-8" }));
    download.href = blobUrl;
    download.setAttribute("download", name);
    download.textContent = "Download " + name;
    if (!repo) {
      open.removeAttribute("href"); open.setAttribute("aria-disabled", "true");
      note.textContent = "Openen op GitHub kan hier niet: deze versie van de site is gebouwd zonder adres van de repository (REPO_URL). " +
        "Download het bestand en zet het als " + path + " in een pull request (CONTRIBUTING.md legt uit hoe), of gebruik de bouwer op de gepubliceerde site.";
      return;
    }
    open.removeAttribute("aria-disabled");
    if (state.edit) {
      open.href = repo + "/edit/" + branch + "/" + path;
      note.textContent = "GitHub opent " + path + " om te bewerken (en maakt zo nodig eerst je eigen kopie, een fork). Het nieuwe bestand staat " +
        "al op je klembord: selecteer daar alle tekst (Ctrl+A of ⌘A), plak (Ctrl+V of ⌘V), kies Commit changes en daarna Propose changes.";
      return;
    }
    var url = repo + "/new/" + branch + "/content/articles?filename=" + encodeURIComponent(name);
    var withText = url + "&value=" + encodeURIComponent(current);
    open.href = withText.length < 8000 ? withText : url;
    note.textContent = "GitHub opent een nieuw bestand in content/articles/ (en maakt zo nodig eerst je eigen kopie, een fork). Staat de tekst " +
      "er niet al in, plak hem dan; kies daarna Propose changes en open de pull request. Nieuwe plaatsen staan in hetzelfde bestand.";
  }

  root.BouwerResult = { mount: mount, update: update, say: say, current: function () { return current; } };
})(typeof globalThis !== "undefined" ? globalThis : this);
