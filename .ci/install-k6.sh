#!/usr/bin/env bash
# Installs a pinned k6 from the Go module proxy into a per-version cache directory and prints the directory holding it (for PATH).
# Re-running is free: an existing binary is reused. Override the version with K6_VERSION.
set -euo pipefail

K6_VERSION="${K6_VERSION:-v1.8.1}"
CACHE_ROOT="${PIK_K6_CACHE:-${HOME}/.cache/pik/k6}"
BIN_DIR="${CACHE_ROOT}/${K6_VERSION}"
K6_BIN="${BIN_DIR}/k6"

if [ -x "${K6_BIN}" ]; then
  echo "${BIN_DIR}"
  exit 0
fi

if ! command -v go >/dev/null 2>&1; then
  echo "install-k6: go is required (https://go.dev/dl/)" >&2
  exit 1
fi

mkdir -p "${BIN_DIR}"
started=$(date +%s)
# CGO is not needed by k6; a static binary is portable between CI images.
CGO_ENABLED=0 GOBIN="${BIN_DIR}" GOFLAGS="${GOFLAGS:--trimpath}" go install "go.k6.io/k6@${K6_VERSION}" >&2
echo "install-k6: built k6 ${K6_VERSION} in $(( $(date +%s) - started ))s" >&2
echo "${BIN_DIR}"
