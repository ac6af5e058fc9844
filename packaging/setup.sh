#!/usr/bin/env bash
# Prepare a checkout to run Qari: the system libraries Qt needs (Debian/Ubuntu), then a virtual
# environment in .venv with Qari and its test tools. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(
  # Qt's platform plugins (xcb for a real window, offscreen for the tests)
  libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-xinerama0 libxcb-shape0 libxcb-render-util0
  libxcb-image0 libxcb-randr0 libxcb-xkb1 libx11-xcb1
  # reading aloud: the espeak-ng library and its voices
  libespeak-ng1 espeak-ng-data
  # used by the tests: PDF text extraction, desktop-file and AppStream validation
  poppler-utils desktop-file-utils appstream
)

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,speech]'
# The interface's translations, compiled now rather than at the window's first start (into the cache
# folder where the window looks for them; it still compiles them itself if they are missing or stale).
QT_QPA_PLATFORM=offscreen .venv/bin/python -c "
from reader.gui.window.translation import LANGUAGES, compiled_translation
for language in LANGUAGES:
    compiled_translation(language)
"
