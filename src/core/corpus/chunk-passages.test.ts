import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/sentences.js';
import { chunkDocument, DEFAULT_CHUNKING } from './chunk-passages.js';
import { parseDocument } from './parse-document.js';

const ARTICLE = readFileSync(new URL('../../../corpus/geneva-talks-2022.txt', import.meta.url), 'utf8');

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('chunkDocument', () => {
  const document = parseDocument({ id: 'geneva', path: 'geneva.txt', text: ARTICLE });
  const passages = chunkDocument(document);

  it('maps every passage back to its exact place in the source', () => {
    for (const passage of passages) expect(ARTICLE.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('never cuts inside a sentence', () => {
    const sentences = document.sections.flatMap((section) =>
      section.paragraphs.flatMap((p) => splitSentences(ARTICLE.slice(p.start, p.end), p.start)),
    );
    const starts = new Set(sentences.map((s) => s.start));
    const ends = new Set(sentences.map((s) => s.end));
    for (const passage of passages) {
      expect(starts.has(passage.start)).toBe(true);
      expect(ends.has(passage.end)).toBe(true);
    }
  });

  it('keeps passages within the size bounds, except whole sections that are shorter', () => {
    for (const passage of passages) expect(words(passage.text)).toBeLessThanOrEqual(DEFAULT_CHUNKING.maxWords);
    const short = passages.filter((passage) => words(passage.text) < DEFAULT_CHUNKING.minWords);
    expect(short).toEqual([]);
  });

  it('covers every sentence of the body and never indexes the repeated title', () => {
    const covered = passages.map((passage) => passage.text).join(' ');
    expect(covered).toContain('NATO is ready to deal with it.');
    expect(covered).not.toContain('U.S.-Russia Meets Ukraine Tensions in Geneva');
    expect(passages.every((passage) => passage.start > ARTICLE.lastIndexOf('U.S.-Russia Meets Ukraine Tensions in Geneva'))).toBe(true);
  });

  it('overlaps consecutive passages of a section by one sentence', () => {
    const first = passages[0];
    const second = passages[1];
    expect(first && second && second.start < first.end).toBe(true);
  });

  it('gives stable ids that change with content or position', () => {
    const again = chunkDocument(parseDocument({ id: 'geneva', path: 'geneva.txt', text: ARTICLE }));
    expect(again.map((passage) => passage.id)).toEqual(passages.map((passage) => passage.id));
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
    const edited = chunkDocument(parseDocument({ id: 'geneva', path: 'geneva.txt', text: ARTICLE.replace('100,000', '120,000') }));
    const changed = edited.filter((passage, i) => passage.id !== passages[i]?.id);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((passage) => passage.text.includes('120,000'))).toBe(true);
  });

  it('labels passages with their section titles', () => {
    expect(passages[0]?.section).toBeNull();
    const sherman = passages.find((passage) => passage.text.includes('Wendy Sherman, head of the US delegation'));
    expect(sherman?.section).toBe('2. The US cannot make a decision on the acceptance of new NATO members');
  });

  it('lets a sentence longer than the maximum stand alone rather than cutting it', () => {
    const long = `Title\n\n${Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ')}. Short one here.`;
    const result = chunkDocument(parseDocument({ id: 'long', path: 'long.txt', text: long }));
    expect(result[0]?.text.endsWith('word149.')).toBe(true);
  });
});
