/* The builder's page: state, the sections of the form, reacting to input, checking while typing, the
 * draft. The lists (places, events, figures, new places, corrections) are drawn by sections.js, the
 * choice of an existing file by edit.js, the preview by preview.js, the result by result.js.
 */
(function (root) {
  "use strict";

  var F, D, C, K, el;
  var state, site, fullSite, container, touched, showAll, timer;

  function mount(node, data) {
    F = root.BouwerForm; D = root.BouwerDates; C = root.BouwerCheck; K = root.BouwerContent; el = F.el;
    container = node; fullSite = data; touched = {}; showAll = false;
    container.textContent = "";
    container.appendChild(root.BouwerEdit.picker(fullSite));
    container.addEventListener("input", onInput);
    container.addEventListener("change", onInput);
    container.addEventListener("focusout", function (event) {
      var bind = event.target.getAttribute && event.target.getAttribute("data-bind");
      if (bind && event.target.value) { touched[fieldOf(bind)] = true; update(); }
    });
    var wanted = root.BouwerEdit.requested();
    if (wanted) {
      start(Object.assign(K.emptyState(), { placeholder: true }), false);  // shown while the file loads, never saved
      return root.BouwerEdit.open(wanted);  // with its draft, if the file on the site is still the one it edits
    }
    startNew();
  }

  /* A new article: the draft of one, if there is one. */
  function startNew() {
    var draft = loadDraft(null);
    start(draft || K.emptyState(), Boolean(draft && draft.title));
  }

  /* Show a state: a new article, a draft, or a file loaded for editing. */
  function start(next, restored) {
    state = next; touched = {}; showAll = false;
    site = C.siteWithout(fullSite, state.edit ? state.edit.owns : null);
    var old = container.querySelector(".bw-form"), form = draw();
    if (old) old.parentNode.replaceChild(form, old); else container.appendChild(form);
    if (!container.querySelector(".bw-result")) root.BouwerResult.mount(container, fullSite);
    root.BouwerEdit.showing(state);
    if (restored) root.BouwerResult.say(state.edit ? "Je bewerking van eerder is teruggezet. Wis concept begint opnieuw." :
      "Je concept van eerder is teruggezet. Wis concept begint opnieuw.");
    changed(true);
  }

  // ---- drawing ---------------------------------------------------------------------------------

  function section(id, title, intro, children) {
    return el("fieldset", { class: "bw-section", id: id }, [el("legend", { text: title }),
      intro ? el("p", { class: "bw-intro", text: intro }) : null].concat(children));
  }

  function fields(specs, prefix, object) {
    var citations = root.BouwerCitations.enabled(site.schema);
    return specs.filter(function (spec) { return !spec.citations || citations; }).map(function (spec) {
      var bind = prefix ? prefix + "." + spec.bind : spec.bind;
      return F.field(spec, bind, getPath(object, spec.bind), optionsFor(spec, bind));
    });
  }

  function optionsFor(spec, bind) {
    var S = root.BouwerSections;
    if (spec.type === "place") return S.placeOptions(spec.unknown);
    if (spec.type === "country") return [["", "kies…"]].concat(site.places.filter(function (p) { return p.kind === "land"; })
      .map(function (p) { return [p.slug, p.name]; }));
    if (spec.type === "within") return [["", "(niet opgegeven)"]].concat(S.allPlaces(bind));
    return F.choices(spec, site);
  }

  function draw() {
    var form = el("form", { class: "bw-form", novalidate: true });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    sections().forEach(function (node) { form.appendChild(node); });
    return form;
  }

  function sections() {
    var S = root.BouwerSections, n = 0;
    function numbered(title) { n += 1; return n + ". " + title; }
    if (state.kind === "place") {
      return [section("bw-plaats", numbered("De plaats"), "Naam, schrijfwijzen, soort en ligging van " + state.place.name + ".", [S.placeBlock("place", state.place)]),
        section("bw-correcties", numbered("Correcties"), "", [S.correctionsBlock()])];
    }
    if (state.kind === "theme") {
      return [section("bw-thema", numbered("Het thema"), "", fields(F.FIELDS.theme, "", state)),
        section("bw-tekst", numbered("De tekst"), "", [bodyField("Inleiding van het thema")]),
        section("bw-correcties", numbered("Correcties"), "", [S.correctionsBlock()]),
        section("bw-voorbeeld-sectie", numbered("Voorbeeld"), "Zo ongeveer komt het op de site.", [el("div", { id: "bw-voorbeeld", class: "bw-preview" })])];
    }
    var list = [
      section("bw-artikel", numbered("Het artikel"), "", fields(F.FIELDS.article, "", state)),
      section("bw-bron", numbered("De bron"), "Wat je niet weet, laat je leeg: verzin geen auteur of uitgever.", fields(F.FIELDS.source, "", state)),
      section("bw-themas", numbered("Thema's"), "Kies minstens één thema.", [S.themeChoices("themes", state.themes)]),
      section("bw-plaatsen", numbered("Plaatsen"), "Zoek een plaats op naam of een andere schrijfwijze. Staat hij er niet bij, " +
        "beschrijf hem dan als nieuwe plaats: hij komt in hetzelfde bestand.", [S.placePicker(), S.newPlacesBlock()]),
      section("bw-gebeurtenissen", numbered("Gebeurtenissen"), "Wat de bron dateert: een nieuwe gebeurtenis, of een die al op de site staat.", [S.eventsBlock()]),
      section("bw-cijfers", numbered("Cijfers"), "Getallen die de bron noemt, met wie ze noemt. Noemen twee partijen elk een ander getal, " +
        "zet ze dan allebei neer.", [S.figuresBlock()]),
      section("bw-tekst", numbered("De tekst"), "", [bodyField("Tekst van het artikel")])];
    if (state.mode === "edit") list.push(section("bw-correcties", numbered("Correcties"), "", [S.correctionsBlock()]));
    list.push(section("bw-voorbeeld-sectie", numbered("Voorbeeld"), "Zo ongeveer komt het artikel op de site; het verandert mee terwijl je typt.",
      [el("div", { id: "bw-voorbeeld", class: "bw-preview" })]));
    return list;
  }

  function bodyField(label) {
    var hint = "In eigen woorden. Link naar een plaats, thema of artikel met dubbele haken: [[sukhna]], of " +
      "[[sukhna|het stadje Sukhna]] met eigen linktekst.";
    if (root.BouwerCitations.enabled(site.schema)) hint += " Zet achter elke alinea waar het staat: [@naam-van-het-artikel, 3] (alinea 3 van de bron) of [@id-van-een-gebeurtenis].";
    return F.field({ label: label, type: "textarea", required: true, hint: hint }, "body", state.body);
  }

  // ---- input -----------------------------------------------------------------------------------

  function getPath(object, bind) {
    return bind.split(".").reduce(function (value, key) { return value == null ? value : value[key]; }, object);
  }

  function setPath(object, bind, value) {
    var keys = bind.split("."), last = keys.pop();
    keys.reduce(function (value, key) { return value[key]; }, object)[last] = value;
  }

  function fieldOf(bind) {
    return root.BouwerSections.fieldOf(bind);
  }

  function onInput(event) {
    var target = event.target, bind = target.getAttribute("data-bind");
    if (target.hasAttribute("data-choice")) return root.BouwerSections.choice(target);
    if (!bind) return;
    var before = getPath(state, bind);
    setPath(state, bind, target.value);
    if (event.type === "change") touched[fieldOf(bind)] = true;
    if (target.tagName !== "SELECT" && event.type === "input") touched[fieldOf(bind)] = touched[fieldOf(bind)] || target.value.length > 0;
    var followed = root.BouwerSections.follow(bind, before);
    if (followed) root.BouwerSections.refreshPlaceChoices();
    if (/\.claimed_by$/.test(bind)) root.BouwerSections.claimNote(bind);
    changed(false);
  }

  function setValue(bind, value) {
    setPath(state, bind, value);
    var input = document.getElementById(F.domId(bind));
    if (input) input.value = value;
  }

  /* After a change: redraw the lists when their shape changed, then check and show. */
  function changed(redraw, focusId) {
    if (redraw) {
      root.BouwerSections.drawAll();
      if (focusId && document.getElementById(focusId)) document.getElementById(focusId).focus();
    }
    update();
  }

  function update() {
    saveDraft();
    clearTimeout(timer);
    container.setAttribute("data-pending", "ja");  // until the check has run (tests wait for it)
    timer = setTimeout(check, 120);
  }

  /* Every problem of the file as it stands, the builder's own (a correction asked for) included. */
  function problems() {
    var front = K.frontMatter(state), libs = root.BouwerLibs;
    if (state.kind === "place") return root.BouwerEdit.placeProblems(state, site, libs);
    if (state.kind === "theme") return root.BouwerEdit.themeProblems(state, front, site, libs);
    var found = C.validateArticle(front, state.body, state.slug, site, libs);
    if (state.edit) found = found.concat(C.orphanProblems(front, fullSite, state.edit.slug));
    return found;
  }

  function check() {
    var found = problems(), changes = state.edit ? root.BouwerEdit.changes(state, fullSite) : [];
    var factual = changes.some(function (c) { return c.factual; });
    if (factual && !state.correction.trim()) {
      found.push(D.problem("correction", "je verandert een feit (zie 'Wat er verandert'): schrijf de correctie voor de lezers",
        "in één of twee zinnen: wat er stond, en wat het nu is; die zin komt op de pagina en op /correcties/"));
    }
    root.BouwerSections.notes();
    root.BouwerProblems.show(container, found, touched, showAll);
    if (root.BouwerPreview && document.getElementById("bw-voorbeeld")) root.BouwerPreview.draw(document.getElementById("bw-voorbeeld"), state, fullSite);
    root.BouwerResult.update(found, state, changes, factual);
    container.removeAttribute("data-pending");
  }

  function revealAll() { showAll = true; check(); }

  // ---- draft -----------------------------------------------------------------------------------

  /* One draft per file: a new article's, and one per page being edited, so opening one never loses another. */
  function draftKey(page) { return window.BouwerDraftKey + (page ? ":" + page : ""); }

  function loadDraft(page) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(draftKey(page)) || "null");
      if (!saved || typeof saved !== "object" || !Array.isArray(saved.events)) return null;
      return Object.assign(K.emptyState(), saved);
    } catch (error) { return null; }
  }

  function saveDraft() {
    if (state.placeholder) return;
    try { window.localStorage.setItem(draftKey(state.edit && state.edit.page), JSON.stringify(state)); } catch (error) { /* private mode */ }
  }

  /* Wiping a draft: a new article starts empty, an edited file is loaded again as the site has it. */
  function clearDraft() {
    var page = state.edit && state.edit.page;
    try { window.localStorage.removeItem(draftKey(page)); } catch (error) { /* private mode */ }
    if (page) return root.BouwerEdit.open(page);
    start(K.emptyState(), false);
  }

  root.BouwerView = { mount: mount, start: start, startNew: startNew, loadDraft: loadDraft, revealAll: revealAll, clearDraft: clearDraft, fieldOf: fieldOf,
    changed: changed, setValue: setValue, touch: function (field) { touched[field] = true; },
    state: function () { return state; }, site: function () { return site; }, fullSite: function () { return fullSite; },
    fields: fields, redraw: function () { changed(true); } };
})(typeof globalThis !== "undefined" ? globalThis : this);
