#!/usr/bin/env bash
# Installs cfn-lint (pinned) from PyPI into a cached virtual environment and prints its bin folder.
set -euo pipefail
source "$(dirname "$0")/pip-venv.sh"
version="1.58.0"
echo "$(pip_venv "cfn-lint/$version" "cfn-lint==$version" 'test -x ./cfn-lint')/bin"
