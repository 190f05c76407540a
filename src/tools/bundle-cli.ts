/**
 * Bundles the command line's compiled modules (`dist/app/cli.js` and what it imports from
 * `dist/`) into `dist/cli/`, the files `bin/article-qa.js` runs. Part of `npm run build`.
 *
 * Why: a cold `article-qa ask` spent about 300 ms of its 750 ms importing ES modules, one file
 * at a time: about 200 of ours, and zod's 95, of which 90 are the locales of its error messages,
 * which zod's every entry point re-exports and the project never reads. Bundled, the command's
 * code is one file to resolve and compile (about 150 ms), and the bundler drops what nothing
 * uses, zod's locales included. Modules the command imports only when needed (the HTML and PDF
 * readers, the chat loop, transformers.js's tokenizer) stay chunks of their own, loaded when
 * needed as before.
 *
 * Only zod and commander are taken into the bundle. The other packages stay imports: some load
 * native code next to their own files (onnxruntime, hnswlib, better-sqlite3), others read files
 * beside themselves, and bundling those buys little. The bot, the tools and the tests use the
 * unbundled `dist/` (and vitest `src/`), so a module's behaviour does not depend on the bundle;
 * the CLI tests run `bin/article-qa.js`, so they test the bundle itself.
 */
import path from 'node:path';
import { build } from 'rolldown';
import { PROJECT_ROOT } from '../config/load-config.js';

/** Packages copied into the bundle: pure JavaScript, many modules, read at every start. */
const BUNDLED_PACKAGES = /^(zod|commander)(\/|$)/;

/** Where the bundle goes, relative to the project root; `bin/article-qa.js` imports `cli.js` from it. */
export const CLI_BUNDLE_FOLDER = path.join('dist', 'cli');

/**
 * Writes the bundle. Its entries keep their names: `cli.js`, and `vector-index-worker.js`,
 * which the index builder starts as a worker thread by a path beside its own module
 * (vector-index-builder.ts), a path the bundler cannot follow.
 */
export async function bundleCli(root: string = PROJECT_ROOT): Promise<void> {
  const compiled = path.join(root, 'dist');
  await build({
    input: {
      cli: path.join(compiled, 'app', 'cli.js'),
      'vector-index-worker': path.join(compiled, 'core', 'index', 'vector-index-worker.js'),
    },
    platform: 'node',
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !BUNDLED_PACKAGES.test(id),
    logLevel: 'warn',
    output: {
      dir: path.join(root, CLI_BUNDLE_FOLDER),
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      cleanDir: true,
    },
  });
}

await bundleCli();
