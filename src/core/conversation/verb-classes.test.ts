import { describe, expect, it } from 'vitest';
import { AGENT_VERBS, EVENT_VERBS, isEventPhrasal, isVerbOf, SAYING_VERBS, THING_OBJECT_VERBS } from './verb-classes.js';

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

  it('recognise the phrasal verbs of events by verb and particle', () => {
    for (const [verb, particle] of [['go', 'on'], ['went', 'on'], ['dragged', 'on'], ['kicked', 'off'], ['broke', 'down'], ['fell', 'through']]) {
      expect(isEventPhrasal(verb ?? '', particle ?? ''), `${verb} ${particle}`).toBe(true);
    }
    expect(isEventPhrasal('go', 'to')).toBe(false);
    expect(isEventPhrasal('kick', 'on')).toBe(false);
  });
});
