import { defineConfig } from 'vitest/config';

// `npm run bench` runs these measurements (not part of `npm test`): they need the Discord
// emulator and the test harness, which live under test/, and report figures instead of asserting them.
export default defineConfig({
  // Out of node_modules, as in the main config (see there).
  cacheDir: new URL('../../.cache/vite', import.meta.url).pathname,
  test: {
    pool: 'forks',
    include: ['test/bench/**/*.measure.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
