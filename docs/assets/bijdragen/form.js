/* The builder's form: which fields there are (declared once, so a new field is one line here) and how a
 * field is drawn. Lists of choices come from the site's JSON Schema (qualifiers, claimants, statuses, kinds
 * of figures and places), so they follow content/schema.py. Everything a person types is set as text
 * (textContent, value), never as markup.
 */
(function (root) {
  "use strict";

  var DATE_HINT = "Niet preciezer dan de bron. Typ een datum (2020-04-12, 2020-04, 2020) of gewone woorden " +
    "(eind maart 2020, sinds mei 2020, 6/2020): je krijgt dan een voorstel.";
  var PASSAGES_HINT = "De nummers van de alinea's in de brontekst waar dit staat, bijvoorbeeld 3 of 3, 5-6.";
  var KIND_LABELS = { land: "land", regio: "regio", provincie: "provincie", stad: "stad", dorp: "dorp", wijk: "wijk (van een stad)",
    gebouw: "gebouw", basis: "legerbasis", gebied: "gebied (woestijn, grensstreek)" };
  var STATUS_LABELS = { vastgesteld: "vastgesteld: de bronnen brengen het als feit", gemeld: "gemeld: een bron meldt het, niet bevestigd",
    geclaimd: "geclaimd: één partij zegt het, niemand bevestigt het" };
  var COUNTED_LABELS = { strijders: "IS-strijders", gevangenen: "gevangenen", doden: "doden", aanslagen: "aanslagen",
    duur: "duur (uren, dagen)", afstand: "afstand", aandeel: "verandering in procenten", inwoners: "inwoners",
    besmettingen: "coronabesmettingen", installaties: "installaties (gasvelden)", keren: "hoe vaak" };

  /* bind: where the value lives in the builder's state; the check names the same field in its own words. */
  var FIELDS = {
    article: [
      { bind: "title", label: "Kop", hint: "Onze eigen Nederlandse kop van het artikel, zonder opmaak.", required: true },
      { bind: "slug", label: "Bestandsnaam", hint: "Wordt gemaakt uit de kop. Kleine letters, cijfers en " +
        "streepjes; het artikel komt op /artikelen/<bestandsnaam>/.", required: true, spellcheck: false },
      { bind: "summary", label: "Samenvatting", type: "textarea", required: true,
        hint: "Eén tot drie zinnen over de bron, in eigen woorden." },
      { bind: "published", label: "Datum van de bron", type: "date", required: true, hint: DATE_HINT }
    ],
    theme: [
      { bind: "title", label: "Titel van het thema", required: true, hint: "Zoals de site het thema noemt." },
      { bind: "summary", label: "Samenvatting", type: "textarea", required: true, hint: "Eén zin over waar het thema over gaat." },
      { bind: "order", label: "Plaats in de lijst van thema's", type: "number", hint: "Een getal; leeg laten mag." }
    ],
    source: [
      { bind: "source.title", label: "Kop van de bron", hint: "De oorspronkelijke kop, als je die weet." },
      { bind: "source.author", label: "Auteur", hint: "Alleen als de bron het zegt; anders leeg laten." },
      { bind: "source.publisher", label: "Uitgever", hint: "Krant, persbureau of instituut, als dat bekend is." },
      { bind: "source.url", label: "Webadres", type: "url", hint: "Begint met https:// of http://." },
      { bind: "source.note", label: "Wat weten we verder van de bron?", type: "textarea",
        hint: "Bijvoorbeeld: soort medium, datering. Vul dit in als kop, auteur of uitgever onbekend zijn." }
    ],
    event: [
      { bind: "title", label: "Titel van de gebeurtenis", required: true, hint: "Kort en feitelijk, zonder opmaak." },
      { bind: "date", label: "Datum", type: "date", required: true, hint: DATE_HINT },
      { bind: "location", label: "Plaats", type: "place", unknown: true, required: true,
        hint: "Noemt de bron geen plaats, kies dan 'plaats niet bekend': verzin er geen." },
      { bind: "claimed_by", label: "Wie zegt het?", type: "claimant",
        hint: "Rust de gebeurtenis op het woord van één partij, kies die dan. Anders leeg laten." },
      { bind: "claimed_by_text", label: "Welke partij precies?", hint: "Verplicht bij 'een andere partij' (bijvoorbeeld: de Iraakse " +
        "regering); bij de andere keuzes mag je hier preciseren." },
      { bind: "status", label: "Hoe brengen de bronnen het?", type: "status",
        hint: "Leeg laten: dan 'geclaimd' als een partij het zegt, anders 'gemeld'." },
      { bind: "summary", label: "Wat gebeurde er?", type: "textarea", required: true, hint: "Eén of twee zinnen in eigen woorden, met wie wat zegt." },
      { bind: "passages", label: "Alinea's in de bron", citations: true, hint: PASSAGES_HINT, spellcheck: false },
      { bind: "id", label: "Id", required: true, spellcheck: false, hint: "Wordt gemaakt uit titel en jaar; pas het aan als je wilt." }
    ],
    reference: [
      { bind: "passages", label: "Alinea's in de bron", citations: true, hint: PASSAGES_HINT, spellcheck: false }
    ],
    figure: [
      { bind: "label", label: "Wat is er geteld?", required: true, hint: "Bijvoorbeeld: doden bij de aanval bij Mayadeen." },
      { bind: "value", label: "Getal of bandbreedte", type: "number", required: true,
        hint: "Zonder punten: 2500. Een bandbreedte typ je als 7-12 of 7 tot 12." },
      { bind: "qualifier", label: "Hoe stellig?", type: "qualifier", hint: "Alleen als de bron 'ongeveer', 'minstens' of iets dergelijks zegt." },
      { bind: "unit", label: "Eenheid", type: "unit", required: true, hint: "Bijvoorbeeld: strijders, burgers, aanslagen, uur." },
      { bind: "counted", label: "Wat voor cijfer?", type: "counted", hint: "Zet het op /cijfers/ naast schattingen van hetzelfde." },
      { bind: "date", label: "Datum van het getal", type: "date", required: true, hint: DATE_HINT },
      { bind: "according_to", label: "Volgens wie?", required: true, hint: "Het getal is de bewering van deze partij." },
      { bind: "location", label: "Plaats", type: "place", hint: "Waar het getal over gaat (niet verplicht)." },
      { bind: "passages", label: "Alinea's in de bron", citations: true, hint: PASSAGES_HINT, spellcheck: false },
      { bind: "id", label: "Id", required: true, spellcheck: false, hint: "Wordt gemaakt uit wat er geteld is, wie het zegt en het jaar." }
    ],
    place: [
      { bind: "name", label: "Naam", required: true, hint: "De Nederlandse naam, zoals de site hem toont." },
      { bind: "aliases", label: "Andere schrijfwijzen", hint: "Gescheiden door komma's, bijvoorbeeld: Al-Qa'im, Qaim." },
      { bind: "kind", label: "Soort plaats", type: "kind", required: true, hint: "" },
      { bind: "country", label: "Land", type: "country", required: true, hint: "Het land waarin de plaats ligt." },
      { bind: "within", label: "Ligt in (niet verplicht)", type: "within", hint: "Het grotere gebied: een provincie, regio of stad." },
      { bind: "lat", label: "Breedtegraad (noord)", type: "number", required: true, hint: "Decimale graden met een punt, bijvoorbeeld 34.88. Of klik op de kaart." },
      { bind: "lon", label: "Lengtegraad (oost)", type: "number", required: true, hint: "Decimale graden met een punt, bijvoorbeeld 38.87." },
      { bind: "description", label: "Beschrijving", type: "textarea", required: true, hint: "Eén zin over de plaats, in eigen woorden." },
      { bind: "slug", label: "Naam in het webadres", required: true, spellcheck: false, hint: "Wordt gemaakt uit de naam; de plaats komt op /plaatsen/<naam>/." }
    ]
  };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value === true ? "" : value);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function domId(bind) { return "bw-" + bind.replace(/[^a-z0-9]+/gi, "-"); }

  /* The allowed values of a schema property (also inside anyOf: [{enum}, {type: null}]). */
  function enumOf(property) {
    if (!property) return [];
    if (property.enum) return property.enum;
    return (property.anyOf || []).reduce(function (found, option) { return found.concat(option.enum || []); }, []);
  }

  /* [value, label] pairs for a select, from the site's schema and places. */
  function choices(spec, site, extra) {
    var defs = (site.schema && site.schema.$defs) || {}, figure = (defs.FigureEntry || {}).properties || {};
    var event = (defs.EventEntry || {}).properties || {}, place = (defs.PlaceEntry || {}).properties || {};
    if (spec.type === "qualifier") return [["", "(de bron zegt het zonder voorbehoud)"]].concat(enumOf(figure.qualifier).map(pair));
    if (spec.type === "counted") return [["", "(kies…)"]].concat(enumOf(figure.counted).map(function (v) { return [v, COUNTED_LABELS[v] || v]; }));
    if (spec.type === "status") return [["", "(niet opgegeven)"]].concat(enumOf(event.status).map(function (v) { return [v, STATUS_LABELS[v] || v]; }));
    if (spec.type === "kind") return [["", "kies…"]].concat(enumOf(place.kind).map(function (v) { return [v, KIND_LABELS[v] || v]; }));
    if (spec.type === "claimant") {
      var names = (event.claimed_by && event.claimed_by["x-namen"]) || {};
      return [["", "(niemand in het bijzonder)"]].concat(enumOf(event.claimed_by).map(function (v) {
        return [v, v === "anders" ? "een andere partij (noem haar hieronder)" : names[v] || v];
      }));
    }
    return extra || [];
  }

  function pair(v) { return [v, v]; }

  function options(list) {
    return list.map(function (option) {
      if (option.group) return el("optgroup", { label: option.group }, options(option.options));
      return el("option", { value: option[0], text: option[1] });
    });
  }

  var SELECTS = ["select", "place", "country", "within", "qualifier", "counted", "status", "kind", "claimant"];

  function control(spec, bind, value, list) {
    var id = domId(bind), attrs = { id: id, name: bind, "data-bind": bind,
      "aria-describedby": id + "-hint " + id + "-error", "aria-required": spec.required ? "true" : null };
    var node;
    if (spec.type === "textarea") node = el("textarea", Object.assign(attrs, { rows: bind === "body" ? 14 : 3 }));
    else if (SELECTS.indexOf(spec.type) >= 0) node = el("select", attrs, options(list || []));
    else {
      node = el("input", Object.assign(attrs, { type: spec.type === "url" ? "url" : "text",
        inputmode: spec.type === "number" ? "decimal" : null, autocomplete: "off", list: spec.type === "unit" ? "bw-eenheden" : null,
        spellcheck: spec.type === "date" || spec.spellcheck === false ? "false" : null }));
    }
    node.value = value == null ? "" : value;
    return node;
  }

  /* A labelled field with its hint, its error line and (for dates) the date help. */
  function field(spec, bind, value, list) {
    var id = domId(bind);
    return el("div", { class: "bw-field", "data-bind-field": bind }, [
      el("label", { for: id, text: spec.label + (spec.required || /niet verplicht/.test(spec.label) ? "" : " (niet verplicht)") }),
      el("p", { class: "bw-hint", id: id + "-hint", text: spec.hint || "" }),
      control(spec, bind, value, list),
      el("p", { class: "bw-error", id: id + "-error", hidden: true }),
      el("p", { class: "bw-note", id: id + "-note", hidden: true }),
      spec.type === "date" ? el("div", { class: "bw-date-help", id: id + "-date", "aria-live": "polite" }) : null
    ]);
  }

  root.BouwerForm = { FIELDS: FIELDS, el: el, field: field, domId: domId, choices: choices, options: options, enumOf: enumOf,
    KIND_LABELS: KIND_LABELS, COUNTED_LABELS: COUNTED_LABELS };
})(typeof globalThis !== "undefined" ? globalThis : this);
