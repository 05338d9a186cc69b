/* The builder's entry point: bouwer.js loads the parts and the site's data, then mounts the form here. */
(function (root) {
  "use strict";

  function mount(container, site, base) {
    site.base = base;
    root.BouwerSections.init();
    root.BouwerView.mount(container, site);
  }

  root.BouwerApp = { mount: mount };
})(typeof globalThis !== "undefined" ? globalThis : this);
