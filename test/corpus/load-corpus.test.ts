import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/core/corpus/chunk-passages.js';
import { listCorpusFiles, loadCorpus } from '../../src/core/corpus/load-corpus.js';
import { parseDocument } from '../../src/core/corpus/parse-document.js';
import { generatedPdf, randomBinary, savedWebPage, TINY_PNG } from '../support/article-fixtures.js';

const STORY =
  '(NEWS) The city council voted on Monday to close the old bridge over the Vale river for repairs. Engineers said the steel supports had corroded faster than expected after three wet winters. Traffic will be diverted through the northern ring road until the work ends in March. Shop owners near the bridge worried that fewer customers would reach them during the closure.';

describe('parseDocument titles', () => {
  it('treats a one-line story as body, titled by its file name', () => {
    const document = parseDocument({ id: 's', path: 'stories/cnn_0042.txt', text: STORY });
    expect(document.title).toBe('cnn 0042');
    expect(chunkDocument(document).map((passage) => passage.text).join(' ')).toContain('The city council voted');
  });

  it('takes a first line as the title only when it looks like one and stands alone', () => {
    expect(parseDocument({ id: 'a', path: 'a.txt', text: `Bridge to close for repairs\n\n${STORY}` }).title).toBe('Bridge to close for repairs');
    // Followed directly by text: a first paragraph, not a title.
    expect(parseDocument({ id: 'b', path: 'b.txt', text: `Bridge to close\n${STORY}` }).title).toBe('b');
    // Ends like a sentence.
    expect(parseDocument({ id: 'c', path: 'c.txt', text: `The bridge will close.\n\n${STORY}` }).title).toBe('c');
    expect(parseDocument({ id: 'd', path: 'd.md', text: `# Bridge closes\n${STORY}` }).title).toBe('Bridge closes');
  });

  it('prefers a metadata title, and does not index its repeat as body', () => {
    const document = parseDocument({ id: 'p', path: 'p.html', text: `# Bridge closes\n\n${STORY}`, metadataTitle: 'Bridge closes' });
    expect(document.title).toBe('Bridge closes');
    expect(chunkDocument(document)[0]?.text.startsWith('(NEWS)')).toBe(true);
  });

  it('reads "3. It rained." and numbered list items as body, not headings', () => {
    const text = 'Weather\n\n3. It rained all day.\n1. Apples\n2. Pears\n\n4. Outlook\n\nSun tomorrow.';
    const sections = parseDocument({ id: 'w', path: 'w.txt', text }).sections;
    expect(sections.map((section) => section.title)).toEqual([null, '4. Outlook']);
    expect(sections[0]?.paragraphs).toHaveLength(3);
  });
});

