import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('a question about a line of the article quoted before it, on the bundled article (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
  });
  afterAll(() => cleanup());

  it('does not answer with the quoted sentence, which the member already has', async () => {
    const quoted = 'The talks between the two countries\' representatives lasted nearly eight hours.';
    // Read as one question, the quotation matched its own sentence best (0.99), and that was the whole answer.
    const why = await engine.ask('> The talks lasted nearly eight hours\nwhy so long?');
    expect(why.answer).not.toContain(quoted);
    expect(why.abstained).toBe(true);
    const biden = await engine.ask('> For Moscow, Ukraine or Georgia are red lines\nand what did biden say to that');
    expect(biden.abstained).toBe(false);
    expect(biden.answer).toMatch(/^But President Biden rejected the red line claim\./);
    expect(biden.answer).not.toContain('red lines that the US should not cross');
    expect(biden.question).toBe('> For Moscow, Ukraine or Georgia are red lines and what did biden say to that');
  });

  it('answers who said it with the sentence that holds the quotation and its speaker', async () => {
    const answer = await engine.ask("> we will not allow anyone to slam NATO's open door policy\nwho said this?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/^According to the Associated Press, Wendy Sherman/);
  });

  it('asks a question that stands on its own as it is, and one quoted whole as that question', async () => {
    const alone = await engine.ask('who led the russian delegation');
    const after = await engine.ask('> Russia denies having any invasion plans\nwho led the russian delegation');
    expect(after.answer).toBe(alone.answer);
    const quotedWhole = await engine.ask('>>> what day did the first meeting happen');
    expect(quotedWhole.answer).toBe((await engine.ask('what day did the first meeting happen')).answer);
  });
});
