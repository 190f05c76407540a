import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HashingEmbedder } from '../../../test/support/hashing-embedder.js';
import { BUNDLED_ARTICLE, temporaryWorkspace } from '../../../test/support/temporary-corpus.js';
import { DEFAULT_CHUNKING } from '../corpus/chunk-passages.js';
import { UserError } from '../errors.js';
import { loadOrBuildIndex } from '../index/build-index.js';
import { createSilentLogger } from '../../logging/logger.js';
import { addedDocuments } from './article-documents.js';
import { ArticleLibrary, type ArticleOwner } from './article-library.js';
import type { ArticleStore, ArticleVersion, StoredArticle } from './article-store.js';

/** The store interface over an array: what the SQLite store does, without a file. */
class MemoryArticleStore implements ArticleStore {
  readonly articles: StoredArticle[] = [];
  addArticle(article: StoredArticle): void {
    this.articles.push(article);
  }
  articleVersions(): ArticleVersion[] {
    return this.articles.map(({ docId, hash }) => ({ docId, hash }));
  }
  listArticles(): StoredArticle[] {
    return [...this.articles];
  }
  findArticle(docId: string): StoredArticle | undefined {
    return this.articles.find((article) => article.docId === docId);
  }
  removeArticle(docId: string): boolean {
    const at = this.articles.findIndex((article) => article.docId === docId);
    if (at >= 0) this.articles.splice(at, 1);
    return at >= 0;
  }
}

const CLI: ArticleOwner = { guildId: null, addedBy: null };
const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
const BUNDLED = readFileSync(BUNDLED_ARTICLE, 'utf8');

describe('ArticleLibrary refusing copies', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let store: MemoryArticleStore;
  let library: ArticleLibrary;
  const index = () =>
    loadOrBuildIndex({
      corpusPath: workspace.corpusDir,
      indexDir: workspace.indexDir,
      embedder: new HashingEmbedder(),
      chunking: DEFAULT_CHUNKING,
      hnsw: { m: 16, efConstruction: 128, efSearch: 300, randomSeed: 100 },
      logger: createSilentLogger(),
      addedDocuments: addedDocuments(store),
    });
  const refusal = async (adding: Promise<unknown>): Promise<string> => {
    const error = await adding.then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('article-duplicate');
    return (error as Error).message;
  };

  beforeEach(() => {
    workspace = temporaryWorkspace();
    store = new MemoryArticleStore();
    library = new ArticleLibrary({
      store,
      fetch: () => Promise.reject(new Error('no downloads in this test')),
      maxBytes: 10_000_000,
      fetchPolicy: { timeoutMs: 1000, maxRedirects: 0 },
      currentDocuments: async () => (await index()).index.documents,
      updateIndex: async () => (await index()).index,
    });
  });
  afterEach(() => workspace.cleanup());

  it.each([
    ['as it is, under another name', BUNDLED],
    [
      're-wrapped on one line, with Windows line endings and extra spaces',
      `  ${BUNDLED.replace(/\n+/g, ' \r\n ')}  `,
    ],
  ])('refuses the bundled article added again %s, naming the corpus file', async (_how, text) => {
    const message = await refusal(
      library.addBytes({ bytes: bytes(text), name: 'copy.txt', source: 'copy.txt' }, CLI),
    );
    expect(message).toBe(
      'That article is already in the corpus, as geneva-talks-2022 ("U.S.-Russia Meets Ukraine Tensions in Geneva", geneva-talks-2022.txt); added again, its passages would be found and cited twice.',
    );
    expect(store.articles).toEqual([]);
  });

  it("accepts a copy with a sentence changed: a corrected version is the admin's to judge", async () => {
    const corrected = BUNDLED.replace('about 100,000 troops', 'about 120,000 troops');
    expect(corrected).not.toBe(BUNDLED);
    const added = await library.addBytes(
      { bytes: bytes(corrected), name: 'corrected.txt', source: 'corrected.txt' },
      CLI,
    );
    expect(added.passages).toBeGreaterThan(0);
  });

  it('refuses an added article again under another title and source, where its owner would see both', async () => {
    // One line of text: the title comes from the file name, so each copy has its own.
    const story =
      'The night ferry from Vesby to Ormholm will stop in November, and Captain Teodor Lindqvist will sail the last crossing.';
    const first = await library.addBytes(
      { bytes: bytes(story), name: 'ferry.txt', source: 'ferry.txt' },
      { guildId: 'guild-a', addedBy: 'u1' },
    );
    expect(
      await refusal(
        library.addBytes(
          {
            bytes: bytes(`${story}\n`),
            name: 'last-crossing.txt',
            source: 'https://example.com/last-crossing.txt',
          },
          { guildId: 'guild-a', addedBy: 'u2' },
        ),
      ),
    ).toBe(`That article is already added, as ${first.docId} ("ferry").`);
    // Another server cannot see guild-a's copy: it may add its own.
    await library.addBytes(
      { bytes: bytes(story), name: 'ferry.txt', source: 'ferry.txt' },
      { guildId: 'guild-b', addedBy: 'u3' },
    );
    // The command line's copy would be answered in every server, guild-a's too.
    expect(
      await refusal(library.addBytes({ bytes: bytes(story), name: 'news.txt', source: 'news.txt' }, CLI)),
    ).toBe(
      `That article is already added, as ${first.docId} ("ferry"), for one server only; remove it (article-qa remove ${first.docId}) to add it for every server.`,
    );
    expect(store.articles.map((article) => article.guildId)).toEqual(['guild-a', 'guild-b']);
  });
});
