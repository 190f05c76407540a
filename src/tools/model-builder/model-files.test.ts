import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, pipeline } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEmbeddingTable } from './embedding-table.js';
import { MODEL_ID } from './model-metadata.js';
import { createModelFiles, QUANTISED_MODEL_PATH, writeFilesAtomically } from './model-files.js';
import { dequantiseRow } from './quantisation.js';
import { parseWinkEmbeddings } from './source-embeddings.js';

const source = parseWinkEmbeddings(
  JSON.stringify({
    dimensions: 3,
    words: ['the', 'cat', 'dog'],
    vectors: { the: [1, 0, 0, 9, 0], cat: [0, 1, 0, 9, 1], dog: [0, 0, 1, 9, 2] },
  }),
);
const recipe = { vocabularySize: 3, sifSmoothing: 1e-3, zipfOffset: 2.7 };
const table = buildEmbeddingTable(source, recipe);
const files = createModelFiles(table, recipe, { name: 'toy', sha256: '0'.repeat(64), wordCount: 3 });

describe('createModelFiles', () => {
  let root = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'model-files-'));
    await writeFilesAtomically(join(root, ...MODEL_ID.split('/')), files);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes exactly the expected files and no temporary leftovers', async () => {
    const directory = join(root, ...MODEL_ID.split('/'));
    const listing = await readdir(directory, { recursive: true });
    expect(listing.sort()).toEqual(
      [
        'README.md',
        'config.json',
        'onnx',
        QUANTISED_MODEL_PATH,
        'tokenizer.json',
        'tokenizer_config.json',
      ].sort(),
    );
    const config = JSON.parse(await readFile(join(directory, 'config.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(config['model_type']).toBe('bert');
    expect(config['hidden_size']).toBe(3);
  });

  it('loads offline in transformers.js and sums the rows of known words', async () => {
    env.allowRemoteModels = false;
    env.localModelPath = `${root}/`;
    const extractor = await pipeline('feature-extraction', MODEL_ID, { quantized: true });
    const output = await extractor(['Cat DOG cat', 'the', 'unknown words only', ''], { pooling: 'none' });
    expect(output.dims).toEqual([4, 3]);
    const row = (index: number) => Array.from(output.data.slice(index * 3, index * 3 + 3) as Float32Array);
    const [catDog, the, unknown, empty] = [row(0), row(1), row(2), row(3)];
    // Token ids: 5 'the', 6 'cat', 7 'dog'; the graph must return the plain sum of dequantised rows.
    const cat = dequantiseRow(table.quantised, 6);
    const dog = dequantiseRow(table.quantised, 7);
    catDog.forEach((value, column) =>
      expect(value).toBeCloseTo(2 * (cat[column] ?? 0) + (dog[column] ?? 0), 6),
    );
    the.forEach((value, column) =>
      expect(value).toBeCloseTo(dequantiseRow(table.quantised, 5)[column] ?? 0, 6),
    );
    expect(unknown).toEqual([0, 0, 0]);
    expect(empty).toEqual([0, 0, 0]);
  });
});
