/**
 * Writes `src/core/text/name-words.ts` from the installed compromise package's lexicon.
 *
 *   node dist/tools/build-name-words.js [--out <file>]
 *
 * Output is byte-for-byte reproducible; `src/tools/name-words-builder.test.ts` compares it with the committed file.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { nameWordsModule, type TaggedLexicon } from './name-words-builder.js';

/** Where the module is committed, from dist/tools or src/tools alike. */
const DEFAULT_OUTPUT = fileURLToPath(new URL('../../src/core/text/name-words.ts', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  const lexicon = (nlp.model() as { one: { lexicon: TaggedLexicon } }).one.lexicon;
  const text = nameWordsModule(lexicon, nlp.version);
  const output = values.out === undefined ? DEFAULT_OUTPUT : resolve(values.out);
  await writeFile(output, text);
  process.stdout.write(`Wrote ${output} (${text.length} characters) from compromise ${nlp.version}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
