import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe("the article's title and sections (real model and index)", () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('gives the bundled article\'s title, cited to its opening passage', async () => {
    // It had been "The article doesn't say. Nothing in it is about this question."
    const answer = await engine.ask("what's the headline?");
    expect(answer).toMatchObject({ intent: 'outline', abstained: false, mode: 'extractive' });
    expect(answer.answer).toBe('The article is titled "U.S.-Russia Meets Ukraine Tensions in Geneva" [1].');
    expect(answer.citations).toHaveLength(1);
    expect(answer.citations[0]).toMatchObject({ n: 1, title: 'U.S.-Russia Meets Ukraine Tensions in Geneva', source: 'geneva-talks-2022.txt' });
  });

  it('lists its four sections, each cited to a passage of that section', async () => {
    const answer = await engine.ask('what are the sections of the article?');
    expect(answer.intent).toBe('outline');
    expect(answer.answer).toMatch(/^The article "U\.S\.-Russia Meets Ukraine Tensions in Geneva" has 4 sections, after its opening: 1\. No progress in US-Russian diplomacy in Geneva \[1\]; 2\. /);
    expect(answer.citations.map((citation) => citation.section)).toEqual([
      '1. No progress in US-Russian diplomacy in Geneva',
      '2. The US cannot make a decision on the acceptance of new NATO members',
      '3. Russia cannot back down from the three demands in the proposed proposal',
      '4. Great gift to Russia in US efforts to avoid conflict in Ukraine',
    ]);
  });

  it('leaves a question about a title in the article to the answer engine', async () => {
    const answer = await engine.ask('what was her title');
    expect(answer.intent).toBe('question');
  });
});
