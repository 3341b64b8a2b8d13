#!/usr/bin/env bash
# Installs schemathesis (pinned) from PyPI into a cached virtual environment and prints its bin folder
# (`st`). Used by the fuzz suite in test/fuzz.
set -euo pipefail
version="4.32.5"
venv="${PIK_CACHE_DIR:-$HOME/.cache/pik}/schemathesis/$version"
if [ ! -x "$venv/bin/st" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version" >&2
fi
echo "$venv/bin"
