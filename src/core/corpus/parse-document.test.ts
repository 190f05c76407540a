import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.js';

describe('parseDocument', () => {
  it('takes the first line as the title and skips a repeat of it', () => {
    const text = 'My Title\n\nMy Title\n\nFirst paragraph here.\n';
    const document = parseDocument({ id: 'd', path: 'd.txt', text });
    expect(document.title).toBe('My Title');
    expect(document.sections).toHaveLength(1);
    const paragraph = document.sections[0]?.paragraphs[0];
    expect(paragraph && text.slice(paragraph.start, paragraph.end)).toBe('First paragraph here.');
  });

  it('turns numbered and Markdown headings into sections, with the lead as section 0', () => {
    const text = 'T\n\nLead text.\n\n1. First part\n\nBody one.\n## Second part\nBody two.\nMore two.\n';
    const document = parseDocument({ id: 'd', path: 'd.md', text });
    expect(document.sections.map((s) => [s.number, s.title, s.paragraphs.length])).toEqual([
      [0, null, 1],
      [1, '1. First part', 1],
      [2, 'Second part', 2],
    ]);
  });

  it('does not mistake a numbered sentence for a heading', () => {
    const document = parseDocument({ id: 'd', path: 'd.txt', text: 'T\n\n3. It rained all day.\n' });
    expect(document.sections[0]?.title).toBeNull();
  });

  it('indexes a one-line story whole, with or without a final line break', () => {
    for (const text of ['Storm hits coastal town overnight', 'Storm hits coastal town overnight\n', 'Storm hits coastal town overnight\n\n\n']) {
      const document = parseDocument({ id: 'd', path: 'storm.txt', text });
      expect(document.title).toBe('storm');
      const paragraph = document.sections[0]?.paragraphs[0];
      expect(paragraph && text.slice(paragraph.start, paragraph.end)).toBe('Storm hits coastal town overnight');
    }
  });
});
