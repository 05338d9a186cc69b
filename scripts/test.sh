#!/usr/bin/env bash
# Sets everything up (Python and front-end packages, Chromium for the browser tests),
# then runs the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/install-test-tools.sh
export NO_MKDOCS_2_WARNING=1
# pytest-xdist workers: one more than the cores, because the suite waits on browsers, servers and
# subprocesses more than it computes (2 cores: 8 min CPU in 10 min wall with 2 workers). TEST_WORKERS
# overrides, 0 runs in this process. Each test file stays on one worker, so a file's module fixtures
# (its builds, its server) are made once.
workers="${TEST_WORKERS:-$(( $(nproc) + 1 ))}"
exec .venv/bin/python -m pytest -n "$workers" --dist loadfile "$@"
