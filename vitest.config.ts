import { defineConfig } from 'vitest/config';

// Model-backed tests need the default `forks` pool: a VM-isolated environment breaks
// onnxruntime's typed-array checks.
export default defineConfig({
  // Vite's cache stays out of node_modules (so do bundled configs: the scripts pass
  // --configLoader runner). A new folder there makes npm's record of the installed tree
  // (node_modules/.package-lock.json) look stale, and every `npx article-qa` then rereads the
  // whole tree first, about 0.2 s more.
  cacheDir: new URL('.cache/vite', import.meta.url).pathname,
  test: {
    pool: 'forks',
    globalSetup: ['test/support/build-once.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/docker/**', 'test/training/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
