/* The result: the list of what still needs doing, the article file, copying, GitHub, download. */
(function (root) {
  "use strict";

  var el, O, site, repo, branch, blobUrl, files = {};

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute("content") || "" : "";
  }

  function mount(container, data) {
    el = root.BouwerForm.el; O = root.BouwerOutput; site = data;
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
    var open = el("a", { class: "md-button md-button--primary", id: "bw-github", target: "_blank", rel: "noopener",
      text: "Kopieer en open GitHub" });
    open.addEventListener("click", function () { copy("article"); });
    return el("section", { class: "bw-result", "aria-labelledby": "bw-result-title" }, [
      el("h2", { id: "bw-result-title", text: "Het bestand" }),
      el("p", { id: "bw-status", role: "status" }),
      el("div", { id: "bw-todo", class: "bw-summary", hidden: true }, [
        el("h3", { id: "bw-todo-title", text: "Nog op te lossen" }), el("ul", { id: "bw-todo-list" })]),
      el("div", { id: "bw-file-block", hidden: true }, [
        el("p", {}, [el("span", { text: "Zet dit bestand in " }), el("code", { id: "bw-file-path" })]),
        el("pre", { class: "bw-file" }, [el("code", { id: "bw-file", tabindex: "0", role: "region", "aria-label": "Het artikelbestand" })]),
        el("div", { class: "bw-row" }, [open, button("Alleen kopiëren", "bw-copy", function () { copy("article"); }),
          el("a", { class: "md-button", id: "bw-download", text: "Download" })]),
        el("p", { id: "bw-github-note", class: "bw-hint" })]),
      el("div", { id: "bw-place-block", hidden: true }, [
        el("h3", { text: "De nieuwe plaats" }),
        el("p", { text: "Voeg deze regels onderaan content/locations.yml toe (in dezelfde pull request)." }),
        el("pre", { class: "bw-file" }, [el("code", { id: "bw-place", tabindex: "0", role: "region", "aria-label": "De regels voor content/locations.yml" })]),
        el("div", { class: "bw-row" }, [button("Kopieer de plaats", "bw-copy-place", function () { copy("place"); }),
          el("a", { class: "md-button", id: "bw-edit-places", target: "_blank", rel: "noopener", text: "Open locations.yml op GitHub" })])]),
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

  function copy(which) {
    var text = files[which] || "";
    var done = function () { say(which === "place" ? "De plaats is gekopieerd." : "Het bestand is gekopieerd. Plak het op GitHub in het lege tekstvak."); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { say("Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf."); });
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
        if (input) { input.focus(); input.scrollIntoView({ block: "center" }); }
      });
      list.appendChild(el("li", {}, [el("strong", { text: where(problem) + ": " }), link]));
    });
    document.getElementById("bw-todo").hidden = problems.length === 0;
  }

  /* "Gebeurtenis 1, Datum": the field's label, after the title of the event or figure it is in. */
  function where(problem) {
    if (!problem.target) return problem.field;
    var node = problem.target.node, label = node.querySelector("label, legend");
    var item = node.closest(".bw-item"), title = item && item.querySelector(".bw-item-title, p");
    var section = node.closest(".bw-section"), legend = section && section.querySelector("legend");
    var own = label ? label.textContent : (legend ? legend.textContent : problem.field);
    return (title && title !== label ? title.textContent.replace(/^Nieuwe /, "").replace(/^g/, "G") + ", " : "") + own;
  }

  function update(problems, state, place) {
    var count = problems.length, ready = count === 0;
    summary(problems);
    document.getElementById("bw-status").textContent = ready ? "Het bestand is klaar: het voldoet aan de controle." :
      "Nog niet klaar: " + (count === 1 ? "1 punt" : count + " punten") + " op te lossen (zie hieronder).";
    document.getElementById("bw-file-block").hidden = !ready;
    document.getElementById("bw-place-block").hidden = !(ready && place);
    if (!ready) return;
    var front = root.BouwerState.frontMatter(state), libs = root.BouwerLibs;
    files.article = O.articleText(front, state.body, libs);
    files.place = place ? O.placeText(place, libs) : "";
    document.getElementById("bw-file").textContent = files.article;
    document.getElementById("bw-file-path").textContent = "content/articles/" + state.slug + ".md";
    document.getElementById("bw-place").textContent = files.place;
    links(state.slug);
  }

  function links(slug) {
    var open = document.getElementById("bw-github"), note = document.getElementById("bw-github-note");
    var edit = document.getElementById("bw-edit-places"), download = document.getElementById("bw-download");
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = URL.createObjectURL(new Blob([files.article], { type: "text/markdown;charset=utf-8" }));
    download.href = blobUrl;
    download.setAttribute("download", slug + ".md");
    download.textContent = "Download " + slug + ".md";
    if (!repo) {
      open.removeAttribute("href"); open.setAttribute("aria-disabled", "true");
      edit.removeAttribute("href"); edit.setAttribute("aria-disabled", "true");
      note.textContent = "Openen op GitHub kan hier niet: deze versie van de site is gebouwd zonder adres van de " +
        "repository (REPO_URL). Download het bestand, of gebruik de gepubliceerde site.";
      return;
    }
    var url = repo + "/new/" + branch + "/content/articles?filename=" + encodeURIComponent(slug + ".md");
    var withText = url + "&value=" + encodeURIComponent(files.article);
    open.href = withText.length < 8000 ? withText : url;
    open.removeAttribute("aria-disabled");
    edit.href = repo + "/edit/" + branch + "/content/locations.yml";
    edit.removeAttribute("aria-disabled");
    note.textContent = "GitHub opent een nieuw bestand in content/articles/ (en maakt zo nodig eerst je eigen kopie, " +
      "een fork). Staat de tekst er niet al in, plak hem dan; kies daarna Propose changes en open de pull request.";
  }

  root.BouwerResult = { mount: mount, update: update, say: say };
})(typeof globalThis !== "undefined" ? globalThis : this);
