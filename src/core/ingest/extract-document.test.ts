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

  describe('leaves out cookie and consent notices', () => {
    const COOKIE_NOTICE =
      'This site uses cookies. By continuing you agree to our cookie policy and privacy statement.';
    /** Notices as consent platforms and hand-made sites write them; Readability alone kept all but the cc-banner. */
    const NOTICES = [
      `<div class="cookie">${COOKIE_NOTICE}</div>`,
      '<div id="cookieNotice"><p>We use cookies to improve your experience, and by browsing on you accept them.</p></div>',
      '<div class="consent-box"><p>We and our partners store and access data on your device for these purposes.</p></div>',
      '<div id="onetrust-consent-sdk"><p>OneTrust asks: may we and our partners set cookies on this site today?</p></div>',
      '<div id="CybotCookiebotDialog"><p>Cookiebot asks: this website would like to set tracking cookies now.</p></div>',
      '<div class="cc-window cc-banner"><span>This website uses cookies to ensure you get the best experience.</span></div>',
      '<section role="dialog" aria-label="Privacy choices and consent"><p>Manage your privacy preferences for this site here.</p></section>',
    ];
    const page = (body: string) =>
      `<!doctype html><html><head><title>Club notice</title></head><body>${body}</body></html>`;

    it('on a page too short for Readability, which the body is read from instead', async () => {
      const result = await extracted(
        Buffer.from(
          page(
            `<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>${NOTICES.join('')}` +
              '<main><h1>Club notice</h1><p>The rowing club will hold its annual meeting on the fifth of May. Members who cannot attend may vote by post.</p></main>' +
              '<footer>Kessel Rowing Club</footer>',
          ),
        ),
        'notice.html',
      );
      expect(result.text).toMatch(/^(# Club notice\s+)?The rowing club will hold its annual meeting/);
      expect(result.text).not.toMatch(/cookie|partners|privacy/i);
    });

    it('on an article Readability reads, whether the notice is beside the article or inside it', async () => {
      const article = `<h1>Lighthouse to be restored</h1>${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('')}`;
      for (const body of [
        `${NOTICES.join('')}<article>${article}</article>`,
        `<article>${NOTICES.join('')}${article}</article>`,
      ]) {
        const result = await extracted(Buffer.from(page(body)), 'lighthouse.html');
        for (const paragraph of PARAGRAPHS) expect(result.text).toContain(paragraph);
        expect(result.text).not.toMatch(/cookie|partners|privacy/i);
      }
    });

    it('but keeps an article whose names only look like one: a page-state wrapper, a recipe, AEM components', async () => {
      const recipe =
        'Cream the butter and sugar, then fold in the flour and the chocolate chips for the cookies.';
      const result = await extracted(
        Buffer.from(
          page(
            `<div class="page cookies-accepted"><main><article class="cookie-recipe"><h1>Chocolate chip cookies</h1>` +
              `<div class="cmp-text"><p>${recipe}</p></div><div class="content">${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div>` +
              '</article></main></div>',
          ),
        ),
        'cookies.html',
      );
      expect(result.text).toContain(recipe);
      for (const paragraph of PARAGRAPHS) expect(result.text).toContain(paragraph);
    });
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

  it('says why bytes are not text without repeating "not text" (shown as "not text (detail)")', async () => {
    const nul = await extractDocument({ bytes: Buffer.from('Some words\u0000more words'), name: 'nul.txt' });
    expect(nul).toEqual({ ok: false, reason: 'not text', detail: 'binary data: it holds NUL bytes' });
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
