import { stat } from 'node:fs/promises';
import path from 'node:path';
import { articleHash, newArticleId } from './article-documents.js';
import type { ArticleStore, StoredArticle } from './article-store.js';
import type { ArticleFetcher, FetchPolicy } from './fetch-policy.js';
import { findSameText } from '../text/same-text.js';
import { hasBody } from '../corpus/load-corpus.js';
import { readRegularFile } from '../corpus/list-corpus.js';
import { parseDocument, titleFromFileName } from '../corpus/parse-document.js';
import type { CorpusDocument } from '../corpus/types.js';
import { UserError } from '../errors.js';
import { looksLikeHostWithoutScheme } from './written-address.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';
import { extractDocument } from '../ingest/extract-document.js';
import { ExtractionError, type SkipReason } from '../ingest/types.js';

/** Who adds an article: a Discord member in a server (answered there only), or the owner at the command line (everywhere). */
export interface ArticleOwner {
  guildId: string | null;
  addedBy: string | null;
}

/** What adding an article reports back. */
export interface AddedArticle {
  docId: string;
  title: string;
  source: string;
  passages: number;
}

/** One line of `list`: an article of the corpus folder or an added one. */
export interface ArticleListing {
  docId: string;
  title: string;
  source: string;
  passages: number;
  /** ISO time it was added; null for the configured corpus's files. */
  addedAt: string | null;
  /** The server it belongs to; null for the corpus and command-line additions (every server). */
  guildId: string | null;
}

/** Raised when an article cannot be added; `reason` is one of the skip reasons. */
export class ArticleRejectedError extends UserError {
  override readonly name = 'ArticleRejectedError';

  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(`article-${reason.replace(/\s+/g, '-')}`, message);
  }
}

/** Options of {@link ArticleLibrary}. */
export interface ArticleLibraryOptions {
  store: ArticleStore;
  /** Downloads with a policy (the safe HTTP fetcher). */
  fetch: ArticleFetcher;
  /** Brings the index up to date with the store (appending or rebuilding) and returns it. */
  updateIndex: () => Promise<RetrievalIndex>;
  /** Largest article accepted, in bytes. */
  maxBytes: number;
  fetchPolicy: Omit<FetchPolicy, 'maxBytes' | 'publicOnly' | 'trustedHosts'>;
  /**
   * The documents the index answers from now. A new article whose text is one of the corpus
   * folder's is refused: its passages would be found, and cited, twice.
   */
  currentDocuments: () => Promise<readonly CorpusDocument[]>;
}

/**
 * Adding, listing and removing articles: extraction as for corpus files, storage behind the
 * state's storage interface, and the index brought up to date after each change.
 */
export class ArticleLibrary {
  constructor(private readonly options: ArticleLibraryOptions) {}

  /** The largest article accepted, in bytes. */
  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /**
   * Downloads a web page (or PDF, text, Word file) and adds it, cited by its URL. `file` names
   * an upload (a Discord attachment): it is cited by its file name, not by the CDN's URL.
   */
  async addUrl(
    url: string,
    owner: ArticleOwner,
    access: Pick<FetchPolicy, 'publicOnly' | 'trustedHosts'>,
    file?: { name: string; contentType?: string },
  ): Promise<AddedArticle> {
    let fetched;
    try {
      fetched = await this.options.fetch(url, {
        ...this.options.fetchPolicy,
        maxBytes: this.options.maxBytes,
        ...access,
      });
    } catch (error) {
      // An upload is named by its file, not by the CDN address it was fetched from.
      if (file && error instanceof UserError && error.code === 'fetch-type') {
        throw new ArticleRejectedError(
          'unsupported type',
          `${file.name}: unsupported type (${file.contentType ?? 'that'} content is not an article; supported: text, Markdown, HTML, PDF, Word .docx).`,
        );
      }
      throw error;
    }
    const name = file?.name ?? safeDecode(new URL(fetched.url).pathname);
    const contentType =
      generic(fetched.contentType) && file?.contentType ? file.contentType : fetched.contentType;
    return this.addBytes(
      { bytes: fetched.bytes, name, contentType, source: file?.name ?? fetched.url },
      owner,
    );
  }

