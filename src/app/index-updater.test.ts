import { describe, expect, it } from 'vitest';
import type { ArticleStore, ArticleVersion } from '../core/articles/article-store.js';
import type { QaEngine } from '../core/engine.js';
import type { IndexResult } from '../core/index/build-index.js';
import type { RetrievalIndex } from '../core/index/retrieval-index.js';
import { createSilentLogger } from '../logging/logger.js';
import { IndexUpdater } from './index-updater.js';

/** An index stand-in: only what the updater reads (the generation and the indexed articles). */
const indexOf = (generation: string, articles: ArticleVersion[]): RetrievalIndex =>
  ({ manifest: { generation, articles } }) as unknown as RetrievalIndex;

function engineStandIn(index: RetrievalIndex): QaEngine & { swaps: number } {
  const engine = {
    index,
    swaps: 0,
    replaceIndex(next: RetrievalIndex) {
      engine.index = next;
      engine.swaps += 1;
    },
  };
  return engine as unknown as QaEngine & { swaps: number };
}

describe('IndexUpdater', () => {
  it('runs one update at a time, in order, and swaps only a new generation', async () => {
    const engine = engineStandIn(indexOf('g1', []));
    const order: string[] = [];
    let generation = 1;
    const updater = new IndexUpdater(
      engine,
      async () => {
        order.push(`start ${generation}`);
        await Promise.resolve();
        order.push(`end ${generation}`);
        generation += 1;
        return { index: indexOf(`g${generation}`, []) } as IndexResult;
      },
      createSilentLogger(),
    );
    const [first, second] = await Promise.all([updater.update(), updater.update()]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    expect([first.swapped, second.swapped]).toEqual([true, true]);
    expect(engine.index.manifest.generation).toBe('g3');
  });

  it('updates when another process changed the stored articles', async () => {
    const engine = engineStandIn(indexOf('g1', [{ docId: 'a', hash: '1' }]));
    let stored: ArticleVersion[] = [{ docId: 'a', hash: '1' }];
    const store = { articleVersions: () => stored } as unknown as ArticleStore;
    let loaded: () => void = () => undefined;
    const wasLoaded = new Promise<void>((resolve) => (loaded = resolve));
    const updater = new IndexUpdater(
      engine,
      async () => {
        loaded();
        return { index: indexOf('g2', stored) } as IndexResult;
      },
      createSilentLogger(),
    );
    updater.watchArticles(store, 5);
    stored = [
      { docId: 'a', hash: '1' },
      { docId: 'b', hash: '2' },
    ];
    await wasLoaded;
    await updater.close();
    expect(engine.index.manifest.generation).toBe('g2');
  });
});
