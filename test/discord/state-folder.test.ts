/**
 * The bot started with a state folder that holds other files and no state file (a mistyped
 * ARTICLE_QA_STATE_DIR naming a home or an articles folder). Before, it created bot-state.sqlite
 * there and ran; the CLI's add and remove already refused such a folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { startTestBot } from './support/bot-harness.js';

const root = mkdtempSync(path.join(tmpdir(), 'article-qa-bot-state-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the bot and its state folder', () => {
  it('refuses at start a folder of other files, with one configuration message naming it and what it holds', async () => {
    const articles = path.join(root, 'articles');
    mkdirSync(articles);
    writeFileSync(path.join(articles, 'notes.md'), '# Notes\n');
    writeFileSync(path.join(articles, 'report.pdf'), '%PDF-1.4\n');
    const start = startTestBot({ environment: { ARTICLE_QA_STATE_DIR: articles } });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow(
      `Invalid configuration:\n  - stateDir (ARTICLE_QA_STATE_DIR): ${articles} does not look like an article-qa state folder: it holds other files (notes.md, report.pdf) but no bot-state.sqlite. `,
    );
    expect(readdirSync(articles).sort()).toEqual(['notes.md', 'report.pdf']);
  });

  it('starts with a fresh volume (lost+found and dotfiles only) and keeps its state there', async () => {
    const volume = path.join(root, 'volume');
    mkdirSync(path.join(volume, 'lost+found'), { recursive: true });
    writeFileSync(path.join(volume, '.keep'), '');
    const harness = await startTestBot({ environment: { ARTICLE_QA_STATE_DIR: volume } });
    try {
      expect(readdirSync(volume)).toContain('bot-state.sqlite');
    } finally {
      await harness.stop();
    }
  });
});
