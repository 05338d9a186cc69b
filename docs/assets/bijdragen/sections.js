/* The lists of the builder's form: themes, the place search and the chosen places, new places (with
 * their map), events (new ones and references to events other articles define), figures (a second
 * estimate of the same quantity in one click), corrections. Names follow what they are made from
 * (slug from title, ids from title and year, made unique), and the place choices follow new places.
 */
(function (root) {
  "use strict";

  var F, D, K, P, el;

  function init() { F = root.BouwerForm; D = root.BouwerDates; K = root.BouwerContent; P = root.BouwerPlaces; el = F.el; }
  function V() { return root.BouwerView; }
  function state() { return V().state(); }
  function site() { return V().site(); }

  function byId(id) { return document.getElementById(id); }

  // ---- field names: the form's binding <-> the check's field ------------------------------------

  /* "events.0.date" -> "events[0].date"; "newPlaces.0.lat" -> "new_places.<slug>.lat". */
  function fieldOf(bind) {
    var m = /^newPlaces\.(\d+)\.?(.*)$/.exec(bind);
    if (m) {
      var place = state().newPlaces[+m[1]];
      return "new_places." + (place ? place.slug : m[1]) + (m[2] ? "." + m[2] : "");
    }
    return bind.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
  }

  function bindOf(field) {
    var m = /^new_places\.([^.]+)\.?(.*)$/.exec(field);
    if (m) {
      var i = state().newPlaces.map(function (p) { return p.slug; }).indexOf(m[1]);
      return "newPlaces." + (i < 0 ? 0 : i) + (m[2] ? "." + m[2].replace(/\[(\d+)\]/g, ".$1") : "");
    }
    return field.replace(/\[(\d+)\]/g, ".$1");
  }

  // ---- choices of places -------------------------------------------------------------------------

  function label(place) { return place.name + " (" + P.describePlace(place, site().places) + ")"; }

  function newPlaceList() {
    return state().newPlaces.filter(function (p) { return p.slug; }).map(function (p) { return [p.slug, (p.name || p.slug) + " (nieuwe plaats)"]; });
  }

  /* The choices of an event's or figure's place: this article's places first, then all. */
  function placeOptions(unknown) {
    var chosen = state().locations, own = site().places.filter(function (p) { return chosen.indexOf(p.slug) >= 0; });
    var groups = [["", "kies…"]];
    if (unknown) groups.push(["onbekend", "plaats niet bekend (de bron noemt er geen)"]);
    var mine = newPlaceList().concat(own.map(function (p) { return [p.slug, label(p)]; }));
    if (mine.length) groups.push({ group: "Plaatsen van dit artikel", options: mine });
    groups.push({ group: "Alle plaatsen", options: site().places.map(function (p) { return [p.slug, label(p)]; }) });
    return groups;
  }

  function allPlaces(bind) {
    var own = /^newPlaces\.(\d+)/.exec(bind || ""), slug = own ? state().newPlaces[+own[1]].slug : "";
    return newPlaceList().filter(function (p) { return p[0] !== slug; }).concat(site().places.filter(function (p) { return p.kind !== "land"; })
      .map(function (p) { return [p.slug, label(p)]; }));
  }

  function refill(select, list) {
    var value = select.value;
    select.textContent = "";
    F.options(list).forEach(function (node) { select.appendChild(node); });
    select.value = value;
  }

  /* A new place's name or slug changed: only the place choices follow (its own fields keep the focus). */
  function refreshPlaceChoices() {
    document.querySelectorAll('.bouwer select[data-bind$=".location"]').forEach(function (select) {
      refill(select, placeOptions(/^events\./.test(select.getAttribute("data-bind"))));
    });
    document.querySelectorAll('.bouwer select[data-bind$=".within"]').forEach(function (select) {
      refill(select, [["", "(niet opgegeven)"]].concat(allPlaces(select.getAttribute("data-bind"))));
    });
    drawChosenPlaces();
  }

  // ---- themes ----------------------------------------------------------------------------------

  function themeChoices(bind, selected) {
    var group = el("div", { class: "bw-choices", "data-bind-field": bind, role: "group", "aria-describedby": F.domId(bind) + "-error" });
    site().themes.forEach(function (theme) {
      var id = F.domId(bind) + "-" + theme.slug;
      var box = el("input", { type: "checkbox", id: id, value: theme.slug, "data-choice": bind });
      box.checked = selected.indexOf(theme.slug) >= 0;
      group.appendChild(el("div", { class: "bw-choice" }, [box, el("label", { for: id, text: theme.title })]));
    });
    group.appendChild(el("p", { class: "bw-error", id: F.domId(bind) + "-error", hidden: true }));
    return group;
  }

  function choice(box) {
    var bind = box.getAttribute("data-choice"), boxes = document.querySelectorAll('[data-choice="' + bind + '"]');
    var values = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).map(function (b) { return b.value; });
    var keys = bind.split("."), last = keys.pop(), target = keys.reduce(function (v, k) { return v[k]; }, state());
    target[last] = values;
    V().touch(fieldOf(bind));
    V().changed(false);
  }

  // ---- the place search -------------------------------------------------------------------------

  function placePicker() {
    var input = el("input", { type: "text", id: "bw-plaats-zoek", autocomplete: "off", spellcheck: "false",
      "aria-describedby": "bw-plaats-zoek-hint bw-locations-error", "aria-controls": "bw-plaats-voorstellen" });
    var add = el("button", { type: "button", class: "md-button", text: "Plaats toevoegen" });
    add.addEventListener("click", function () { addTyped(input); });
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); addTyped(input); } });
    input.addEventListener("input", function () { suggest(input.value, false); });
    return el("div", { "data-bind-field": "locations", class: "bw-picker" }, [
      el("label", { for: "bw-plaats-zoek", text: "Plaats zoeken" }),
      el("p", { class: "bw-hint", id: "bw-plaats-zoek-hint", text: "Typ een naam of schrijfwijze (Hasakeh, As-Sukhnah, Mayadin); " +
        "kies dan een voorstel, of druk op Enter als er maar één is." }),
      el("div", { class: "bw-row" }, [input, add]),
      el("p", { class: "bw-error", id: "bw-locations-error", hidden: true }),
      el("div", { id: "bw-plaats-voorstellen", class: "bw-suggestions", "aria-live": "polite" }),
      el("ul", { class: "bw-chosen", id: "bw-gekozen-plaatsen", "aria-label": "Gekozen plaatsen" })]);
  }

  function hits(text) {
    var all = site().places.concat(state().newPlaces.filter(function (p) { return p.slug && p.name; }).map(function (p) {
      return { slug: p.slug, name: p.name, aliases: K.list(p.aliases), kind: p.kind, country: p.country, within: p.within, fresh: true };
    }));
    return text.trim() ? P.searchPlaces(text, all, 6) : [];
  }

  /* The one place a text means, when there is no doubt; else null. */
  function sole(found) {
    if (found.length === 1) return found[0].place;
    if (found.length && found[0].score >= 0.97 && found[1].score < 0.85) return found[0].place;
    return null;
  }

  function suggest(text, explain) {
    var box = byId("bw-plaats-voorstellen"), found = hits(text);
    box.textContent = "";
    if (!text.trim()) return found;
    if (found.length > 1 && !sole(found)) {
      box.appendChild(el("p", { class: "bw-hint", text: explain ? "Er zijn meer plaatsen die zo kunnen heten: kies welke je bedoelt." :
        "Bedoel je een van deze plaatsen?" }));
    }
    var list = el("ul", { class: "bw-suggestion-list" });
    found.forEach(function (hit) {
      var button = el("button", { type: "button", class: "bw-pick", "data-place": hit.place.slug, text: "Voeg toe: " + hit.place.name });
      button.addEventListener("click", function () { choosePlace(hit.place.slug); });
      var via = hit.via && D.slugify(hit.via) !== D.slugify(hit.place.name) ? " — gevonden als " + hit.via : "";
      list.appendChild(el("li", {}, [button, el("span", { class: "bw-hint", text: " " + P.describePlace(hit.place, site().places) + via })]));
    });
    if (found.length) box.appendChild(list);
    if (!found.length || explain) {
      var describe = el("button", { type: "button", class: "md-button", id: "bw-als-nieuwe-plaats", text: "Beschrijf '" + text.trim() + "' als nieuwe plaats" });
      describe.addEventListener("click", function () { newPlace(text.trim()); });
      box.appendChild(el("p", {}, [el("span", { text: found.length ? "Staat de plaats er niet bij? " : "'" + text.trim() + "' staat niet in de lijst met plaatsen. " }), describe]));
    }
    return found;
  }

  function addTyped(input) {
    var error = byId("bw-locations-error"), found = hits(input.value), place = sole(found);
    error.hidden = true;
    if (!input.value.trim()) { error.hidden = false; error.textContent = "typ eerst een plaatsnaam"; input.focus(); return; }
    if (!place) { suggest(input.value, true); (byId("bw-plaats-voorstellen").querySelector("button") || input).focus(); return; }
    choosePlace(place.slug);
  }

  function choosePlace(slug) {
    var input = byId("bw-plaats-zoek");
    if (state().locations.indexOf(slug) < 0) state().locations.push(slug);
    input.value = "";
    byId("bw-plaats-voorstellen").textContent = "";
    V().touch("locations");
    V().changed(true, "bw-plaats-zoek");
  }

  function drawChosenPlaces() {
    var list = byId("bw-gekozen-plaatsen");
    if (!list) return;
    list.textContent = "";
    state().locations.forEach(function (slug, i) {
      var place = site().places.filter(function (p) { return p.slug === slug; })[0];
      var fresh = state().newPlaces.filter(function (p) { return p.slug === slug; })[0];
      var name = place ? place.name : fresh ? fresh.name + " (nieuwe plaats)" : slug;
      var words = place ? P.describePlace(place, site().places) : fresh && fresh.kind ? "nieuwe " + P.describePlace(fresh, site().places) : "";
      var remove = el("button", { type: "button", class: "bw-remove", text: "Verwijder", "aria-label": "Verwijder " + name });
      remove.addEventListener("click", function () { state().locations.splice(i, 1); V().changed(true, "bw-plaats-zoek"); });
      list.appendChild(el("li", { "data-bind-field": "locations." + i }, [el("span", { text: name + " " }),
        el("span", { class: "bw-hint", text: words }), remove]));
    });
  }

  // ---- new places ----------------------------------------------------------------------------

  function newPlacesBlock() {
    var add = el("button", { type: "button", class: "md-button", id: "bw-nieuwe-plaats-knop", text: "Een nieuwe plaats beschrijven" });
    add.addEventListener("click", function () { newPlace(""); });
    return el("div", {}, [el("ol", { class: "bw-list", id: "bw-nieuwe-plaatsen" }), add]);
  }

  function newPlace(name) {
    var place = K.emptyPlace();
    place.fresh = true;
    place.name = name;
    place.slug = D.slugify(name);
    state().newPlaces.push(place);
    if (place.slug) state().locations.push(place.slug);
    if (byId("bw-plaats-zoek")) { byId("bw-plaats-zoek").value = ""; byId("bw-plaats-voorstellen").textContent = ""; }
    var i = state().newPlaces.length - 1;
    V().changed(true, F.domId("newPlaces." + i + (name ? ".kind" : ".name")));
  }

  function drawNewPlaces() {
    var list = byId("bw-nieuwe-plaatsen");
    if (!list) return;
    list.textContent = "";
    state().newPlaces.forEach(function (place, i) {
      var item = el("li", { class: "bw-item", "data-bind-field": "newPlaces." + i });
      folded(item, place, "Nieuwe plaats " + (i + 1) + (place.name ? ": " + place.name : ""), "", [placeBlock("newPlaces." + i, place)]);
      item.appendChild(removeButton(state().newPlaces, i, "nieuwe plaats " + (i + 1), function () {
        var at = state().locations.indexOf(place.slug);
        if (at >= 0 && place.fresh) state().locations.splice(at, 1);
      }));
      list.appendChild(item);
    });
  }

  /* The fields of a place (a new one, or the gazetteer's place being edited) with the map beside them. */
  function placeBlock(prefix, place) {
    var holder = el("div", { class: "bw-place" });
    var specs = F.FIELDS.place.filter(function (spec) { return !(spec.bind === "slug" && state().mode === "edit" && prefix === "place"); });
    V().fields(specs, prefix, place).forEach(function (node) { holder.appendChild(node); });
    var lon = holder.querySelector('[data-bind-field="' + prefix + '.lon"]');
    holder.insertBefore(root.BouwerMap.draw(site(), place, function (lat, lonValue) {
      V().setValue(prefix + ".lat", String(lat));
      V().setValue(prefix + ".lon", String(lonValue));
      V().touch(fieldOf(prefix + ".lat")); V().touch(fieldOf(prefix + ".lon"));
      V().changed(false);
    }), lon.nextSibling);
    return holder;
  }

  // ---- events and figures -----------------------------------------------------------------

  function removeButton(list, i, what, before) {
    var button = el("button", { type: "button", class: "bw-remove", text: "Verwijder " + what });
    button.addEventListener("click", function () { if (before) before(); list.splice(i, 1); V().changed(true); });
    return button;
  }

  function eventsBlock() {
    var addNew = el("button", { type: "button", class: "md-button", text: "Nieuwe gebeurtenis" });
    addNew.addEventListener("click", function () {
      state().events.push(K.emptyEvent("new"));
      V().changed(true, "bw-events-" + (state().events.length - 1) + "-title");
    });
    var pick = el("select", { id: "bw-bestaande-gebeurtenis", "aria-describedby": "bw-bestaande-hint" },
      [el("option", { value: "", text: "kies een gebeurtenis…" })].concat(site().events.map(function (e) {
        return el("option", { value: e.id, text: D.describeDate(e.date).replace(/ \([^()]*\)$/, "") + " — " + e.title });
      })));
    var addRef = el("button", { type: "button", class: "md-button", text: "Bestaande toevoegen" });
    addRef.addEventListener("click", function () {
      if (!pick.value) { pick.focus(); return; }
      var ref = K.emptyEvent("ref");
      ref.id = pick.value;
      state().events.push(ref);
      pick.value = "";
      V().changed(true);
    });
    return el("div", { class: "bw-picker" }, [el("ol", { class: "bw-list", id: "bw-gebeurtenissen-lijst" }),
      el("div", { class: "bw-row" }, [addNew]),
      el("label", { for: "bw-bestaande-gebeurtenis", text: "Een gebeurtenis die een ander artikel al beschrijft" }),
      el("p", { class: "bw-hint", id: "bw-bestaande-hint", text: "Dit artikel wordt dan een extra bron van die gebeurtenis." }),
      el("div", { class: "bw-row" }, [pick, addRef])]);
  }

  /* An item loaded from the file is folded to one line (what, when, who), so one event of many is easy to find;
   * a new item, or one with a problem to show, is open. */
  function folded(item, entry, title, line, nodes) {
    var loaded = entry.raw && Object.keys(entry.raw).length > 0;
    var heading = el("h3", { class: "bw-item-title", text: title });
    if (!loaded) { item.appendChild(heading); nodes.forEach(function (n) { item.appendChild(n); }); return; }
    var fold = el("details", { class: "bw-fold" }, [el("summary", {}, [heading, el("span", { class: "bw-fold-line", text: line })])]);
    nodes.forEach(function (n) { fold.appendChild(n); });
    fold.open = Boolean(entry.open);
    fold.addEventListener("toggle", function () { entry.open = fold.open; });
    item.appendChild(fold);
  }

  /* " · geclaimd, volgens IS": how the sources bring an event, in the words of the site. */
  function claim(event) {
    var names = ((((site().schema.$defs || {}).EventEntry || { properties: {} }).properties.claimed_by) || {})["x-namen"] || {};
    var who = event.claimed_by === "anders" ? event.claimed_by_text : names[event.claimed_by] || event.claimed_by;
    var status = event.status || (event.claimed_by ? "geclaimd" : "");
    return (status ? " · " + status : "") + (who ? ", volgens " + who : "");
  }

  function when(date) { return date ? D.describeDate(date).replace(/ \([^()]*\)$/, "") : ""; }

  function drawEvents() {
    var list = byId("bw-gebeurtenissen-lijst");
    if (!list) return;
    list.textContent = "";
    state().events.forEach(function (event, i) {
      var prefix = "events." + i, item = el("li", { class: "bw-item", "data-bind-field": prefix }), nodes;
      if (event.kind === "ref") {
        var known = V().fullSite().events.filter(function (e) { return e.id === event.id; })[0];
        nodes = [el("p", { class: "bw-hint", text: known ? when(known.date) + (known.claimed_by_name ? " · volgens " + known.claimed_by_name : "") : "" })]
          .concat(V().fields(F.FIELDS.reference, prefix, event));
        folded(item, event, "Bestaande gebeurtenis: " + (known ? known.title : event.id), known ? " — " + when(known.date) : "", nodes);
      } else {
        nodes = V().fields(F.FIELDS.event, prefix, event);
        var themes = el("details", { class: "bw-more" }, [el("summary", { text: "Thema's van deze gebeurtenis (alleen als ze afwijken van die van het artikel)" }),
          themeChoices(prefix + ".themes", event.themes || [])]);
        if (event.themes && event.themes.length) themes.open = true;
        nodes.splice(nodes.length - 1, 0, themes);
        folded(item, event, "Gebeurtenis " + (i + 1) + (event.title ? ": " + event.title : ""), " — " + when(event.date) + claim(event), nodes);
      }
      item.appendChild(el("p", { class: "bw-error", id: F.domId(prefix) + "-error", hidden: true }));
      item.appendChild(removeButton(state().events, i, "gebeurtenis " + (i + 1)));
      list.appendChild(item);
    });
  }

  function figuresBlock() {
    var add = el("button", { type: "button", class: "md-button", text: "Cijfer toevoegen" });
    add.addEventListener("click", function () {
      state().figures.push(K.emptyFigure());
      V().changed(true, "bw-figures-" + (state().figures.length - 1) + "-label");
    });
    var units = el("datalist", { id: "bw-eenheden" }, unitList().map(function (unit) { return el("option", { value: unit }); }));
    return el("div", {}, [el("ol", { class: "bw-list", id: "bw-cijfers-lijst" }), add, units]);
  }

  function unitList() {
    var counted = ((site().schema.$defs || {}).FigureEntry || { properties: {} }).properties.counted || {};
    var all = [];
    Object.keys(counted["x-eenheden"] || {}).forEach(function (k) { counted["x-eenheden"][k].forEach(function (u) { if (all.indexOf(u) < 0) all.push(u); }); });
    return all;
  }

  /* A second estimate of the same quantity: the same label, unit, kind, date and place; another party and number. */
  function sameQuantity(i) {
    var from = state().figures[i], copy = K.emptyFigure();
    ["label", "unit", "counted", "date", "location", "passages"].forEach(function (k) { copy[k] = from[k]; });
    state().figures.splice(i + 1, 0, copy);
    V().changed(true, "bw-figures-" + (i + 1) + "-value");
  }

  function drawFigures() {
    var list = byId("bw-cijfers-lijst");
    if (!list) return;
    list.textContent = "";
    state().figures.forEach(function (figure, i) {
      var prefix = "figures." + i, item = el("li", { class: "bw-item", "data-bind-field": prefix });
      folded(item, figure, "Cijfer " + (i + 1) + (figure.label ? ": " + figure.label : "") + (figure.according_to ? ", volgens " + figure.according_to : ""),
        " — " + [figure.qualifier, figure.value, figure.unit].filter(Boolean).join(" ") + (figure.date ? " · " + when(figure.date) : ""),
        V().fields(F.FIELDS.figure, prefix, figure));
      item.appendChild(el("p", { class: "bw-error", id: F.domId(prefix) + "-error", hidden: true }));
      var again = el("button", { type: "button", class: "bw-remove", text: "Nog een schatting hiervan (van een andere partij)" });
      again.addEventListener("click", function () { sameQuantity(i); });
      item.appendChild(el("div", { class: "bw-row" }, [again, removeButton(state().figures, i, "cijfer " + (i + 1))]));
      list.appendChild(item);
    });
  }

  // ---- corrections ---------------------------------------------------------------------------

  function correctionsBlock() {
    return el("div", {}, [el("ul", { id: "bw-oude-correcties", class: "bw-chosen" }),
      F.field({ label: "Correctie", type: "textarea", hint: "Verander je een feit (een datum, plaats, cijfer, wie iets zegt of hoe " +
        "vast het staat), schrijf dan voor de lezers wat er stond en wat het nu is. Die zin komt met de datum van vandaag op de " +
        "pagina en op /correcties/. Verbeter je alleen stijl of spelling, laat dit dan leeg." }, "correction", state().correction)]);
  }

  function drawCorrections() {
    var list = byId("bw-oude-correcties");
    if (!list) return;
    list.textContent = "";
    var old = state().kind === "place" ? state().place.corrections : state().corrections;
    (old || []).forEach(function (c) { list.appendChild(el("li", { text: "Correctie van " + c.date + ": " + c.text })); });
    if (!old || !old.length) list.appendChild(el("li", { class: "bw-hint", text: "Er zijn nog geen correcties." }));
  }

  function drawAll() {
    drawChosenPlaces(); drawNewPlaces(); drawEvents(); drawFigures(); drawCorrections();
  }

  // ---- names that follow, notes ---------------------------------------------------------------

  function takenIds(list, kind, own) {
    var site_ = V().fullSite(), ids = (kind === "events" ? site_.events : site_.figures).filter(function (x) {
      return !state().edit || (kind === "events" ? (x.sources || [])[0] !== state().edit.slug : x.source !== state().edit.slug);
    }).map(function (x) { return x.id; });
    return ids.concat(list.filter(function (x) { return x !== own; }).map(function (x) { return x.id; }));
  }

  /* Slugs and ids follow the words they are made of until the contributor edits them. Returns true when
   * the choices of places must follow (a new place's name or slug changed). */
  function follow(bind, previous) {
    var s = state(), m = /^(events|figures)\.(\d+)\.(\w+)$/.exec(bind), p = /^newPlaces\.(\d+)\.(name|slug)$/.exec(bind);
    if (bind === "slug") s.slugEdited = true;
    if (bind === "title" && !s.slugEdited && s.mode === "new") V().setValue("slug", D.slugify(s.title));
    if (p) return followPlace(+p[1], p[2], previous);
    if (!m) return false;
    var list = s[m[1]], item = list[+m[2]];
    if (m[3] === "id") { item.idEdited = true; return false; }
    function first(text, n) { return D.slugify(text || "").split("-").slice(0, n).join(" "); }
    var words = m[1] === "events" ? item.title : first(item.label, 5) + " " + first(item.according_to, 2);
    if (["title", "label", "according_to", "date"].indexOf(m[3]) >= 0 && !item.idEdited) {
      V().setValue(bind.replace(/\w+$/, "id"), K.autoId(words, item.date, takenIds(list, m[1], item)));
    }
    return false;
  }

  function followPlace(i, key, previous) {
    var place = state().newPlaces[i], before = key === "slug" ? previous : place.slug;
    if (key === "slug") place.slugEdited = true;
    if (key === "name" && !place.slugEdited) V().setValue("newPlaces." + i + ".slug", D.slugify(place.name));
    if (place.slug !== before) {  // what named the old slug now names the new one
      var at = state().locations.indexOf(before);
      if (before && at >= 0) state().locations[at] = place.slug;
      else if (!before && place.fresh && state().locations.indexOf(place.slug) < 0) state().locations.push(place.slug);
      state().events.concat(state().figures).forEach(function (x) { if (before && x.location === before) x.location = place.slug; });
    }
    var title = document.querySelector('[data-bind-field="newPlaces.' + i + '"] .bw-item-title');
    if (title) title.textContent = "Nieuwe plaats " + (i + 1) + (place.name ? ": " + place.name : "");
    return true;
  }

  function claimNote() { /* the claim's party field is always shown; its problems say what is missing */ }

  function note(bind, text) {
    var node = byId(F.domId(bind) + "-note");
    if (!node) return;
    node.hidden = !text;
    node.textContent = text || "";
  }

  /* Warnings that do not block the file: markup or emoji in a heading. */
  function notes() {
    var s = state();
    function heading(bind, value) {
      var tag = /<[A-Za-z/!?][^<>]*>/.exec(value || ""), emoji = /\p{Extended_Pictographic}/u.exec(value || "");
      note(bind, tag ? "Let op: '" + tag[0] + "' is HTML-opmaak. De site toont die als gewone tekens en de bestandsnaam laat hem weg; " +
        "haal hem weg." : emoji ? "Let op: een emoji (" + emoji[0] + ") hoort niet in een kop op deze site; de bestandsnaam laat hem weg." : "");
    }
    heading("title", s.title);
    s.events.forEach(function (e, i) { heading("events." + i + ".title", e.title); });
    s.figures.forEach(function (f, i) { heading("figures." + i + ".label", f.label); });
    s.newPlaces.forEach(function (p, i) { heading("newPlaces." + i + ".name", p.name); });
  }

  root.BouwerSections = { init: init, fieldOf: fieldOf, bindOf: bindOf, placeOptions: placeOptions, allPlaces: allPlaces,
    refreshPlaceChoices: refreshPlaceChoices, themeChoices: themeChoices, choice: choice, placePicker: placePicker,
    newPlacesBlock: newPlacesBlock, placeBlock: placeBlock, eventsBlock: eventsBlock, figuresBlock: figuresBlock,
    correctionsBlock: correctionsBlock, drawAll: drawAll, follow: follow, claimNote: claimNote, notes: notes, searchHits: hits };
})(typeof globalThis !== "undefined" ? globalThis : this);
