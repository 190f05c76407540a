import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { redactSecrets } from '../logging/secrets.js';
import { loadConfig } from './load-config.js';
import { configSchema, SECRET_SETTINGS } from './schema.js';

const NO_FILE = { configFile: false } as const;

/** Folders made by {@link configFile}, removed after each test. */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Writes a config file of one's own into a fresh folder; returns its path. */
function configFile(name: string, content: unknown): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-config-'));
  folders.push(folder);
  const file = path.join(folder, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

/** The message of the ConfigError that this environment gives (no config file). */
function configErrorMessage(environment: Record<string, string>): string {
  try {
    loadConfig({ ...NO_FILE, environment });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('keeps bot state 90 days unless DISCORD_RETENTION_DAYS says otherwise (0 = forever)', () => {
    expect(loadConfig({ ...NO_FILE, environment: {} }).discord.retentionDays).toBe(90);
    expect(loadConfig({ ...NO_FILE, environment: { DISCORD_RETENTION_DAYS: '30' } }).discord.retentionDays).toBe(30);
    expect(loadConfig({ ...NO_FILE, environment: { DISCORD_RETENTION_DAYS: '0' } }).discord.retentionDays).toBe(0);
  });

  it('asks for the Message Content intent unless DISCORD_MESSAGE_CONTENT=false', () => {
    expect(loadConfig({ ...NO_FILE, environment: {} }).discord.messageContent).toBe(true);
    expect(loadConfig({ ...NO_FILE, environment: { DISCORD_MESSAGE_CONTENT: 'false' } }).discord.messageContent).toBe(false);
  });

  it('reports a missing LLM_MODEL together with the other problems, not only once they are fixed', () => {
    const message = configErrorMessage({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LOG_LEVEL: 'verbose' });
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('LLM_MODEL must be set when LLM_BASE_URL is set');
  });

  it('names a misspelt variable beside the problem it causes, without its value', () => {
    const token = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.a-secret-value-0123456789abcdef';
    let message = '';
    try {
      loadConfig({ ...NO_FILE, environment: { DISCORD_TOKNE: token }, requireDiscord: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'Invalid configuration:\n' +
        '  - DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in .env\n' +
        "  - ignoring environment variables article-qa does not read: DISCORD_TOKNE (did you mean DISCORD_TOKEN?); the known ones are in README.md's configuration reference",
    );
  });

  it('says how to mend a token pasted with the "Bot " prefix or with quotes, without echoing it', () => {
    const token = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.emulator-test-token-0123456789abcdef';
    const load = (value: string): string => {
      try {
        loadConfig({ ...NO_FILE, environment: { DISCORD_TOKEN: value }, requireDiscord: true });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    expect(load(`Bot ${token}`)).toContain('without the "Bot " prefix');
    expect(load(`"${token}"`)).toContain('remove the quotes around it');
    expect(load('not-a-token')).toContain('copy it again from the developer portal');
    expect(load(token)).toBe('');
    expect(load(`Bot ${token}`)).not.toContain('emulator-test-token');
  });

  it('asks to remove quotes kept around a value (docker run --env-file), without echoing it', () => {
    const message = configErrorMessage({
      ARTICLE_QA_STATE_DIR: '"/data/state"',
      LLM_BASE_URL: 'http://localhost:11434/v1',
      LLM_MODEL: "'llama3.2'",
      HEALTH_PORT: ' "8080" ',
    });
    for (const where of ['stateDir (ARTICLE_QA_STATE_DIR)', 'llm.model (LLM_MODEL)', 'health.port (HEALTH_PORT)']) {
      expect(message).toContain(`${where}: remove the quotes around the value`);
    }
    expect(message).not.toMatch(/llama|\/data\/state|8080|Invalid input/);
    // A quote inside a value is no wrapping.
    expect(loadConfig({ ...NO_FILE, environment: { LLM_MODEL: 'my "best" model', LLM_BASE_URL: 'http://localhost/v1' } }).llm.model).toBe('my "best" model');
  });

  it('says which values a true/false setting accepts', () => {
    const message = configErrorMessage({ DISCORD_MESSAGE_CONTENT: 'maybe', CORPUS_WATCH_POLL: 'sometimes' });
    expect(message).toContain('discord.messageContent (DISCORD_MESSAGE_CONTENT): expected true or false');
    expect(message).toContain('corpusWatch.poll (CORPUS_WATCH_POLL): expected true or false');
    expect(message).not.toContain('maybe');
  });

  it('reports every bad value in one error, naming the variable and never echoing the value', () => {
    const load = (): unknown =>
      loadConfig({
        ...NO_FILE,
        environment: { DISCORD_RETENTION_DAYS: '-3', RATE_LIMIT_PER_MINUTE: 'lots', LLM_API_KEY: 'sk-secret', LLM_BASE_URL: 'not a url' },
      });
    let message = '';
    try {
      load();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain('DISCORD_RETENTION_DAYS');
    expect(message).toContain('RATE_LIMIT_PER_MINUTE');
    expect(message).toContain('LLM_BASE_URL');
    expect(message).not.toContain('sk-secret');
    expect(message).not.toContain('lots');
  });

  it('refuses a config file that was named but cannot be read, saying why', () => {
    const problems = (configFile: string, environment: NodeJS.ProcessEnv = {}): string[] => {
      try {
        loadConfig({ environment, ...(configFile ? { configFile } : {}) });
      } catch (error) {
        if (error instanceof ConfigError) return [...error.problems];
        throw error;
      }
      return [];
    };
    expect(problems('/nonexistent/article-qa.json')).toEqual(['config file /nonexistent/article-qa.json does not exist']);
    expect(problems('', { ARTICLE_QA_CONFIG: '/nonexistent/env.json' })).toEqual(['config file /nonexistent/env.json does not exist']);
    expect(problems('/')).toEqual(['config file / is a folder; give a JSON file']);
    // The default file is optional: without one the defaults apply.
    expect(loadConfig({ environment: {} }).retrieval.k).toBe(5);
  });
  it('lets a front end change a bundled default, while a named file, the environment and flags still win', () => {
    const quiet = { 'log.level': 'warn' };
    const named = configFile('named.json', { log: { level: 'debug' } });
    const plain = configFile('plain.json', { retrieval: { k: 3 } });
    // The bundled config/default.json says info (the bot's level); the CLI's default replaces it.
    expect(loadConfig({ environment: {}, frontEndDefaults: quiet }).log.level).toBe('warn');
    expect(loadConfig({ configFile: named, environment: {}, frontEndDefaults: quiet }).log.level).toBe('debug');
    expect(loadConfig({ environment: { ARTICLE_QA_CONFIG: named }, frontEndDefaults: quiet }).log.level).toBe('debug');
    expect(loadConfig({ configFile: plain, environment: {}, frontEndDefaults: quiet }).log.level).toBe('warn');
    expect(loadConfig({ environment: { LOG_LEVEL: 'error' }, frontEndDefaults: quiet }).log.level).toBe('error');
    expect(loadConfig({ environment: { LOG_LEVEL: 'INFO', LOG_FORMAT: 'Json' }, frontEndDefaults: quiet }).log).toEqual({ level: 'info', format: 'json' });
    expect(loadConfig({ configFile: named, environment: {}, frontEndDefaults: quiet, overrides: { 'log.level': 'silent' } }).log.level).toBe('silent');
  });

  it('finds the bundled model and folders under the project for settings given nowhere, from any folder', () => {
    const file = configFile('own.json', { chunking: { minWords: 10, maxWords: 60 } });
    const directory = path.dirname(file);
    const config = loadConfig({ configFile: file, environment: {}, cwd: directory });
    const projectRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
    expect(config.model.dir).toBe(path.join(projectRoot, 'embeddings', 'models'));
    expect(config.model.cacheDir).toBe(path.join(projectRoot, 'embeddings', 'cache'));
    // The corpus, index and state given nowhere stay relative to where the command runs, as before.
    expect(config.corpus).toBe('corpus');
    // A path given in the environment is the user's own: relative to where they are.
    expect(loadConfig({ configFile: file, environment: { ARTICLE_QA_CORPUS: 'mine' }, cwd: directory }).corpus).toBe(path.join(directory, 'mine'));
  });

  it('ignores settings earlier versions had, so an old config file still starts the bot', () => {
    const file = configFile('old.json', { retrieval: { k: 4, rrfK: 60, sentenceWeight: 0.5 } });
    expect(loadConfig({ configFile: file, environment: {} }).retrieval.k).toBe(4);
  });

  it('refuses credentials in LLM_BASE_URL, which fetch would refuse on every request, without echoing them', () => {
    let message = '';
    try {
      loadConfig({ ...NO_FILE, environment: { LLM_BASE_URL: 'http://someone:sk-hidden@127.0.0.1:9/v1', LLM_MODEL: 'm' } });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('llm.baseUrl (LLM_BASE_URL): must not hold credentials before an @: put the key in LLM_API_KEY');
    expect(message).not.toContain('sk-hidden');
  });

  it('reports a misspelt or unknown setting with the names its section does have, never ignoring it', () => {
    const file = configFile('config.json', { answer: { minConfidnce: 0.9 }, chunking: { maxWord: 3 }, tyop: 1, log: { level: 'debug' } });
    let problems: readonly string[] = [];
    try {
      loadConfig({ configFile: file, environment: {} });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect([...problems].sort()).toEqual([
      'answer.minConfidnce: unknown setting (answer has minConfidence, maxSentences, companionRatio, redundancy, maxChars, closestPassages, relatedFloor, relatedTermShare, tentativeBelow)',
      'chunking.maxWord: unknown setting (chunking has minWords, maxWords, overlapSentences)',
      expect.stringMatching(/^tyop: unknown setting \(known settings are corpus, indexDir, .*, llm\)$/) as unknown as string,
    ]);
  });
});

describe('secret settings', () => {
  it('lists every setting whose name says it is secret, so its value is scrubbed from logs', () => {
    const keys: string[] = [];
    const walk = (schema: { properties?: Record<string, unknown> }, prefix: string): void => {
      for (const [name, child] of Object.entries(schema.properties ?? {})) {
        keys.push(`${prefix}${name}`);
        walk(child as { properties?: Record<string, unknown> }, `${prefix}${name}.`);
      }
    };
    walk(z.toJSONSchema(configSchema, { io: 'input' }) as { properties?: Record<string, unknown> }, '');
    expect(keys).toContain('llm.apiKey');
    const secretLooking = keys.filter((key) =>
      /^key$|Key$|[Tt]oken|[Ss]ecret|[Pp]assword|[Cc]redential/.test(key.split('.').at(-1) ?? ''),
    );
    expect(secretLooking.sort()).toEqual([...SECRET_SETTINGS].sort());
  });

  it('registers secret values, including credentials in URL settings, as soon as config is read', () => {
    loadConfig({
      configFile: false,
      environment: { DISCORD_API_BASE: 'http://user:url-password-5150@127.0.0.1:1/api', LLM_API_KEY: 'sk-registered-4242' },
    });
    expect(redactSecrets('sk-registered-4242 and url-password-5150')).toBe('[redacted] and [redacted]');
  });
});
