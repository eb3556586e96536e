#!/usr/bin/env bash
# Installs the system packages govreport needs on Debian/Ubuntu (Poppler's GLib API and its tools), and the
# Java runtime the Spark integration (Integrations/spark) and its test run on.
# Runs apt-get directly as root, through sudo otherwise. Swift itself (6.x) must already be installed.
set -euo pipefail
packages=(libpoppler-glib-dev libcairo2-dev poppler-utils pkg-config qpdf libxml2-dev zlib1g-dev
          libtesseract-dev libleptonica-dev tesseract-ocr-chi-sim tesseract-ocr-eng openjdk-17-jre-headless)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup.sh: swift is not on PATH; install Swift 6 from swift.org first" >&2; exit 1; }
