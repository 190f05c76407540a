import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('a question after sentences of context, on the bundled article (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
  });
  afterAll(() => cleanup());

  it('is answered as the question alone is, and keeps the message as typed', async () => {
    const message = 'Sorry for the long message, I only read half of it at lunch. Something about missiles confused me. What is Russia\'s worry about missiles?';
    const [whole, alone] = [await engine.ask(message), await engine.ask('What is Russia\'s worry about missiles?')];
    expect(whole.abstained).toBe(false);
    expect(whole.answer).toMatch(/^Russia's concern if Ukraine becomes a member of NATO/);
    expect({ ...whole, timingsMs: undefined, question: undefined }).toEqual({ ...alone, timingsMs: undefined, question: undefined });
    expect(whole.question).toBe(message);
  });

  it('reads what is asked without the statements after it, for a request about the article too', async () => {
    const stoltenberg = await engine.ask("what was stoltenberg's position? it's for my IR class");
    expect(stoltenberg.abstained).toBe(false);
    expect(stoltenberg.answer).toContain('Stoltenberg');
    expect(stoltenberg.question).toBe("what was stoltenberg's position? it's for my IR class");
    const sources = await engine.ask('which news outlets does the piece rely on for its quotes? need to cite sources');
    expect(sources.intent).toBe('sources');
    expect(sources.answer).toMatch(/^The article names 4 sources: Al Jazeera \[1\]/);
  });

  it('keeps the context when the question leans on it', async () => {
    // Alone, "what did she say" names no one; with the sentence before it, it is asked whole.
    const answer = await engine.ask('I was reading the part about Wendy Sherman. What did she say?');
    expect(answer.question).toBe('I was reading the part about Wendy Sherman. What did she say?');
    expect(answer.answer).toContain('Sherman');
  });
});
