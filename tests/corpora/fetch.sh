#!/usr/bin/env bash
# Fetches the pinned third-party OpenAPI corpora into tests/corpora/.cache (git-ignored), one folder per package:
#   .cache/oas-examples-8.2.2/   every document of @readme/oas-examples (2.0, 3.0, 3.1; JSON and YAML)
#   .cache/octokit-openapi-23.0.2/api.github.com.json   GitHub's REST description
# A package already unpacked is reused, so running it again is free and works offline. Needs npm only when the cache
# is missing; without npm it fails with a message saying so. Prints the cache folder on its last line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$here/.cache"
mkdir -p "$cache"

# Pinned: test expectations and docs/benchmarks.md numbers are only comparable for the same bytes.
OAS_EXAMPLES="@readme/oas-examples@8.2.2"
OCTOKIT_OPENAPI="@octokit/openapi@23.0.2"

# unpack PACKAGE FOLDER [ONLY]: the package's files (or just the file ONLY) under $cache/FOLDER, fetched with npm pack
# when absent.
unpack() {
  local package="$1" target="$cache/$2" only="${3:-}"
  if [[ -f "$target/.complete" ]]; then
    return
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "tests/corpora/fetch.sh: npm is not installed, so $package cannot be fetched into $target" >&2
    exit 2
  fi
  local work
  work="$(mktemp -d "$cache/.fetch.XXXXXX")"
  local tarball
  tarball="$(cd "$work" && npm pack --silent --loglevel=error "$package" | tail -1)"
  if [[ -n "$only" ]]; then
    tar -xzf "$work/$tarball" -C "$work" "package/$only"
  else
    tar -xzf "$work/$tarball" -C "$work"
  fi
  rm -rf "$target"
  mv "$work/package" "$target"
  rm -rf "$work"
  touch "$target/.complete"
  echo "fetched: $package -> $target" >&2
}

unpack "$OAS_EXAMPLES" "oas-examples-8.2.2"
unpack "$OCTOKIT_OPENAPI" "octokit-openapi-23.0.2" "generated/api.github.com.json"
echo "$cache"
