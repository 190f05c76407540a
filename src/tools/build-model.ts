/**
 * Builds the project's offline default embedding model from the installed GloVe vectors.
 *
 *   node dist/tools/build-model.js [--source <wink json>] [--out <dir>] [--vocab-size 50000]
 *
 * Output is byte-for-byte reproducible; `test/model/reproducible.test.ts` compares it with the committed files.
 */
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildModel, DEFAULT_OUTPUT_DIRECTORY, locateInstalledSource } from './model-builder/build.js';
import { DEFAULT_RECIPE } from './model-builder/embedding-table.js';

const usage = 'Usage: node dist/tools/build-model.js [--source <wink json>] [--out <dir>] [--vocab-size <n>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      out: { type: 'string' },
      'vocab-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const vocabularySize = Number(values['vocab-size'] ?? DEFAULT_RECIPE.vocabularySize);
  if (!Number.isInteger(vocabularySize) || vocabularySize <= 0) {
    throw new Error(`--vocab-size must be a positive integer, got ${values['vocab-size']}`);
  }
  const source =
    values.source === undefined
      ? locateInstalledSource()
      : { path: resolve(values.source), name: basename(values.source) };
  const outputDirectory = values.out === undefined ? DEFAULT_OUTPUT_DIRECTORY : resolve(values.out);

  const started = performance.now();
  const report = await buildModel({
    sourcePath: source.path,
    sourceName: source.name,
    outputDirectory,
    recipe: { ...DEFAULT_RECIPE, vocabularySize },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Built ${outputDirectory} from ${source.name} in ${seconds}s: ${report.vocabularyWords} words ` +
      `(last source rank ${report.lastSourceRank}), common component after ${report.componentIterations} iterations\n`,
  );
  for (const file of report.files) {
    process.stdout.write(
      `  ${file.path.padEnd(28)} ${String(file.bytes).padStart(10)} B  sha256 ${file.sha256}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`build-model: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exitCode = 1;
});
