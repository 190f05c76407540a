import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE,
  generatedPdf,
  randomBinary,
  savedWebPage,
  TINY_PNG,
  utf16WithBom,
} from '../../../test/support/article-fixtures.js';
import { extractDocument } from './extract-document.js';
import { joinPdfLines } from './extract-pdf.js';

const PARAGRAPHS = [
  'The harbour authority confirmed on Tuesday that the old lighthouse at Kessel Point will be restored before the winter storms arrive.',
  'Engineers found that the foundations, laid in 1871, were sound, but the lantern room had rusted through in several places.',
  'Local volunteers have raised 40,000 euros towards the work, and the regional government has promised to match every euro they collect.',
];

async function extracted(bytes: Uint8Array, name: string, contentType?: string) {
  const result = await extractDocument({ bytes, name, ...(contentType ? { contentType } : {}) });
  if (!result.ok) throw new Error(`expected text, got ${result.reason}: ${result.detail}`);
  return result.extracted;
}

describe('extractDocument', () => {
  it('keeps only the main text of a saved web page, with its title', async () => {
    const page = savedWebPage({ title: 'Lighthouse to be restored', paragraphs: PARAGRAPHS });
    const result = await extracted(Buffer.from(page), 'lighthouse.html');
    expect(result.format).toBe('html');
    expect(result.metadataTitle).toMatch(/^Lighthouse to be restored/);
    for (const paragraph of PARAGRAPHS) expect(result.text).toContain(paragraph);
    for (const boilerplate of [...BOILERPLATE, 'Celebrity spotted', 'All rights reserved', 'analytics']) {
      expect(result.text.toLowerCase()).not.toContain(boilerplate.toLowerCase());
    }
  });

  it('reads a Windows-1252 page as its meta charset says', async () => {
    const page = savedWebPage({
      title: 'Café culture',
      paragraphs: [
        '“Smart quotes” and a café — in Windows-1252, with enough words to count as an article body for the reader view to accept it as the main content of the page.',
      ],
      charset: 'windows-1252',
    });
    const result = await extracted(iconv.encode(page, 'windows-1252'), 'cafe.htm');
    expect(result.text).toContain('“Smart quotes” and a café —');
  });

  it('detects Windows-1252 and UTF-16 text files', async () => {
    const text =
      'Zürich’s “naïve” café served crème brûlée — for 5 €.\n\nA second paragraph, still in the same encoding, with façades and Søren.';
    const latin = await extracted(iconv.encode(text, 'windows-1252'), 'notes.txt');
    expect(latin.text).toBe(text);
    expect(latin.text).not.toContain('\ufffd');
    const utf16 = await extracted(utf16WithBom(text), 'notes.txt');
    expect(utf16.text).toBe(text);
    expect(utf16.encoding).toBe('utf-16le');
  });

  it('repairs a PDF: pages joined, wrapped lines rejoined, hyphenation undone, Info title kept', async () => {
    const pdf = await generatedPdf({
      title: 'River Report',
      pages: [
        [
          'The river flooded the valley after a week of heavy rain in the hills. Local engin-',
          'eers had warned about the weak embankment for years, and their reports were ignored.',
        ],
        ['The new dam was finished in 1998 and has held ever since.'],
      ],
    });
    const result = await extracted(pdf, 'report.pdf');
    expect(result.metadataTitle).toBe('River Report');
    expect(result.text).toContain('Local engineers had warned about the weak embankment for years');
    expect(result.text).toContain('The new dam was finished in 1998');
  });

  it('joins wrapped PDF lines into paragraphs and keeps short headings apart', () => {
    const long = 'This line is long enough to be a normal line of body text in the PDF';
    const text = joinPdfLines([
      `Findings\n${long}\nand it goes on to the next line where it ends.\n${long}\n12`,
      'and continues on the next page.',
    ]);
    expect(text.split('\n\n')).toEqual([
      'Findings',
      `${long} and it goes on to the next line where it ends.`,
      `${long} and continues on the next page.`,
    ]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty.txt', 'empty'],
    ['whitespace only', Buffer.from('  \n\n\t\n'), 'blank.md', 'empty'],
    ['random bytes named .txt', randomBinary(), 'story.txt', 'not text'],
    ['an image', TINY_PNG, 'photo.png', 'unsupported type'],
    ['a corrupt PDF', Buffer.from('%PDF-1.7\nnot really'), 'broken.pdf', 'unreadable'],
  ])('reports %s with a reason', async (_name, bytes, name, reason) => {
    const result = await extractDocument({ bytes, name });
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.detail.length).toBeGreaterThan(5);
  });

  it("says plainly that a damaged Word file cannot be read, without the zip library's wording", async () => {
    const result = await extractDocument({ bytes: Buffer.from('not a zip archive at all'), name: 'report.docx' });
    expect(result).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'not a readable Word document: damaged, or not a .docx (older .doc files are not read; save it as .docx or PDF)',
    });
  });

  it('trusts a server content type over the name, and refuses types that are no article', async () => {
    const asHtml = await extracted(
      Buffer.from(savedWebPage({ title: 'T', paragraphs: PARAGRAPHS })),
      '/news/item',
      'text/html; charset=utf-8',
    );
    expect(asHtml.format).toBe('html');
    const image = await extractDocument({ bytes: TINY_PNG, name: '/a', contentType: 'image/png' });
    expect(image).toMatchObject({ ok: false, reason: 'unsupported type' });
  });
});
