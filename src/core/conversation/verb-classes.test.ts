import { describe, expect, it } from 'vitest';
import { AGENT_VERBS, EVENT_VERBS, isVerbOf, SAYING_VERBS, THING_OBJECT_VERBS } from './verb-classes.js';

describe('verb classes', () => {
  it('recognise a verb in its regular and irregular forms', () => {
    for (const form of ['last', 'lasts', 'lasted', 'took', 'began', 'begun', 'works']) expect(isVerbOf(EVENT_VERBS, form), form).toBe(true);
    for (const form of ['say', 'says', 'said', 'thought', 'denies', 'denied']) expect(isVerbOf(AGENT_VERBS, form), form).toBe(true);
    for (const form of ['accept', 'accepted', 'discusses', 'signed']) expect(isVerbOf(THING_OBJECT_VERBS, form), form).toBe(true);
    expect(isVerbOf(SAYING_VERBS, 'said')).toBe(true);
  });

  it('leave other words out', () => {
    for (const word of ['meet', 'border', 'troops', '', 'nato']) {
      expect(isVerbOf(EVENT_VERBS, word), word).toBe(false);
      expect(isVerbOf(THING_OBJECT_VERBS, word), word).toBe(false);
    }
  });
});
