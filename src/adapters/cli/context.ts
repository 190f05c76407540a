import type { Command } from 'commander';
import type { ArticleLibrary } from '../../core/articles/article-library.js';
import type { QaEngine } from '../../core/engine.js';
import type { IndexResult } from '../../core/index/build-index.js';
import type { Summary, SummaryShape } from '../../core/summary/types.js';
import type { Logger } from '../../logging/logger.js';
import { progressReporter, type ProgressReporter } from './progress.js';

/** Flags every command accepts. */
export interface GlobalOptions {
  corpus?: string;
  indexDir?: string;
  model?: string;
  config?: string;
  logLevel?: string;
}

/** The engine for one CLI invocation, its logger, and how its index was obtained. */
export interface CliContext {
  logger: Logger;
  engine: QaEngine;
  indexResult: IndexResult;
}

/**
 * What the commands need from the composition root (`src/app/cli.ts`), which reads the
 * configuration from the global flags: the CLI adapter never reads configuration itself.
 */
export interface CliServices {
  /**
   * The engine over the configured corpus, loading or rebuilding the index. A `question` is
   * checked first, against the configured limit, so bad input fails before the model loads.
   */
  openEngine(
    flags: GlobalOptions,
    options: { force?: boolean; reportsSkipped?: boolean; question?: string; onProgress?: ProgressReporter['update'] },
  ): Promise<CliContext>;
  /** Added articles (`add`, `remove`): the library over the state directory's store; `close` releases the store. */
  openLibrary(flags: GlobalOptions, progress: ProgressReporter): { library: ArticleLibrary; close: () => void };
  /**
   * The logger for a failure that escaped every command: the configured one, or one that writes
   * errors to stderr when the configuration itself cannot be read.
   */
  failureLogger(flags: GlobalOptions): Logger;
  /** Summarises a text with only the embedding model: no index is loaded or built. */
  summarizeText(
    flags: GlobalOptions,
    input: SummaryShape & { text: string; name: string; title?: string; section?: string },
  ): Promise<{ summary: Summary; logger: Logger }>;
}

/** The global flags as the command sees them. */
export function globalFlags(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/**
 * Reads the command's global flags and opens the engine (loading or rebuilding the index),
 * with a progress bar while passages are embedded.
 */
export async function openContext(
  command: Command,
  services: CliServices,
  options: { force?: boolean; reportsSkipped?: boolean; question?: string } = {},
): Promise<CliContext> {
  const progress = progressReporter();
  try {
    return await services.openEngine(globalFlags(command), { ...options, onProgress: progress.update });
  } finally {
    progress.stop();
  }
}
