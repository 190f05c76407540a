import { editDistance } from '../core/text/edit-distance.js';

/**
 * Environment variable → config path: every setting the environment can give. The one list of
 * them: the loader reads these, and start-up warns of unknown variables against them.
 */
export const ENVIRONMENT_SETTINGS: Readonly<Record<string, string>> = {
  ARTICLE_QA_CORPUS: 'corpus',
  ARTICLE_QA_INDEX_DIR: 'indexDir',
  ARTICLE_QA_STATE_DIR: 'stateDir',
  EMBEDDING_MODEL: 'model.id',
  EMBEDDING_CACHE_DIR: 'model.cacheDir',
  HF_ENDPOINT: 'model.hubUrl',
  ALLOW_REMOTE_MODELS: 'model.allowRemote',
  DISCORD_TOKEN: 'discord.token',
  DISCORD_GUILD_ID: 'discord.guildId',
  DISCORD_API_BASE: 'discord.apiBase',
  DISCORD_RETENTION_DAYS: 'discord.retentionDays',
  DISCORD_MESSAGE_CONTENT: 'discord.messageContent',
  SHUTDOWN_GRACE_MS: 'shutdown.graceMs',
  HEALTH_HOST: 'health.host',
  HEALTH_PORT: 'health.port',
  LOG_LEVEL: 'log.level',
  LOG_FORMAT: 'log.format',
  RATE_LIMIT_PER_MINUTE: 'limits.ratePerMinute',
  MAX_CONCURRENCY: 'limits.concurrency',
  LLM_BASE_URL: 'llm.baseUrl',
  LLM_MODEL: 'llm.model',
  LLM_API_KEY: 'llm.apiKey',
  LLM_TIMEOUT_MS: 'llm.timeoutMs',
  ARTICLE_MAX_BYTES: 'articles.maxBytes',
  ARTICLE_FETCH_TIMEOUT_MS: 'articles.fetchTimeoutMs',
  ALLOW_PRIVATE_URLS: 'articles.allowPrivateUrls',
  CORPUS_WATCH_POLL: 'corpusWatch.poll',
  CORPUS_WATCH_POLL_INTERVAL_MS: 'corpusWatch.pollIntervalMs',
};

/** Variables read outside the settings: by entry points, by discord.js's sharding, or by the tests. */
const OTHER_VARIABLES = [
  'ARTICLE_QA_CONFIG', // the config file (load-config.ts)
  'NODE_ENV', // JSON logs in production (create-logger.ts)
  'ARTICLE_QA_IN_CONTAINER', // set by the Docker image: where `add` says a file must be (container-hint.ts)
  'SHARD_COUNT', // shards to start (shard-manager.ts); also set in each shard, with the three below
  'SHARDS',
  'SHARDING_MANAGER',
  'SHARDING_MANAGER_MODE',
  'ARTICLE_QA_EVAL_DIR', // the answer model's training test
  'ARTICLE_QA_DOCKER_CONTEXT', // the image tests: the build context,
  'ARTICLE_QA_TEST_IMAGE', // the image's tag,
  'ARTICLE_QA_DOCKER_STATE', // and where a local engine keeps its state
];

/** Every variable the project reads. */
export const KNOWN_VARIABLES: ReadonlySet<string> = new Set([
  ...Object.keys(ENVIRONMENT_SETTINGS),
  ...OTHER_VARIABLES,
]);

/**
 * Prefixes only this project's variables are likely to carry: any other name with one is taken
 * for a misspelling. Generic ones (LOG_, MAX_, HF_: Hugging Face's own tools read HF_HOME,
 * HF_TOKEN…) are left out; a name close to a known one is caught by its distance instead.
 */
const PROJECT_PREFIXES = ['ARTICLE_', 'DISCORD_', 'LLM_', 'EMBEDDING_', 'HEALTH_', 'CORPUS_', 'SHUTDOWN_'];

/** An unknown variable, and the known one it is probably meant to be. */
export interface UnknownVariable {
  name: string;
  suggestion?: string;
}

/** The known variable nearest to `name` within `limit` edits, if any (the first in list order on a tie). */
function nearest(name: string, limit: number): string | undefined {
  let best: { known: string; distance: number } | undefined;
  for (const known of KNOWN_VARIABLES) {
    const distance = editDistance(name, known, limit);
    if (distance <= limit && distance < (best?.distance ?? Number.POSITIVE_INFINITY))
      best = { known, distance };
  }
  return best?.known;
}

/**
 * Variables that look meant for article-qa but that it does not read: a project prefix, a known
 * name in lower case, or within two edits of a known name. A misspelt setting is otherwise
 * silently ignored, and the admin wonders why it has no effect.
 */
export function unknownEnvironmentVariables(environment: NodeJS.ProcessEnv): UnknownVariable[] {
  const unknown: UnknownVariable[] = [];
  for (const name of Object.keys(environment).sort()) {
    if (KNOWN_VARIABLES.has(name)) continue;
    const upper = name.toUpperCase();
    const prefixed = PROJECT_PREFIXES.some((prefix) => upper.startsWith(prefix));
    // With a project prefix the name is surely meant for us: suggest from further away.
    const suggestion = KNOWN_VARIABLES.has(upper)
      ? upper
      : nearest(upper, prefixed ? Math.max(2, Math.floor(name.length / 4)) : name.length >= 6 ? 2 : 0);
    if (prefixed || suggestion) unknown.push({ name, ...(suggestion ? { suggestion } : {}) });
  }
  return unknown;
}

/**
 * The one warning for {@link unknownEnvironmentVariables}, or undefined when there are none.
 * Names only: values may be secrets.
 */
export function unknownVariablesWarning(environment: NodeJS.ProcessEnv): string | undefined {
  const unknown = unknownEnvironmentVariables(environment);
  if (unknown.length === 0) return undefined;
  const names = unknown.map(({ name, suggestion }) =>
    suggestion ? `${name} (did you mean ${suggestion}?)` : name,
  );
  return `ignoring environment variables article-qa does not read: ${names.join(', ')}; the known ones are in README.md's configuration reference`;
}
