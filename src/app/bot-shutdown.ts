import type { DiscordBot } from '../adapters/discord/bot.js';
import type { SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import type { HealthServer } from '../adapters/http/health-server.js';
import type { QaEngine } from '../core/engine.js';
import type { Logger } from '../logging/logger.js';
import type { CorpusReloader } from './corpus-reloader.js';
import type { IndexUpdater } from './index-updater.js';
import type { Retention } from './state-retention.js';

/** What a running bot is made of, in the order {@link stopOnce} takes it down. */
export interface RunningParts {
  logger: Logger;
  reloader: CorpusReloader;
  updater: IndexUpdater;
  retention: Retention;
  bot: DiscordBot;
  engine: QaEngine;
  health: HealthServer;
  state: SqliteStateStore;
  /** How long the bot waits for answers in flight. */
  graceMs: number;
}

/**
 * The bot's graceful stop: no new index updates, answers in flight finished, then the gateway,
 * the index, the health server, the state and the logs. Idempotent: every call gets the one stop.
 */
export function stopOnce(parts: RunningParts): () => Promise<void> {
  const { logger, reloader, updater, retention, bot, engine, health, state } = parts;
  let stopping: Promise<void> | undefined;
  return (): Promise<void> =>
    (stopping ??= (async () => {
      logger.info('shutting down');
      await reloader.close();
      await updater.close();
      retention.stop();
      await bot.stop(parts.graceMs);
      // No answer is in flight any more: free the index's database.
      engine.close();
      await health.close();
      state.close();
      logger.info('stopped');
      logger.flush();
    })());
}
