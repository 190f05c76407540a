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
