import { describe, expect, it } from 'vitest';
import { processOfPlural } from './plural-process.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import { conversation } from './test-turns.js';
import { analyseText, loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

const resolved = (question: string, turns: Parameters<typeof resolveFollowUp>[1]): string => resolveFollowUp(question, turns).text;
const phrasePlural = (text: string, phrase: string): boolean | undefined => {
  const analysis = analyseText(text);
  return analysis.nounPhrases.find((item) => analysis.text.slice(analysis.tokens[item.first]?.start, analysis.tokens[item.last]?.end) === phrase)?.plural;
};

describe('plurals the tagger lists as mass nouns ("troops")', () => {
  it('reads "troops" as plural, alone, described or followed by a place, but not as the head of "the buildup of troops"', () => {
    expect(phrasePlural('where are the troops', 'the troops')).toBe(true);
    expect(phrasePlural('where are the russian troops', 'the russian troops')).toBe(true);
    expect(phrasePlural('what about the troops near the border', 'the troops near the border')).toBe(true);
    expect(phrasePlural('the buildup of troops is feared', 'the buildup of troops')).toBe(false);
    expect(analyseText('where are the troops').tokens[3]?.tags.has('Plural')).toBe(true);
  });

  it('leaves the mass nouns in "-s" singular ("news", "politics")', () => {
    expect(phrasePlural('what is the news', 'the news')).toBe(false);
    expect(phrasePlural('what about the politics', 'the politics')).toBe(false);
  });

  it('reads "they" as the troops, which "it" can no longer be', () => {
    const turns = conversation([{ question: 'where are the norwegian troops', answer: ['The Norwegian troops are camped near the northern border.'] }]);
    expect(resolved('why are they there', turns)).toMatch(/^why are the norwegian troops /);
    expect(resolved('how long will it last', turns)).not.toContain('troops');
  });
});

describe('"it" for what an answer made of the plural the question asked about', () => {
  const turns = conversation([
    { question: 'why are the swedes nervous about the troops', answer: ['Nobody has offered a way out of the standoff over the buildup of Norwegian troops, which Stockholm sees as a threat.'] },
  ]);

  it('is the singular noun with that plural after "of" ("the buildup of Norwegian troops")', () => {
    const previous = turns[0];
    expect(previous && processOfPlural(previous)?.text).toBe('the buildup of Norwegian troops');
    expect(resolved('how could it end badly', turns)).toBe('how could the buildup of Norwegian troops end badly');
  });

  it('comes before a place the answer only named ("how serious is it" is not Stockholm)', () => {
    expect(resolved('how serious is it', turns)).toBe('how serious is the buildup of Norwegian troops');
  });

  it('is nothing when the question named no plural, or the answer wrote no such phrase', () => {
    const single = conversation([{ question: 'where is the border', answer: ['The buildup of Norwegian troops is near the border.'] }]);
    expect(single[0] && processOfPlural(single[0])).toBeUndefined();
    const plain = conversation([{ question: 'where are the troops', answer: ['About 5,000 troops are near the border.'] }]);
    expect(plain[0] && processOfPlural(plain[0])).toBeUndefined();
  });

  it('is not taken for an "it" that acts ("what does it want")', () => {
    expect(resolved('what does it want', turns)).not.toContain('buildup');
  });
});
