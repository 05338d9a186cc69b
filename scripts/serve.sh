#!/usr/bin/env bash
# Sets everything up, then serves the site at http://127.0.0.1:8000/ with live reload.
# `bash scripts/serve.sh build` builds the static site into build/ instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NO_MKDOCS_2_WARNING=1
if [ "${1:-serve}" = "build" ]; then
  exec .venv/bin/mkdocs build --strict
fi
exec .venv/bin/mkdocs serve --livereload
