import { describe, expect, it } from 'vitest';
import { capitalsMarkNames, isShouted } from './ordinary-case.js';

describe('capitalsMarkNames', () => {
  it('reads capitals as names in a question written in ordinary case', () => {
    expect(capitalsMarkNames('did Blinken attend the talks in Geneva?')).toBe(true);
    expect(capitalsMarkNames('Who led the US delegation?')).toBe(true);
    expect(capitalsMarkNames('what did macron say')).toBe(true);
  });

  it('does not in a question in capitals throughout, nor in Title Case', () => {
    expect(capitalsMarkNames('WHAT DID CHINA SAY')).toBe(false);
    expect(capitalsMarkNames('What Happend In Geneva?')).toBe(false);
    expect(capitalsMarkNames('What Is The Capital Of Australia')).toBe(false);
  });

  it('reads a question as ordinary case when a content word after the first is in lower case', () => {
    // Three capitals of five words, but "won" would be capitalised in Title Case.
    expect(capitalsMarkNames('Who won the 2022 World Cup?')).toBe(true);
    expect(capitalsMarkNames('Who Won The World Cup?')).toBe(false);
    expect(capitalsMarkNames('What did Wendy Sherman say')).toBe(true);
  });

  it('keeps a short question with one capital in ordinary case', () => {
    expect(capitalsMarkNames('Stoltenberg?')).toBe(true);
    expect(capitalsMarkNames('who is Stoltenberg')).toBe(true);
  });
});

describe('isShouted', () => {
  it('holds a question in capitals throughout, or nearly', () => {
    expect(isShouted('WHO LED THE US DELEGATION')).toBe(true);
    expect(isShouted('WHO ARE THE 2ND AND 3RD ROUNDS WITH?')).toBe(true);
    expect(isShouted('WHAT DID NATO SAY about it')).toBe(true);
  });

  it('does not hold ordinary case, Title Case, acronyms among words, or one word', () => {
    expect(isShouted('Who led the US delegation?')).toBe(false);
    expect(isShouted('How did Barry White die?')).toBe(false);
    expect(isShouted('what did NATO and the OSCE say')).toBe(false);
    expect(isShouted('NATO?')).toBe(false);
  });
});

