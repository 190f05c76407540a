import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EmbeddingTable, ModelRecipe } from './embedding-table.js';
import {
  createModelCard,
  createModelConfigJson,
  BUILDER_VERSION,
  type SourceDescription,
} from './model-metadata.js';
import { encodeEmbeddingBagModel } from './onnx-graph.js';
import { createTokenizerConfigJson, createTokenizerJson } from './tokenizer-files.js';

/** One output file, with its path relative to the model directory (always "/"-separated). */
export interface ModelFile {
  readonly path: string;
  readonly contents: Uint8Array;
}

/** Relative path transformers.js loads for `quantized: true`. */
export const QUANTISED_MODEL_PATH = 'onnx/model_quantized.onnx';

/** Every file of the model directory, in a fixed order. Only the int8 graph is produced, never an fp32 one. */
export function createModelFiles(
  table: EmbeddingTable,
  recipe: ModelRecipe,
  source: SourceDescription,
): ModelFile[] {
  const text = (path: string, contents: string): ModelFile => ({
    path,
    contents: Buffer.from(contents, 'utf8'),
  });
  const graph = encodeEmbeddingBagModel(table.quantised, {
    producerName: 'article-qa model-builder',
    producerVersion: BUILDER_VERSION,
    documentation:
      `SIF-weighted GloVe 6B 100d embedding bag over ${table.words.length} words; ` +
      'last_hidden_state is the pooled, unnormalised sentence embedding.',
  });
  return [
    text('README.md', createModelCard(table, recipe, source)),
    text('config.json', createModelConfigJson(table, recipe, source)),
    { path: QUANTISED_MODEL_PATH, contents: graph },
    text('tokenizer.json', createTokenizerJson(table.words)),
    text('tokenizer_config.json', createTokenizerConfigJson()),
  ];
}

/** Hex sha256 of some bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes each file under `directory` via a temporary sibling and a rename, so a reader (or an interrupted
 * build) never sees a half-written model file.
 */
export async function writeFilesAtomically(directory: string, files: readonly ModelFile[]): Promise<void> {
  for (const file of files) {
    const target = join(directory, ...file.path.split('/'));
    const temporary = `${target}.${process.pid}.tmp`;
    await mkdir(dirname(target), { recursive: true });
    try {
      await writeFile(temporary, file.contents);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
