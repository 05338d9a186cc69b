// The plotly.js the site's cartesian charts need: the core (scatter traces) with the Dutch locale.
var Plotly = require("./plotly-core");
Plotly.register([require("plotly.js-locales/nl"), require("./plotly-nl-extra")]);
module.exports = Plotly;
