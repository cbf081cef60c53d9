#!/usr/bin/env bash
# Installs what the test suite needs beyond the JDK: Debian's Chromium for the Playwright
# end-to-end tests (Playwright's own browser download is not used). Idempotent: exits 0 at once
# when Chromium is already installed.
set -euo pipefail

chromium_path() {
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if existing="$(chromium_path)"; then
  echo "Chromium already installed: $existing"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "Chromium is missing and neither root nor sudo is available: install the 'chromium' package." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "Installing Chromium (Debian package 'chromium')..."
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends chromium fonts-liberation

if installed="$(chromium_path)"; then
  echo "Chromium installed: $installed"
else
  echo "apt-get finished but no chromium binary was found." >&2
  exit 1
fi
