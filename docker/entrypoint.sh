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

# `docker run IMAGE --help`, `docker run IMAGE list`: an option, or a word that names no program
# (a command of the CLI), is the command line's, as the official node image hands one to node;
# exec would otherwise fail with "exec: list: not found".
case "${1:-}" in
  '') ;;
  -*) set -- article-qa "$@" ;;
  *) command -v "$1" >/dev/null 2>&1 || set -- article-qa "$@" ;;
esac

# Help and the version need nothing from the volume: they run at once, with nothing seeded into
# it and no note on stderr (`docker run --rm IMAGE --help` printed "seeded /data/index …" first).
[ "${1:-}" = article-qa ] && [ "${2:-}" = help ] && exec "$@"
for arg in "$@"; do
  case $arg in -h | --help | -V | --version) exec "$@" ;; esac
done

# Whether $1 (or, when it does not exist, the folder it would be made in) is on a read-only file
# system: access(2) says EROFS. Asked only of a folder that is not writable, so it costs nothing
# on a normal start.
on_read_only_mount() {
  node -e '
    const fs = require("node:fs"), path = require("node:path");
    for (let dir = path.resolve(process.argv[1]); ; dir = path.dirname(dir)) {
      try { fs.accessSync(dir, fs.constants.W_OK); process.exit(1); }
      catch (error) { if (error.code !== "ENOENT" || dir === "/") process.exit(error.code === "EROFS" ? 0 : 1); }
    }' "$1"
}

# A folder on a read-only mount (docker run -v VOLUME:/data:ro) is used as it is, nothing seeded:
# commands that only read (list, ask, search…) work from it, and one that must write (add, the
# bot) stops with a message naming the folder as read-only. Any other unwritable folder is a
# bind mount of another user's, which the fix below is for.
for dir in "$index_dir" "$cache_dir" "$state_dir"; do
  mkdir -p "$dir" 2>/dev/null || true
  { [ -d "$dir" ] && [ -w "$dir" ]; } || on_read_only_mount "$dir" ||
    fail "$dir is not writable by user $(id -u):$(id -g). For a bind mount, run: sudo chown -R $(id -u):$(id -g) <host folder>"
done

generation_of() { # the "generation" field of an index manifest, or nothing
  sed -n 's/^ *"generation": *"\([^"]*\)".*/\1/p' "$1" 2>/dev/null | head -n 1
}

# The index: generations first, manifest.json last (it is the commit point), so an interrupted
# copy is simply redone on the next start. .seeded-generation remembers what was copied.
if [ -e "$BAKED/index/manifest.json" ] && [ -w "$index_dir" ]; then
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
if [ -d "$BAKED/cache" ] && [ -w "$cache_dir" ]; then
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

exec "$@"
