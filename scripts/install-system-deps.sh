#!/usr/bin/env bash
# Installs the Debian packages the checks need; safe to run again (does nothing when present).
set -euo pipefail

chromium_ready() {
  [ -x /usr/bin/chromium ] &&
    [ "$(dpkg-query -W -f='${Status}' chromium 2>/dev/null || true)" = "install ok installed" ]
}

# The export's CSV is checked by reading it as a spreadsheet does (src/export/spreadsheet.test.ts).
soffice_ready() { command -v soffice >/dev/null 2>&1; }

# The archive's tests, preview and benchmarks start a private MariaDB server (src/testing/mariadb).
mariadb_ready() {
  [ "$(dpkg-query -W -f='${Status}' mariadb-server 2>/dev/null || true)" = "install ok installed" ]
}

# Playwright drives Debian's Chromium (playwright-core downloads no browser).
missing=()
chromium_ready || missing+=(chromium)
soffice_ready || missing+=(libreoffice-calc-nogui)
mariadb_ready || missing+=(mariadb-server)
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-system-deps: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(soffice --version 2>/dev/null | head -n 1) and mariadb-server present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "install-system-deps: installing ${missing[*]} (Debian packages)"
# Wait for another apt/dpkg run instead of failing on its lock.
APT_OPTS=(-o DPkg::Lock::Timeout=600)
$SUDO apt-get "${APT_OPTS[@]}" update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${missing[@]}"
chromium_ready || { echo "install-system-deps: chromium still not installed" >&2; exit 1; }
soffice_ready || { echo "install-system-deps: soffice (libreoffice-calc-nogui) still not installed" >&2; exit 1; }
mariadb_ready || { echo "install-system-deps: mariadb-server still not installed" >&2; exit 1; }
