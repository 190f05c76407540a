import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { loadConfig } from './load-config.js';

const NO_FILE = { configFile: false } as const;

describe('loadConfig', () => {
  it('keeps bot state 90 days unless DISCORD_RETENTION_DAYS says otherwise (0 = forever)', () => {
    expect(loadConfig({ ...NO_FILE, environment: {} }).discord.retentionDays).toBe(90);
    expect(loadConfig({ ...NO_FILE, environment: { DISCORD_RETENTION_DAYS: '30' } }).discord.retentionDays).toBe(30);
    expect(loadConfig({ ...NO_FILE, environment: { DISCORD_RETENTION_DAYS: '0' } }).discord.retentionDays).toBe(0);
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
});
