#!/bin/sh
# Builds the prototype into prototypes/wasm-kernel/.build/ (ignored by git):
#   kernel.wasm      the C kernel, compiled by clang 14 for wasm32 (no libc)
#   harness.mjs      the engine pieces, the JS kernels and the harness, bundled by esbuild for Node
#   harness.iife.js  the same bundle for a browser page (browser-check.mjs)
# Needs clang and lld: apt-get install -y clang lld. esbuild comes from the project's node_modules.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/.build"
mkdir -p "$out"

# -ffp-contract=off: never fuse a*b+c (baseline wasm has no FMA, but say so). No -ffast-math: keep IEEE order.
clang --target=wasm32 -O3 -nostdlib -ffp-contract=off -fno-builtin \
  -Wall -Wextra -Werror \
  -Wl,--no-entry -Wl,--export=__heap_base -Wl,--initial-memory=4194304 \
  -o "$out/kernel.wasm" "$here/kernel.c"

esbuild="$root/node_modules/.bin/esbuild"
"$esbuild" "$here/harness.ts" --bundle --platform=node --format=esm --target=node20 --log-level=warning --outfile="$out/harness.mjs"
"$esbuild" "$here/harness.ts" --bundle --platform=browser --format=iife --global-name=wasmProto --target=chrome120 --log-level=warning --outfile="$out/harness.iife.js"
echo "built $(wc -c < "$out/kernel.wasm") bytes of wasm, harness bundles in $out"
