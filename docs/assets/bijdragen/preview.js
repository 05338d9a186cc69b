/* The preview: the article (or theme) about as the site will show it, redrawn as the contributor types.
 * Title, summary, the source block, themes and places, the body (markdown-it, bundled by scripts/bundle.sh)
 * with its wiki-links resolved to the site's pages and its citation markers numbered, the events with
 * their dates in Dutch words and who claims them, the figures, the corrections.
 *
 * Whatever the contributor writes stays text: markdown-it runs with HTML off (raw HTML shows as text),
 * its link check refuses javascript: and the like, images are shown as their description (no request to
 * another site), and every other node is made with textContent.
 */
(function (root) {
  "use strict";

  var el, D, K, md = null;
  var STATUS = { vastgesteld: "Vastgesteld", gemeld: "Gemeld", geclaimd: "Geclaimd" };

  function words(date) { return date ? D.describeDate(date).replace(/ \([^()]*\)$/, "") : ""; }

  /* The page a wiki-link leads to (as content/links.py and pages/render.py resolve it), or null. */
  function target(key, state, site) {
    var K_ = D.slugify(key);
    if (K_ === state.slug && state.kind === "article") return { href: "artikelen/" + K_ + "/", text: state.title };
    var hit = (site.articles || []).filter(function (a) { return a.slug === K_; })[0];
    if (hit) return { href: "artikelen/" + K_ + "/", text: hit.title };
    hit = (site.themes || []).filter(function (t) { return t.slug === K_; })[0];
    if (hit) return { href: "themas/" + K_ + "/", text: hit.title };
    hit = (site.places || []).filter(function (p) { return p.slug === K_ || (p.aliases || []).some(function (a) { return D.slugify(a) === K_; }); })[0];
    if (hit) return { href: "plaatsen/" + hit.slug + "/", text: hit.slug === K_ ? hit.name : key };
    hit = state.newPlaces.filter(function (p) { return p.slug === K_; })[0];
    if (hit) return { href: null, text: hit.name, fresh: true };
    return null;
  }

  /* markdown-it with two inline rules of the site: [[wiki-links]] and [@citation markers]. */
  function renderer() {
    if (md) return md;
    md = new root.BouwerLibs.MarkdownIt({ html: false, linkify: false, typographer: false });
    md.inline.ruler.before("link", "wikilink", function (s, silent) {
      var m = /^\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]/.exec(s.src.slice(s.pos));
      if (!m) return false;
      if (!silent) { var token = s.push("wikilink", "", 0); token.meta = { key: m[1].trim(), label: m[2] }; }
      s.pos += m[0].length;
      return true;
    });
    md.inline.ruler.before("link", "citation", function (s, silent) {
      var found = root.BouwerCitations.parseMarkers(s.src.slice(s.pos))[0];
      if (!found || found.start !== 0 || !found.items) return false;
      if (!silent) { var token = s.push("citation", "", 0); token.meta = found; }
      s.pos += found.end;
      return true;
    });
    md.renderer.rules.image = function (tokens, i) {
      return "<span class=\"bw-preview-image\">[afbeelding: " + md.utils.escapeHtml(tokens[i].content || "zonder beschrijving") + "]</span>";
    };
    var link = md.renderer.rules.link_open || function (tokens, i, options, env, self) { return self.renderToken(tokens, i, options); };
    md.renderer.rules.link_open = function (tokens, i, options, env, self) {
      tokens[i].attrSet("target", "_blank");
      tokens[i].attrSet("rel", "noopener noreferrer");
      return link(tokens, i, options, env, self);
    };
    md.renderer.rules.wikilink = function (tokens, i, options, env) {
      var meta = tokens[i].meta, hit = target(meta.key, env.state, env.site), text = md.utils.escapeHtml(meta.label || (hit ? hit.text : meta.key));
      if (!hit) return "<span class=\"bw-dead-link\" title=\"Deze link leidt nergens heen\">" + text + "</span>";
      if (!hit.href) return "<span class=\"bw-new-link\" title=\"Een nieuwe plaats: de link werkt zodra het artikel op de site staat\">" + text + "</span>";
      return "<a href=\"" + md.utils.escapeHtml(new URL(hit.href, env.base).href) + "\" target=\"_blank\" rel=\"noopener\">" + text + "</a>";
    };
    md.renderer.rules.citation = function (tokens, i, options, env) {
      var numbers = tokens[i].meta.items.map(function (item) {
        env.sources.push(item);
        return "<a href=\"#bw-bron-" + env.sources.length + "\" aria-label=\"bron " + env.sources.length + "\">" + env.sources.length + "</a>";
      });
      return "<sup class=\"bw-cite\">[" + numbers.join(", ") + "]</sup>";
    };
    return md;
  }

  function claimWords(event, names) {
    var status = STATUS[event.status] || (event.claimed_by ? "Geclaimd" : "Gemeld");
    var who = event.claimed_by === "anders" ? event.claimed_by_text : names[event.claimed_by] ? names[event.claimed_by] + (event.claimed_by_text ? " (" + event.claimed_by_text + ")" : "") : "";
    return who ? status + ", volgens " + who : status;
  }

  function placeName(slug, state, site) {
    if (slug === "onbekend") return "plaats niet bekend";
    var hit = (site.places || []).concat(state.newPlaces).filter(function (p) { return p.slug === slug; })[0];
    return hit ? hit.name : slug || "";
  }

  function sourceBlock(front) {
    var s = front.source || {};
    return el("div", { class: "ik-citation" }, [el("p", {}, [el("strong", { text: "Bron: " }),
      el("span", { text: (s.title ? "„" + s.title + "”." : "oorspronkelijke kop niet bekend.") + " " +
        (s.author ? "Door " + s.author + "." : "Auteur onbekend.") + " " + (s.publisher ? "Uitgever: " + s.publisher + "." : "Uitgever onbekend.") +
        " Verschenen: " + words(front.published) + "." + (s.url ? " Oorspronkelijke tekst: " + s.url : "") })]),
      s.note ? el("p", { class: "ik-muted", text: s.note }) : null]);
  }

  function eventItems(front, state, site) {
    var names = (((site.schema.$defs || {}).EventEntry || { properties: {} }).properties.claimed_by || {})["x-namen"] || {};
    return (front.events || []).map(function (event) {
      if (Object.keys(event).every(function (k) { return k === "id" || k === "passages"; })) {
        var known = (site.events || []).filter(function (e) { return e.id === event.id; })[0];
        return el("li", {}, [el("strong", { text: known ? words(known.date) + ": " + known.title : event.id }),
          el("span", { class: "ik-muted", text: " (al op de site; dit artikel wordt een extra bron)" })]);
      }
      return el("li", {}, [el("strong", { text: words(event.date) + ": " + (event.title || "") }),
        el("span", { text: " · " + placeName(event.location, state, site) + " · " }),
        el("span", { class: "bw-claim", text: claimWords(event, names) }), el("br"), el("span", { text: event.summary || "" })]);
    });
  }

  function figureRows(front) {
    return (front.figures || []).map(function (f) {
      var value = f.value && typeof f.value === "object" ? f.value.low + " tot " + f.value.high : f.value;
      return el("tr", {}, [el("td", { text: f.label || "" }), el("td", { text: [f.qualifier, value, f.unit].filter(function (x) { return x !== undefined && x !== ""; }).join(" ") }),
        el("td", { text: words(f.date) }), el("td", { text: f.according_to || "" })]);
    });
  }

  function sourceList(env, state, site) {
    return env.sources.map(function (item, i) {
      var article = (site.articles || []).filter(function (a) { return a.slug === item.key; })[0];
      var event = (site.events || []).concat(state.events.map(function (e) { return { id: e.id, title: e.title }; })).filter(function (e) { return e.id === item.key; })[0];
      var name = item.key === state.slug ? "deze bron" : article ? article.title : event ? "de bronnen van '" + event.title + "'" : item.key;
      return el("li", { id: "bw-bron-" + (i + 1), text: name + (item.passages.length ? ", alinea " + item.passages.join(", ") : "") });
    });
  }

  function draw(node, state, site) {
    el = root.BouwerForm.el; D = root.BouwerDates; K = root.BouwerContent;
    var front = K.frontMatter(state), env = { state: state, site: site, base: site.base, sources: [] };
    var body = el("div", { class: "bw-preview-body" });
    body.innerHTML = renderer().render(String(state.body || ""), env);  // markdown-it output: HTML off, text escaped
    var title = state.kind === "place" ? state.place.name : front.title;
    var parts = [el("h1", { text: title || "(nog zonder kop)" }), front.summary ? el("p", { class: "ik-lead", text: front.summary }) : null];
    if (state.kind === "article") {
      parts.push(sourceBlock(front), el("p", { class: "ik-muted", text: "Thema's: " + (front.themes || []).map(function (slug) {
        var t = (site.themes || []).filter(function (x) { return x.slug === slug; })[0]; return t ? t.title : slug; }).join(", ") +
        (front.locations ? " · Plaatsen: " + front.locations.map(function (s) { return placeName(s, state, site); }).join(", ") : "") }));
    }
    parts.push(body);
    if (env.sources.length) parts.push(el("h2", { text: "Bronnen" }), el("ol", { class: "bw-sources" }, sourceList(env, state, site)));
    if ((front.corrections || []).length) {
      parts.push(el("h2", { text: "Correcties" }), el("ul", {}, front.corrections.map(function (c) {
        return el("li", { text: "Correctie, " + c.date + ": " + c.text });
      })));
    }
    if (state.kind === "article") {
      parts.push(el("h2", { text: "Gebeurtenissen" }), (front.events || []).length ? el("ul", { class: "bw-preview-events" }, eventItems(front, state, site)) :
        el("p", { class: "ik-muted", text: "Nog geen gebeurtenissen." }));
      if ((front.figures || []).length) {
        parts.push(el("h2", { text: "Cijfers" }), el("table", { tabindex: "0", "aria-label": "Cijfers (schuift opzij op een smal scherm)" }, [el("thead", {}, [el("tr", {}, ["Wat", "Getal", "Datum", "Volgens"].map(function (h) {
          return el("th", { text: h }); }))]), el("tbody", {}, figureRows(front))]));
      }
    }
    node.textContent = "";
    parts.forEach(function (part) { if (part) node.appendChild(part); });
  }

  root.BouwerPreview = { draw: draw, target: target };
})(typeof globalThis !== "undefined" ? globalThis : this);
