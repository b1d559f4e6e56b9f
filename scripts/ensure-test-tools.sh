#!/usr/bin/env bash
# What the browser tests need that npm does not bring, from Debian's packages, installed when missing (needs
# root or sudo): Chromium (the browser) and poppler-utils (pdftoppm and pdfinfo, to check and render PDFs).
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/pdftoppm ] || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages for the browser tests: ${missing[*]}…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromium --version
/usr/bin/pdftoppm -v 2>&1 | head -1
