#!/usr/bin/env bash
# Makes sure the system programs the tests drive are there: Chromium (browser tests), a Java
# runtime (the Nu Html Checker) and libfaketime (builds on two faked days, test_build_behaviour.py). Debian's packages where apt-get can install them; an
# existing Chrome/Chromium or java is used as it is (CHROMIUM=/path overrides the browser).
set -euo pipefail

have_chromium() {
  for candidate in "${CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then return 0; fi
  done
  return 1
}

packages=()
have_chromium || packages+=(chromium)
command -v java >/dev/null || packages+=(default-jre-headless)
have_faketime() { compgen -G "/usr/lib/*/faketime/libfaketime.so.1" >/dev/null; }
have_faketime || packages+=(faketime)
[ ${#packages[@]} -eq 0 ] && exit 0

echo "== Installing ${packages[*]} (Debian packages) for the tests"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Missing ${packages[*]} and this user cannot run apt-get; install those Debian packages." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
have_chromium && command -v java >/dev/null && have_faketime
