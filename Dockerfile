# article-qa: the Discord bot and the `article-qa` CLI, with the bundled offline model and a
# ready index for the bundled article, so the container starts in seconds without network.
#
#   docker build -t article-qa .
#   docker build -t article-qa --build-arg EMBEDDING_MODEL=Xenova/all-MiniLM-L6-v2 .   # needs the Hub
#
# Works with BuildKit and with the legacy builder (no BuildKit-only syntax). Layers are ordered for
# caching: dependencies are installed from package*.json alone, so a source change reuses them.
ARG NODE_IMAGE=node:20-bookworm-slim

# --- toolchain: native modules (hnswlib-node, better-sqlite3) compile with node-gyp ------------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 make g++ \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin
WORKDIR /app
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# --- all dependencies, native modules compiled once (hnswlib-node, better-sqlite3) ---------------
FROM toolchain AS deps
COPY package.json package-lock.json ./
# --ignore-scripts skips the project's own `prepare` (the sources are not here yet); `npm rebuild`
# then runs the dependencies' install steps (native builds, sharp's check).
RUN npm ci --ignore-scripts && npm rebuild && npm cache clean --force

# --- production dependencies only, trimmed of what Node never loads -------------------------------
FROM deps AS prod-deps
COPY docker/slim-node-modules.sh /usr/local/bin/
RUN npm prune --omit=dev --ignore-scripts && slim-node-modules.sh node_modules

# --- build: compile, then index the bundled article (and bake a Hub model when asked) ------------
FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
RUN npm run build
COPY config ./config
COPY corpus ./corpus
# The default model is committed (built by `npm run build:model`); it is copied, not rebuilt.
COPY embeddings/models ./embeddings/models
# Empty: the bundled model. A Hugging Face id (e.g. Xenova/all-MiniLM-L6-v2) is downloaded into
# embeddings/cache here, and the image then uses it by default, offline. HF_ENDPOINT: a Hub mirror
# (used for this download only; not kept in the image).
ARG EMBEDDING_MODEL=
ARG HF_ENDPOINT=
RUN mkdir -p embeddings/cache \
 && node bin/article-qa.js index ${EMBEDDING_MODEL:+--model "$EMBEDDING_MODEL"} \
 && rm -f embeddings/index/.build.lock \
 && test -f embeddings/index/manifest.json

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tini \
 && apt-get clean && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \
 && mkdir -p /data/index /data/cache /data/state \
 && chown -R node:node /data
WORKDIR /app
# Everything under /app is root-owned and read-only to the bot; it writes only to /data.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY docker/entrypoint.sh ./docker/entrypoint.sh
COPY config ./config
COPY corpus ./corpus
COPY --from=build /app/embeddings/models ./embeddings/models
COPY --from=build /app/embeddings/cache ./embeddings/cache
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
COPY --from=build /app/embeddings/index ./embeddings/index
RUN ln -s /app/bin/article-qa.js /usr/local/bin/article-qa

ARG EMBEDDING_MODEL=
# Settings for the container; everything else (token, guild, log level…) comes from the
# environment at run time (.env with docker compose). Paths under /data live on the volume.
ENV NODE_ENV=production \
    EMBEDDING_MODEL=${EMBEDDING_MODEL} \
    ARTICLE_QA_INDEX_DIR=/data/index \
    ARTICLE_QA_STATE_DIR=/data/state \
    EMBEDDING_CACHE_DIR=/data/cache \
    HEALTH_HOST=0.0.0.0 \
    HEALTH_PORT=8080 \
    ARTICLE_QA_IN_CONTAINER=1

# Index, downloaded models, feedback and statistics: keep them across restarts and upgrades.
VOLUME ["/data"]
EXPOSE 8080
USER node

HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# tini is PID 1: it forwards SIGTERM from `docker stop` to Node and reaps children.
ENTRYPOINT ["/usr/bin/tini", "--", "/app/docker/entrypoint.sh"]
CMD ["node", "dist/app/start.js"]
