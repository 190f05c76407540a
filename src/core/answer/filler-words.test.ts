import { describe, expect, it } from 'vitest';
import { withoutFillerNoun, withoutHedges } from './filler-words.js';

describe('withoutFillerNoun', () => {
  it('drops "thing", "things" and "stuff" after the words that name a topic', () => {
    expect(withoutFillerNoun("what's the great gift to russia thing about")).toBe("what's the great gift to russia about");
    expect(withoutFillerNoun('what about the new members thing')).toBe('what about the new members');
    expect(withoutFillerNoun("what's nato's open door things")).toBe("what's nato's open door");
    expect(withoutFillerNoun('are the stakes high or is this routine stuff')).toBe('are the stakes high or is this routine');
  });

  it('keeps a thing that is counted, ordered or ranked, or follows a question word or an article', () => {
    for (const question of [
      'what were the three things russia asked for',
      'what was the last thing ryabkov said',
      'what was the biggest thing they disagreed on',
      'what is the worst thing that could happen',
      'which thing did they agree on',
      'is there a thing about sanctions',
    ])
      expect(withoutFillerNoun(question)).toBe(question);
  });
});

describe('withoutHedges', () => {
  it('drops a hedge before another word, not one that is the whole message', () => {
    expect(withoutHedges('what does russia actually want')).toBe('what does russia want');
    expect(withoutHedges('really?')).toBe('really?');
    expect(withoutHedges('the americans just flat out told russia no?')).toBe('the americans just told russia no?');
    expect(withoutHedges('straight up, who won the talks')).toBe('who won the talks');
  });

  it('drops an oath after a question word, but not a place on earth', () => {
    expect(withoutHedges('who the heck led the us side')).toBe('who led the us side');
    expect(withoutHedges('Why the hell did the talks fail?')).toBe('Why did the talks fail?');
    expect(withoutHedges('what on earth does russia want')).toBe('what does russia want');
    expect(withoutHedges('where on earth is the deepest point')).toBe('where on earth is the deepest point');
    expect(withoutHedges('where in the world are smallpox common')).toBe('where in the world are smallpox common');
    expect(withoutHedges('what is the hell of war')).toBe('what is the hell of war');
  });
});
