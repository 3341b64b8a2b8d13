#!/usr/bin/env bash
# Installs cfn-lint (pinned) from PyPI into a cached virtual environment and prints its bin folder.
set -euo pipefail
version="1.58.0"
venv="${PIK_CACHE_DIR:-$HOME/.cache/pik}/cfn-lint/$version"
if [ ! -x "$venv/bin/cfn-lint" ]; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "cfn-lint==$version" >&2
fi
echo "$venv/bin"
