import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { loadConfig } from './load-config.js';

const NO_FILE = { configFile: '/nonexistent/article-qa.json' };

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
});
