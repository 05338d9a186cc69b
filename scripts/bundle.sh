#!/usr/bin/env bash
# Bundles the npm libraries of the article builder (ajv, edtf, yaml, topojson-client, markdown-it) into
# node_modules/.explainer/builder-libs.js (or the file given) with esbuild. Deterministic: the same package-lock
# gives the same bytes (no timestamps, no absolute paths in the output).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-node_modules/.explainer/builder-libs.js}
mkdir -p "$(dirname "$out")"
node_modules/.bin/esbuild scripts/bundles/builder-libs.js --bundle --minify --format=iife \
  --target=es2019 --platform=browser --legal-comments=eof --log-level=warning --outfile="$out"
