import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleDocument, articleHash } from '../../src/core/articles/article-documents.js';
import type { StoredArticle } from '../../src/core/articles/article-store.js';
import { DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-passages.js';
import { loadOrBuildIndex, type AddedDocument, type IndexRequest } from '../../src/core/index/build-index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';

const DEFAULT_HNSW = DEFAULT_CONFIG.hnsw;
import { restrictedIndex } from '../../src/app/scoped-engines.js';
import { visibleIn } from '../../src/core/articles/article-library.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashingEmbedder } from '../support/hashing-embedder.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

function article(docId: string, guildId: string | null, text: string): StoredArticle {
  const fields = { title: docId, source: `${docId}.txt`, text, guildId };
  return {
    ...fields,
    docId,
    format: 'text',
    hash: articleHash(fields),
    addedBy: null,
    addedAt: new Date('2026-01-01T00:00:00Z'),
  };
}

const ORCHARD = article(
  'orchard',
  'guild-a',
  'The orchard on Pell Hill grows forty kinds of apple, and the oldest tree was planted in 1820 by the miller Josiah Quarles.',
);
const FERRY = article(
  'ferry',
  'guild-b',
  'The night ferry from Vesby to Ormholm will stop in November; Captain Teodor Lindqvist will sail the last crossing.',
);
const SHARED = article(
  'shared',
  null,
  'The regional library opens a new reading room for the Quarles family archive on Saturday.',
);

describe('added articles in the index', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let articles: StoredArticle[];
  const provider = async (): Promise<AddedDocument[]> =>
    articles.map((item) => ({ id: item.docId, hash: item.hash, load: () => articleDocument(item) }));
  const request = (embedder = new HashingEmbedder()): IndexRequest => ({
    corpusPath: workspace.corpusDir,
    indexDir: workspace.indexDir,
    embedder,
    chunking: DEFAULT_CHUNKING,
    hnsw: DEFAULT_HNSW,
    logger: createSilentLogger(),
    addedDocuments: provider,
  });

  beforeEach(() => {
    workspace = temporaryWorkspace();
    articles = [ORCHARD];
  });
  afterEach(() => workspace.cleanup());

  it('appends a new article without re-embedding the rest, giving the same passages as a full build', async () => {
    const first = await loadOrBuildIndex(request());
    expect(first.index.manifest.articles.map((item) => item.docId)).toEqual(['orchard']);
    articles = [ORCHARD, FERRY];
    const embedder = new HashingEmbedder();
    const appended = await loadOrBuildIndex(request(embedder));
    expect(appended).toMatchObject({ rebuilt: true, appended: 1 });
    expect(embedder.embedded).toBe(1);
    expect(appended.index.documents.map((document) => document.id)).toEqual([
      'geneva-talks-2022',
      'orchard',
      'ferry',
    ]);
    const hits = appended.index.keywords.search('Lindqvist crossing', 3);
    expect(appended.index.passages[hits[0]?.label ?? -1]?.docId).toBe('ferry');
    const [vector] = await embedder.embedQueries(['night ferry Vesby Ormholm Lindqvist']);
    expect(
      appended.index.passages[appended.index.vectors.search(vector as Float32Array, 1)[0]?.label ?? -1]
        ?.docId,
    ).toBe('ferry');

    const reloaded = await loadOrBuildIndex(request());
    expect(reloaded).toMatchObject({ rebuilt: false, appended: 0 });
    const full = await loadOrBuildIndex({ ...request(), force: true });
    expect(reloaded.index.passages).toEqual(full.index.passages);
  });

  it('rebuilds without an article once it is removed', async () => {
    articles = [ORCHARD, FERRY];
    await loadOrBuildIndex(request());
    articles = [FERRY];
    const result = await loadOrBuildIndex(request());
    expect(result.reasons).toEqual(['added articles removed or changed']);
    expect(result.index.documents.map((document) => document.id)).toEqual(['geneva-talks-2022', 'ferry']);
    expect(result.index.passages.some((passage) => passage.docId === 'orchard')).toBe(false);
  });

  describe('whose id a corpus file has', () => {
    const FERRY_FILE =
      '# The ferry, kept on disk\n\nThe harbour office at Vesby keeps the ferry timetable on paper, and the clerk updates it by hand every spring.\n';
    const ids = (result: { index: { documents: Array<{ id: string }> } }): string[] =>
      result.index.documents.map((document) => document.id);
    const clash = expect.objectContaining({
      path: 'ferry',
      reason: 'duplicate',
      detail: expect.stringMatching(
        /corpus file ferry\.md has the same id.*rename that file.*article-qa remove ferry/,
      ),
    });

    it.each([
      ['the last one added', () => [ORCHARD, FERRY]],
      ['followed by another', () => [FERRY, ORCHARD]],
    ])('is set aside, reported, and not appended or rebuilt again when %s', async (_case, order) => {
      workspace.write('corpus/ferry.md', FERRY_FILE);
      articles = order();
      const first = await loadOrBuildIndex(request());
      expect(ids(first).sort()).toEqual(['ferry', 'geneva-talks-2022', 'orchard']);
      // The corpus file wins: its text is the one answered.
      expect(first.index.documents.find((document) => document.id === 'ferry')?.added).toBeUndefined();
      expect(first.skipped).toEqual([clash]);
      // The bot's article watch compares this record with the store: the set-aside article is
      // in it, so the watch sees nothing new.
      expect(first.index.manifest.articles.map((item) => item.docId)).toEqual(
        articles.map((item) => item.docId),
      );

      const embedder = new HashingEmbedder();
      const again = await loadOrBuildIndex(request(embedder));
      expect(again).toMatchObject({ rebuilt: false, appended: 0 });
      expect(again.index.manifest.generation).toBe(first.index.manifest.generation);
      expect(embedder.embedded).toBe(0);
      expect(again.skipped).toEqual([clash]);
    });

    it('is set aside when it arrives after the index was built, and the others are appended', async () => {
      workspace.write('corpus/ferry.md', FERRY_FILE);
      articles = [ORCHARD];
      await loadOrBuildIndex(request());
      articles = [ORCHARD, FERRY, SHARED];
      const appended = await loadOrBuildIndex(request());
      expect(appended).toMatchObject({ rebuilt: true, appended: 1, skipped: [clash] });
      expect(ids(appended).sort()).toEqual(['ferry', 'geneva-talks-2022', 'orchard', 'shared']);
      const ferryPassages = appended.index.passages.filter((passage) => passage.docId === 'ferry');
      expect(ferryPassages.map((passage) => passage.text).join(' ')).toContain('harbour office at Vesby');
      expect(ferryPassages.some((passage) => passage.text.includes('Lindqvist'))).toBe(false);

      const again = await loadOrBuildIndex(request());
      expect(again).toMatchObject({ rebuilt: false, appended: 0, skipped: [clash] });
    });

    it('is indexed once the corpus file is gone', async () => {
      const file = workspace.write('corpus/ferry.md', FERRY_FILE);
      articles = [FERRY, ORCHARD];
      await loadOrBuildIndex(request());
      rmSync(file);
      const result = await loadOrBuildIndex(request());
      expect(result).toMatchObject({ rebuilt: true, skipped: [] });
      expect(result.index.documents.find((document) => document.id === 'ferry')?.added).toBeDefined();
    });
  });

  it('sets aside an added article once a corpus file has its text under another name, and indexes it again when the file goes', async () => {
    articles = [ORCHARD, FERRY];
    await loadOrBuildIndex(request());
    const file = workspace.write('corpus/saved/night-ferry.txt', FERRY.text);
    const copied = await loadOrBuildIndex(request());
    expect(copied.index.documents.map((document) => document.id)).toEqual(['geneva-talks-2022', 'saved/night-ferry', 'orchard']);
    expect(copied.skipped).toEqual([
      {
        path: 'ferry',
        reason: 'duplicate',
        detail: 'added article ferry is set aside: the corpus file saved/night-ferry.txt has the same text and is answered instead; drop the added copy with article-qa remove ferry',
      },
    ]);
    expect((await loadOrBuildIndex(request())).rebuilt).toBe(false);
    rmSync(file);
    const restored = await loadOrBuildIndex(request());
    expect(restored.skipped).toEqual([]);
    expect(restored.index.documents.map((document) => document.id)).toEqual(['geneva-talks-2022', 'orchard', 'ferry']);
  });

  it('rebuilds a saved index that holds two documents with one id instead of serving mixed-up text', async () => {
    articles = [FERRY];
    const built = await loadOrBuildIndex(request());
    // What an earlier version's append left: the added article under a corpus file's id.
    const directory = path.join(workspace.indexDir, built.index.manifest.generation);
    const manifestFile = path.join(workspace.indexDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
      files: Record<string, { sha256: string; bytes: number }>;
    };
    const rename = (name: string, field: 'id' | 'docId'): void => {
      const items = JSON.parse(readFileSync(path.join(directory, name), 'utf8')) as Array<
        Record<string, unknown>
      >;
      for (const item of items) if (item[field] === 'ferry') item[field] = 'geneva-talks-2022';
      const text = JSON.stringify(items);
      writeFileSync(path.join(directory, name), text);
      manifest.files[name] = {
        sha256: createHash('sha256').update(text).digest('hex'),
        bytes: Buffer.byteLength(text),
      };
    };
    rename('documents.json', 'id');
    rename('passages.json', 'docId');
    writeFileSync(manifestFile, JSON.stringify(manifest));

    const result = await loadOrBuildIndex(request());
    expect(result.rebuilt).toBe(true);
    expect(result.reasons.join()).toMatch(/two documents have the id geneva-talks-2022/);
    expect(result.index.documents.map((document) => document.id)).toEqual(['geneva-talks-2022', 'ferry']);
  });

  it('shows a server its own articles and the shared ones, never another server’s, in both searches', async () => {
    articles = [ORCHARD, FERRY, SHARED];
    const { index } = await loadOrBuildIndex(request());
    const embedder = new HashingEmbedder();
    const docsFound = async (view: typeof index, query: string): Promise<Set<string>> => {
      const [vector] = await embedder.embedQueries([query]);
      const labels = [
        ...view.keywords.search(query, 50),
        ...view.vectors.search(vector as Float32Array, 50),
      ].map((hit) => hit.label);
      return new Set(labels.map((label) => view.passages[label]?.docId ?? '?'));
    };
    const query = 'Quarles orchard apple ferry Lindqvist library';
    const inA = restrictedIndex(index, visibleIn('guild-a'));
    expect(inA.documents.map((document) => document.id)).toEqual(['geneva-talks-2022', 'orchard', 'shared']);
    expect([...(await docsFound(inA, query))].sort()).toEqual(['geneva-talks-2022', 'orchard', 'shared']);
    const inB = restrictedIndex(index, visibleIn('guild-b'));
    expect([...(await docsFound(inB, query))].sort()).toEqual(['ferry', 'geneva-talks-2022', 'shared']);
    const inDm = restrictedIndex(index, visibleIn(null));
    expect((await docsFound(inDm, query)).has('orchard')).toBe(false);
    // Views never change the statistics answers are scored with.
    expect(inA.keywords.contentTermFrequencies()).toBe(index.keywords.contentTermFrequencies());
    expect(inA.vectors.search((await embedder.embedQueries(['apple']))[0] as Float32Array, 5)).toHaveLength(
      5,
    );
  });
});
