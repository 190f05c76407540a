import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('a long name the article abbreviates (real model and index)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('is read as the article writes it: "the united states" as "the US"', async () => {
    // Before, only the definition ("The United States (US) and Russia will hold …") held the words, and answered.
    for (const question of ['who led the united states delegation', 'Who was leading the delegation of United States?']) {
      const answer = await engine.ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.answer, question).toMatch(/^The head of the Russian delegation was .* the US was led by Deputy Foreign Minister Wendy Sherman\. \[1\]/);
      // Nothing to show as a guess: the question is answered as typed.
      expect(answer.correctedQuestion, question).toBeUndefined();
    }
  });
});
