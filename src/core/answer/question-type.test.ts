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

  it('reads an amount asked for by its noun as how many', () => {
    expect(questionType('What figure does the piece give for Russian troops?')).toBe('quantity');
    expect(questionType('What is the number of missing persons?')).toBe('quantity');
    expect(questionType("what's the total number of dams damaged")).toBe('quantity');
    expect(questionType('What was the count of Apulia?')).toBe('other');
  });

  it('goes by the first question word, not a clause after it', () => {
    expect(questionType('where was the dad when it happened')).toBe('where');
    expect(questionType('what happened to the agents who arrested him')).toBe('other');
    expect(questionType('Which club was Muamba playing for when he collapsed?')).toBe('other');
    expect(questionType('who was president when the war began')).toBe('who');
    expect(questionType('how many troops were there when it began')).toBe('quantity');
    expect(questionType('did they say when it would end')).toBe('yes-no');
  });

  it('reads a question after a leading clause', () => {
    expect(questionType("When Beyonce was with Destiny's Child, how many albums did she sell?")).toBe('quantity');
    expect(questionType('After the talks ended, who spoke first?')).toBe('who');
    expect(questionType('what about nato, who runs that')).toBe('who');
    expect(questionType('In what year did the Normans conquer England?')).toBe('when');
  });
});
