import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { shortlistSentences } from './shortlist.js';
import type { SourceSentence } from './source-sentences.js';

const passage: Passage = { id: 'p', docId: 'd', docTitle: 'D', docSource: 'd.txt', section: null, sectionNumber: 0, text: '', start: 0, end: 0, ordinal: 0 };

function sentence(position: number, positionInSection: number): SourceSentence {
  return { text: `S${position}.`, start: position, end: position + 1, passage, sectionNumber: 0, position, positionInSection, positionInParagraph: 0, inFinalParagraph: false };
}

describe('shortlistSentences', () => {
  it('keeps section openings and the sentences nearest the centroid, in source order', () => {
    const on = Float32Array.of(1, 0);
    const off = Float32Array.of(0, 1);
    const sentences = [sentence(0, 0), sentence(1, 5), sentence(2, 6), sentence(3, 7), sentence(4, 8)];
    // Mostly "on" topic; the opening is off topic but kept.
    const vectors = [off, on, off, on, on];
    expect(shortlistSentences(sentences, vectors, 3)).toEqual([0, 1, 3]);
  });

  it('keeps everything when the text is short enough', () => {
    expect(shortlistSentences([sentence(0, 0), sentence(1, 1)], [Float32Array.of(1), Float32Array.of(1)], 5)).toEqual([0, 1]);
  });
});
