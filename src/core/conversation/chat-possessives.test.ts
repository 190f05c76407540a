import { describe, expect, it } from 'vitest';
import { TAGGER_ONLY, withPossessives, type WordLookup } from './chat-possessives.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

/** Words as the bundled word-vector model ranks them (commonest first); `written`, those an article writes. */
function knowing(ranks: Record<string, number>, written: readonly string[] = []): WordLookup {
  return (word) => ({ written: written.includes(word), rank: ranks[word] });
}

const MODEL = knowing({ reuters: 10_254, reuter: 36_556, jens: 16_844, jen: 17_959, davos: 17_948, paris: 971, china: 129, chinas: 46_649, russia: 399 });

describe('withPossessives', () => {
  it("puts back the apostrophe chat leaves out of a name's possessive", () => {
    expect(withPossessives('what are russias demands', MODEL)).toBe("what are russia's demands");
    // A possessive a model happens to list is still far rarer than the name.
    expect(withPossessives('what are chinas demands', MODEL)).toBe("what are china's demands");
    expect(withPossessives("what are russia's demands")).toBe("what are russia's demands");
  });

  it('leaves a word of its own: one the tagger names, or one the articles or the model know as a word', () => {
    // The tagger knows Reuter as a surname, not Reuters: without the engine's words it guesses wrong.
    expect(withPossessives('what did reuters report', TAGGER_ONLY)).toBe("what did reuter's report");
    expect(withPossessives('what did reuters report', MODEL)).toBe('what did reuters report');
    expect(withPossessives('what did reuters report', knowing({}, ['reuters']))).toBe('what did reuters report');
    for (const question of ['what did jens say', 'what happened in davos', 'was paris mentioned', 'what have washington and its allies been trying to do'])
      expect(withPossessives(question, MODEL)).toBe(question);
  });

  it('reads only words typed in lower case, and leaves words next to an apostrophe', () => {
    expect(withPossessives('what are Russias demands', MODEL)).toBe('what are Russias demands');
    expect(withPossessives("what are russias' demands", MODEL)).toBe("what are russias' demands");
  });
});
