import { describe, expect, it } from 'vitest';
import { stem } from '../text/terms.js';
import { withoutLeadIn } from './lead-in.js';

/** The terms of a small corpus about the talks. */
const corpus = new Set(['russia', 'want', 'talks', 'honest', 'geneva', 'delegation', 'read'].map((word) => stem(word)));
const corpusUses = (term: string): boolean => corpus.has(term);

describe('withoutLeadIn', () => {
  it('drops what a member says before the question word when the corpus says none of it', () => {
    expect(withoutLeadIn('sorry if this is a dumb question but what does russia want', corpusUses)).toBe('what does russia want');
    expect(withoutLeadIn("i'm confused, what does russia want", corpusUses)).toBe('what does russia want');
    expect(withoutLeadIn('help me understand why russia wants it', corpusUses)).toBe('why russia wants it');
  });

  it('keeps a lead-in with a word of the corpus, a name or a number', () => {
    expect(withoutLeadIn('honest question: what does russia want', corpusUses)).toBe('honest question: what does russia want');
    expect(withoutLeadIn('after the talks, what did russia say', corpusUses)).toBe('after the talks, what did russia say');
    expect(withoutLeadIn('Crimea aside, what does russia want', corpusUses)).toBe('Crimea aside, what does russia want');
    expect(withoutLeadIn('in 2014 what did russia want', corpusUses)).toBe('in 2014 what did russia want');
  });

  it('keeps a lead-in whose words the corpus writes as one hyphenated word', () => {
    const withCompound = new Set([...corpus, stem('open-door')]);
    const asCorpusWrites = (text: string): string => text.replace(/\bopen door\b/g, 'open-door');
    const question = 'something about an open door, what was that about?';
    expect(withoutLeadIn(question, (term) => withCompound.has(term), asCorpusWrites)).toBe(question);
    // Read word by word, neither "open" nor "door" is the corpus's.
    expect(withoutLeadIn(question, (term) => withCompound.has(term))).toBe('what was that about?');
  });

  it("keeps the question word's own preposition, and questions that open as questions", () => {
    expect(withoutLeadIn('in what year did the talks start', corpusUses)).toBe('in what year did the talks start');
    expect(withoutLeadIn('to whom did moscow send it', corpusUses)).toBe('to whom did moscow send it');
    expect(withoutLeadIn('did they say when the talks end', corpusUses)).toBe('did they say when the talks end');
    expect(withoutLeadIn('what does russia want', corpusUses)).toBe('what does russia want');
    expect(withoutLeadIn('russia wants ukraine out', corpusUses)).toBe('russia wants ukraine out');
    // Also as chat writes them.
    expect(withoutLeadIn('whos the boss and what did he say', corpusUses)).toBe('whos the boss and what did he say');
    expect(withoutLeadIn("isnt it over, why do they meet", corpusUses)).toBe("isnt it over, why do they meet");
    expect(withoutLeadIn("wont they stop, why", corpusUses)).toBe("wont they stop, why");
  });

  it('keeps what comes before a question word that closes the message: it is the question', () => {
    // "stoltenburg" is a slip the corpus does not hold, and "said" is no content word.
    expect(withoutLeadIn('stoltenburg said what', corpusUses)).toBe('stoltenburg said what');
    expect(withoutLeadIn('sherman said what exactly?', corpusUses)).toBe('sherman said what exactly?');
    expect(withoutLeadIn('honestly no idea, what', corpusUses)).toBe('honestly no idea, what');
    expect(withoutLeadIn('no idea, what was said', corpusUses)).toBe('what was said');
  });
});
