import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('who the article names (real model, index and tagger)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('lists the people the article names, in bold with their titles, each cited where it names them', async () => {
    const answer = await engine.ask('who is mentioned in the article?');
    expect(answer).toMatchObject({ intent: 'people', abstained: false, mode: 'extractive' });
    expect(answer.answer).toBe(
      'The article names 6 people: Deputy Foreign Minister Sergei Ryabkov [1], Deputy Foreign Minister Wendy Sherman [1], President Biden [2], ' +
        "BBC's James Landdale [3], President Putin [3] and NATO Secretary General Jens Stoltenberg [4].",
    );
    expect(answer.highlights.map(({ start, end }) => answer.answer.slice(start, end))).toEqual(['Sergei Ryabkov', 'Wendy Sherman', 'Biden', 'James Landdale', 'Putin', 'Jens Stoltenberg']);
    // Each name is in the passage its [n] points to.
    for (const { start, end } of answer.highlights) {
      const n = Number(/^ \[(\d)\]/.exec(answer.answer.slice(end))?.[1]);
      expect(answer.citations.find((citation) => citation.n === n)?.text).toContain(answer.answer.slice(start, end));
    }
  });

  it('lists only the people the article quotes, when asked whom it quotes', async () => {
    const quoted = await engine.ask('which people are quoted?');
    expect(quoted.answer).toMatch(/^The article quotes 5 people: /);
    // President Putin is only said to aim at something by "other diplomats".
    expect(quoted.answer).not.toContain('Putin');
    expect(quoted.answer).toContain('Jens Stoltenberg');
  });

  it('narrows the list to a side, and says when no one is on it', async () => {
    const nato = await engine.ask('Which NATO official is mentioned in the article?');
    expect(nato.answer).toBe('The article names one person tied to NATO: NATO Secretary General Jens Stoltenberg [1].');
    const russian = await engine.ask('which russian officials are quoted?');
    expect(russian.answer).toBe('The article quotes one person on the Russian side: Deputy Foreign Minister Sergei Ryabkov [1].');
    const german = await engine.ask('which german officials are named?');
    expect(german).toMatchObject({ intent: 'people', abstained: true, abstentionReason: 'no-candidates' });
    expect(german.answer).toMatch(/^The article names no one on the German side\. The people it names: Deputy Foreign Minister Sergei Ryabkov/);
  });
});
