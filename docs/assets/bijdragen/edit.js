/* Editing what is already on the site: the choice of an article, theme or place (also from
 * /bijdragen/?bewerk=artikelen/<slug>, the link "Bewerk in de bouwer" on its page), loading its file as
 * the site publishes it (bronbestanden/, publish/sources.py), the checks of a theme or place, and the
 * list of changes the edit makes.
 */
(function (root) {
  "use strict";

  var F, el, site, base;
  var KIND_WORDS = { article: "het artikel", theme: "het thema", place: "de plaats" };

  function requested() {
    var wanted = new URLSearchParams(location.search).get("bewerk");
    return wanted && /^(artikelen|themas|plaatsen)\/[a-z0-9-]+$/.test(wanted) ? wanted : null;
  }

  function meta(name) {
    var node = document.querySelector('meta[name="' + name + '"]');
    return node ? node.getAttribute("content") || "" : "";
  }

  /* The repository's handbook for contributors, when the site knows its repository. */
  function handbook() {
    var repo = meta("explainer:repo").replace(/\/+$/, ""), m = /(?:edit|blob)\/([^/]+)/.exec(meta("explainer:edit-uri"));
    return repo ? repo + "/blob/" + (m ? m[1] : "main") + "/CONTRIBUTING.md" : "";
  }

  function picker(data) {
    F = root.BouwerForm; el = F.el; site = data; base = data.base;
    var groups = [["", "kies wat je wilt bewerken…"]].concat([["article", "Artikelen"], ["theme", "Thema's"], ["place", "Plaatsen"]].map(function (kind) {
      return { group: kind[1], options: (site.index || []).filter(function (e) { return e.kind === kind[0]; }).map(function (e) {
        return [e.page, e.title + (e.kind === "place" && e.path.indexOf("content/articles/") === 0 ? " (uit een artikel)" : "")];
      }) };
    }));
    var select = el("select", { id: "bw-bewerk-keuze", "aria-describedby": "bw-bewerk-hint" }, F.options(groups));
    var go = el("button", { type: "button", class: "md-button", id: "bw-bewerk-knop", text: "Bewerk" });
    go.addEventListener("click", function () { if (select.value) open(select.value); else select.focus(); });
    var guide = handbook();
    return el("div", { class: "bw-mode" }, [
      el("p", { id: "bw-bewerk-status", class: "bw-editing", role: "status" }),
      el("div", { class: "bw-mode-choice" }, [
        el("label", { for: "bw-bewerk-keuze", text: "Iets verbeteren wat al op de site staat" }),
        el("p", { class: "bw-hint", id: "bw-bewerk-hint", text: "Kies een artikel, thema of plaats: het bestand komt in het formulier. " +
          "Je ziet wat je verandert, en bij een feitelijke verbetering vraagt het formulier om een correctie voor de lezers." }),
        el("div", { class: "bw-row" }, [select, go])]),
      el("p", { class: "bw-hint" }, guide ? [el("span", { text: "Alles over bijdragen, met elk veld en de regels voor bronnen: " }),
        el("a", { href: guide, text: "de handleiding voor bijdragers (CONTRIBUTING.md)", rel: "noopener" })] :
        [el("span", { text: "Alles over bijdragen staat in de handleiding voor bijdragers, CONTRIBUTING.md in de repository van de site." })])]);
  }

  /* What the builder says about the file it shows, with a way back to a new article. */
  function showing(state) {
    var status = document.getElementById("bw-bewerk-status");
    status.textContent = "";
    if (!state.edit) { status.appendChild(el("span", { text: "Je maakt een nieuw artikel." })); return; }
    var name = state.kind === "place" ? state.place.name : state.title;
    status.appendChild(el("span", { text: "Je bewerkt " + KIND_WORDS[state.kind] + " '" + name + "' (" + state.edit.path + "). " }));
    var back = el("button", { type: "button", class: "bw-remove", id: "bw-nieuw-artikel", text: "Begin een nieuw artikel" });
    back.addEventListener("click", function () {
      if (root.history && root.history.replaceState) root.history.replaceState(null, "", location.pathname);
      root.BouwerView.startNew();
    });
    status.appendChild(back);
  }

  function open(page) {
    var entry = (site.index || []).filter(function (e) { return e.page === page; })[0];
    var status = document.getElementById("bw-bewerk-status");
    if (!entry) { status.textContent = "'" + page + "' staat niet op de site; kies hieronder wat je wilt bewerken."; return Promise.resolve(); }
    status.textContent = "Het bestand wordt geladen…";
    return fetch(new URL(entry.file, base).href).then(function (response) {
      if (!response.ok) throw new Error(entry.file);
      return response.json();
    }).then(function (source) {
      var fromArticle = entry.kind === "place" && entry.path.indexOf("content/articles/") === 0;
      var target = fromArticle ? (site.index || []).filter(function (e) { return e.kind === "article" && e.path === entry.path; })[0] : entry;
      var fresh = root.BouwerContent.stateFromFile(source, target, root.BouwerLibs), draft = root.BouwerView.loadDraft(target.page);
      var current = draft && draft.edit && draft.edit.text === source.text;  // a draft of an older version is not restored
      var state = current ? draft : fresh;
      state.edit.owns = owns(target);
      if (root.history && root.history.replaceState) root.history.replaceState(null, "", location.pathname + "?bewerk=" + target.page);
      root.BouwerView.start(state, Boolean(current));
      if (draft && !current) root.BouwerResult.say("Het bestand is op de site veranderd sinds je het bewerkte; je eerdere bewerking is niet teruggezet.");
      if (fromArticle) root.BouwerResult.say("De plaats " + entry.title + " staat in het artikel dat haar introduceerde; je bewerkt dat artikel.");
    }).catch(function (error) {
      status.textContent = "Het bestand kon niet laden (" + error.message + "). Herlaad de pagina en probeer het opnieuw.";
    });
  }

  /* What the edited file itself defines, which the checks must not take for someone else's. */
  function owns(target) {
    var places = (site.index || []).filter(function (e) { return e.kind === "place" && e.path === target.path; }).map(function (e) { return e.slug; });
    if (target.kind === "place") places = [target.slug];
    return { article: target.kind === "article" ? target.slug : null, theme: target.kind === "theme" ? target.slug : null, places: places };
  }

  // ---- checks of a theme and a place ----------------------------------------------------------

  function text(found, field, value, what) {
    if (typeof value !== "string" || !value.trim()) found.push(root.BouwerDates.problem(field, what + " is nog leeg", "vul het in"));
  }

  function themeProblems(state, front, siteView, libs) {
    var C = root.BouwerCheck, found = [];
    text(found, "title", front.title, "de titel");
    text(found, "summary", front.summary, "de samenvatting");
    if (front.order !== undefined && !(typeof front.order === "number" && Math.floor(front.order) === front.order)) {
      found.push(root.BouwerDates.problem("order", "'" + state.order + "' is geen heel getal", "schrijf een getal, of laat het leeg"));
    }
    var cite = root.BouwerCitations;
    if (cite.enabled(siteView.schema) && typeof front.summary === "string" && front.summary.trim()) {
      found = found.concat(cite.proseProblems("summary", front.summary, cite.targets({}, null, siteView), "de samenvatting"));
    }
    return found.concat(C.correctionProblems(front, null), C.linkProblems(state.body, state.edit.slug, siteView, {}),
      cite.citationProblems({}, state.body, null, siteView, libs));
  }

  function placeProblems(state, siteView, libs) {
    var entry = root.BouwerContent.frontMatter(state), places = {};
    places[state.place.slug] = entry;
    var cite = root.BouwerCitations, described = [];
    if (cite.enabled(siteView.schema) && typeof entry.description === "string" && entry.description.trim()) {
      described = cite.proseProblems("place.description", entry.description, cite.targets({}, null, siteView), "de beschrijving");
    }
    return described.concat(root.BouwerPlaces.newPlaceProblems(places, siteView, libs).map(function (p) {
      return root.BouwerDates.problem(p.field.replace(/^new_places\.[^.]+/, "place"), p.message, p.hint);
    }).concat(root.BouwerCheck.correctionProblems(entry, null).map(function (p) {
      return root.BouwerDates.problem("place." + p.field, p.message, p.hint);
    })));
  }

  function changes(state, fullSite) {
    var K = root.BouwerContent, libs = root.BouwerLibs;
    return root.BouwerChanges.changes(K.originalData(state, libs), K.frontMatter(state), state.kind, fullSite,
      state.kind === "place" ? null : [state.edit.body, state.body]);
  }

  root.BouwerEdit = { requested: requested, picker: picker, showing: showing, open: open, themeProblems: themeProblems,
    placeProblems: placeProblems, changes: changes, handbook: handbook };
})(typeof globalThis !== "undefined" ? globalThis : this);
