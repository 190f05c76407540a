import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { stem } from '../text/terms.js';
import { SurfaceWords } from './surface-words.js';

function passage(text: string, ordinal: number): Passage {
  return { id: `p${ordinal}`, docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length, ordinal };
}

const passages = [
  passage("A walrus was seen near the harbour. The walrus's tusks were long.", 0),
  passage('Walruses are rarely seen this far south.', 1),
  passage('Officials met on Monday.', 2),
];

describe('SurfaceWords', () => {
  const keywords = KeywordIndex.build(passages);

  it('writes a stem as the passages do, the commonest form first', () => {
    const words = new SurfaceWords(keywords, passages);
    // "walrus" stems to "walru", "walruses" to "walrus": two stems, each with its own word.
    expect(words.surfaceOf(stem('walrus'))).toBe('walrus');
    expect(words.surfaceOf(stem('walruses'))).toBe('walruses');
    expect(words.surfaceOf(stem('officials'))).toBe('officials');
    expect(words.surfaceOf(stem('penguin'))).toBeUndefined();
  });

  it('tells whether the passages write a word as it is', () => {
    const words = new SurfaceWords(keywords, passages);
    expect(words.writes('walruses')).toBe(true);
    expect(words.writes('walrus')).toBe(true);
    // "walrues" stems as "walrus" does, but no passage writes it.
    expect(words.writes('walrues')).toBe(false);
    expect(words.writes('penguins')).toBe(false);
  });

  it('reads only the passages its view of the index can see', () => {
    const view = keywords.restrictedTo([[0, 0]]);
    expect(new SurfaceWords(view, passages).surfaceOf(stem('walrus'))).toBeUndefined();
  });
});
