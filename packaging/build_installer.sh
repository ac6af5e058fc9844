#!/usr/bin/env bash
# Build Qari as a one-folder application with PyInstaller (dist/qari/), then start the result once,
# offscreen, to prove it runs: the command line on a new library, then the window, which closes by itself
# after its first paint. Uses its own virtual environment, build/pyinstaller-venv; safe to run again.
#
#   bash packaging/build_installer.sh        (PYTHON=python3.12 to build with another Python)
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
venv=build/pyinstaller-venv
[ -x "$venv/bin/python" ] || "${PYTHON:-python3}" -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/qari.spec

# A fresh home, so the trial run neither reads nor changes your own library, settings or caches.
trial=$(mktemp -d)
trap 'rm -rf "$trial"' EXIT
export HOME="$trial" XDG_CONFIG_HOME="$trial/config" XDG_CACHE_HOME="$trial/cache" XDG_DATA_HOME="$trial/data"
export QT_QPA_PLATFORM=offscreen
app=dist/qari/qari

echo "Trying the command line ..."
"$app" --library "$trial/library" import resources/samples/welcome.md --json >/dev/null
"$app" --library "$trial/library" list --json
"$app" --library "$trial/library" search "قارئ" --limit 1 >/dev/null

echo "Trying the window, in Arabic ..."
status=0
QARI_QUIT_AFTER_PAINT=1 timeout 120 "$app" --library "$trial/library" --lang ar || status=$?
if [ "$status" -ne 0 ]; then
  echo "build_installer: the window did not open and close by itself (exit status $status)." >&2
  exit 1
fi
# The window compiles its translation on first use with the lrelease bundled beside Qt.
if compgen -G "resources/translations/*.ts" >/dev/null && ! compgen -G "$XDG_CACHE_HOME/qari/translations/*.qm" >/dev/null; then
  echo "build_installer: the built app could not compile its Arabic translation." >&2
  exit 1
fi

echo "Built dist/qari/ in $(($(date +%s) - started)) s: $(du -sh dist/qari | cut -f1), started as dist/qari/qari."
