/* The builder's form: which fields there are (declared once, so a new field is one line here) and
 * how a field is drawn. Everything a person types is set as text (textContent, value), never as markup.
 */
(function (root) {
  "use strict";

  var QUALIFIERS = [["", "(geen)"], ["ongeveer", "ongeveer"], ["minstens", "minstens"], ["meer dan", "meer dan"],
    ["minder dan", "minder dan"]];
  var KINDS = [["", "kies…"], ["stad", "stad"], ["dorp", "dorp"], ["wijk", "wijk"], ["gebouw", "gebouw"],
    ["basis", "basis (leger)"], ["gebied", "gebied"], ["regio", "regio"], ["provincie", "provincie"], ["land", "land"]];
  var DATE_HINT = "Niet preciezer dan de bron. Typ een EDTF-datum (2020-04-12, 2020-04, 2020-04~) of gewone " +
    "woorden (eind maart 2020): je krijgt dan een voorstel.";

  /* bind: where the value lives in the builder's state; field: the name the check gives it. */
  var FIELDS = {
    article: [
      { bind: "title", label: "Kop", hint: "Onze eigen Nederlandse kop van het artikel.", required: true },
      { bind: "slug", label: "Bestandsnaam (slug)", hint: "Wordt gemaakt uit de kop. Kleine letters, cijfers en " +
        "streepjes; het artikel komt op /artikelen/<slug>/.", required: true },
      { bind: "summary", label: "Samenvatting", type: "textarea", required: true,
        hint: "Eén tot drie zinnen over de bron, in eigen woorden." },
      { bind: "published", label: "Datum van de bron", type: "date", required: true, hint: DATE_HINT }
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
      { bind: "title", label: "Titel van de gebeurtenis", required: true, hint: "Kort en feitelijk." },
      { bind: "date", label: "Datum", type: "date", required: true, hint: DATE_HINT },
      { bind: "location", label: "Plaats", type: "place", required: true, hint: "Kies uit de plaatsen van dit artikel of de lijst." },
      { bind: "summary", label: "Wat gebeurde er?", type: "textarea", required: true, hint: "Eén of twee zinnen in eigen woorden." },
      { bind: "id", label: "Id", required: true, hint: "Wordt gemaakt uit titel en jaar; pas het aan als je wilt." }
    ],
    figure: [
      { bind: "label", label: "Wat is er geteld?", required: true, hint: "Bijvoorbeeld: IS-strijders in Irak en Syrië." },
      { bind: "value", label: "Getal", type: "number", required: true, hint: "Zonder punten of spaties: 2500. Een bandbreedte? Vul ook 'tot' in." },
      { bind: "high", label: "tot (hoogste getal, bij een bandbreedte)", type: "number", hint: "Leeg laten bij één getal." },
      { bind: "qualifier", label: "Hoe stellig?", type: "select", options: QUALIFIERS, hint: "" },
      { bind: "unit", label: "Eenheid", required: true, hint: "Bijvoorbeeld: strijders, aanslagen." },
      { bind: "date", label: "Datum van het getal", type: "date", required: true, hint: DATE_HINT },
      { bind: "according_to", label: "Volgens wie?", required: true, hint: "Het getal is de bewering van deze partij." },
      { bind: "location", label: "Plaats", type: "place", hint: "Waar het getal over gaat." },
      { bind: "id", label: "Id", required: true, hint: "Wordt gemaakt uit de omschrijving en het jaar." }
    ],
    place: [
      { bind: "name", label: "Naam", required: true, hint: "De Nederlandse naam, zoals de site hem toont." },
      { bind: "aliases", label: "Andere schrijfwijzen", hint: "Gescheiden door komma's, bijvoorbeeld: As-Sukhnah, Al-Sukhnah." },
      { bind: "kind", label: "Soort plaats", type: "select", options: KINDS, required: true, hint: "" },
      { bind: "country", label: "Land", type: "country", required: true, hint: "Het land waarin de plaats ligt." },
      { bind: "lat", label: "Breedtegraad (lat)", type: "number", required: true, hint: "Decimale graden met een punt, bijvoorbeeld 34.88. Of klik op de kaart." },
      { bind: "lon", label: "Lengtegraad (lon)", type: "number", required: true, hint: "Decimale graden met een punt, bijvoorbeeld 38.87." },
      { bind: "description", label: "Beschrijving", type: "textarea", required: true, hint: "Eén zin over de plaats, in eigen woorden." },
      { bind: "slug", label: "Slug", required: true, hint: "Wordt gemaakt uit de naam." }
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

  function control(spec, bind, value, options) {
    var id = domId(bind), attrs = { id: id, name: bind, "data-bind": bind,
      "aria-describedby": id + "-hint " + id + "-error", "aria-required": spec.required ? "true" : null };
    var node;
    if (spec.type === "textarea") node = el("textarea", Object.assign(attrs, { rows: bind === "body" ? 12 : 3 }));
    else if (spec.type === "select" || spec.type === "place" || spec.type === "country") {
      node = el("select", attrs, (options || spec.options).map(function (option) {
        return el("option", { value: option[0], text: option[1] });
      }));
    } else {
      node = el("input", Object.assign(attrs, { type: spec.type === "url" ? "url" : "text",
        inputmode: spec.type === "number" ? "decimal" : null, autocomplete: "off",
        spellcheck: spec.type === "date" || /slug|id$/.test(bind) ? "false" : null }));
    }
    node.value = value == null ? "" : value;
    return node;
  }

  /* A labelled field with its hint, its error line and (for dates) the date help. */
  function field(spec, bind, value, options) {
    var id = domId(bind);
    return el("div", { class: "bw-field", "data-bind-field": bind }, [
      el("label", { for: id, text: spec.label + (spec.required ? "" : " (niet verplicht)") }),
      el("p", { class: "bw-hint", id: id + "-hint", text: spec.hint || "" }),
      control(spec, bind, value, options),
      el("p", { class: "bw-error", id: id + "-error", hidden: true }),
      spec.type === "date" ? el("div", { class: "bw-date-help", id: id + "-date", "aria-live": "polite" }) : null
    ]);
  }

  root.BouwerForm = { FIELDS: FIELDS, el: el, field: field, domId: domId };
})(typeof globalThis !== "undefined" ? globalThis : this);
