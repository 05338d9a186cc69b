// Runs the article builder's rules (docs/assets/bijdragen/) in Node for tests/test_builder_rules.py:
// reads {root, site, dates, phrases, articles} as JSON on stdin, writes the verdicts as JSON.
"use strict";
const fs = require("fs");
const path = require("path");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
require(path.join(input.root, "node_modules/.explainer/builder-libs.js"));
const libs = globalThis.BouwerLibs;
const assets = path.join(input.root, "docs/assets/bijdragen");
const D = require(path.join(assets, "rules.js"));
require(path.join(assets, "checks.js"));
const C = require(path.join(assets, "crosscheck.js"));
const O = require(path.join(assets, "output.js"));

const output = {
  dates: input.dates.map((text) => D.dateError(text, libs)),
  phrases: input.phrases.map((text) => D.suggestDates(text)),
  articles: input.articles.map((a) => ({
    problems: C.validateArticle(a.front, a.body, a.slug, input.site, libs),
    text: O.articleText(a.front, a.body, libs),
  })),
  places: (input.places || []).map((place) => ({
    problems: O.validatePlace(place, input.site, libs),
    text: O.placeText(place, libs),
  })),
};
process.stdout.write(JSON.stringify(output));
