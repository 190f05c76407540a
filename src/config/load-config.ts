import { z } from 'zod';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../core/errors.js';
import { registerSecrets } from '../logging/secrets.js';
import { ENVIRONMENT_SETTINGS, unknownVariablesWarning } from './environment-variables.js';
import { configSchema, DEFAULT_CONFIG, SECRET_SETTINGS, URL_SETTINGS, type AppConfig } from './schema.js';

/** The project root: config files and bundled defaults are relative to it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Settings whose values are paths: resolved against the project root (file) or cwd (env, flags). */
const PATH_KEYS = ['corpus', 'indexDir', 'stateDir', 'model.dir', 'model.cacheDir'];
/** Settings earlier versions read and this one no longer has: ignored, so the strict schema does not refuse an old file. */
const RETIRED_SETTINGS = ['retrieval.rrfK', 'retrieval.sentenceWeight'];

/** Values set by command-line flags, as config paths, e.g. `{ corpus: './docs' }`. */
export type ConfigOverrides = Record<string, string | number | boolean | undefined>;

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

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  keys.slice(0, -1).forEach((key) => {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1] as string] = value;
}

function getPath(source: Record<string, unknown>, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
}

/** Why a config file path cannot be read as JSON text, or undefined when it is a regular file. */
function configFileProblem(file: string): { missing: boolean; problem: string } | undefined {
  try {
    const info = statSync(file);
    if (info.isFile()) return undefined;
    const kind = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a named pipe' : 'not a regular file';
    return { missing: false, problem: `config file ${file} is ${kind}; give a JSON file` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true, problem: `config file ${file} does not exist` };
    return { missing: false, problem: `config file ${file} cannot be read (${code ?? (error as Error).message})` };
  }
}

/**
 * Reads the config file. The default one may be missing (defaults apply); one the user named
 * (`--config`, `$ARTICLE_QA_CONFIG`) must be a readable regular file: a typo must not silently
 * fall back to defaults, and a named pipe must not hang the start.
 */
function readConfigFile(file: string, named: boolean, problems: string[]): Record<string, unknown> {
  const unusable = configFileProblem(file);
  if (unusable) {
    if (named || !unusable.missing) problems.push(unusable.problem);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    problems.push(`${file}: must hold a JSON object`);
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
  }
  return {};
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

/** Credentials written into a URL setting, e.g. the key in `https://user:key@host/v1`. */
function urlCredentials(value: unknown): string[] {
  if (typeof value !== 'string' || !value.includes('@')) return [];
  try {
    const url = new URL(value);
    return [decodeURIComponent(url.username), decodeURIComponent(url.password)];
  } catch {
    return [];
  }
}

/** The secret values in a raw or parsed configuration: secret settings and URL credentials. */
export function secretValues(config: Record<string, unknown> | AppConfig): string[] {
  const source = config as Record<string, unknown>;
  return [
    ...SECRET_SETTINGS.map((key) => getPath(source, key)).filter((value): value is string => typeof value === 'string'),
    ...URL_SETTINGS.flatMap((key) => urlCredentials(getPath(source, key))),
  ];
}

/** A setting given a non-blank value (the schema trims text settings, so blank means unset). */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');
}

/**
 * A variable's value wrapped in quotes, which `docker run --env-file` and some .env loaders keep.
 * Before, a quoted path was taken as a folder named with quotes under the working directory, and
 * a quoted LLM_MODEL or LLM_API_KEY was sent as it was (every answer then fell back in silence);
 * other settings failed with a message that did not say why. The token has its own hint (checkToken).
 */
function quoted(variable: string, value: string): boolean {
  return variable !== 'DISCORD_TOKEN' && /^(["']).*\1$/s.test(value.trim());
}

/** A token is three base64url parts separated by dots; anything else is a paste error. */
const TOKEN_SHAPE = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

function checkToken(token: unknown, problems: string[]): void {
  if (typeof token !== 'string' || token.trim() === '') {
    problems.push('DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in .env');
  } else if (!TOKEN_SHAPE.test(token.trim())) {
    // Two pastes that copying again would not fix: the header's "Bot " prefix, and quotes that
    // `docker run --env-file` (unlike Compose) keeps as part of the value.
    const bare = token.trim();
    const hint = /^bot\s/i.test(bare)
      ? ': give the token alone, without the "Bot " prefix'
      : /^["'].*["']$/.test(bare)
        ? ': remove the quotes around it (docker run --env-file keeps them as part of the value)'
        : '; copy it again from the developer portal';
    problems.push(`DISCORD_TOKEN does not look like a bot token (three dot-separated parts)${hint}`);
  }
}

/** A setting the schema does not have, with the ones its section does have, so a misspelling is easy to fix. */
function unknownSetting(section: readonly string[], name: string): string {
  let schema: unknown = configSchema;
  for (const key of section) {
    // Sections are objects wrapped in a prefault ({} when absent): look through the wrapper.
    const inner = schema instanceof z.ZodPrefault ? (schema.unwrap() as unknown) : schema;
    schema = inner instanceof z.ZodObject ? (inner.shape as Record<string, unknown>)[key] : undefined;
  }
  const object = schema instanceof z.ZodPrefault ? (schema.unwrap() as unknown) : schema;
  const known = object instanceof z.ZodObject ? Object.keys(object.shape) : [];
  const where = [...section, name].join('.');
  return known.length > 0 ? `${where}: unknown setting (${section.length > 0 ? `${section.join('.')} has` : 'known settings are'} ${known.join(', ')})` : `${where}: unknown setting`;
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
