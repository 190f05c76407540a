import { describe, expect, it } from 'vitest';
import { questionType } from './question-type.js';

describe('questionType', () => {
  it('reads the usual question words', () => {
    expect(questionType('Who led the Russian delegation?')).toBe('who');
    expect(questionType('when did the talks start')).toBe('when');
    expect(questionType('how many troops has russia gathered')).toBe('quantity');
    expect(questionType('where were the talks')).toBe('where');
    expect(questionType('why does russia want guarantees')).toBe('why');
    expect(questionType('is the us still talking with russia')).toBe('yes-no');
    expect(questionType('what did washington threaten')).toBe('other');
  });
});
