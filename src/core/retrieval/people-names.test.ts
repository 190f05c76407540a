import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../answer/answer-resources.js';
import { termStatisticsFor } from '../answer/term-statistics.js';
import type { Passage } from '../corpus/types.js';
import { KeywordIndex } from '../index/keyword-index.js';
import { PeopleNames } from './people-names.js';

const lexicon = await loadLexicon(fileURLToPath(new URL('../../../embeddings/models', import.meta.url)));

function passage(text: string, ordinal: number): Passage {
  return { id: `p${ordinal}`, docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length, ordinal };
}

const passages = [
  passage('The US delegation was led by Wendy Sherman. The US threatened sanctions.', 0),
  passage('Russia met the US in Geneva. Ukraine was not at the table, and Ukraine said so.', 1),
  passage('Talks lasted nearly eight hours, officials told us.', 2),
];
const keywords = KeywordIndex.build(passages);
const statistics = termStatisticsFor(keywords);

describe('PeopleNames', () => {
  it('reads a people the corpus never names by the name it writes for their country (WordNet relates them)', () => {
    const names = new PeopleNames(keywords, passages, lexicon);
    expect(names.rewritten('who was the american lady in charge', statistics)).toBe('who was the US lady in charge');
    expect(names.rewritten('what did the Americans want', statistics)).toBe('what did the US want');
    expect(names.rewritten("the american's title?", statistics)).toBe("the US's title?");
    expect(names.rewritten('what do ukrainians want', statistics)).toBe('what do Ukraine want');
  });

  it('leaves a question that holds another word of the corpus, and a people it cannot place', () => {
    const names = new PeopleNames(keywords, passages, lexicon);
    // "sanctions" is the corpus's: the model relates "american" to the US sentences itself.
    expect(names.rewritten('what sanctions did the americans threaten', statistics)).toBe('what sanctions did the americans threaten');
    // No name of France in the corpus.
    expect(names.rewritten('what did the french want', statistics)).toBe('what did the french want');
  });

  it('takes only a name the corpus writes with a capital', () => {
    // "us" the pronoun: the corpus never writes the country's name.
    const pronouns = [passage('They told us nothing. Give us time, they said to us.', 0)];
    const index = KeywordIndex.build(pronouns);
    expect(new PeopleNames(index, pronouns, lexicon).rewritten('what did the americans want', termStatisticsFor(index))).toBe('what did the americans want');
  });
});
