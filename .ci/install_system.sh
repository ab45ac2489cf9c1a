#!/usr/bin/env bash
# System packages the channel tests need: headless Chromium (driven by the Python
# `playwright` package with executable_path=/usr/bin/chromium; no browser download)
# PostgreSQL server binaries (tests/pg_server.sh starts a throwaway cluster) and Tesseract OCR
# (the visual probe's text-confidence signal and the visual suite's agent).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium postgresql tesseract-ocr tesseract-ocr-eng
