import { describe, expect, it } from 'vitest';
import type { Passage } from '../corpus/types.js';
import { normalizeInPlace, type Embedder } from '../embedding/embedder.js';
import { answerFeatures, FEATURE_NAMES, marginsToBestOther, type CandidateEvidence, type FeatureName } from './features.js';
import { LEXICON_FORMAT, Lexicon } from './lexicon.js';
import { analyzeQuestion } from './question-analysis.js';
import { TermStatistics } from './term-statistics.js';
import { profileText } from './text-profile.js';
import { WordVectors } from './word-vectors.js';

/** Word vectors for a handful of words; a text embeds to the sum of its known words' vectors. */
const VECTORS: Record<string, number[]> = {
  soldiers: [1, 0, 0],
  troops: [0.9, 0.1, 0],
  frontier: [0, 1, 0],
  border: [0.1, 0.9, 0],
  bread: [0, 0, 1],
};

class SmallEmbedder implements Embedder {
  readonly modelId = 'test/small';
  readonly fingerprint = 'small-v1';
  readonly dimension = 3;

  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedDocuments(texts);
  }

  async embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => {
      const vector = new Float32Array(3);
      for (const word of text.toLowerCase().split(/\W+/)) (VECTORS[word] ?? [0, 0, 0]).forEach((value, index) => (vector[index] = (vector[index] ?? 0) + value));
      return normalizeInPlace(vector);
    });
  }
}

const passage = (text: string): Passage => ({ id: text, docId: 'doc', docTitle: 'Doc', docSource: 'doc.txt', section: null, sectionNumber: 0, text, start: 0, end: text.length, ordinal: 0 });

const statistics = TermStatistics.fromDocumentFrequencies(
  new Map([['troop', 2], ['border', 2], ['bread', 1], ['russia', 5], ['amass', 1], ['bake', 1], ['soldier', 1]]),
  10,
);

async function features(question: string, sentences: string[], lexicon = Lexicon.empty()): Promise<Array<Record<FeatureName, number>>> {
  const embedder = new SmallEmbedder();
  const [vector] = await embedder.embedQueries([question]);
  const analysis = analyzeQuestion(question, vector as Float32Array);
  const sentenceVectors = await embedder.embedDocuments(sentences);
  const wordVectors = new WordVectors(embedder);
  const candidates: CandidateEvidence[] = sentences.map((text, index) => ({
    candidate: { key: text, text, start: 0, end: text.length, passage: passage(text), passageScore: 0.5 },
    profile: profileText(text),
    passageProfile: profileText(text),
    titleProfile: profileText('Doc'),
    vector: sentenceVectors[index] as Float32Array,
    passage: { rank: index, score: 0.5, keywordScore: 0.5, vectorScore: 0.5 },
  }));
  await wordVectors.prepare([...analysis.profile.words, ...candidates.flatMap((candidate) => [...candidate.profile.words])]);
  const rows = answerFeatures({ question: analysis, statistics, lexicon, wordVectors }, candidates);
  for (const row of rows) expect(row).toHaveLength(FEATURE_NAMES.length);
  return rows.map((row) =>
    Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, row[index] as number])) as Record<FeatureName, number>,
  );
}

