import type { Command } from 'commander';
import { createEngine, type CreateEngineOptions } from '../../app/create-engine.js';
import { createLoggerFromConfig } from '../../app/create-logger.js';
import { loadConfig, type ConfigOverrides } from '../../config/load-config.js';
import type { AppConfig } from '../../config/schema.js';
import type { QaEngine } from '../../core/engine.js';
import type { IndexResult } from '../../core/index/build-index.js';
import type { Logger } from '../../logging/logger.js';
import { validateQuestion } from '../../core/validation.js';
import { progressReporter } from './progress.js';

/** Flags every command accepts. */
export interface GlobalOptions {
  corpus?: string;
  indexDir?: string;
  model?: string;
  config?: string;
  logLevel?: string;
}

/** Maps global flags onto config paths. */
export function overridesFrom(options: GlobalOptions, environment: NodeJS.ProcessEnv = process.env): ConfigOverrides {
  return {
    corpus: options.corpus,
    indexDir: options.indexDir,
    'model.id': options.model,
    // The CLI is quiet unless asked: stdout carries answers, and routine info would clutter stderr.
    'log.level': options.logLevel ?? (environment.LOG_LEVEL ? undefined : 'warn'),
  };
}

/** Config, logger and engine for one CLI invocation. */
export interface CliContext {
  config: AppConfig;
  logger: Logger;
  engine: QaEngine;
  indexResult: IndexResult;
}

/** The validated config and a logger for a command, from its global flags. */
export function openConfig(command: Command): { config: AppConfig; logger: Logger } {
  const flags = command.optsWithGlobals<GlobalOptions>();
  const config = loadConfig({ overrides: overridesFrom(flags), ...(flags.config !== undefined ? { configFile: flags.config } : {}) });
  return { config, logger: createLoggerFromConfig(config) };
}

/**
 * Reads the command's global flags and builds the engine (loading or rebuilding the index).
 * A question given on the command line is checked first, so bad input fails before the model loads.
 */
export async function openContext(
  command: Command,
  options: Pick<CreateEngineOptions, 'force'> & { question?: string } = {},
): Promise<CliContext> {
  const { config, logger } = openConfig(command);
  if (options.question !== undefined) validateQuestion(options.question, config.limits.questionMaxChars);
  const progress = progressReporter();
  try {
    const force = options.force ?? false;
    const { engine, indexResult } = await createEngine(config, logger, { force, onProgress: progress.update });
    return { config, logger, engine, indexResult };
  } finally {
    progress.stop();
  }
}
