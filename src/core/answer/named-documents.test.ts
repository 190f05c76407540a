import { describe, expect, it } from 'vitest';
import { DocumentTitles, titleWords, unnamedDocuments } from './named-documents.js';

const titlesOf = (...titles: string[]): DocumentTitles =>
  new DocumentTitles(titles.flatMap((title, index) => [{ docId: `d${index}`, docTitle: title }, { docId: `d${index}`, docTitle: title }]));

describe('titleWords', () => {
  it('leaves out a bracketed disambiguation and an opening "The", and keeps function words', () => {
    expect(titleWords('Spectre (2015 film)')).toEqual(['spectre']);
    expect(titleWords('The Dukes of Hazzard')).toEqual(['dukes', 'of', 'hazzard']);
    expect(titleWords('To Kill a Mockingbird')).toEqual(['to', 'kill', 'a', 'mockingbird']);
  });

  it('gives none for one function word, which names nothing, but keeps a phrase of them', () => {
    expect(titleWords('The')).toEqual([]);
    expect(titleWords('It')).toEqual([]);
    expect(titleWords('What Would You Do? (City High song)')).toEqual(['what', 'would', 'you', 'do']);
  });
});

describe('DocumentTitles.named', () => {
  const titles = titlesOf('George Washington', 'IPod', 'We Can Work It Out', 'The Dukes of Hazzard', 'Cell (biology)');

  it('finds a title written as words of the question, in any case, with or without its "The"', () => {
    expect(titles.named('when did george washington die?')).toEqual(new Set(['d0']));
    expect(titles.named('how many police cars were used in the making of dukes of hazzard')).toEqual(new Set(['d3']));
  });

  it('lets a word differ by a plural ending', () => {
    expect(titles.named('What are two subjects of criticism of iPods?')).toEqual(new Set(['d1']));
    expect(titles.named('how many cells are produced during the cycle')).toEqual(new Set(['d4']));
  });

  it('needs every word of the title, side by side, not only its content words', () => {
    expect(titles.named('how does a dredge work?')).toEqual(new Set());
    expect(titles.named('who was washington george')).toEqual(new Set());
    expect(titles.named('when did george die')).toEqual(new Set());
  });
});

describe('unnamedDocuments', () => {
  it('sets aside the other documents when the question names one', () => {
    const titles = titlesOf('George Washington', 'James Dean', 'Father’s Day');
    expect(unnamedDocuments('when did george washington die', ['d1', 'd0', 'd1', 'd2'], titles)).toEqual(['d1', 'd2']);
  });

  it('sets aside nothing when the question names no document', () => {
    expect(unnamedDocuments('who was the first president', ['d0', 'd1'], titlesOf('George Washington', 'James Dean'))).toEqual([]);
  });

  it('sets aside nothing in a corpus of one document, whatever the question names', () => {
    const titles = titlesOf('Russia and US talks in Geneva');
    expect(unnamedDocuments('what happened at the russia and us talks in geneva', ['d0'], titles)).toEqual([]);
  });
});
