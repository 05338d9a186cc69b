#!/usr/bin/env bash
# Installs everything the site needs into this checkout: a Python virtual environment
# (.venv) with the pinned packages and the front-end packages (node_modules).
# Safe to run again: it only installs what is missing or out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== Creating .venv"
  "$PYTHON" -m venv .venv
fi
# The pins (the site's, and the tests' and benchmarks' in requirements-test.txt), and the pipeline
# (hooks/explainer) installed editable from this checkout: then `.venv/bin/explainer check` and
# `python -m explainer` work without PYTHONPATH.
stamp=.venv/.requirements-installed
wanted() { cat requirements.txt requirements-test.txt requirements.lock pyproject.toml; pwd; }
if [ ! -f "$stamp" ] || ! cmp -s <(wanted) "$stamp"; then
  echo "== Installing Python packages"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-test.txt -c requirements.lock
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  wanted > "$stamp"
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== Installing front-end packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
bundle=node_modules/.explainer/builder-libs.js
if [ ! -f "$bundle" ] || [ package-lock.json -nt "$bundle" ] || [ scripts/bundles/builder-libs.js -nt "$bundle" ]; then
  echo "== Bundling the article builder's libraries"
  bash scripts/bundle.sh
fi
# The plotly.js bundles and the regional map geometry the site serves (vendor-build/).
if [ ! -f vendor-build/.built ] || [ -n "$(find package-lock.json scripts/build_assets.js scripts/assets -newer vendor-build/.built)" ]; then
  echo "== Building front-end assets"
  node scripts/build_assets.js
  touch vendor-build/.built
fi
