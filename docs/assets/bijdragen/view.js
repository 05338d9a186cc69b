/* The builder's form on the page: drawing the sections, reacting to input, showing problems. */
(function (root) {
  "use strict";

  var F, D, C, O, S, el;
  var state, site, container, touched, showAll, timer;

  function mount(node, data, base) {
    F = root.BouwerForm; D = root.BouwerDates; C = root.BouwerCheck; O = root.BouwerOutput; S = root.BouwerState;
    el = F.el; container = node; site = data; touched = {}; showAll = false;
    var draft = loadDraft();
    state = draft || S.emptyState();
    container.textContent = "";
    container.appendChild(draw());
    root.BouwerResult.mount(container, site, base);
    if (draft && draft.title) root.BouwerResult.say("Je concept van eerder is teruggezet. Wis concept begint opnieuw.");
    container.addEventListener("input", onInput);
    container.addEventListener("change", onInput);
    container.addEventListener("focusout", function (event) {
      var bind = event.target.getAttribute && event.target.getAttribute("data-bind");
      if (bind && event.target.value) { touched[fieldOf(bind)] = true; update(); }
    });
    changed(true);
  }

  // ---- drawing ---------------------------------------------------------------------------------

  function section(id, title, intro, children) {
    return el("fieldset", { class: "bw-section", id: id }, [el("legend", { text: title }),
      intro ? el("p", { class: "bw-intro", text: intro }) : null].concat(children));
  }

  function fields(specs, prefix, object, options) {
    return specs.map(function (spec) {
      var bind = prefix ? prefix + "." + spec.bind : spec.bind;
      return F.field(spec, bind, S.getPath(object, spec.bind), optionsFor(spec, options));
    });
  }

  function optionsFor(spec, options) {
    if (spec.type === "place") return placeOptions();
    if (spec.type === "country") {
      return [["", "kies…"]].concat(site.places.filter(function (p) { return p.kind === "land"; })
        .map(function (p) { return [p.slug, p.name]; }));
    }
    return options;
  }

  function placeOptions() {
    var chosen = state.locations.slice(), all = [["", "kies…"]];
    var np = S.newPlace(state);
    if (np && np.slug) all.push([np.slug, (np.name || np.slug) + " (nieuwe plaats)"]);
    site.places.filter(function (p) { return chosen.indexOf(p.slug) >= 0; })
      .concat(site.places.filter(function (p) { return chosen.indexOf(p.slug) < 0; }))
      .forEach(function (p) { all.push([p.slug, p.name + (p.aliases.length ? " (" + p.aliases.join(", ") + ")" : "")]); });
    return all;
  }

  function draw() {
    var form = el("form", { class: "bw-form", novalidate: true, "aria-describedby": "bw-form-intro" });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    [section("bw-artikel", "1. Het artikel", "", fields(F.FIELDS.article, "", state)),
      section("bw-bron", "2. De bron", "Wat je niet weet, laat je leeg: verzin geen auteur of uitgever.",
        fields(F.FIELDS.source, "", state)),
      section("bw-themas", "3. Thema's", "Kies minstens één thema.", [themeChoices()]),
      section("bw-plaatsen", "4. Plaatsen", "Zoek een plaats op naam of een andere schrijfwijze.", [placePicker()]),
      section("bw-nieuwe-plaats", "5. Een nieuwe plaats (alleen als hij nog niet in de lijst staat)", "", [newPlaceBlock()]),
      section("bw-gebeurtenissen", "6. Gebeurtenissen", "Wat de bron dateert: een nieuwe gebeurtenis, of een die al op de site staat.", [eventsBlock()]),
      section("bw-cijfers", "7. Cijfers", "Getallen die de bron noemt, met wie ze noemt.", [figuresBlock()]),
      section("bw-tekst", "8. De tekst", "", [F.field({ label: "Tekst van het artikel", type: "textarea", required: true,
        hint: "In eigen woorden. Link naar een plaats, thema of artikel met dubbele haken: [[sukhna]], of " +
          "[[sukhna|het stadje Sukhna]] met eigen linktekst." }, "body", state.body)])
    ].forEach(function (node) { form.appendChild(node); });
    return form;
  }

  function themeChoices() {
    var group = el("div", { class: "bw-choices", "data-bind-field": "themes", role: "group", "aria-describedby": "bw-themes-error" });
    site.themes.forEach(function (theme) {
      var id = "bw-thema-" + theme.slug;
      var box = el("input", { type: "checkbox", id: id, value: theme.slug, "data-theme": theme.slug });
      box.checked = state.themes.indexOf(theme.slug) >= 0;
      group.appendChild(el("div", { class: "bw-choice" }, [box, el("label", { for: id, text: theme.title })]));
    });
    group.appendChild(el("p", { class: "bw-error", id: "bw-themes-error", hidden: true }));
    return group;
  }

  function placePicker() {
    var list = el("datalist", { id: "bw-plaatsenlijst" }, site.places.map(function (p) {
      return el("option", { value: p.name + (p.aliases.length ? " (" + p.aliases.join(", ") + ")" : "") });
    }));
    var input = el("input", { type: "text", id: "bw-plaats-zoek", list: "bw-plaatsenlijst", autocomplete: "off",
      "aria-describedby": "bw-plaats-zoek-hint bw-locations-error" });
    var add = el("button", { type: "button", class: "md-button", text: "Plaats toevoegen" });
    add.addEventListener("click", function () { addPlace(input); });
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); addPlace(input); } });
    return el("div", { "data-bind-field": "locations" }, [
      el("label", { for: "bw-plaats-zoek", text: "Plaats zoeken" }),
      el("p", { class: "bw-hint", id: "bw-plaats-zoek-hint", text: "Typ een naam of schrijfwijze (Hasakeh, Sukhnah) en kies Toevoegen." }),
      el("div", { class: "bw-row" }, [input, add]), list,
      el("p", { class: "bw-error", id: "bw-locations-error", hidden: true }),
      el("ul", { class: "bw-chosen", id: "bw-gekozen-plaatsen", "aria-label": "Gekozen plaatsen" })]);
  }

  function findPlace(text) {
    var wanted = D.slugify(text.replace(/\s*\(.*\)\s*$/, ""));
    return site.places.find(function (p) {
      return p.slug === wanted || D.slugify(p.name) === wanted ||
        p.aliases.some(function (alias) { return D.slugify(alias) === wanted; });
    });
  }

  function addPlace(input) {
    var place = findPlace(input.value), error = document.getElementById("bw-locations-error");
    if (!place) {
      error.hidden = false;
      error.textContent = input.value.trim() ? "'" + input.value.trim() + "' staat niet in de lijst met plaatsen — " +
        "kies een voorstel uit de lijst, of beschrijf de plaats bij 5. Een nieuwe plaats" : "typ eerst een plaatsnaam";
      input.focus();
      return;
    }
    error.hidden = true;
    if (state.locations.indexOf(place.slug) < 0) state.locations.push(place.slug);
    input.value = "";
    changed(true);
  }

  function drawChosenPlaces() {
    var list = document.getElementById("bw-gekozen-plaatsen");
    list.textContent = "";
    state.locations.forEach(function (slug, i) {
      var place = site.places.find(function (p) { return p.slug === slug; });
      var remove = el("button", { type: "button", class: "bw-remove", text: "Verwijder",
        "aria-label": "Verwijder " + (place ? place.name : slug) });
      remove.addEventListener("click", function () { state.locations.splice(i, 1); changed(true); });
      list.appendChild(el("li", { "data-bind-field": "locations." + i }, [
        el("span", { text: (place ? place.name : slug) + " " }), el("code", { text: slug }), remove]));
    });
  }

  function newPlaceBlock() {
    var holder = el("div", { id: "bw-nieuwe-plaats-velden" });
    var toggle = el("button", { type: "button", class: "md-button", id: "bw-nieuwe-plaats-knop" });
    toggle.addEventListener("click", function () {
      state.place = state.place ? null : S.emptyPlace();
      changed(true);
      if (state.place) document.getElementById("bw-place-name").focus();
    });
    return el("div", {}, [el("p", { class: "bw-intro", text: "Staat een plaats niet in de lijst? Beschrijf hem hier. " +
      "Je krijgt er dan ook de regels voor content/locations.yml bij." }), toggle, holder]);
  }

  function drawNewPlace() {
    var holder = document.getElementById("bw-nieuwe-plaats-velden");
    var toggle = document.getElementById("bw-nieuwe-plaats-knop");
    holder.textContent = "";
    toggle.textContent = state.place ? "Nieuwe plaats weghalen" : "Nieuwe plaats beschrijven";
    toggle.setAttribute("aria-expanded", state.place ? "true" : "false");
    if (!state.place) return;
    fields(F.FIELDS.place, "place", state.place).forEach(function (node) { holder.appendChild(node); });
    var lon = holder.querySelector('[data-bind-field="place.lon"]');
    holder.insertBefore(root.BouwerMap.draw(site, state.place, function (lat, lon) {
      state.place.lat = String(lat); state.place.lon = String(lon);
      document.getElementById("bw-place-lat").value = state.place.lat;
      document.getElementById("bw-place-lon").value = state.place.lon;
      touched["plaats.lat"] = touched["plaats.lon"] = true;
      changed(false);
    }), lon.nextSibling);
  }

  function eventsBlock() {
    var addNew = el("button", { type: "button", class: "md-button", text: "Nieuwe gebeurtenis" });
    addNew.addEventListener("click", function () {
      state.events.push({ kind: "new", id: "", idEdited: false, date: "", title: "", location: "", summary: "" });
      changed(true, "bw-events-" + (state.events.length - 1) + "-title");
    });
    var pick = el("select", { id: "bw-bestaande-gebeurtenis", "aria-describedby": "bw-bestaande-hint" },
      [el("option", { value: "", text: "kies een gebeurtenis…" })].concat(site.events.map(function (e) {
        return el("option", { value: e.id, text: e.date + " — " + e.title });
      })));
    var addRef = el("button", { type: "button", class: "md-button", text: "Bestaande toevoegen" });
    addRef.addEventListener("click", function () {
      if (!pick.value) { pick.focus(); return; }
      state.events.push({ kind: "ref", id: pick.value });
      pick.value = "";
      changed(true);
    });
    return el("div", {}, [el("ol", { class: "bw-list", id: "bw-gebeurtenissen-lijst" }),
      el("div", { class: "bw-row" }, [addNew]),
      el("label", { for: "bw-bestaande-gebeurtenis", text: "Een gebeurtenis die al op de site staat" }),
      el("p", { class: "bw-hint", id: "bw-bestaande-hint", text: "Dit artikel wordt dan een extra bron van die gebeurtenis." }),
      el("div", { class: "bw-row" }, [pick, addRef])]);
  }

  function removeButton(list, i, what) {
    var button = el("button", { type: "button", class: "bw-remove", text: "Verwijder " + what });
    button.addEventListener("click", function () { list.splice(i, 1); changed(true); });
    return button;
  }

  function drawEvents() {
    var list = document.getElementById("bw-gebeurtenissen-lijst");
    list.textContent = "";
    state.events.forEach(function (event, i) {
      var prefix = "events." + i, item = el("li", { class: "bw-item", "data-bind-field": prefix });
      if (event.kind === "ref") {
        var known = site.events.find(function (e) { return e.id === event.id; });
        item.appendChild(el("p", { text: "Bestaande gebeurtenis: " + (known ? known.date + " — " + known.title : event.id) }));
      } else {
        item.appendChild(el("h3", { class: "bw-item-title", text: "Nieuwe gebeurtenis " + (i + 1) }));
        fields(F.FIELDS.event, prefix, event).forEach(function (node) { item.appendChild(node); });
      }
      item.appendChild(el("p", { class: "bw-error", id: F.domId(prefix) + "-error", hidden: true }));
      item.appendChild(removeButton(state.events, i, "gebeurtenis " + (i + 1)));
      list.appendChild(item);
    });
  }

  function figuresBlock() {
    var add = el("button", { type: "button", class: "md-button", text: "Cijfer toevoegen" });
    add.addEventListener("click", function () {
      state.figures.push({ id: "", idEdited: false, label: "", value: "", high: "", qualifier: "", unit: "", date: "",
        according_to: "", location: "" });
      changed(true, "bw-figures-" + (state.figures.length - 1) + "-label");
    });
    return el("div", {}, [el("ol", { class: "bw-list", id: "bw-cijfers-lijst" }), add]);
  }

  function drawFigures() {
    var list = document.getElementById("bw-cijfers-lijst");
    list.textContent = "";
    state.figures.forEach(function (figure, i) {
      var prefix = "figures." + i, item = el("li", { class: "bw-item", "data-bind-field": prefix },
        [el("h3", { class: "bw-item-title", text: "Cijfer " + (i + 1) })]);
      fields(F.FIELDS.figure, prefix, figure).forEach(function (node) { item.appendChild(node); });
      item.appendChild(el("p", { class: "bw-error", id: F.domId(prefix) + "-error", hidden: true }));
      item.appendChild(removeButton(state.figures, i, "cijfer " + (i + 1)));
      list.appendChild(item);
    });
  }

  // ---- input -----------------------------------------------------------------------------------

  function fieldOf(bind) {
    return bind.replace(/^place\./, "plaats.").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
  }

  function onInput(event) {
    var target = event.target, bind = target.getAttribute("data-bind");
    if (target.hasAttribute("data-theme")) {
      state.themes = Array.prototype.filter.call(container.querySelectorAll("[data-theme]"), function (box) {
        return box.checked; }).map(function (box) { return box.value; });
      touched.themes = true;
      return changed(false);
    }
    if (!bind) return;
    S.setPath(state, bind, target.value);
    if (event.type === "change") touched[fieldOf(bind)] = true;
    if (target.tagName !== "SELECT" && event.type === "input") touched[fieldOf(bind)] = touched[fieldOf(bind)] || target.value.length > 0;
    autoNames(bind);
    if (bind === "place.name" || bind === "place.slug") refreshPlaceChoices();
    changed(false);
  }

  /* The new place's name or slug changed: only the place choices of events and figures follow.
   * Redrawing the new place's own fields here would take the focus away at every keystroke. */
  function refreshPlaceChoices() {
    var options = placeOptions();
    container.querySelectorAll('select[data-bind$=".location"]').forEach(function (select) {
      var value = select.value;
      select.textContent = "";
      options.forEach(function (option) { select.appendChild(el("option", { value: option[0], text: option[1] })); });
      select.value = value;
    });
  }

  /* Slugs and ids follow the title until the contributor edits them. */
  function autoNames(bind) {
    var m = /^(events|figures)\.(\d+)\.(\w+)$/.exec(bind);
    if (bind === "slug") state.slugEdited = true;
    if (bind === "title" && !state.slugEdited) setValue("slug", D.slugify(state.title));
    if (bind === "place.slug") state.place.slugEdited = true;
    if (bind === "place.name" && !state.place.slugEdited) setValue("place.slug", D.slugify(state.place.name));
    if (!m) return;
    var item = state[m[1]][m[2]], source = m[1] === "events" ? "title" : "label";
    if (m[3] === "id") item.idEdited = true;
    else if ((m[3] === source || m[3] === "date") && !item.idEdited) setValue(m[1] + "." + m[2] + ".id", S.autoId(item[source], item.date));
  }

  function setValue(bind, value) {
    S.setPath(state, bind, value);
    var input = document.getElementById(F.domId(bind));
    if (input) input.value = value;
  }

  /* After a change: redraw the lists when their shape changed, then check and show. */
  function changed(redraw, focusId) {
    if (redraw) {
      drawChosenPlaces(); drawNewPlace(); drawEvents(); drawFigures();
      if (focusId && document.getElementById(focusId)) document.getElementById(focusId).focus();
    }
    update();
  }

  function update() {
    saveDraft();
    clearTimeout(timer);
    timer = setTimeout(check, 120);
  }

  function check() {
    var place = S.newPlace(state);
    var withPlace = Object.assign({}, site, { newPlaces: place && place.slug ? [place] : [] });
    var problems = C.validateArticle(S.frontMatter(state), state.body, state.slug, withPlace, root.BouwerLibs);
    if (place) problems = problems.concat(O.validatePlace(place, site, root.BouwerLibs));
    root.BouwerProblems.show(container, problems, touched, showAll);
    root.BouwerResult.update(problems, state, place);
  }

  function revealAll() { showAll = true; check(); }

  // ---- draft -----------------------------------------------------------------------------------

  function loadDraft() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(window.BouwerDraftKey) || "null");
      return saved && typeof saved === "object" ? Object.assign(S.emptyState(), saved) : null;
    } catch (error) { return null; }
  }

  function saveDraft() {
    try { window.localStorage.setItem(window.BouwerDraftKey, JSON.stringify(state)); } catch (error) { /* private mode */ }
  }

  function clearDraft() {
    try { window.localStorage.removeItem(window.BouwerDraftKey); } catch (error) { /* private mode */ }
    state = S.emptyState(); touched = {}; showAll = false;
    var form = container.querySelector(".bw-form");
    form.parentNode.replaceChild(draw(), form);
    changed(true);
  }

  root.BouwerView = { mount: mount, revealAll: revealAll, clearDraft: clearDraft, fieldOf: fieldOf,
    state: function () { return state; }, redraw: function () { changed(true); } };
})(typeof globalThis !== "undefined" ? globalThis : this);
