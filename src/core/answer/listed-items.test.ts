import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { askedItem, listedItemSpan, withListedItems } from './listed-items.js';

const passage: Passage = { id: 'p', docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text: '', start: 0, end: 1000, ordinal: 0 };

function scored(text: string, probability: number, start: number): ScoredSentence {
  return { candidate: { key: `doc:${start}`, text, start, end: start + text.length, passage, passageScore: 0.5 }, vector: Float32Array.from([1, 0]), probability };
}

const LIST = 'The three demands are, the union gets a raise, the union gets two more days off and the union keeps its pension.';

describe('askedItem', () => {
  it('reads the place and the noun of an item asked for by its ordinal', () => {
    expect(askedItem('what is the second demand')).toEqual({ position: 2, head: 'demand' });
    expect(askedItem("what was the union's 3rd demand")).toEqual({ position: 3, head: 'demand' });
    expect(askedItem('whats their last main demand?')).toEqual({ position: -1, head: 'demand' });
    expect(askedItem('and the first demands?')).toEqual({ position: 1, head: 'demand' });
  });

  it('asks for nothing without an ordinal before a noun', () => {
    expect(askedItem('what are the three demands')).toBeUndefined();
    expect(askedItem('who came second')).toBeUndefined();
    expect(askedItem('what is the demand')).toBeUndefined();
  });
});

describe('withListedItems', () => {
  const sentences = [scored('The second round of talks starts in May.', 0.4, 0), scored(LIST, 0.05, 50), scored('Talks went on all night.', 0.1, 200)];

  it('puts first the sentence that lists the asked noun, just above the best', () => {
    const ranked = withListedItems(sentences, 'what is the second demand');
    expect(ranked[1]?.probability).toBeGreaterThan(0.4);
    expect(ranked[0]?.probability).toBe(0.4);
  });

  it('leaves the order for other questions, lists of other things and places the list does not have', () => {
    for (const question of ['when does the second round start', 'what is the second proposal', 'what is the fifth demand', 'what are the demands'])
      expect(withListedItems(sentences, question).map((sentence) => sentence.probability), question).toEqual([0.4, 0.05, 0.1]);
  });
});

describe('listedItemSpan', () => {
  it('finds the asked item in the sentence, to show in bold', () => {
    expect(listedItemSpan(LIST, 'what is the second demand')?.text).toBe('the union gets two more days off');
    expect(listedItemSpan(LIST, 'and the last demand?')?.text).toBe('the union keeps its pension');
    expect(listedItemSpan(LIST, 'what is the second proposal')).toBeUndefined();
  });
});
