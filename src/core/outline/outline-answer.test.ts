import { describe, expect, it } from 'vitest';
import type { CorpusDocument, DocumentSection, Passage } from '../corpus/types.js';
import { outlineAnswer } from './outline-answer.js';

/** A document of sections, each one paragraph, with its passages: one per section, in order. */
function article(id: string, title: string, parts: ReadonlyArray<[string | null, string]>): { document: CorpusDocument; passages: Passage[] } {
  let text = `${title}\n\n`;
  const sections: DocumentSection[] = [];
  const passages: Passage[] = [];
  parts.forEach(([heading, body], number) => {
    if (heading !== null) text += `${heading}\n\n`;
    const start = text.length;
    text += `${body}\n\n`;
    sections.push({ number, title: heading, paragraphs: [{ start, end: start + body.length }] });
    passages.push({ id: `${id}-${number}`, docId: id, docTitle: title, docSource: `${id}.txt`, section: heading, sectionNumber: number, text: body, start, end: start + body.length, ordinal: number });
  });
  return { document: { id, title, path: `${id}.txt`, source: `${id}.txt`, text, sections }, passages };
}

const talks = article('talks', 'Talks in Geneva', [
  [null, 'The US and Russia met in Geneva.'],
  ['1. No progress', 'There was no significant progress.'],
  ['2. What Russia wants', 'Russia wants security guarantees.'],
]);

describe('outlineAnswer', () => {
  it('quotes how the article opens and how it ends, each cited to its passage', () => {
    const opening = outlineAnswer('how does it start?', 'opening', { documents: [talks.document], passages: talks.passages });
    expect(opening.answer).toBe('The article opens: The US and Russia met in Geneva. [1]');
    expect(opening.citations.map((citation) => citation.chunkId)).toEqual(['talks-0']);
    const ending = outlineAnswer('how does the article end?', 'ending', { documents: [talks.document], passages: talks.passages });
    expect(ending.answer).toBe('The article ends: Russia wants security guarantees. [1]');
    expect(ending.citations.map((citation) => citation.chunkId)).toEqual(['talks-2']);
  });

  it('gives the title, cited to the article\'s opening passage', () => {
    const answer = outlineAnswer("what's the headline?", 'title', { documents: [talks.document], passages: talks.passages });
    expect(answer.answer).toBe('The article is titled "Talks in Geneva" [1].');
    expect(answer.intent).toBe('outline');
    expect(answer.abstained).toBe(false);
    expect(answer.citations.map((citation) => [citation.n, citation.chunkId, citation.title])).toEqual([[1, 'talks-0', 'Talks in Geneva']]);
    expect(answer.answer.slice(answer.highlights[0]?.start, answer.highlights[0]?.end)).toBe('Talks in Geneva');
  });

  it('gives one section\'s heading by its place, cited to its first passage, or the sections when there is no such section', () => {
    const index = { documents: [talks.document], passages: talks.passages };
    const second = outlineAnswer('what is the heading of section 2', { section: 2 }, index);
    expect(second.answer).toBe('Section 2 of the article "Talks in Geneva" is headed "What Russia wants" [1].');
    expect(second.citations.map((citation) => citation.chunkId)).toEqual(['talks-2']);
    expect(second.answer.slice(second.highlights[0]?.start, second.highlights[0]?.end)).toBe('What Russia wants');
    expect(outlineAnswer("what's the last section called", { section: -1 }, index).answer).toContain('Section 2 of the article');
    const ninth = outlineAnswer('what is section 9 called', { section: 9 }, index);
    expect(ninth.answer).toBe('There is no section 9. The article "Talks in Geneva" has 2 sections, after its opening: 1. No progress [1]; 2. What Russia wants [2].');
    expect(ninth.abstained).toBe(false);
  });

  it('lists the sections in order, each cited to its first passage', () => {
    const answer = outlineAnswer('what are the sections', 'sections', { documents: [talks.document], passages: [...talks.passages].reverse() });
    expect(answer.answer).toBe('The article "Talks in Geneva" has 2 sections, after its opening: 1. No progress [1]; 2. What Russia wants [2].');
    expect(answer.citations.map((citation) => citation.chunkId)).toEqual(['talks-1', 'talks-2']);
    expect(answer.highlights.map((highlight) => answer.answer.slice(highlight.start, highlight.end))).toEqual(['1. No progress', '2. What Russia wants']);
  });

  it('says so when the article has no section headings', () => {
    const plain = article('plain', 'A Short Note', [[null, 'Only one paragraph.']]);
    const answer = outlineAnswer('what are the sections', 'sections', { documents: [plain.document], passages: plain.passages });
    expect(answer.answer).toBe('The article "A Short Note" has no section headings: it is one text of one passage [1].');
  });

  it('answers for the first of several articles, and says there are others', () => {
    const other = article('other', 'Another Story', [[null, 'Something else.']]);
    const answer = outlineAnswer('what is the title', 'title', { documents: [talks.document, other.document], passages: [...other.passages, ...talks.passages] });
    expect(answer.answer).toBe('The article is titled "Talks in Geneva" (the first of 2 articles) [1].');
    expect(answer.citations[0]?.docId).toBe('talks');
  });

  it('says there is nothing to give when no article has been read', () => {
    const answer = outlineAnswer('what is the title', 'title', { documents: [], passages: [] });
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });
});
