import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;

describe('"it" and "them" as the thing the exchange was about, not a name beside it', () => {
  const proposal = conversation([
    { question: 'when did norway send its proposal to the eu', answer: ["Norway's fishing proposal was sent to the EU in March."] },
  ]);

  it('keeps "its proposal" as something to refer to, with its owner written out', () => {
    expect(resolved('what was in it', proposal)).toBe("what was in Norway's proposal");
    expect(resolved('how many pages were in it', proposal)).toBe("how many pages were in Norway's proposal");
    expect(resolved('how will it be discussed', proposal)).toBe("how will Norway's proposal be discussed");
  });

  it('still reads an "it" that acts, or the subject of "is", as the one who acted', () => {
    expect(resolved('what does it want', proposal)).toBe('what does Norway want');
    expect(resolved('is it a member of the eu', proposal)).toBe('is Norway a member of the eu');
  });

  it('reads an "it" acted on as what was given, not whom a who-question was answered with', () => {
    const given = conversation([
      { question: 'when did norway send its proposal', answer: ["Norway's fishing proposal was sent in March."] },
      { question: 'who did they give it to', answer: ['The proposal was handed to the EU in Brussels.'], bold: ['the EU'] },
    ]);
    expect(given[1]?.resolvedQuestion).toBe("who did Norway give Norway's proposal to");
    expect(resolved('what was in it', given)).toBe("what was in Norway's proposal");
  });

  it('reads "them" after "the second one" as the list the item was picked from', () => {
    const demands = conversation([
      { question: 'what are the three demands', answer: ['The three demands are, quotas are cut, ports stay open and boats are inspected.'] },
      { question: 'what is the second one', answer: ['The three demands are, quotas are cut, ports stay open and boats are inspected.'] },
    ]);
    expect(resolved('can norway back down from them', demands)).toBe('can norway back down from the three demands');
    expect(resolved('who rejected them', demands)).toBe('who rejected the three demands');
  });

  it('reads "them" as rounds named together ("the second and third rounds")', () => {
    const rounds = conversation([
      { question: 'where are the second and third rounds happening', answer: ['The second and third rounds will be held in Vienna with the EU and the OSCE.'] },
    ]);
    // A closing "then" is chat's, and is left out of the rewrite (withoutChatClosings).
    expect(resolved("who's in them then", rounds)).toBe('who is in the second and third rounds');
    expect(resolved('how long will they last', rounds)).toBe('how long will the second and third rounds last');
  });
});

describe('"it" or "them" set off, caused or prevented', () => {
  it('is the thing or event the exchange was about, never a country or a body', () => {
    const strike = conversation([{ question: 'why did france call the strike', answer: ['France called the strike over pensions.'] }]);
    expect(resolved('what would prevent it', strike)).toBe('what would prevent the strike');
    expect(resolved('what triggered it', strike)).toBe('what triggered the strike');
    expect(resolved('what could have caused it', strike)).toBe('what could have caused the strike');
  });

  it('is left as it was when the exchange named no such thing, rather than the country', () => {
    const punished = conversation([
      { question: 'is norway being punished', answer: ['Sweden threatened to impose fines on Norway if it broke the deal.'] },
      { question: 'who threatened that', answer: ['Sweden threatened to impose fines on Norway if it broke the deal.'] },
    ]);
    expect(resolved('what would trigger it', punished)).toBe('what would trigger it');
  });
});
