#!/usr/bin/env bash
# Installs boto3 (pinned) from PyPI into a cached virtual environment and prints that environment's python.
# The twin runs Python Lambda functions on it (PIK_TWIN_PYTHON), as Lambda's Python runtimes ship boto3.
set -euo pipefail
source "$(dirname "$0")/pip-venv.sh"
version="1.44.18"
echo "$(pip_venv "python-lambda/boto3-$version" "boto3==$version" "./python -c 'import boto3'")/bin/python"
