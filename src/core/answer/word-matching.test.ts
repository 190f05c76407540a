import { describe, expect, it } from 'vitest';
import type { Embedder } from '../embedding/embedder.js';
import { LEXICON_FORMAT, Lexicon } from './lexicon.js';
import { analyzeQuestion } from './question-analysis.js';
import { profileText } from './text-profile.js';
import { alignmentTables, lexiconKeys, vocabularyOf } from './word-matching.js';
import { WordVectors } from './word-vectors.js';

/** Seeded random vectors, one per word (the same word, the same vector); words in "x" are unknown. */
class RandomWordEmbedder implements Embedder {
  readonly modelId = 'test/random-words';
  readonly fingerprint = 'random-words';
  constructor(readonly dimension: number) {}
  async embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embedDocuments(texts);
  }
  async embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((text) => {
      let state = [...text].reduce(
        (hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16_777_619) >>> 0,
        2_166_136_261,
      );
      const next = (): number =>
        ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296) * 2 - 1;
      return text.startsWith('x')
        ? new Float32Array(this.dimension)
        : Float32Array.from({ length: this.dimension }, next);
    });
  }
}

describe('alignmentTables', () => {
  it('gives each question term its best dot product with each known word, summed as a plain loop sums', async () => {
    for (const dimension of [100, 7]) {
      const wordVectors = new WordVectors(new RandomWordEmbedder(dimension));
      const question = analyzeQuestion(
        'how many soldiers did russia send to the xylophone border',
        new Float32Array(dimension),
      );
      const sentences = [
        'Russia sent 100,000 troops near the Ukrainian border.',
        'Talks in Geneva lasted eight hours; xenon soldiers.',
      ];
      const vocabulary = vocabularyOf(sentences.map((sentence) => profileText(sentence).stemOf));
      await wordVectors.prepare([...question.profile.words, ...vocabulary.words]);
      const expected = new Map<string, Float32Array>();
      for (const [word, term] of question.profile.stemOf) {
        const table = expected.get(term) ?? new Float32Array(vocabulary.words.length);
        expected.set(term, table);
        const vector = wordVectors.get(word);
        vocabulary.words.forEach((other, position) => {
          const candidate = wordVectors.get(other);
          if (!vector || !candidate) return;
          let similarity = 0;
          for (let index = 0; index < dimension; index += 1)
            similarity += (vector[index] as number) * (candidate[index] as number);
          if (similarity > (table[position] as number)) table[position] = similarity;
        });
      }
      expect(alignmentTables(question, vocabulary, wordVectors, Lexicon.empty())).toEqual(expected);
    }
  });
});

describe('lexiconKeys', () => {
  // Lines sorted by key, as the builder writes them: one stem and one word pair.
  const lexicon = Lexicon.parse([`${LEXICON_FORMAT}\t{}`, 'troop\t1\t', 'unit state\t2\t'].join('\n'));

  it('keeps the stems, then the word pairs, that the lexicon holds, and only those', () => {
    const profile = profileText('The United States sent troops; more troops followed.');
    expect([...profile.stems]).toContain('send');
    expect([...profile.pairs]).toContain('state send');
    expect(lexiconKeys(profile, lexicon)).toEqual(['troop', 'unit state']);
  });

  it('finds them once per profile and lexicon', () => {
    const profile = profileText('Troops of the United States.');
    const first = lexiconKeys(profile, lexicon);
    expect(lexiconKeys(profile, lexicon)).toBe(first);
    expect(lexiconKeys(profile, Lexicon.empty())).toEqual([]);
    expect(lexiconKeys(profile, lexicon)).toEqual(['troop', 'unit state']);
  });

  it('pairs a phrasal verb with its particle, as WordNet keys it, and no other stopword', () => {
    const phrasal = Lexicon.parse([`${LEXICON_FORMAT}\t{}`, 'reject\t3\t', 'turn down\t3\t'].join('\n'));
    const profile = profileText('The US turned down the demands, which came in the night.');
    expect([...profile.pairs]).toContain('turn down');
    // Any content word before a particle, as stemmed: WordNet says which pairs are verbs.
    expect([...profile.pairs]).toContain('come in');
    expect([...profile.pairs]).not.toContain('demand which');
    expect([...profile.pairs].some((pair) => pair.startsWith('down '))).toBe(false);
    expect(lexiconKeys(profile, phrasal)).toEqual(['turn down']);
    expect(phrasal.related('turn down', 'reject')).toBe(true);
  });
});

