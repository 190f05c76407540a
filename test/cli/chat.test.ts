import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatSession } from '../../src/adapters/cli/chat-session.js';
import type { QaEngine } from '../../src/core/engine.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('chat session', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('answers one question after another and shows a cited passage in full', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle(':sources 1')).toMatch(/Ask a question first/);
    const first = await session.handle('Who led the US delegation?');
    expect(first).toContain('Wendy Sherman');
    expect(first).toContain('Sources:');
    const source = await session.handle(':sources 1');
    expect(source).toMatch(/^\[1\] geneva-talks-2022 — 1\. No progress/);
    expect(source).toContain('Deputy Foreign Minister Wendy Sherman');
    expect(await session.handle(':sources 7')).toMatch(/from 1 to 1/);
    const second = await session.handle('What did China say about the Geneva talks?');
    expect(second).toMatch(/^The article doesn't say/);
    expect(second).toContain('Closest passages (not evidence):');
  });

  it('summarises, explains its commands, and turns bad input into a message', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle(':summary')).toMatch(/^Summary of "U\.S\.-Russia Meets Ukraine Tensions in Geneva":/);
    expect(await session.handle(':help')).toContain(':sources N');
    expect(await session.handle(':nope')).toMatch(/^Unknown command :nope/);
    expect(await session.handle('x'.repeat(600))).toMatch(/under 500/);
    expect(await session.handle('   ')).toBe('');
  });
});

describe('article-qa chat (real CLI)', () => {
  const workspace = temporaryWorkspace();
  afterAll(() => workspace.cleanup());

  it('reads questions from stdin until end of input', async () => {
    const run = await runCli(['chat', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      input: 'How many troops has Russia amassed near Ukraine?\n:sources 1\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('100,000 troops');
    expect(run.stdout).toContain('[1] geneva-talks-2022 — 1. No progress in US-Russian diplomacy in Geneva');
  });
});
