import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import type { CandidateSentence } from './candidates.js';
import { composeAnswer } from './compose-answer.js';
import { wholeQuotation } from './quotations.js';

const TEXT =
  'The talks lasted eight hours. Ryabkov said "unfortunately we have big differences. The US and Russia have opposing views." ' +
  'Sherman called it “frank. Very frank.” Nobody said "failure" aloud. He began "a quote that never ends.';

const passage: Passage = { id: 'p', docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text: TEXT, start: 100, end: 100 + TEXT.length, ordinal: 0 };

/** The candidate for the passage's sentence that starts with `opening`. */
function candidate(opening: string): CandidateSentence {
  const sentence = splitSentences(TEXT, passage.start).find((span) => span.text.startsWith(opening));
  if (!sentence) throw new Error(`no sentence starts with ${opening}`);
  return { key: `doc:${sentence.start}`, text: sentence.text, start: sentence.start, end: sentence.end, passage, passageScore: 0.5 };
}

describe('wholeQuotation', () => {
  it('widens a sentence that opens a quotation to where it closes, and one that closes it to where it opens', () => {
    const whole = 'Ryabkov said "unfortunately we have big differences. The US and Russia have opposing views."';
    expect(wholeQuotation(candidate('Ryabkov said')).text).toBe(whole);
    expect(wholeQuotation(candidate('The US and Russia')).text).toBe(whole);
    expect(wholeQuotation(candidate('Very frank')).text).toBe('Sherman called it “frank. Very frank.”');
  });

  it('keeps a sentence whose quotation is whole, or never closes within the passage, as it is', () => {
    expect(wholeQuotation(candidate('Nobody said')).text).toBe('Nobody said "failure" aloud.');
    expect(wholeQuotation(candidate('The talks')).text).toBe('The talks lasted eight hours.');
    expect(wholeQuotation(candidate('He began')).text).toBe('He began "a quote that never ends.');
  });

  it('keeps offsets into the document, inside the passage', () => {
    const span = wholeQuotation(candidate('The US and Russia'));
    expect(TEXT.slice(span.start - passage.start, span.end - passage.start)).toBe(span.text);
  });
});

describe('composeAnswer', () => {
  const scored = (opening: string, probability: number) => ({ candidate: candidate(opening), vector: new Float32Array(2), probability });

  it('quotes a quotation once, whole, and scores each citation by its best sentence', () => {
    const composed = composeAnswer([scored('The US and Russia', 0.6), scored('Ryabkov said', 0.3), scored('The talks', 0.2)]);
    expect(composed.answer).toBe(
      'Ryabkov said "unfortunately we have big differences. The US and Russia have opposing views." [1] The talks lasted eight hours. [1]',
    );
    expect(composed.citations.map((citation) => citation.score)).toEqual([0.6]);
  });
});
