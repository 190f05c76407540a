import type { Lexicon } from './lexicon.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { TextProfile } from './text-profile.js';
import type { WordVectors } from './word-vectors.js';

/** From this cosine up, a pair of words is checked against WordNet for being two of a kind. */
const CONTRAST_CHECK = 0.3;

/** The candidates' words, numbered, with their stems. */
export interface Vocabulary {
  index: ReadonlyMap<string, number>;
  words: readonly string[];
  stems: readonly string[];
}

/** Numbers every distinct word of the given word → stem maps. */
export function vocabularyOf(maps: Iterable<ReadonlyMap<string, string>>): Vocabulary {
  const index = new Map<string, number>();
  const words: string[] = [];
  const stems: string[] = [];
  for (const map of maps) {
    for (const [word, stem] of map) {
      if (index.has(word)) continue;
      index.set(word, words.length);
      words.push(word);
      stems.push(stem);
    }
  }
  return { index, words, stems };
}

/**
 * Soft word alignment, computed once per question: for each question term, the best cosine of
 * one of its words to each vocabulary word, by vocabulary number (0 for words the model does
 * not know). Word vectors put "Poland" next to "Ukraine"; where WordNet says two words are two
 * of a kind, the pair counts for nothing.
 */
export function alignmentTables(question: QuestionAnalysis, vocabulary: Vocabulary, wordVectors: WordVectors, lexicon: Lexicon): Map<string, Float32Array> {
  // The known words' vectors side by side in one array: the scan below is the answerer's
  // hottest loop (every question word against every candidate word), and reading one block of
  // memory beats following a pointer per word.
  const positions: number[] = [];
  const vectors: Float32Array[] = [];
  vocabulary.words.forEach((word, position) => {
    const vector = wordVectors.get(word);
    if (vector) {
      positions.push(position);
      vectors.push(vector);
    }
  });
  const dimension = vectors[0]?.length ?? 0;
  const matrix = new Float32Array(positions.length * dimension);
  vectors.forEach((vector, row) => matrix.set(vector.length === dimension ? vector : vector.subarray(0, dimension), row * dimension));
  const tables = new Map<string, Float32Array>();
  for (const [word, term] of question.profile.stemOf) {
    let table = tables.get(term);
    if (!table) {
      table = new Float32Array(vocabulary.words.length);
      tables.set(term, table);
    }
    const vector = wordVectors.get(word);
    if (!vector || vector.length < dimension) continue;
    for (let row = 0; row < positions.length; row += 1) {
      const similarity = dotProduct(vector, matrix, row * dimension, dimension);
      const position = positions[row] as number;
      if (similarity <= (table[position] as number)) continue;
      if (similarity >= CONTRAST_CHECK && lexicon.contrasting(term, vocabulary.stems[position] as string)) continue;
      table[position] = similarity;
    }
  }
  return tables;
}

/**
 * The dot product of `vector` with the `dimension` values of `matrix` from `offset`, in doubles,
 * four terms a step. The additions come in the same order as one at a time, so the sum is the
 * same double to the last bit; the loop takes ≈ 60 % of the time (at 100k passages this scan was
 * a fifth of a warm question's CPU time).
 */
function dotProduct(vector: Float32Array, matrix: Float32Array, offset: number, dimension: number): number {
  let sum = 0;
  let index = 0;
  let at = offset;
  for (; index + 3 < dimension; index += 4, at += 4) {
    sum += (vector[index] as number) * (matrix[at] as number);
    sum += (vector[index + 1] as number) * (matrix[at + 1] as number);
    sum += (vector[index + 2] as number) * (matrix[at + 2] as number);
    sum += (vector[index + 3] as number) * (matrix[at + 3] as number);
  }
  for (; index < dimension; index += 1, at += 1) sum += (vector[index] as number) * (matrix[at] as number);
  return sum;
}

const knownKeys = new WeakMap<TextProfile, { lexicon: Lexicon; keys: readonly string[] }>();

/**
 * The profile's stems, then its word pairs, that the lexicon holds: the only keys WordNet can
 * relate to a question term. Found once per profile, since sentences come back question after
 * question: a sentence has ≈ 30 stems and pairs, most pairs are in no lexicon, and looking each
 * up again for every question cost ≈ 6 % of a warm question at 100k passages.
 */
export function lexiconKeys(profile: TextProfile, lexicon: Lexicon): readonly string[] {
  const known = knownKeys.get(profile);
  if (known?.lexicon === lexicon) return known.keys;
  const keys = [...profile.stems, ...profile.pairs].filter((key) => lexicon.has(key));
  knownKeys.set(profile, { lexicon, keys });
  return keys;
}

/** For each candidate key (stem or word pair), the question terms WordNet relates it to. */
export function relatedTerms(question: QuestionAnalysis, keys: ReadonlySet<string>, lexicon: Lexicon): Map<string, string[]> {
  // A question pair ("united states") stands for both its words.
  const questionKeys = [...question.terms, ...question.profile.pairs];
  const covers = questionKeys.map((key) => key.split(' '));
  const relate = lexicon.relater(questionKeys);
  const relations = new Map<string, string[]>();
  for (const key of keys) {
    const indexes = relate(key);
    if (indexes.length > 0) relations.set(key, indexes.flatMap((index) => covers[index] ?? []));
  }
  return relations;
}
