import type { BotContext } from '../adapters/discord/command.js';
import { RateLimiter } from '../adapters/discord/load/rate-limiter.js';
import { WorkQueue } from '../adapters/discord/load/work-queue.js';
import { QuestionService } from '../adapters/discord/question-service.js';
import type { SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import { fetchArticle } from '../adapters/http/fetch-article.js';
import type { AppConfig } from '../config/schema.js';
import { ArticleLibrary } from '../core/articles/article-library.js';
import type { QaEngine } from '../core/engine.js';
import type { RetrievalIndex } from '../core/index/retrieval-index.js';
import type { Logger } from '../logging/logger.js';
import type { IndexUpdater } from './index-updater.js';
import { ScopedEngines } from './scoped-engines.js';

/** What the bot's services are made from: the loaded engine, its state and its index updates. */
export interface BotServiceParts {
  engine: QaEngine;
  createEngineFor: (index: RetrievalIndex) => QaEngine;
  /** The bot's state, which also holds the added articles. */
  state: SqliteStateStore;
  updater: IndexUpdater;
  logger: Logger;
}

/** The services the Discord handlers reach besides the engine (see BotContext). */
export interface BotServices {
  engines: ScopedEngines;
  questions: QuestionService;
  articles: BotContext['articles'];
}

/**
 * Makes the services the Discord handlers reach: each server's engine, the questions (rate
 * limit, queue), and the article library with the limits on members' downloads.
 */
export function botServices(config: AppConfig, parts: BotServiceParts): BotServices {
  const { engine: readyEngine, createEngineFor, state, updater, logger } = parts;
  const engines = new ScopedEngines(readyEngine, createEngineFor);
  const questions = new QuestionService(
    readyEngine,
    state,
    new RateLimiter({ perMinute: config.limits.ratePerMinute }),
    new WorkQueue(config.limits.concurrency),
    logger,
    engines,
  );
  const library = new ArticleLibrary({
    store: state,
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
  return { engines, questions, articles: { library, access } };
}
