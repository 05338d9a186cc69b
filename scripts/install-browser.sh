#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests: Debian's package where apt-get
# can install it; an existing Chrome/Chromium is used as it is (CHROMIUM=/path overrides).
set -euo pipefail
for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then exit 0; fi
done
echo "== Installing Chromium (Debian package) for the browser tests"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Chromium is missing and this user cannot run apt-get; install the 'chromium' package." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x /usr/bin/chromium
