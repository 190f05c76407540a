import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IRREGULAR_VERBS } from './irregular-verbs.js';

describe('the vendored irregular-verb table', () => {
  it('is wink-lexicon 2.2.0 src/wn-verb-exceptions.js, entry for entry', () => {
    expect(IRREGULAR_VERBS.size).toBe(2223);
    // "form base" lines in code-point order, hashed: computed from the package before it was dropped.
    const lines = [...IRREGULAR_VERBS].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, base]) => `${form} ${base}`);
    expect(createHash('sha256').update(lines.join('\n')).digest('hex')).toBe(
      'e44bbf8a04a16d402223383e6b6140427e865204c81fe222a2ee89b8eece40dc',
    );
  });

  it('maps irregular forms to their base form, and nothing inherited', () => {
    expect(['began', 'held', 'went', 'ran', 'fled'].map((form) => IRREGULAR_VERBS.get(form))).toEqual([
      'begin',
      'hold',
      'go',
      'run',
      'flee',
    ]);
    expect(IRREGULAR_VERBS.get('constructor')).toBeUndefined();
  });
});
