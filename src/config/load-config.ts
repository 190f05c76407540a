import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import { registerSecrets } from '../logging/secrets.js';
import { readConfigFile } from './config-file.js';
import { getPath, setPath } from './dotted-paths.js';
import { ENVIRONMENT_SETTINGS, unknownVariablesWarning } from './environment-variables.js';
import { configSchema, DEFAULT_CONFIG, type AppConfig } from './schema.js';
import { secretValues } from './secret-values.js';
import { checkToken, isSet, quoted, unknownSetting } from './setting-checks.js';

/** The project root: config files and bundled defaults are relative to it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Settings whose values are paths: resolved against the project root (file) or cwd (env, flags). */
const PATH_KEYS = ['corpus', 'indexDir', 'stateDir', 'model.dir', 'model.cacheDir'];
/** Settings earlier versions read and this one no longer has: ignored, so the strict schema does not refuse an old file. */
const RETIRED_SETTINGS = ['retrieval.rrfK', 'retrieval.sentenceWeight'];

/** Values set by command-line flags, as config paths, e.g. `{ corpus: './docs' }`. */
export type ConfigOverrides = Record<string, string | number | boolean | undefined>;

/** Options of {@link loadConfig}: where settings come from besides the bundled defaults. */
export interface LoadConfigOptions {
  /** Defaults to `process.env`. */
  environment?: NodeJS.ProcessEnv;
  /**
   * Defaults to `$ARTICLE_QA_CONFIG` or `config/default.json` under the project root. A file
   * named here or in `$ARTICLE_QA_CONFIG` must exist; `false` reads no file (defaults only).
   */
  configFile?: string | false;
  overrides?: ConfigOverrides;
  /**
   * Defaults of one front end that differ from the bundled `config/default.json`'s (the CLI logs
   * warnings only, the bot info): they replace the bundled file's values, but a file the user
   * named, the environment and `overrides` still win.
   */
  frontEndDefaults?: ConfigOverrides;
  /** Require a Discord token (the bot), not needed by the CLI. */
  requireDiscord?: boolean;
  cwd?: string;
}

/**
 * Resolves path settings: file values against the project root, environment and flag values
 * against cwd, and the model folders, when given nowhere, to their defaults under the project
 * root, as the bundled config file gives them: a config file of one's own without `model.dir`,
 * used from another folder, must still find the bundled model in the project.
 */
function resolvePaths(raw: Record<string, unknown>, fromFile: Set<string>, cwd: string): void {
  for (const key of PATH_KEYS) {
    const value = getPath(raw, key);
    if (value === undefined) {
      // The model folders belong to the install; the corpus, index and state stay where they were
      // (relative to the folder the command runs in), as before for a config file of one's own.
      if (key.startsWith('model.')) setPath(raw, key, path.resolve(PROJECT_ROOT, getPath(DEFAULT_CONFIG as unknown as Record<string, unknown>, key) as string));
      continue;
    }
    if (typeof value !== 'string' || value === '') continue;
    setPath(raw, key, path.resolve(fromFile.has(key) ? PROJECT_ROOT : cwd, value));
  }
}

/**
 * Loads and validates the configuration once, at start-up. Every problem is reported in one
 * {@link ConfigError}; secret values never appear in its message.
 */
export function loadConfig(options: LoadConfigOptions = {}): AppConfig {
  const environment = options.environment ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const problems: string[] = [];
  const named = options.configFile ?? (environment.ARTICLE_QA_CONFIG?.trim() || undefined);
  const raw =
    named === false
      ? {}
      : readConfigFile(
          path.resolve(cwd, named ?? path.join(PROJECT_ROOT, 'config', 'default.json')),
          named !== undefined,
          problems,
        );
  for (const [key, value] of Object.entries(options.frontEndDefaults ?? {})) {
    if (value !== undefined && (named === undefined || getPath(raw, key) === undefined)) setPath(raw, key, value);
  }
  // Settings earlier versions had: a config file written for one still starts the bot.
  for (const key of RETIRED_SETTINGS) {
    const [section, name] = key.split('.') as [string, string];
    const holder = raw[section];
    if (typeof holder === 'object' && holder !== null) delete (holder as Record<string, unknown>)[name];
  }
  const fromFile = new Set(PATH_KEYS.filter((key) => getPath(raw, key) !== undefined));
  for (const [variable, key] of Object.entries(ENVIRONMENT_SETTINGS)) {
    const value = environment[variable];
    if (value !== undefined && value.trim() !== '') {
      if (quoted(variable, value)) {
        problems.push(`${key} (${variable}): remove the quotes around the value (docker run --env-file, unlike Compose, keeps them as part of it)`);
        continue;
      }
      setPath(raw, key, value.trim());
      fromFile.delete(key);
    }
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    if (value === undefined) continue;
    setPath(raw, key, value);
    fromFile.delete(key);
  }
  resolvePaths(raw, fromFile, cwd);
  // Known before anything can fail or log: every log line and user-facing error is scrubbed of them.
  registerSecrets(secretValues(raw));
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      const variable = Object.keys(ENVIRONMENT_SETTINGS).find((name) => ENVIRONMENT_SETTINGS[name] === key);
      const where = variable ? `${key} (${variable})` : key || '(root)';
      if (issue.code === 'unrecognized_keys') {
        problems.push(...issue.keys.map((name) => unknownSetting(issue.path.map(String), name)));
        continue;
      }
      // Never echo a rejected value: it may be a secret.
      problems.push(`${where}: ${issue.message.replace(/, received .*/, '')}`);
    }
  }
  if (options.requireDiscord) checkToken(getPath(raw, 'discord.token'), problems);
  // Read from the raw values, not the parsed ones: with another problem in the same start, this one
  // must still be in the one message, or the admin fixes one mistake only to meet the next.
  if (isSet(getPath(raw, 'llm.baseUrl')) && !isSet(getPath(raw, 'llm.model'))) {
    problems.push('LLM_MODEL must be set when LLM_BASE_URL is set');
  }
  if (problems.length > 0 || !parsed.success) {
    // "DISCORD_TOKEN is not set" beside "DISCORD_TOKNE (did you mean DISCORD_TOKEN?)" says what to fix.
    const unknownVariables = unknownVariablesWarning(environment);
    throw new ConfigError(unknownVariables ? [...problems, unknownVariables] : problems);
  }
  return parsed.data;
}
