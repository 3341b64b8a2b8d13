#!/usr/bin/env bash
# Installs boto3 (pinned) from PyPI into a cached virtual environment and prints that environment's python.
# The twin runs Python Lambda functions on it (PIK_TWIN_PYTHON), as Lambda's Python runtimes ship boto3.
set -euo pipefail
version="1.44.18"
venv="${PIK_CACHE_DIR:-$HOME/.cache/pik}/python-lambda/boto3-$version"
if ! "$venv/bin/python" -c 'import boto3' >/dev/null 2>&1; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check "boto3==$version" >&2
fi
echo "$venv/bin/python"
