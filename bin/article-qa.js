#!/usr/bin/env node
// Thin launcher so `npx article-qa` works from a fresh clone: `npm ci` runs `prepare`, which compiles to dist/
// and bundles the command into dist/cli/ (src/tools/bundle-cli.ts says why). A bundle older than the compiled
// modules (`tsc` run again without `npm run build`) would run yesterday's code: the modules are run instead.
import { statSync } from 'node:fs';

const bundle = new URL('../dist/cli/cli.js', import.meta.url);
const modules = new URL('../dist/app/cli.js', import.meta.url);
const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = modified(bundle) >= modified(modules) ? bundle : modules;

import(entry.href).then((cli) => cli.main(process.argv)).catch((error) => {
  process.stderr.write(`article-qa: could not start (${error instanceof Error ? error.message : String(error)}). Run "npm run build" first.\n`);
  process.exit(1);
});
