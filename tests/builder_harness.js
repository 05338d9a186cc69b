// Runs the article builder's rules (docs/assets/bijdragen/) in Node for tests/test_builder_rules.py:
// reads {root, site, dates, phrases, articles, files, edits} as JSON on stdin, writes the verdicts as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
require(path.join(input.root, "node_modules/.explainer/builder-libs.js"));
const libs = globalThis.BouwerLibs;
const assets = path.join(input.root, "docs/assets/bijdragen");
const D = require(path.join(assets, "rules.js"));
for (const part of ["checks", "places", "citations", "yamlfile"]) require(path.join(assets, part + ".js"));
const C = require(path.join(assets, "crosscheck.js"));
const K = require(path.join(assets, "content.js"));
const changes = require(path.join(assets, "changes.js"));
const P = globalThis.BouwerPlaces;
const site = input.site;
const pattern = D.datePattern(site.schema);

// An edit: a file loaded as the builder loads it, fields of the state set, the new file and its changes.
function edit(job) {
  const state = K.stateFromFile(job.source, job.target, libs);
  for (const [bind, value] of job.set || []) {
    const keys = bind.split("."), last = keys.pop();
    keys.reduce((object, key) => object[key], state)[last] = value;
  }
  const view = C.siteWithout(site, job.owns || null);
  const front = K.frontMatter(state);
  return {
    text: K.fileText(state, libs),
    problems: job.target.kind === "article" ? C.validateArticle(front, state.body, state.slug, view, libs) : [],
    changes: changes.changes(K.originalData(state, libs), front, job.target.kind, site, job.target.kind === "place" ? null : [state.edit.body, state.body]),
  };
}

const output = {
  dates: (input.dates || []).map((text) => D.dateError(text, libs, null, pattern)),
  phrases: (input.phrases || []).map((text) => D.suggestDates(text, pattern, input.published || "")),
  articles: (input.articles || []).map((a) => ({
    problems: C.validateArticle(a.front, a.body, a.slug, site, libs),
    text: K.articleText(a.front, a.body),
  })),
  searches: (input.searches || []).map((text) => P.searchPlaces(text, site.places).map((hit) => hit.place.slug)),
  roundtrips: (input.files || []).map((job) => K.fileText(JSON.parse(JSON.stringify(K.stateFromFile(job.source, job.target, libs))), libs)),
  edits: (input.edits || []).map(edit),
};
process.stdout.write(JSON.stringify(output));