describe('answer features', () => {
  it('soft word alignment credits a close word the question did not use', async () => {
    const [paraphrase, unrelated] = await features('how many soldiers at the frontier', ['Russia amassed troops at the border.', 'Russia bakes bread.']);
    expect(paraphrase?.lexical).toBe(0);
    expect(paraphrase?.aligned).toBeGreaterThan(0.8);
    expect(paraphrase?.covered).toBe(1);
    expect(unrelated?.aligned).toBeLessThan(0.2);
  });

  it('WordNet relations credit a synonym that the word vectors do not know', async () => {
    const lexicon = Lexicon.parse([`${LEXICON_FORMAT}\t{}`, 'amass\t7\t', 'gather\t7\t'].join('\n'));
    const [withLexicon] = await features('when did russia gather troops', ['Russia amassed troops.'], lexicon);
    const [without] = await features('when did russia gather troops', ['Russia amassed troops.']);
    expect(withLexicon?.related).toBeGreaterThan(0);
    expect(without?.related).toBe(0);
    expect(withLexicon?.covered).toBeGreaterThan(without?.covered ?? 1);
  });

  it('question type meets what the sentence holds', async () => {
    const [number, none] = await features('How many troops did Russia amass?', ['Russia amassed 100,000 troops.', 'Russia amassed troops.']);
    expect(number).toMatchObject({ askQuantity: 1, cueQuantity: 1, askWho: 0 });
    expect(none).toMatchObject({ askQuantity: 1, cueQuantity: 0 });
    const [date] = await features('When did Russia amass troops?', ['Russia amassed 100,000 troops in December 2021.']);
    expect(date).toMatchObject({ askWhen: 1, cueWhen: 1, askQuantity: 0 });
  });

  it('for who, a person\'s name counts beyond any capitalised name; for where, a known place', async () => {
    const [person, country, asked] = await features('Who led the American delegation?', [
      'The US was led by Deputy Foreign Minister Wendy Sherman.',
      'Even so, the US is conducting additional negotiations with Russia.',
      'The American delegation was led by Wendy Sherman.',
    ]);
    expect(person).toMatchObject({ askWho: 1, cueWho: 1, cuePerson: 1, cuePlace: 0 });
    expect(country).toMatchObject({ askWho: 1, cueWho: 1, cuePerson: 0 });
    expect(asked).toMatchObject({ cuePerson: 1 });
    const [named] = await features('Who is Wendy Sherman?', ['Wendy Sherman, head of the US delegation, spoke.']);
    expect(named?.cuePerson).toBe(0);
    const [city, none] = await features('Where did the talks take place?', ['The talks were held in Geneva on Monday.', 'The talks lasted nearly eight hours.']);
    expect(city).toMatchObject({ askWhere: 1, cuePlace: 1, cuePerson: 0 });
    expect(none).toMatchObject({ askWhere: 1, cuePlace: 0 });
    const [notAsked] = await features('When did Wendy Sherman speak in Geneva?', ['Sergei Ryabkov spoke in Moscow.']);
    expect(notAsked).toMatchObject({ cuePerson: 0, cuePlace: 0 });
  });

  it('for "how many X", an amount must count X or a close word', async () => {
    const [troops, bread] = await features('How many soldiers did Russia amass?', ['Russia amassed 100,000 troops.', 'Russia baked 100,000 loaves of bread.']);
    expect(troops).toMatchObject({ cueQuantity: 1, cueCounted: 1 });
    expect(bread).toMatchObject({ cueQuantity: 1, cueCounted: 0 });
    const [unasked] = await features('How long did Russia amass troops?', ['Russia amassed 100,000 troops.']);
    expect(unasked?.cueCounted).toBe(0);
  });

  it('a sentence that states the asked amount holds the measure word of "how long", "how old" or "how far"', async () => {
    const [lasted, amassed] = await features('How long did Russia amass troops?', ['Russia amassed troops for eight weeks.', 'Russia amassed 100,000 troops.']);
    // "long" counts as found where the sentence says how long, and only there.
    expect(lasted?.lexical).toBe(1);
    expect(amassed?.lexical).toBeLessThan(1);
    expect(lasted?.exact).toBeGreaterThan(amassed?.exact ?? 1);
  });

  it('names and numbers of the question that the sentence lacks count against it', async () => {
    const [found, missing] = await features('What did Russia say in 2021?', ['In 2021 Russia amassed troops.', 'Troops were amassed.']);
    expect(found?.keysInSentence).toBe(1);
    expect(missing?.keysMissing).toBe(1);
  });

  it('gives the best candidate its margin over the runner-up, and the others their distance to the best', () => {
    expect(marginsToBestOther([0.9, 0.5, 0.2])).toEqual([0.9 - 0.5, 0.5 - 0.9, 0.2 - 0.9]);
    expect(marginsToBestOther([0.4, 0.4])).toEqual([0, 0]);
    expect(marginsToBestOther([0.7])).toEqual([0.7]);
  });
});
