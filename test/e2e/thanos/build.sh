#!/usr/bin/env bash
# Builds the real `thanos` binary (Querier + Go sidecar) for the e2e suite from the tagged release named in
# go.mod, through the Go module proxy. The binary is kept in <repo>/.tools/ under a name keyed by the
# version and build tags, and copied to a per-machine cache ($STOREAPI_TOOLS_CACHE, default
# ~/.cache/storeapi-sidecar) so that a fresh clone on the same machine (as CI makes) skips the build
# too; on a clean machine it downloads and builds. Prints the path of the binary on its last line;
# .tools/thanos is a symlink to it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
tools="$repo/.tools"

# The version is the one go.mod requires; read it without loading the module graph so the cached path
# costs nothing.
version="$(awk '$1 == "github.com/thanos-io/thanos" && $2 ~ /^v/ { print $2; exit }
               $1 == "require" && $2 == "github.com/thanos-io/thanos" { print $3; exit }' "$here/go.mod")"
[ -n "$version" ] || { echo "build.sh: no github.com/thanos-io/thanos requirement in $here/go.mod" >&2; exit 1; }
# Thanos's release recipe (.promu.yml): tags netgo and slicelabels. slicelabels is not optional: thanos
# converts its protobuf label slices to Prometheus labels.Labels with unsafe casts that assume the slice
# layout, and Prometheus 3's default (stringlabels) layout makes the Querier panic in labels.decodeSize
# on the first Info response it decodes.
tags="netgo,slicelabels"
# The cache key covers the recipe too, so a binary built another way is never reused.
key="$version-$(printf '%s' "$tags" | sha256sum | cut -c1-8)"
bin="$tools/thanos-$key"
machine_cache="${STOREAPI_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/storeapi-sidecar}"
cached="$machine_cache/thanos-$key"

# A cached binary counts only if it runs: a half-written or foreign file is rebuilt.
if ! { [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; } && [ -x "$cached" ] && "$cached" --version >/dev/null 2>&1; then
  mkdir -p "$tools"
  cp -f "$cached" "$bin.tmp.$$" && mv -f "$bin.tmp.$$" "$bin"
  echo "build.sh: thanos $version taken from the machine cache $cached" >&2
fi
if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
  ln -sfn "thanos-$key" "$tools/thanos"
  echo "$bin"
  exit 0
fi

command -v go >/dev/null || { echo "build.sh: go is required to build thanos $version" >&2; exit 1; }
mkdir -p "$tools"
tmp="$bin.tmp.$$"
trap 'rm -f "$tmp"' EXIT
start=$(date +%s)
echo "build.sh: building thanos $version with $(go version | awk '{print $3}') (downloads modules not yet in the Go module cache, then compiles)" >&2
# CGO off gives the same static binary the release process ships (with netgo); the version stamp makes
# `thanos --version` and the build_info metric say which tag this is.
(
  cd "$here"
  CGO_ENABLED=0 go build -trimpath -tags "$tags" \
    -ldflags "-s -w -X github.com/prometheus/common/version.Version=${version#v} -X github.com/prometheus/common/version.Branch=release" \
    -o "$tmp" github.com/thanos-io/thanos/cmd/thanos
)
mv -f "$tmp" "$bin"
trap - EXIT
# The machine cache is an optimisation: failing to fill it must not fail the build.
if mkdir -p "$machine_cache" 2>/dev/null && cp -f "$bin" "$cached.tmp.$$" 2>/dev/null; then
  mv -f "$cached.tmp.$$" "$cached"
else
  rm -f "$cached.tmp.$$"
  echo "build.sh: could not store the binary in $machine_cache (continuing)" >&2
fi
ln -sfn "thanos-$key" "$tools/thanos"
echo "build.sh: built $bin in $(( $(date +%s) - start ))s" >&2
"$bin" --version >&2
echo "$bin"