describe('loadCorpus on a messy folder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'article-qa-corpus-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const write = (relative: string, data: string | Uint8Array): string => {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    return file;
  };

  it('reads every kind of article and reports each file that yields nothing, once, with its reason', async () => {
    write('one-line.txt', STORY);
    write('page.html', savedWebPage({ title: 'Harbour reopens', paragraphs: [`${STORY} The harbour reopened after the storm.`] }));
    write('report.pdf', await generatedPdf({ title: 'Dam Report', pages: [['The dam on the Kessel was finished in 1998 and has held ever since.']] }));
    write('notes/windows.txt', iconv.encode('Café notes\n\nThe café in Zürich served crème brûlée to the visiting delegation.', 'windows-1252'));
    write('readme.md', '# Plans\n\nThe plan is to rebuild the pier by spring.');
    write('empty.txt', '');
    write('photo.png', TINY_PNG);
    write('noise.txt', randomBinary());
    write('.hidden.txt', 'never read');
    const corpus = await loadCorpus(root);
    expect(corpus.documents.map((document) => [document.path, document.title])).toEqual([
      ['notes/windows.txt', 'Café notes'],
      ['one-line.txt', 'one line'],
      ['page.html', 'Harbour reopens'],
      ['readme.md', 'Plans'],
      ['report.pdf', 'Dam Report'],
    ]);
    expect(corpus.documents.find((document) => document.path === 'notes/windows.txt')?.text).toContain('crème brûlée');
    expect(corpus.skipped.map((item) => [item.path, item.reason])).toEqual([
      ['empty.txt', 'empty'],
      ['noise.txt', 'not text'],
      ['photo.png', 'unsupported type'],
    ]);
  });

  it('reads Markdown front matter as metadata: its title is the title, and none of it is text', async () => {
    write('posts/weasel.md', `---\ntitle: "Weasel rides woodpecker"\ndate: 2015-03-03\nauthor: Jane Doe\n---\n\n${STORY}`);
    // A heading that repeats the title is not indexed twice, as for a web page's <title>.
    write('posts/hugo.md', `+++\ntitle = "Bridge closes"\ndate = 2020-01-01\n+++\n\n# Bridge closes\n\n${STORY}`);
    write('posts/rules.md', `---\nA paragraph between two rules.\n---\n\n${STORY}`);
    const corpus = await loadCorpus(root);
    const byPath = new Map(corpus.documents.map((document) => [document.path, document]));
    expect(corpus.documents.map((document) => [document.path, document.title])).toEqual([
      ['posts/hugo.md', 'Bridge closes'],
      ['posts/rules.md', 'rules'],
      ['posts/weasel.md', 'Weasel rides woodpecker'],
    ]);
    for (const document of corpus.documents.filter((document) => document.path !== 'posts/rules.md')) {
      const passages = chunkDocument(document).map((passage) => passage.text);
      expect(passages[0]?.startsWith('(NEWS)'), document.path).toBe(true);
      expect(passages.join(' '), document.path).not.toMatch(/title|author|date|\+\+\+|---/);
    }
    expect(byPath.get('posts/rules.md')?.text).toContain('A paragraph between two rules.');
  });

  it('keeps different files whose names make the same id, each with an id of its own', async () => {
    write('report.md', `# Bridge report\n\n${STORY}`);
    write('report.txt', 'The ferry will run every hour while the bridge is closed.');
    write('Report!.txt', 'The northern ring road gets a temporary bus lane.');
    const corpus = await loadCorpus(root);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents.map((document) => [document.path, document.id])).toEqual([
      ['Report!.txt', 'report'],
      ['report.md', 'report-md'],
      ['report.txt', 'report-txt'],
    ]);
  });

  it('reads a copy of an article under another name once, reporting it, and keeps a corrected version', async () => {
    write('bridge.txt', `Bridge to close\n\n${STORY}\n`);
    // Saved again elsewhere, re-wrapped with Windows line endings: the same text.
    write('old/bridge (1).txt', `Bridge to close\r\n\r\n${STORY.replace(/\. /g, '.\r\n')}\r\n`);
    write('bridge-corrected.txt', `Bridge to close\n\n${STORY.replace('three wet winters', 'four wet winters')}\n`);
    const corpus = await loadCorpus(root);
    expect(corpus.documents.map((document) => document.path)).toEqual(['bridge-corrected.txt', 'bridge.txt']);
    expect(corpus.skipped).toEqual([
      { path: 'old/bridge (1).txt', reason: 'duplicate', detail: 'the same text as bridge.txt, indexed once' },
    ]);
  });

  it('follows symbolic links to files and folders, cutting loops', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'article-qa-outside-'));
    try {
      writeFileSync(path.join(outside, 'linked.txt'), `Linked story\n\n${STORY}`);
      write('own.txt', `Own story\n\n${STORY}`);
      symlinkSync(path.join(outside, 'linked.txt'), path.join(root, 'link-to-file.txt'));
      symlinkSync(outside, path.join(root, 'link-to-folder'));
      symlinkSync(root, path.join(root, 'loop'));
      symlinkSync(path.join(root, 'self.txt'), path.join(root, 'self.txt'));
      symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'broken.txt'));
      const corpus = await loadCorpus(root);
      expect(corpus.documents.map((document) => document.path)).toEqual(['link-to-file.txt', 'own.txt']);
      expect(corpus.skipped.map((item) => [item.path, item.reason])).toEqual([
        ['broken.txt', 'unreadable'],
        ['link-to-folder/linked.txt', 'duplicate'],
        ['loop', 'duplicate'],
        ['self.txt', 'unreadable'],
      ]);
      expect(corpus.skipped.find((item) => item.path === 'self.txt')?.detail).toMatch(/loops/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips FIFOs and sockets with a reason and never blocks on them', async () => {
    write('story.txt', `Story\n\n${STORY}`);
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, 'socket.txt'), resolve));
    try {
      const corpus = await loadCorpus(root);
      expect(corpus.documents).toHaveLength(1);
      expect(corpus.skipped.map((item) => [item.path, item.reason, item.detail])).toEqual([
        ['pipe.txt', 'unsupported type', 'a FIFO (named pipe), not a regular file'],
        ['socket.txt', 'unsupported type', 'a socket, not a regular file'],
      ]);
    } finally {
      server.close();
    }
  });

  it('reads the files of a listing it is given, without listing again, and leaves the listing as it was', async () => {
    write('first.txt', `First\n\n${STORY}`);
    write('empty.txt', '');
    const listing = await listCorpusFiles(root);
    write('later.txt', `Later\n\n${STORY}`);
    const corpus = await loadCorpus(root, { listing });
    expect(corpus.documents.map((document) => document.path)).toEqual(['first.txt']);
    expect(corpus.skipped.map((item) => [item.path, item.reason])).toEqual([['empty.txt', 'empty']]);
    expect(listing.skipped).toEqual([]);
    expect((await loadCorpus(root)).documents.map((document) => document.path)).toEqual(['first.txt', 'later.txt']);
  });

  it('lists a folder of many files in name order, whatever order their stat calls finish in', async () => {
    const names = Array.from({ length: 300 }, (_, index) => `story-${String(index).padStart(3, '0')}.txt`);
    for (const name of names) write(name, `Story\n\n${STORY}`);
    const listing = await listCorpusFiles(root);
    expect(listing.files.map((file) => file.relative)).toEqual(names);
  });

  it('reports files over the size limit as too large', async () => {
    write('big.txt', `Big\n\n${STORY.repeat(20)}`);
    write('small.txt', `Small\n\n${STORY}`);
    const corpus = await loadCorpus(root, { maxFileBytes: 2000 });
    expect(corpus.documents.map((document) => document.path)).toEqual(['small.txt']);
    expect(corpus.skipped).toEqual([{ path: 'big.txt', reason: 'too large', detail: expect.stringMatching(/MB limit/) as unknown }]);
  });
});
