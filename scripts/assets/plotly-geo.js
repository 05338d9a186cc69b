// The plotly.js of pages with a map: the core plus scattergeo, with the Dutch locale.
var Plotly = require("./plotly-core");
Plotly.register([require("plotly.js/src/traces/scattergeo"), require("plotly.js-locales/nl"), require("./plotly-nl-extra")]);
module.exports = Plotly;
