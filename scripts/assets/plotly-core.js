// plotly.js/src/core.js with only the components the site's charts use (annotations, shapes,
// rangeslider, legend, hover, modebar): sliders, menus, images, colour bars, error bars,
// selections and 3-D annotations are left out of the bundle.
"use strict";
exports.version = require("plotly.js/src/version").version;
require("plotly.js/build/plotcss");

var Registry = require("plotly.js/src/registry");
var register = exports.register = Registry.register;
var plotApi = require("plotly.js/src/plot_api");
Object.keys(plotApi).forEach(function (name) {
  if (name.charAt(0) !== "_") exports[name] = plotApi[name];
  register({ moduleType: "apiMethod", name: name, fn: plotApi[name] });
});

register(require("plotly.js/src/traces/scatter"));
register([
  require("plotly.js/src/components/annotations"),
  require("plotly.js/src/components/shapes"),
  require("plotly.js/src/components/rangeslider"),
  require("plotly.js/src/components/colorscale"),
  require("plotly.js/src/components/legend"),  // after shapes: legend defaults depend on them
  require("plotly.js/src/components/fx"),  // after legend: unified hover defaults depend on it
  require("plotly.js/src/components/modebar"),
]);
register([require("plotly.js/src/locale-en"), require("plotly.js/src/locale-en-us")]);
exports.Icons = require("plotly.js/src/fonts/ploticon");
