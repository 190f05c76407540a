import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { ArticleStore, ArticleVersion, StoredArticle } from '../core/articles/article-store.js';
import { STATE_FILE, type SqliteStateStore } from '../adapters/discord/state/sqlite-state-store.js';
import { openStateStore } from './create-engine.js';
import { unusableStateStoreError } from './directory-errors.js';
import { checkStateFolder, STATE_FOLDER_FILES } from './state-folder.js';

/**
 * The store of added articles for `add` and `remove`: an existing state file is opened at once,
 * but a new one is created only when an article is actually stored, so a command that fails
 * first (a missing file, a refused download, another folder's index) leaves no stray folder or
 * empty state file behind. One this run created and left without articles (the index update
 * failed, and the article was taken out again) is removed on close, with the folders it made.
 */
export class DeferredStateStore implements ArticleStore {
  private store: SqliteStateStore | undefined;
  /** Set when this run created the state file: the first folder it made for it, if any. */
  private created: { folder: string | undefined } | undefined;

  constructor(
    private readonly stateDir: string,
    /** Told on close when this run created the state folder and kept it, so a mistyped one is noticed. */
    private readonly onNewFolder: (stateDir: string) => void = () => undefined,
  ) {
    checkStateFolder(stateDir);
    this.store = openStateStore(stateDir, { existing: true });
  }

  private writable(): SqliteStateStore {
    if (this.store) return this.store;
    const directory = path.resolve(this.stateDir);
    let folder: string | undefined;
    try {
      folder = mkdirSync(directory, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw unusableStateStoreError(error, directory, path.join(directory, STATE_FILE)) ?? error;
    }
    const existed = openStateStore(directory, { existing: true });
    if (existed) return (this.store = existed);
    this.created = { folder };
    try {
      this.store = openStateStore(directory);
    } catch (error) {
      // A full disk, say: the empty file SQLite could not finish is no state file to leave behind.
      this.removeCreated();
      throw error;
    }
    return this.store;
  }

  /** Stores an article; the state file refuses one whose text was added meanwhile (see article-table.ts). */
  addArticle(article: StoredArticle): void {
    this.writable().addArticle(article);
  }

  articleVersions(): ArticleVersion[] {
    return this.store?.articleVersions() ?? [];
  }

  listArticles(): StoredArticle[] {
    return this.store?.listArticles() ?? [];
  }

  findArticle(docId: string): StoredArticle | undefined {
    return this.store?.findArticle(docId);
  }

  removeArticle(docId: string): boolean {
    return this.store?.removeArticle(docId) ?? false;
  }

  /** Closes the store; a state file this run created and left empty goes, with the folders it made. */
  close(): void {
    const empty = this.store !== undefined && this.store.articleVersions().length === 0;
    this.store?.close();
    this.store = undefined;
    if (!this.created) return;
    if (empty) {
      this.removeCreated();
      return;
    }
    if (this.created.folder !== undefined) this.onNewFolder(path.resolve(this.stateDir));
    this.created = undefined;
  }

  /** Removes the state file this run created, and the folders it made for it. */
  private removeCreated(): void {
    const created = this.created;
    this.created = undefined;
    if (!created) return;
    const directory = path.resolve(this.stateDir);
    for (const name of STATE_FOLDER_FILES) rmSync(path.join(directory, name), { force: true });
    const { folder } = created;
    if (folder === undefined) return;
    // From the state folder up to the first one this run made; rmdir refuses one that is not empty.
    for (let current = directory; ; current = path.dirname(current)) {
      try {
        rmdirSync(current);
      } catch {
        return;
      }
      if (current === folder) return;
    }
  }
}
