#!/usr/bin/env node
// Thin launcher so `npx article-qa` works from a fresh clone: `npm ci` runs `prepare`, which compiles to dist/
// and bundles the command into dist/cli/ (src/tools/bundle-cli.ts says why).
import('../dist/cli/cli.js').then((cli) => cli.main(process.argv)).catch((error) => {
  process.stderr.write(`article-qa: could not start (${error instanceof Error ? error.message : String(error)}). Run "npm run build" first.\n`);
  process.exit(1);
});
