/**
 * The CLI's reply to a question in another language written in Latin letters: "Please ask in
 * English" on stderr with exit code 2, as for a question in another alphabet; in a batch, an
 * error line, and the English questions around it answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-language-');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
const REFUSAL = 'Please ask in English: I can only read questions in the language the article is written in.';

beforeAll(async () => {
  expect((await runCli(['index', ...flags])).code).toBe(0);
});
afterAll(() => workspace.cleanup());

describe('article-qa ask in another language', () => {
  it('asks for English instead of answering "doesn\'t say"', async () => {
    for (const args of [['ask', 'Wer leitete die US-Delegation?'], ['ask', '--json', 'QUI A DIRIGÉ LA DÉLÉGATION AMÉRICAINE ?']]) {
      const run = await runCli([...args, ...flags]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim()).toBe(REFUSAL);
      expect(run.stdout).toBe('');
    }
  });

  it('gives a foreign line of a batch an error line and answers the English ones', async () => {
    const input = ['Who led the US delegation?', '¿quién dirigió la delegación estadounidense?', 'Ryabkov vs Sherman'].join('\n') + '\n';
    const run = await runCli(['ask', '--batch', ...flags], { input });
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(String(lines[0]?.answer)).toContain('Wendy Sherman');
    expect(lines[1]?.error).toBe(REFUSAL);
    expect(lines[2]?.error).toBeUndefined();
  });
});
