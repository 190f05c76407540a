import type { Client, ClientOptions } from 'discord.js';
import { DiscordBot } from '../adapters/discord/bot.js';
import type { DiscordRefusedError } from '../adapters/discord/gateway-close.js';
import { createDiscordClient } from '../adapters/discord/client.js';
import { RateLimiter } from '../adapters/discord/load/rate-limiter.js';
import { WorkQueue } from '../adapters/discord/load/work-queue.js';
import { QuestionService } from '../adapters/discord/question-service.js';
import { registrationScope } from '../adapters/discord/register-commands.js';
import type { SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import { startRetention, type Retention } from './state-retention.js';
import { startHealthServer, type HealthServer } from '../adapters/http/health-server.js';
import { unknownVariablesWarning } from '../config/environment-variables.js';
import { loadConfig, type ConfigOverrides } from '../config/load-config.js';
import type { AppConfig } from '../config/schema.js';
import { loadTagger } from '../core/conversation/text-analysis.js';
import type { Embedder } from '../core/embedding/embedder.js';
import type { QaEngine } from '../core/engine.js';
import { loadOrBuildIndex } from '../core/index/build-index.js';
import type { Logger } from '../logging/logger.js';
import { CorpusReloader } from './corpus-reloader.js';
import { IndexUpdater } from './index-updater.js';
import { ScopedEngines } from './scoped-engines.js';
import { ArticleLibrary } from '../core/articles/article-library.js';
import { fetchArticle } from '../adapters/http/fetch-article.js';
import { createEngine, indexRequest, openStateStore } from './create-engine.js';
import { createLoggerFromConfig } from './create-logger.js';
import { checkStateFolder } from './state-folder.js';

/** Options of {@link startBot}; production passes none. */
export interface StartBotOptions {
  environment?: NodeJS.ProcessEnv;
  overrides?: ConfigOverrides;
  configFile?: string;
  logger?: Logger;
  /** Extra discord.js client options (tests: `ws.buildIdentifyThrottler`). */
  clientOptions?: Partial<ClientOptions>;
  /** A model already loaded (tests share one). */
  embedder?: Embedder;
  /** Quiet time after corpus file events before rebuilding (default: `corpusWatch.debounceMs`). */
  reloadDebounceMs?: number;
  /** How long shutdown waits for answers in flight (default: `shutdown.graceMs`, SHUTDOWN_GRACE_MS). */
  shutdownGraceMs?: number;
}

/** A running bot and everything it is made of, for tests and the entry point. */
export interface RunningBot {
  config: AppConfig;
  logger: Logger;
  engine: QaEngine;
  state: SqliteStateStore;
  bot: DiscordBot;
  client: Client;
  health: HealthServer;
  reloader: CorpusReloader;
  /** Settles when Discord refuses the bot for good (e.g. close 4004): stop and exit with EXIT_DISCORD_REFUSED. */
  refused: Promise<DiscordRefusedError>;
  /** Graceful stop: in-flight answers, gateway, watcher, index, health server, state, logs. Idempotent. */
  stop(): Promise<void>;
}

/** The shard ids this process runs, when started by discord.js's ShardingManager. */
export function shardIds(environment: NodeJS.ProcessEnv): number[] | undefined {
  if (environment.SHARDS === undefined) return undefined;
  const parsed: unknown = JSON.parse(environment.SHARDS);
  return (Array.isArray(parsed) ? parsed : [parsed]).map(Number);
}

/**
 * The bot's composition root: config → logger → health → engine → state → client → hot
 * reload, and the matching shutdown. Throws a ConfigError (before anything starts) when the
 * configuration is invalid, a state folder that holds other files and no state file included.
 */
export async function startBot(options: StartBotOptions = {}): Promise<RunningBot> {
  const environment = options.environment ?? process.env;
  const config = loadConfig({
    environment,
    requireDiscord: true,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
  });
  // A state folder of other files (a mistyped ARTICLE_QA_STATE_DIR) is refused before anything
  // starts, as the CLI's add and remove do: before, the bot made its state file there, and ran.
  checkStateFolder(config.stateDir, 'bot');
  const token = (config.discord.token ?? '').trim();
  const shards = shardIds(environment);
  const logger = (options.logger ?? createLoggerFromConfig(config, environment)).child(
    shards ? { shards } : {},
  );
  const secrets = [token, ...(config.llm.apiKey ? [config.llm.apiKey] : [])];
  const unknownVariables = unknownVariablesWarning(environment);
  if (unknownVariables) logger.warn(unknownVariables);

  let engine: QaEngine | undefined;
  let bot: DiscordBot | undefined;
  // Under sharding every process serves its own health port: the configured one plus its first shard id.
  const healthPort = config.health.port === 0 ? 0 : config.health.port + (shards?.[0] ?? 0);
  const health = await startHealthServer({
    host: config.health.host,
    port: healthPort,
    check: () => {
      const gateway = bot?.gatewayState();
      return {
        ok: engine !== undefined && gateway?.connected === true,
        details: {
          gateway: gateway?.status ?? 'not started',
          index: engine ? 'loaded' : 'loading',
          passages: engine?.index.passages.length ?? 0,
        },
      };
    },
  });
  logger.info({ url: health.url }, 'health endpoint listening');

  let state: SqliteStateStore | undefined;
  let retention: Retention | undefined;
  let client: Client | undefined;
  try {
    // The state store holds the added articles too: open it before the index is built.
    // Through openStateStore: an unusable folder or file, or one a newer version wrote, is the admin's to fix, said as such.
    state = openStateStore(config.stateDir);
    const store = state;
    const created = await createEngine(config, logger, {
      articles: store,
      ...(options.embedder ? { embedder: options.embedder } : {}),
    });
    const readyEngine = created.engine;
    await readyEngine.warmUp();
    retention = startRetention(state, { days: config.discord.retentionDays, logger });
    const updater = new IndexUpdater(
      readyEngine,
      // The engine's own index is reused when nothing changed: a hot-reload check then costs a stat per file.
      () => loadOrBuildIndex(indexRequest(config, created.embedder, logger, { articles: store, current: readyEngine.index })),
      logger,
    );
    updater.watchArticles(store, config.articles.syncIntervalMs);
    const engines = new ScopedEngines(readyEngine, created.createEngineFor);
    const questions = new QuestionService(
      readyEngine,
      state,
      new RateLimiter({ perMinute: config.limits.ratePerMinute }),
      new WorkQueue(config.limits.concurrency),
      logger,
      engines,
    );
    const library = new ArticleLibrary({
      store,
      fetch: fetchArticle,
      maxBytes: config.articles.maxBytes,
      fetchPolicy: { timeoutMs: config.articles.fetchTimeoutMs, maxRedirects: config.articles.maxRedirects },
      updateIndex: async () => (await updater.update()).index,
      currentDocuments: async () => readyEngine.index.documents,
    });
    // Attachments come from Discord's CDN (or, in tests, from DISCORD_API_BASE's host); members' URLs must be public.
    const access = {
      publicOnly: !config.articles.allowPrivateUrls,
      trustedHosts: ['cdn.discordapp.com', 'media.discordapp.net', new URL(config.discord.apiBase).host],
    };
    client = createDiscordClient({
      apiBase: config.discord.apiBase,
      messageContent: config.discord.messageContent,
      ...(options.clientOptions ? { overrides: options.clientOptions } : {}),
    });
    bot = new DiscordBot({
      client,
      context: {
        engine: readyEngine,
        engines,
        articles: { library, access },
        questions,
        state,
        logger,
        readsThreadMessages: config.discord.messageContent,
      },
      secrets,
      registration: registrationScope(config.discord.guildId),
      commandSettings: { questionMaxChars: config.limits.questionMaxChars },
      registersCommands: shards === undefined || shards.includes(0),
    });
    engine = readyEngine;
    await bot.start(token);
    // Follow-ups need the tagger: load it now, in the background, rather than on the first one.
    loadTagger().catch((error: unknown) => logger.error({ err: error }, 'could not load the follow-up tagger'));

    const reloader = new CorpusReloader({
      corpusPath: config.corpus,
      debounceMs: options.reloadDebounceMs ?? config.corpusWatch.debounceMs,
      poll: config.corpusWatch.poll,
      pollIntervalMs: config.corpusWatch.pollIntervalMs,
      logger,
      reload: async () => (await updater.update()).swapped,
    });
    await reloader.start();

    const runningBot = bot;
    const runningState = state;
    const runningRetention = retention;
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        logger.info('shutting down');
        await reloader.close();
        await updater.close();
        runningRetention.stop();
        await runningBot.stop(options.shutdownGraceMs ?? config.shutdown.graceMs);
        // No answer is in flight any more: free the index's database.
        readyEngine.close();
        await health.close();
        runningState.close();
        logger.info('stopped');
        logger.flush();
      })());
    return {
      config,
      logger,
      engine: readyEngine,
      state,
      bot,
      client,
      health,
      reloader,
      refused: runningBot.refused,
      stop,
    };
  } catch (error) {
    await client?.destroy();
    retention?.stop();
    state?.close();
    await health.close();
    throw error;
  }
}
