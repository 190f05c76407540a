import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolders, thrown } from '../../test/support/scratch-folders.js';
import type { StoredArticle } from '../core/articles/article-store.js';
import { isUserError } from '../core/errors.js';
import { STATE_FILE } from '../adapters/discord/state/sqlite-state-store.js';
import { DeferredStateStore } from './deferred-state-store.js';

const ARTICLE: StoredArticle = {
  docId: 'harbour-reopens-3f9a1c',
  title: 'Harbour reopens',
  source: 'harbour.txt',
  format: 'text',
  text: 'The harbour reopened on Monday after three weeks of repairs.',
  hash: 'h1',
  guildId: null,
  addedBy: null,
  addedAt: new Date('2026-12-01T00:00:00Z'),
};

const scratch = scratchFolders('article-qa-deferred-');

describe('DeferredStateStore', () => {
  it('creates nothing until an article is stored, and reads a missing folder as empty', () => {
    const stateDir = path.join(scratch(), 'typo', 'state');
    const store = new DeferredStateStore(stateDir);
    expect(store.listArticles()).toEqual([]);
    expect(store.findArticle('x')).toBeUndefined();
    expect(store.removeArticle('x')).toBe(false);
    store.close();
    expect(existsSync(path.dirname(stateDir))).toBe(false);
  });

  it('removes the state file and the folders it made when the article was taken out again', () => {
    const root = scratch();
    const stateDir = path.join(root, 'typo', 'state');
    const store = new DeferredStateStore(stateDir);
    store.addArticle(ARTICLE);
    expect(existsSync(path.join(stateDir, STATE_FILE))).toBe(true);
    // ArticleLibrary's rollback when the index could not be updated.
    store.removeArticle(ARTICLE.docId);
    store.close();
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps a new state folder that holds an article, and says where it is', () => {
    const stateDir = path.join(scratch(), 'state');
    const told: string[] = [];
    const store = new DeferredStateStore(stateDir, (folder) => told.push(folder));
    store.addArticle(ARTICLE);
    store.close();
    expect(told).toEqual([stateDir]);
    const again = new DeferredStateStore(stateDir);
    expect(again.findArticle(ARTICLE.docId)?.title).toBe('Harbour reopens');
    again.removeArticle(ARTICLE.docId);
    again.close();
    // Not this run's file: an existing state file stays, empty or not.
    expect(existsSync(path.join(stateDir, STATE_FILE))).toBe(true);
  });
});

describe('DeferredStateStore with two commands at once', () => {
  it('keeps the first of two copies stored at the same time and refuses the second', () => {
    const stateDir = path.join(scratch(), 'state');
    // Two `add`s of one article: each passed the library's copy check before either stored it.
    const first = new DeferredStateStore(stateDir);
    const second = new DeferredStateStore(stateDir);
    first.addArticle(ARTICLE);
    const copy = { ...ARTICLE, docId: 'harbour-reopens-77aa01', text: `${ARTICLE.text}\n` };
    const refused = thrown(() => second.addArticle(copy));
    expect(isUserError(refused)).toBe(true);
    expect((refused as Error).message).toContain(`That article is already added, as ${ARTICLE.docId} ("Harbour reopens")`);
    // Another server's own article with that text is no copy of another server's.
    const elsewhere = { ...ARTICLE, docId: 'harbour-reopens-88bb02', guildId: '2' };
    const other = { ...ARTICLE, docId: 'harbour-reopens-99cc03', guildId: '3' };
    const third = new DeferredStateStore(path.join(scratch(), 'state'));
    third.addArticle(elsewhere);
    expect(() => third.addArticle(other)).not.toThrow();
    third.close();
    second.close();
    expect(first.listArticles().map((item) => item.docId)).toEqual([ARTICLE.docId]);
    first.close();
  });
});
