import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../core/engine-options.js';
import { PROJECT_ROOT } from './load-config.js';
import { DEFAULT_CONFIG } from './schema.js';

/** Every leaf of a JSON object, as [dotted path, value]. */
function leaves(value: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const at = (object: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], object);

describe('defaults are defined once', () => {
  it('config/default.json says nothing the schema does not already default to', () => {
    const file = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'config', 'default.json'), 'utf8')) as unknown;
    const entries = leaves(file);
    expect(entries.length).toBeGreaterThan(10);
    for (const [setting, value] of entries) expect(at(DEFAULT_CONFIG, setting), setting).toEqual(value);
  });

  it("the schema's defaults for the engine are the core's own", () => {
    expect(DEFAULT_CONFIG.limits.questionMaxChars).toBe(DEFAULT_ENGINE_OPTIONS.maxQuestionChars);
    expect(DEFAULT_CONFIG.retrieval).toEqual({ k: DEFAULT_ENGINE_OPTIONS.k, ...DEFAULT_ENGINE_OPTIONS.fusion });
    expect(DEFAULT_CONFIG.answer).toEqual(DEFAULT_ENGINE_OPTIONS.answer);
  });
});
