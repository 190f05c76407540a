import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

// A second story beside the bundled article: one that names Macron, which the article never does.
const BRIEFING = [
  'Macron speaks on the Geneva talks',
  '',
  'French President Emmanuel Macron told reporters in Paris on Tuesday that Europe must have its own voice in any talks with Russia.',
  'Macron said a dialogue between the European Union and Moscow should begin before the summer.',
].join('\n');

describe('names a corpus of two articles never mentions, or only one of them does (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine({}, { 'macron-briefing.txt': BRIEFING })));
  afterAll(() => cleanup());

  it('quotes only the article that names who is asked about', async () => {
    const answer = await engine.ask('What did Macron say about the talks?');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) expect(citation.source).toBe('macron-briefing.txt');
    // The article quotes Ryabkov on exactly this; it says nothing of what Macron thinks of it.
    for (const question of ['What did Macron say about the big differences in principled approach?', "What did Macron say about NATO's open-door policy?"]) {
      const other = await engine.ask(question);
      for (const citation of other.abstained ? [] : other.citations) expect(citation.source, question).toBe('macron-briefing.txt');
    }
    const sherman = await engine.ask('What did Sherman tell Russia?');
    expect(sherman.abstained).toBe(false);
    for (const citation of sherman.citations) expect(citation.source).toBe('geneva-talks-2022.txt');
  });

  it('says which name no article mentions', async () => {
    const answer = await engine.ask('What did Scholz say about the talks?');
    expect(answer).toMatchObject({ abstained: true, abstentionReason: 'unmentioned-name' });
    expect(answer.answer).toMatch(/^The article doesn't say: it never mentions Scholz\./);
  });

  it('never says it does not mention a name the slip mender made of another word', async () => {
    // "señora" is one letter from the place "Sonora": read so, the question was refused for it.
    const answer = await engine.ask('la señora Sherman, what she say about open door?');
    expect(answer.abstentionReason).not.toBe('unmentioned-name');
    expect(answer.answer).not.toContain('Sonora');
  });

  it('says "how many" of a thing no article mentions, and counts what the article does', async () => {
    const tanks = await engine.ask('How many tanks does Ukraine have?');
    expect(tanks).toMatchObject({ abstained: true, abstentionReason: 'unmentioned-name' });
    expect(tanks.answer).toMatch(/^The article doesn't say: it never mentions tanks\./);
    // "soldiers" is WordNet's synonym of the article's "troops".
    const soldiers = await engine.ask('how many soldiers does russia have near ukraine');
    expect(soldiers.abstained).toBe(false);
    expect(soldiers.answer).toContain('100,000');
  });
});
