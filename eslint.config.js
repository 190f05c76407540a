// Flat config: typescript-eslint's recommended rules, a ban on console in the core, and the layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * An import that leaves a file's layer for the named top-level folders of src/. Imports are
 * relative, so the folder is matched as a path segment: core has no sub-folder named app,
 * adapters or config, and adapters none named app.
 */
const leavingFor = (folders, message) => ({
  regex: `(^|/)(${folders.join('|')})/`,
  message,
});

/** Layers point one way: app → adapters → core (and config, logging); never back. */
const layerRule = (folders, message) => ({
  'no-restricted-imports': ['error', { patterns: [leavingFor(folders, message)] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'embeddings/**', 'coverage/**', 'bench-results/**', '.tmp/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-console': 'error',
      ...layerRule(
        ['app', 'adapters', 'config', 'tools'],
        'The core is plain TypeScript: it must not import app/, adapters/, config/ or tools/. Take what it needs as a parameter or an interface defined in core.',
      ),
    },
  },
  {
    files: ['src/logging/**/*.ts'],
    rules: layerRule(['app', 'adapters', 'config', 'tools'], 'logging/ is shared by every layer: it must not import app/, adapters/, config/ or tools/.'),
  },
  {
    files: ['src/config/**/*.ts'],
    rules: layerRule(['app', 'adapters', 'tools'], 'config/ is read by the composition roots: it must not import app/, adapters/ or tools/.'),
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layerRule(
      ['app', 'config', 'tools'],
      'Adapters receive what they need from the composition roots in src/app through narrow interfaces: they must not import app/, config/ or tools/.',
    ),
  },
);
