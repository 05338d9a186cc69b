/* A small map of the region for a new place: a click fills in latitude and longitude.
 * The country outlines come from the site's own copy of world_110m (topojson); typing the
 * coordinates does the same, for keyboard users and for places outside the frame. */
(function (root) {
  "use strict";

  var WEST = 30, EAST = 50, NORTH = 40, SOUTH = 28, WIDTH = 600, HEIGHT = 434;
  var NS = "http://www.w3.org/2000/svg";
  var outlines = null;

  function x(lon) { return (lon - WEST) / (EAST - WEST) * WIDTH; }
  function y(lat) { return (NORTH - lat) / (NORTH - SOUTH) * HEIGHT; }

  function svg(tag, attributes) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  function ringPath(ring) {
    return ring.map(function (point, i) { return (i ? "L" : "M") + x(point[0]).toFixed(1) + " " + y(point[1]).toFixed(1); }).join("") + "Z";
  }

  function countryPaths(topology) {
    var countries = root.BouwerLibs.feature(topology, topology.objects.countries).features;
    return countries.map(function (country) {
      var g = country.geometry, polygons = !g ? [] : g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      return polygons.map(function (rings) { return rings.map(ringPath).join(""); }).join("");
    }).filter(Boolean);
  }

  function drawOutlines(map, base) {
    var fill = function (paths) { paths.forEach(function (d) { map.insertBefore(svg("path", { d: d, class: "bw-land" }), map.firstChild); }); };
    if (outlines) return fill(outlines);
    fetch(new URL("assets/vendor/topojson/wereld/world_110m.json", base).href).then(function (r) { return r.json(); })
      .then(function (topology) { outlines = countryPaths(topology); fill(outlines); }).catch(function () { /* dots only */ });
  }

  function marker(map, place) {
    var old = map.querySelector(".bw-marker");
    if (old) old.remove();
    var lat = Number(place.lat), lon = Number(place.lon);
    if (place.lat === "" || isNaN(lat) || isNaN(lon)) return;
    map.appendChild(svg("circle", { cx: x(lon), cy: y(lat), r: 7, class: "bw-marker" }));
  }

  function draw(site, place, onPick) {
    var map = svg("svg", { viewBox: "0 0 " + WIDTH + " " + HEIGHT, class: "bw-map", role: "img",
      "aria-label": "Kaart van Syrië, Irak en omgeving. Klik om de coördinaten in te vullen; je kunt ze ook hierboven typen." });
    site.places.forEach(function (p) {
      if (p.lon < WEST || p.lon > EAST || p.lat < SOUTH || p.lat > NORTH) return;
      var dot = svg("circle", { cx: x(p.lon), cy: y(p.lat), r: 3, class: "bw-dot" });
      var title = svg("title", {});
      title.textContent = p.name;
      dot.appendChild(title);
      map.appendChild(dot);
    });
    map.addEventListener("click", function (event) {
      var point = map.createSVGPoint();
      point.x = event.clientX; point.y = event.clientY;
      var local = point.matrixTransform(map.getScreenCTM().inverse());
      var lon = WEST + local.x / WIDTH * (EAST - WEST), lat = NORTH - local.y / HEIGHT * (NORTH - SOUTH);
      onPick(Math.round(lat * 100) / 100, Math.round(lon * 100) / 100);
      marker(map, place);
    });
    drawOutlines(map, new URL(document.getElementById("bouwer").getAttribute("data-base") || "../", location.href));
    marker(map, place);
    var caption = root.BouwerForm.el("p", { class: "bw-hint", text: "Klik op de kaart om de plaats aan te wijzen (stippen: plaatsen die de site al kent)." });
    var figure = root.BouwerForm.el("div", { class: "bw-map-wrap" }, [caption]);
    figure.appendChild(map);
    return figure;
  }

  root.BouwerMap = { draw: draw };
})(typeof globalThis !== "undefined" ? globalThis : this);
