#!/bin/sh
# Container entrypoint (run by tini as PID 1's child). Prepares the state volume, then execs the
# command (the bot by default, or e.g. `article-qa ask "…"`), so signals go straight to Node.
#
# First start with an empty volume: the index built into the image (and any Hugging Face model
# baked in with --build-arg EMBEDDING_MODEL) is copied into the volume, so nothing is rebuilt or
# downloaded. Later starts keep the volume's index: the app reuses it while the corpus, model and
# settings match, and rebuilds it in the volume when they changed (your own articles). After an
# upgrade, an index that is still the copy of the old image's is replaced by the new image's one.
set -eu

BAKED=/app/embeddings
index_dir=${ARTICLE_QA_INDEX_DIR:-/data/index}
cache_dir=${EMBEDDING_CACHE_DIR:-/data/cache}
state_dir=${ARTICLE_QA_STATE_DIR:-/data/state}

fail() {
  echo "article-qa entrypoint: $*" >&2
  exit 1
}

for dir in "$index_dir" "$cache_dir" "$state_dir"; do
  mkdir -p "$dir" 2>/dev/null || true
  [ -d "$dir" ] && [ -w "$dir" ] ||
    fail "$dir is not writable by user $(id -u):$(id -g). For a bind mount, run: sudo chown -R $(id -u):$(id -g) <host folder>"
done

generation_of() { # the "generation" field of an index manifest, or nothing
  sed -n 's/^ *"generation": *"\([^"]*\)".*/\1/p' "$1" 2>/dev/null | head -n 1
}

# The index: generations first, manifest.json last (it is the commit point), so an interrupted
# copy is simply redone on the next start. .seeded-generation remembers what was copied.
if [ -e "$BAKED/index/manifest.json" ]; then
  baked=$(generation_of "$BAKED/index/manifest.json")
  current=$(generation_of "$index_dir/manifest.json")
  seeded=$(cat "$index_dir/.seeded-generation" 2>/dev/null || true)
  if [ -z "$current" ] || { [ "$current" = "$seeded" ] && [ "$current" != "$baked" ]; }; then
    for generation in "$BAKED"/index/gen-*; do
      [ -d "$generation" ] && cp -R "$generation" "$index_dir/"
    done
    cp "$BAKED/index/manifest.json" "$index_dir/manifest.json.seeding"
    mv "$index_dir/manifest.json.seeding" "$index_dir/manifest.json"
    printf '%s\n' "$baked" >"$index_dir/.seeded-generation"
    [ -n "$current" ] && [ "$current" != "$baked" ] && rm -rf "${index_dir:?}/$current"
    echo "article-qa entrypoint: seeded $index_dir with the index built into the image ($baked)" >&2
  fi
fi

# Baked Hugging Face models: each is copied whole, then renamed into place (config.json marks a
# complete model directory).
if [ -d "$BAKED/cache" ]; then
  find "$BAKED/cache" -name config.json -type f | while IFS= read -r marker; do
    source_dir=${marker%/config.json}
    target="$cache_dir/${source_dir#"$BAKED/cache/"}"
    [ -e "$target/config.json" ] && continue
    mkdir -p "$(dirname "$target")"
    rm -rf "$target.seeding"
    cp -R "$source_dir" "$target.seeding"
    rm -rf "$target"
    mv "$target.seeding" "$target"
    echo "article-qa entrypoint: seeded $target with the model built into the image" >&2
  done
fi

# `docker run IMAGE --help` (or --version): an option alone is the command line's, as the official
# node image hands one to node; exec would otherwise fail with "exec: --help: not found".
case "${1:-}" in -*) set -- article-qa "$@" ;; esac

exec "$@"
