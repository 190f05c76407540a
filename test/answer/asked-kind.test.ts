import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

// A short story beside the bundled article: it says since when Penman has grown wheat, never for
// how long, and how many acres he farms.
const STORY = [
  'Farmer Robert Penman wins the county prize',
  '',
  'Robert Penman, a farmer from Perth, won the county prize on Saturday for the third year running.',
  'Penman has grown wheat on the same 300 acres since his father retired.',
  'He told the judges that the dry summer had cut his harvest by a fifth.',
].join('\n');

describe('the finer kind a question asks for (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine({}, { 'penman.txt': STORY })));
  afterAll(() => cleanup());

  it('does not answer "how long" with a sentence that holds numbers but no duration', async () => {
    // The model finds the wheat sentence likely (it holds "300" and "third", which any amount
    // would take); it says since when, not how long.
    const answer = await engine.ask('how long has penman grown wheat');
    expect(answer).toMatchObject({ abstained: true, abstentionReason: 'no-amount' });
    expect(answer.answer).toMatch(/^The article doesn't say\./);
  });

  it('still answers the amounts the story gives', async () => {
    const acres = await engine.ask('how many acres does penman farm');
    expect(acres.abstained).toBe(false);
    expect(acres.answer).toContain('300 acres');
    const talks = await engine.ask('how long did the talks last');
    expect(talks.abstained).toBe(false);
    expect(talks.answer).toContain('nearly eight hours');
  });

  it('leads with the chosen sentence that states the amount asked for, when the best does not', async () => {
    // Best matched by the buildup sentence, which gives no figure; the one with it had come last.
    const figure = await engine.ask('What figure does the piece give for Russian troops massed near the Ukrainian border?');
    expect(figure.abstained).toBe(false);
    expect(figure.answer).toMatch(/^Russia, which has amassed about 100,000 troops/);
    // A claim that states an amount is checked against the sentence that states one.
    const claim = await engine.ask('Russia had something like 10,000 troops near the border, yeah?');
    expect(claim.answer).toMatch(/^(?:Not sure[^\n]*\n)?Russia, which has amassed about 100,000 troops/);
  });
});

describe('what an abbreviation stands for (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('answers with the sentence that spells it out, and says the article does not when none does', async () => {
    const osce = await engine.ask('what does OSCE stand for?');
    expect(osce.abstained).toBe(false);
    expect(osce.answer).toMatch(/^The second and third stage of the meeting will involve .*Organization for Security and Co-operation in Europe \(OSCE\)/);
    // The bundled article writes "the north atlantic alliance" but never spells NATO out.
    const nato = await engine.ask('what does the acronym NATO actually stand for');
    expect(nato).toMatchObject({ abstained: true, abstentionReason: 'no-expansion' });
    // "The United States (US)" spells out US, however little else it shares with the question.
    const us = await engine.ask('what does US stand for');
    expect(us.answer).toMatch(/^The United States \(US\) and Russia/);
  });
});

describe("a person's job asked by its noun (real model and index)", () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('is answered with the title the article gives beside the name', async () => {
    // "job" is a word no sentence holds: asked as such, "whats ryabkovs job" heard "doesn't say".
    for (const question of ["what's ryabkov's job", 'whats ryabkovs job', 'what title does ryabkov have']) {
      const answer = await engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toMatch(/^The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov/);
    }
  });
});
