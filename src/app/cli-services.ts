import type { CliServices, GlobalOptions } from '../adapters/cli/context.js';
import { unknownVariablesWarning } from '../config/environment-variables.js';
import { loadConfig, type ConfigOverrides } from '../config/load-config.js';
import type { AppConfig } from '../config/schema.js';
import { addedDocuments } from '../core/articles/article-documents.js';
import { adoptArticleSource } from '../core/index/adopt-article-source.js';
import type { Embedder } from '../core/embedding/embedder.js';
import { loadOrBuildIndex, type IndexResult } from '../core/index/build-index.js';
import { summarizeText } from '../core/summary/summarize-text.js';
import { validateQuestion } from '../core/validation.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { CliArticleLibrary } from './cli-article-library.js';
import { missingFileHint, unreadableFileHint } from './container-hint.js';
import { createEngine, INDEX_DIR_SETTING, indexRequest, loadEmbedder, stateFolder } from './create-engine.js';
import { unusableDirectoryError } from './directory-errors.js';
import { DeferredStateStore } from './deferred-state-store.js';
import { UndoableArticleStore } from './undoable-article-store.js';
import { createLoggerFromConfig } from './create-logger.js';

/** Maps the CLI's global flags onto config paths. */
export function overridesFrom(flags: GlobalOptions): ConfigOverrides {
  return { corpus: flags.corpus, indexDir: flags.indexDir, 'model.id': flags.model, 'log.level': flags.logLevel };
}

/**
 * The CLI is quiet unless asked: stdout carries answers, and routine info would clutter stderr.
 * A config file of the user's, LOG_LEVEL or --log-level still sets the level.
 */
const CLI_DEFAULTS: ConfigOverrides = { 'log.level': 'warn' };

/**
 * The validated config for one invocation (config file, environment, then flags) and its
 * logger, which warns once of environment variables that look meant for article-qa but are
 * not read (unless `quiet`: the failure logger of a command that already warned).
 */
function openConfig(flags: GlobalOptions, options: { quiet?: boolean } = {}): { config: AppConfig; logger: Logger } {
  const config = loadConfig({
    overrides: overridesFrom(flags),
    frontEndDefaults: CLI_DEFAULTS,
    ...(flags.config !== undefined ? { configFile: flags.config } : {}),
  });
  const logger = createLoggerFromConfig(config);
  const unknownVariables = options.quiet ? undefined : unknownVariablesWarning(process.env);
  if (unknownVariables) logger.warn(unknownVariables);
  return { config, logger };
}

/** The CLI's services, wired from the configuration its flags select. */
export const cliServices: CliServices = {
  async openEngine(flags, options) {
    const { config, logger } = openConfig(flags);
    if (options.question !== undefined) validateQuestion(options.question, config.limits.questionMaxChars);
    const { engine, indexResult } = await createEngine(config, logger, {
      force: options.force ?? false,
      // The index may be the bot's: a run with another state folder must not drop its articles.
      guardArticleSource: true,
      ...(options.reportsSkipped ? { reportsSkipped: true } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { engine, logger, indexResult };
  },

  openLibrary(flags, progress) {
    const { config, logger } = openConfig(flags);
    // Created only when an article is stored: a failed or misdirected `add` leaves nothing behind.
    const state = new DeferredStateStore(config.stateDir, (folder) =>
      process.stderr.write(
        `Created the state folder ${folder} for added articles: the bot answers from them only if its state folder (ARTICLE_QA_STATE_DIR) is this one too.\n`,
      ),
    );
    const store = new UndoableArticleStore(state);
    // Ctrl-C or SIGTERM mid-command cancels it: what it changed in the state file is taken back
    // (the index, which follows the state file, catches up on the next command).
    const interrupted = (signal: NodeJS.Signals): void => {
      progress.stop();
      const undone = store.undo();
      state.close();
      process.stderr.write(`Interrupted: ${undone ? 'the change was taken back' : 'nothing was changed'}.\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    let embedder: Promise<Embedder> | undefined;
    // An index an earlier version built, whose added articles this folder holds, records it first.
    const adopt = () =>
      adoptArticleSource({ indexDir: config.indexDir, articleSource: stateFolder(config.stateDir), addedDocuments: addedDocuments(store), logger });
    const indexWithProgress = async (): Promise<IndexResult> => {
      embedder ??= loadEmbedder(config, logger);
      const request = indexRequest(config, await embedder, logger, { articles: store, onProgress: progress.update, guardArticleSource: true });
      await adopt();
      try {
        return await loadOrBuildIndex(request);
      } catch (error) {
        // As for every other command: an index folder that cannot be used is the admin's to fix,
        // named with the reason (before, add and remove reported it as an incident).
        throw unusableDirectoryError(error, config.indexDir, INDEX_DIR_SETTING) ?? error;
      } finally {
        progress.stop();
      }
    };
    const hint = missingFileHint();
    const unreadable = unreadableFileHint();
    const library = new CliArticleLibrary({
      store,
      // Loaded when a URL is added: HTTPS and zlib cost other commands' start-up.
      fetch: async (url, policy) => (await import('../adapters/http/fetch-article.js')).fetchArticle(url, policy),
      maxBytes: config.articles.maxBytes,
      fetchPolicy: { timeoutMs: config.articles.fetchTimeoutMs, maxRedirects: config.articles.maxRedirects },
      // A new article is compared with the corpus as indexed (built first if there is no index yet).
      currentDocuments: async () => {
        const { index } = await indexWithProgress();
        index.keywords.close();
        return index.documents;
      },
      updateIndex: async () => (await indexWithProgress()).index,
      // In the Docker image, a file that is not there is most likely on the host.
      ...(hint ? { missingFileHint: hint } : {}),
      ...(unreadable ? { unreadableFileHint: unreadable } : {}),
    }, adopt);
    return {
      library,
      close: () => {
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
        state.close();
      },
    };
  },

  failureLogger(flags) {
    try {
      return openConfig(flags, { quiet: true }).logger;
    } catch {
      return createLogger({ level: 'error', pretty: false });
    }
  },

  async summarizeText(flags, input) {
    const { config, logger } = openConfig(flags);
    const embedder = await loadEmbedder(config, logger);
    const summary = await summarizeText({ ...input, embedder, chunking: config.chunking });
    return { summary, logger };
  },
};
