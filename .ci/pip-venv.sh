#!/usr/bin/env bash
# Shared by the PyPI tool installers: `pip_venv NAME SPEC CHECK` keeps one pinned package in a cached virtual
# environment (~/.cache/pik/NAME, or $PIK_CACHE_DIR/NAME), installs it when CHECK (a command run inside the
# environment's bin folder) fails, and prints the environment's folder. Install output goes to stderr.
pip_venv() {
  local name="$1" spec="$2" check="$3"
  local venv="${PIK_CACHE_DIR:-$HOME/.cache/pik}/$name"
  if ! (cd "$venv/bin" 2>/dev/null && eval "$check") >/dev/null 2>&1; then
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$spec" >&2
  fi
  echo "$venv"
}
