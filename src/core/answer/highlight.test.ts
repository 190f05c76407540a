import { describe, expect, it } from 'vitest';
import { contentTerms } from '../text/terms.js';
import { bestCueSpan } from './highlight.js';
import { boldCandidates, cueSpans } from './sentence-cues.js';

const SENTENCE =
  'The head of the Russian delegation was Deputy Foreign Minister Sergei Ryabkov and the US was led by Deputy Foreign Minister Wendy Sherman.';

function highlighted(question: string, type: 'who' | 'quantity' | 'when', sentence = SENTENCE): string | undefined {
  return bestCueSpan(sentence, cueSpans(type, sentence, question), contentTerms(question))?.text;
}

describe('bestCueSpan', () => {
  it('picks the name in the clause that holds the question words', () => {
    expect(highlighted('Who led the US delegation?', 'who')).toBe('Deputy Foreign Minister Wendy Sherman');
    expect(highlighted('Who headed the Russian delegation?', 'who')).toBe('Deputy Foreign Minister Sergei Ryabkov');
  });

  it('lets a name of the question tell the two clauses apart, over a word they say alike', () => {
    // "led" is the US clause's word, but "Russian" says which side is meant, and the other way round.
    expect(highlighted('who led the russian side', 'who')).toBe('Deputy Foreign Minister Sergei Ryabkov');
    expect(highlighted('who headed the us side', 'who')).toBe('Deputy Foreign Minister Wendy Sherman');
  });

  it('counts a word of the same root as the question word ("Russian" for "russia")', () => {
    // Among the persons' names, as the answer's bold chooses for a who-question.
    const person = (question: string, sentence: string): string | undefined => bestCueSpan(sentence, boldCandidates('who', sentence, question), contentTerms(question))?.text;
    const sides = 'The US side was led by Wendy Sherman, while the Russian side was headed by Sergei Ryabkov.';
    expect(person('who was the russia envoy', sides)).toBe('Sergei Ryabkov');
  });

  it('bolds nothing in a why-answer: its cue is a connective, not the reason', () => {
    const concern = "Russia's concern if Ukraine becomes a member of NATO is that the alliance could place advanced missiles in Ukraine.";
    expect(cueSpans('why', concern, 'why does russia fear ukraine in nato').map((span) => span.text)).toEqual(['concern']);
    expect(boldCandidates('why', concern, 'why does russia fear ukraine in nato')).toEqual([]);
  });

  it('bolds, for "how many X", only an amount that counts X when told what names X', () => {
    const troops = (term: string): boolean => term === 'troop' || term === 'soldier';
    const demands = 'The three demands are, NATO does not mobilize troops in new members.';
    expect(boldCandidates('quantity', demands, 'how many troops', troops)).toEqual([]);
    expect(boldCandidates('quantity', demands, 'how many troops').map((span) => span.text)).toEqual(['three']);
    const amassed = 'Russia, which has amassed about 100,000 Russian troops near the border, denies it.';
    expect(boldCandidates('quantity', amassed, 'how many soldiers', troops).map((span) => span.text)).toEqual(['100,000']);
    // What an amount counts ends at a function word or a possessive: "One of Russia's troops" counts nothing, "two countries' troops" countries.
    expect(boldCandidates('quantity', "One of Russia's troops left.", 'how many troops', troops)).toEqual([]);
    expect(boldCandidates('quantity', "The two countries' troops met.", 'how many troops', troops)).toEqual([]);
    expect(boldCandidates('quantity', 'The talks lasted eight hours.', 'how many hours', (term) => term === 'hour').map((span) => span.text)).toEqual(['eight hours']);
  });

  it('bolds no place that is part of an abbreviated body\'s name', () => {
    const stages = 'The third stage will involve Russia with the Organization for Security and Co-operation in Europe (OSCE).';
    expect(boldCandidates('where', stages, "where's the osce meeting")).toEqual([]);
    const talks = 'The US delegation met the Russian delegation in Geneva.';
    expect(boldCandidates('where', talks, 'where did they meet').map((span) => span.text)).toEqual(['in Geneva']);
  });

  it('keeps units with numbers and drops a sentence-final period', () => {
    const talks = "The talks between the two countries' representatives lasted nearly eight hours.";
    expect(highlighted('How long did the talks last?', 'quantity', talks)).toBe('eight hours');
    expect(cueSpans('who', 'It was approved in the U.S.', 'who?').map((span) => span.text)).toEqual(['U.S.']);
  });
});
