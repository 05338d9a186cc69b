// Runs docs/assets/charts.js's own fitToWidth in Node for tests/test_fit_parity.py: reads
// {root, cases: [{plot, width, small}]} as JSON on stdin, writes the fitted plots as JSON.
// charts.js is one closure that exposes nothing of fitToWidth, so its body runs here as a
// function with the few browser objects its first lines touch, and hands fitToWidth back. The
// file itself is not changed: what the test runs is byte for byte what the site serves.
"use strict";
const fs = require("fs");
const path = require("path");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const source = fs.readFileSync(path.join(input.root, "docs/assets/charts.js"), "utf8");

const head = "(function () {", tail = "})();";
const start = source.indexOf(head), end = source.lastIndexOf(tail);
if (start < 0 || end < start) throw new Error("charts.js is no longer one (function () { ... })(); closure");
const body = source.slice(start + head.length, end);

const noop = () => {};
const element = { classList: { add: noop }, getAttribute: () => null };
const document = {
  documentElement: element, body: element, currentScript: null, readyState: "loading", addEventListener: noop,
};
const window = { addEventListener: noop };
const location = { href: "http://127.0.0.1/assets/charts.js", hash: "" };
class MutationObserver { observe() {} }
const getComputedStyle = () => ({ getPropertyValue: () => "" });
const run = new Function("window", "document", "location", "MutationObserver", "getComputedStyle",
                         body + "\nreturn fitToWidth;");
const fitToWidth = run(window, document, location, MutationObserver, getComputedStyle);

const fitted = input.cases.map(({ plot, width, small }) => {
  fitToWidth(plot, { clientWidth: width }, small);
  return plot;
});
process.stdout.write(JSON.stringify(fitted));
