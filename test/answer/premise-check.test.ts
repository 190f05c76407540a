import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { formatAnswer } from '../../src/adapters/cli/commands/ask-command.js';
import { bundledEngine } from '../support/bundled-engine.js';

/** The sentences an answer quotes, each with the [n] it is cited to. */
function quotes(answer: string): Array<{ sentence: string; n: number }> {
  return [...answer.matchAll(/([^[\]]+?)\s*\[(\d+)\]/g)].map((match) => ({ sentence: (match[1] ?? '').replace(/^.*What it says:\s*/, '').trim(), n: Number(match[2]) }));
}

describe('a claim about a name the article never mentions (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('says the name is never mentioned, and quotes what the article says in its place', async () => {
    const answer = await engine.ask('So the talks were held in Vienna, right?');
    expect(answer).toMatchObject({ abstained: true, abstentionReason: 'unmentioned-name', saidInstead: ['Vienna'] });
    expect(answer.answer).toMatch(/^The article never mentions Vienna\. What it says: /);
    expect(answer.answer).toContain('Geneva');
    // Every quote lies inside the passage its [n] points to.
    const quoted = quotes(answer.answer);
    expect(quoted.length).toBeGreaterThan(0);
    for (const { sentence, n } of quoted) expect(answer.citations.find((citation) => citation.n === n)?.text).toContain(sentence);
    // The quotes are evidence for what they say, so they are listed as sources.
    expect(formatAnswer(answer)).toContain('\nSources:\n');
  });

  it('reads a person and a time the same way', async () => {
    const led = await engine.ask('did Blinken lead the US team?');
    expect(led.answer).toMatch(/^The article never mentions Blinken\. What it says: .*Wendy Sherman/);
    const sent = await engine.ask("The proposal was sent in November, wasn't it?");
    expect(sent.answer).toMatch(/^The article never mentions November\. What it says: .*December/);
  });

  it('still only says "never mentions" to a question about the name itself', async () => {
    const said = await engine.ask('what did Blinken say?');
    expect(said).toMatchObject({ abstained: true, abstentionReason: 'unmentioned-name' });
    expect(said.saidInstead).toBeUndefined();
    expect(said.answer).toMatch(/^The article doesn't say: it never mentions Blinken\./);
    expect(formatAnswer(said)).not.toContain('Sources:');
  });
});
