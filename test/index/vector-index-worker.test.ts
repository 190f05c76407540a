import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import { seededRandom } from '../../src/tools/bench/seeded-random.js';

// The worker script exists only compiled (the global setup builds dist/), so this test drives
// the compiled module: from TypeScript sources the builder falls back to this thread.
const compiled = (await import(
  new URL('../../dist/core/index/vector-index.js', import.meta.url).href
)) as typeof import('../../src/core/index/vector-index.js');
const { VectorIndex } = compiled;
const DEFAULT_HNSW = DEFAULT_CONFIG.hnsw;

function unitVectors(count: number, dimension: number, seed: number): Float32Array[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const vector = Float32Array.from({ length: dimension }, () => random() - 0.5);
    const length = Math.hypot(...vector);
    return vector.map((value) => value / length);
  });
}

describe('VectorIndex built on a worker thread', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'vector-worker-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives the same graph as building on this thread, and cleans up its scratch file', async () => {
    const vectors = unitVectors(600, 16, 3);
    const builder = VectorIndex.startBuild(16, vectors.length, DEFAULT_HNSW, {
      scratchFile: path.join(scratch, 'vectors.tmp'),
    });
    expect(builder.constructor.name).toBe('WorkerBuilder');
    for (let start = 0; start < vectors.length; start += 128) builder.add(vectors.slice(start, start + 128));
    const threaded = await builder.finish();
    // Without a scratch file the same builder works on this thread.
    const here = VectorIndex.startBuild(16, vectors.length, DEFAULT_HNSW);
    here.add(vectors);
    const local = await here.finish();
    expect(threaded.size).toBe(vectors.length);
    for (const query of unitVectors(20, 16, 9))
      expect(threaded.search(query, 10)).toEqual(local.search(query, 10));
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('stops the worker and removes the scratch file when aborted', async () => {
    const builder = VectorIndex.startBuild(16, 10, DEFAULT_HNSW, {
      scratchFile: path.join(scratch, 'aborted.tmp'),
    });
    builder.add(unitVectors(10, 16, 4));
    await builder.abort();
    expect(readdirSync(scratch)).toEqual([]);
  });
});