  /** Adds a local file (the command line). */
  async addFile(file: string, owner: ArticleOwner): Promise<AddedArticle> {
    // A folder opens like a file on Linux and was refused as "not a regular file", with no word
    // of what to do: an article is one file, and a folder of them is what a corpus is.
    const folder = `${file}: a folder; add its files one at a time, or answer from all of them with --corpus ${file}.`;
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new ArticleRejectedError('unreadable', folder);
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path.resolve(file), this.options.maxBytes);
    } catch (error) {
      if (error instanceof ExtractionError)
        throw new ArticleRejectedError(error.reason, `${file}: ${error.message}.`);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') throw new ArticleRejectedError('unreadable', folder);
      // "www.example.com/story" is looked for as a file (only a scheme makes an address): say how to fetch it.
      const hint = looksLikeHostWithoutScheme(file) ? ' (to fetch a web page, write its address with https://)' : '';
      const why = code === 'ENOENT' ? `no such file${hint}` : `cannot be read (${code ?? (error as Error).message})`;
      throw new ArticleRejectedError('unreadable', `${file}: ${why}.`);
    }
    return this.addBytes({ bytes, name: path.basename(file), source: path.basename(file) }, owner);
  }

  /** Extracts, stores and indexes an article's bytes; nothing is stored if it yields no passages. */
  async addBytes(
    input: { bytes: Uint8Array; name: string; contentType?: string; source: string },
    owner: ArticleOwner,
  ): Promise<AddedArticle> {
    if (input.bytes.length > this.options.maxBytes) {
      throw new ArticleRejectedError(
        'too large',
        `${input.source} is over the ${Math.round(this.options.maxBytes / 1024 / 1024)} MB limit.`,
      );
    }
    const article = await this.prepare(input, owner);
    const { store } = this.options;
    store.addArticle(article);
    let index: RetrievalIndex;
    try {
      index = await this.options.updateIndex();
    } catch (error) {
      // Keep the store and the index in step: an article that could not be indexed is not kept.
      store.removeArticle(article.docId);
      throw error;
    }
    const passages = index.passages.filter((passage) => passage.docId === article.docId).length;
    return { docId: article.docId, title: article.title, source: article.source, passages };
  }

  private async prepare(
    input: { bytes: Uint8Array; name: string; contentType?: string; source: string },
    owner: ArticleOwner,
  ): Promise<StoredArticle> {
    const result = await extractDocument({
      bytes: input.bytes,
      name: input.name,
      ...(input.contentType ? { contentType: input.contentType } : {}),
    });
    if (!result.ok)
      throw new ArticleRejectedError(result.reason, `${input.source}: ${result.reason} (${result.detail}).`);
    const { text, metadataTitle, format } = result.extracted;
    const parsed: CorpusDocument = parseDocument({
      id: 'new',
      path: input.name,
      source: input.source,
      text,
      fallbackTitle: titleFromFileName(input.name) || input.source,
      ...(metadataTitle ? { metadataTitle } : {}),
    });
    if (!hasBody(parsed))
      throw new ArticleRejectedError('empty', `${input.source}: empty (only a title, no body text).`);
    const fields = { title: parsed.title, source: input.source, text, guildId: owner.guildId };
    await this.refuseCopy(text, owner);
    return {
      ...fields,
      docId: newArticleId(parsed.title),
      format,
      hash: articleHash(fields),
      addedBy: owner.addedBy,
      addedAt: new Date(),
    };
  }

  /**
   * Refuses an article whose text (spacing and line breaks aside, see same-text.ts) is already
   * answered where it would be: an added article its owner can see (a server's own and the
   * shared ones; every one, for the command line's, which every server sees), or a corpus file.
   * Whatever address, file name or title it comes with this time, its passages would appear twice.
   */
  private async refuseCopy(text: string, owner: ArticleOwner): Promise<void> {
    const added = findSameText(
      text,
      this.options.store
        .listArticles()
        .filter((article) => owner.guildId === null || article.guildId === null || article.guildId === owner.guildId),
    );
    if (added) {
      // The command line's copy would be answered everywhere; a server's own is answered there only.
      const elsewhere =
        owner.guildId === null && added.guildId !== null
          ? `, for one server only; remove it (article-qa remove ${added.docId}) to add it for every server`
          : '';
      throw new UserError('article-duplicate', `That article is already added, as ${added.docId} ("${added.title}")${elsewhere}.`);
    }
    const corpus = (await this.options.currentDocuments()).filter((document) => !document.added);
    const file = findSameText(text, corpus);
    if (file) {
      throw new UserError(
        'article-duplicate',
        `That article is already in the corpus, as ${file.id} ("${file.title}", ${file.path}); added again, its passages would be found and cited twice.`,
      );
    }
  }

  /**
   * Removes an added article and takes its passages out of the index. With `guildId`, only that
   * server's own articles can be removed.
   */
  async remove(docId: string, scope: { guildId?: string } = {}): Promise<StoredArticle> {
    const article = this.options.store.findArticle(docId);
    if (!article || (scope.guildId !== undefined && article.guildId !== scope.guildId)) {
      throw new UserError(
        'article-unknown',
        `There is no added article ${docId}${scope.guildId !== undefined ? ' in this server' : ''}: only articles added with ${scope.guildId !== undefined ? '/article add' : 'article-qa add'} can be removed (a corpus file leaves the index when it is deleted from the corpus folder). List them with ${scope.guildId !== undefined ? '/article list' : 'article-qa list'}.`,
      );
    }
    this.options.store.removeArticle(docId);
    await this.options.updateIndex();
    return article;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A content type that says nothing (the name or another source decides). */
const generic = (contentType: string): boolean =>
  /^(application\/octet-stream|binary\/octet-stream)?\s*(;|$)/i.test(contentType.trim());

/** Every article an index answers from, with its passage count: the corpus's files first, then added ones. */
export function listArticles(
  index: RetrievalIndex,
  visible: (document: CorpusDocument) => boolean = () => true,
): ArticleListing[] {
  const counts = new Map<string, number>();
  for (const passage of index.passages) counts.set(passage.docId, (counts.get(passage.docId) ?? 0) + 1);
  return index.documents.filter(visible).map((document) => ({
    docId: document.id,
    title: document.title,
    source: document.source,
    passages: counts.get(document.id) ?? 0,
    addedAt: document.added?.at ?? null,
    guildId: document.added?.guildId ?? null,
  }));
}

/** Whether a server (or a DM, `null`) may see a document: the corpus and shared additions everywhere, a server's own additions there only. */
export function visibleIn(guildId: string | null): (document: CorpusDocument) => boolean {
  return (document) =>
    !document.added || document.added.guildId === null || document.added.guildId === guildId;
}
