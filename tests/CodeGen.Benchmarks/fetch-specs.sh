#!/usr/bin/env bash
# Puts the third-party OpenAPI documents the generator benchmarks read into tests/CodeGen.Benchmarks/.cache/specs
# (git-ignored). The pinned npm packages are fetched by the shared corpus script, tests/corpora/fetch.sh, which the
# conformance tests use too; this script only copies the three documents the benchmarks name. Already-present files
# are reused, so running it again is free and works offline. Without this cache the benchmarks skip those documents
# and say so.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
specs="$here/.cache/specs"
mkdir -p "$specs"

corpora="$("$here/../corpora/fetch.sh" | tail -1)"

# copy PATH-INSIDE-CORPUS-CACHE TARGET-NAME
copy() {
  local source="$corpora/$1" target="$specs/$2"
  if [[ -s "$target" ]]; then
    echo "cached: $2"
    return
  fi
  cp "$source" "$target"
  echo "copied: $2 ($1)"
}

copy "oas-examples-8.2.2/3.0/json/petstore.json" "petstore.json"
copy "oas-examples-8.2.2/3.0/json/star-trek.json" "star-trek.json"
copy "octokit-openapi-23.0.2/generated/api.github.com.json" "api.github.com.json"
