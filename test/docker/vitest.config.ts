import { defineConfig } from 'vitest/config';

// `npm run test:docker`: builds and runs the Docker image (see docker-image.test.ts). Kept apart
// from the main suite (whose config excludes test/docker/**): it needs a Docker engine and minutes.
export default defineConfig({
  // Out of node_modules, as in the main config (see there).
  cacheDir: new URL('../../.cache/vite', import.meta.url).pathname,
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/docker/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 10 * 60_000,
    hookTimeout: 25 * 60_000,
    reporters: ['verbose'],
  },
});
