import { defineConfig } from 'vitest/config';

// Model-backed tests need the default `forks` pool: a VM-isolated environment breaks
// onnxruntime's typed-array checks.
export default defineConfig({
  test: {
    pool: 'forks',
    globalSetup: ['test/support/build-once.ts'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/docker/**', 'test/training/**', 'node_modules/**', 'dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
