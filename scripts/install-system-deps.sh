#!/usr/bin/env bash
# Installs the Debian packages the checks need; safe to run again (does nothing when present).
set -euo pipefail

chromium_ready() {
  [ -x /usr/bin/chromium ] &&
    [ "$(dpkg-query -W -f='${Status}' chromium 2>/dev/null || true)" = "install ok installed" ]
}

# The archive's tests, preview and benchmarks start a private MariaDB server (src/testing/mariadb).
mariadb_ready() {
  [ "$(dpkg-query -W -f='${Status}' mariadb-server 2>/dev/null || true)" = "install ok installed" ]
}

# Playwright drives Debian's Chromium (playwright-core downloads no browser).
if chromium_ready && mariadb_ready; then
  echo "install-system-deps: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and mariadb-server present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "install-system-deps: installing chromium and mariadb-server (Debian packages)"
# Wait for another apt/dpkg run instead of failing on its lock.
APT_OPTS=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${APT_OPTS[@]}" update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT_OPTS[@]}" install -y --no-install-recommends chromium mariadb-server
chromium_ready || { echo "install-system-deps: chromium still not installed" >&2; exit 1; }
mariadb_ready || { echo "install-system-deps: mariadb-server still not installed" >&2; exit 1; }
