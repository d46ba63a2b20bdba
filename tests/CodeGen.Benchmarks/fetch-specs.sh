#!/usr/bin/env bash
# Fetches the third-party OpenAPI documents the generator benchmarks read, from pinned npm packages, into
# tests/CodeGen.Benchmarks/.cache/specs (git-ignored). Already-present files are reused, so running it again is
# free and works offline. Without this cache the benchmarks skip those documents and say so.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="$here/.cache"
specs="$cache/specs"
mkdir -p "$specs" "$cache/npm"

# Pinned: the numbers in docs/benchmarks.md are only comparable for the same bytes.
OAS_EXAMPLES="@readme/oas-examples@8.2.2"
OCTOKIT_OPENAPI="@octokit/openapi@23.0.2"

# fetch PACKAGE PATH-INSIDE-PACKAGE TARGET-NAME
fetch() {
  local package="$1" inner="$2" target="$specs/$3"
  if [[ -s "$target" ]]; then
    echo "cached: $3"
    return
  fi
  local tarball
  tarball="$(cd "$cache/npm" && ls "$(echo "$package" | sed -e 's/^@//' -e 's/\//-/' -e 's/@/-/').tgz" 2>/dev/null || true)"
  if [[ -z "$tarball" ]]; then
    tarball="$(cd "$cache/npm" && npm pack --silent "$package" | tail -1)"
  fi
  tar -xzf "$cache/npm/$tarball" -C "$cache/npm" "package/$inner"
  mv "$cache/npm/package/$inner" "$target"
  echo "fetched: $3 ($package $inner)"
}

fetch "$OAS_EXAMPLES" "3.0/json/petstore.json" "petstore.json"
fetch "$OAS_EXAMPLES" "3.0/json/star-trek.json" "star-trek.json"
fetch "$OCTOKIT_OPENAPI" "generated/api.github.com.json" "api.github.com.json"
rm -rf "$cache/npm/package"
