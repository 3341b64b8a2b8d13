#!/usr/bin/env bash
# Installs schemathesis (pinned) from PyPI into a cached virtual environment and prints its bin folder
# (`st`). Used by the fuzz suite in test/fuzz.
set -euo pipefail
source "$(dirname "$0")/pip-venv.sh"
version="4.32.5"
echo "$(pip_venv "schemathesis/$version" "schemathesis==$version" 'test -x ./st')/bin"
