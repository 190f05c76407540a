#!/bin/sh
# Removes from a production node_modules what Node never loads in this image: other platforms'
# native binaries, browser bundles, build intermediates and sources of native modules, source
# maps. Every step is skipped when its package is not installed. Usage: slim-node-modules.sh [dir]
set -eu
cd "${1:-node_modules}"
arch=$(node -p process.arch)

# onnxruntime-node ships binaries for every OS and CPU: keep this platform's.
if [ -d onnxruntime-node/bin ]; then
  find onnxruntime-node/bin -mindepth 2 -maxdepth 2 -type d ! -name linux -exec rm -rf {} +
  find onnxruntime-node/bin -mindepth 3 -maxdepth 3 -type d ! -name "$arch" -exec rm -rf {} +
  ls onnxruntime-node/bin/*/linux/"$arch"/onnxruntime_binding.node >/dev/null
fi
# In Node, transformers.js runs on onnxruntime-node and imports only onnxruntime-web's Node bundle.
if [ -d onnxruntime-web/dist ]; then
  find onnxruntime-web/dist -type f ! -name ort-web.node.js -delete
fi
# Browser bundles and a code generator CLI.
rm -rf @xenova/transformers/dist protobufjs/cli
# better-sqlite3: the SQLite sources it was compiled from, and a test extension.
rm -rf better-sqlite3/deps better-sqlite3/src better-sqlite3/build/Release/test_extension.node
# Compiler intermediates of every native module (the .node files stay).
find . -path "*/build/Release/*" \( -name obj -o -name obj.target -o -name .deps \) -prune -exec rm -rf {} +
find . -path "*/build/Release/*" -name "*.a" -type f -delete
find . -name "*.map" -type f -delete

# Every native module still has its binary.
for module in hnswlib-node/build/Release/addon.node better-sqlite3/build/Release/better_sqlite3.node; do
  [ ! -d "${module%%/*}" ] || [ -f "$module" ] || { echo "slim-node-modules: $module is missing" >&2; exit 1; }
done
