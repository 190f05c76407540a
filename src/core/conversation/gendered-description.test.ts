import { beforeAll, describe, expect, it } from 'vitest';
import { withGenderedPersonNamed } from './gendered-description.js';
import { loadTagger } from './text-analysis.js';
import { conversation } from './test-turns.js';

beforeAll(async () => {
  await loadTagger();
});

describe('withGenderedPersonNamed', () => {
  const talks = (): ReturnType<typeof conversation> =>
    conversation([{ question: 'who led the delegations', answer: ['The first delegation was led by Minister Orlov and the second by Minister Wendy Sherman.'] }]);

  it('reads "the woman" as the one woman the conversation has named', () => {
    expect(withGenderedPersonNamed('and the woman?', talks())).toBe('and Wendy Sherman?');
    expect(withGenderedPersonNamed('what did the lady say', talks())).toBe('what did Wendy Sherman say');
  });

  it('leaves a description alone when it says more than the gender, or no one of that gender is named', () => {
    expect(withGenderedPersonNamed('who is the woman in charge of the talks', talks())).toBe('who is the woman in charge of the talks');
    expect(withGenderedPersonNamed("what was the woman's title", talks())).toBe("what was the woman's title");
    // A surname alone tells no gender: no man is known.
    expect(withGenderedPersonNamed('and the guy?', talks())).toBe('and the guy?');
    expect(withGenderedPersonNamed('and the woman?', [])).toBe('and the woman?');
  });

  it('leaves it alone when two people of that gender were named', () => {
    const turns = conversation([
      { question: 'who led the delegations', answer: ['The delegations were led by Minister Wendy Sherman and Minister Anna Berg.'] },
    ]);
    expect(withGenderedPersonNamed('and the woman?', turns)).toBe('and the woman?');
  });
});
