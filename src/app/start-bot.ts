import type { Client, ClientOptions } from 'discord.js';
import { DiscordBot } from '../adapters/discord/bot.js';
import type { DiscordRefusedError } from '../adapters/discord/gateway-close.js';
import { createDiscordClient } from '../adapters/discord/client.js';
import { registrationScope } from '../adapters/discord/register-commands.js';
import type { SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import { startRetention, type Retention } from './state-retention.js';
import type { HealthServer } from '../adapters/http/health-server.js';
import { unknownVariablesWarning } from '../config/environment-variables.js';
import { loadConfig, type ConfigOverrides } from '../config/load-config.js';
import type { AppConfig } from '../config/schema.js';
import { loadTagger } from '../core/conversation/text-analysis.js';
import type { Embedder } from '../core/embedding/embedder.js';
import type { QaEngine } from '../core/engine.js';
import { loadOrBuildIndex } from '../core/index/build-index.js';
import type { Logger } from '../logging/logger.js';
import { botServices } from './bot-services.js';
import { startBotHealth } from './bot-health.js';
import { stopOnce } from './bot-shutdown.js';
import { CorpusReloader } from './corpus-reloader.js';
import { IndexUpdater } from './index-updater.js';
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
  const health = await startBotHealth(config, shards, { engine: () => engine, bot: () => bot });
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
    const { engines, questions, articles } = botServices(config, {
      engine: readyEngine,
      createEngineFor: created.createEngineFor,
      state,
      updater,
      logger,
    });
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
        articles,
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

    const stop = stopOnce({
      logger,
      reloader,
      updater,
      retention,
      bot,
      engine: readyEngine,
      health,
      state,
      graceMs: options.shutdownGraceMs ?? config.shutdown.graceMs,
    });
    return {
      config,
      logger,
      engine: readyEngine,
      state,
      bot,
      client,
      health,
      reloader,
      refused: bot.refused,
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
