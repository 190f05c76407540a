import { defineConfig } from 'vitest/config';

// `npm run test:training`: retrains the answer model from the shared training data and checks the
// committed file byte for byte. Kept apart from the main suite (whose config excludes
// test/training/**): it needs ../shared/eval and several minutes.
export default defineConfig({
  // Out of node_modules, as in the main config (see there).
  cacheDir: new URL('../../.cache/vite', import.meta.url).pathname,
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/training/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60 * 60_000,
    reporters: ['verbose'],
  },
});
