import { cosine } from '../embedding/embedder.js';
import type { CandidateSentence } from './candidates.js';
import type { Lexicon } from './lexicon.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { QuestionType } from './question-type.js';
import { cueSpans, type CueSpan } from './sentence-cues.js';
import type { TermStatistics } from './term-statistics.js';
import type { TextProfile } from './text-profile.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Every feature the answer model sees, in order. The model file lists the names it was trained
 * with, and loading refuses a model whose list differs: features live here and nowhere else.
 */
export const FEATURE_NAMES = [
  // How much of the question the sentence holds, from exact words to meaning.
  'exact', // IDF share of the question's words, as written, in the sentence
  'lexical', // IDF share of its stemmed terms
  'context', // IDF share of its stemmed terms in the sentence's passage
  'aligned', // soft word alignment: IDF-weighted best cosine of each question word to a sentence word
  'related', // IDF share of unmatched terms that WordNet relates to a sentence word
  'covered', // IDF share of terms matched exactly, through WordNet, or by a close word vector
  'titleShare', // IDF share of terms in the document's title and the passage's section heading
  'focusLexical', // as lexical, over the terms the title does not already hold: what the question asks about the topic
  'focusCovered', // as covered, over the same terms
  'bigrams', // share of the question's word pairs, stopwords included, that the sentence repeats
  'matchedWeight', // IDF of the terms found, against the most a single rare term can weigh
  'semantic', // cosine of the question's and the sentence's vectors, scaled by vector coverage
  // The same, against the best other candidate for this question (the margin to the runner-up for the
  // best): confidence must not hinge on an article's scale.
  'lexicalGap',
  'alignedGap',
  'semanticGap',
  // What the question asks for, and whether the sentence holds that kind of thing.
  'askWho',
  'askWhen',
  'askQuantity',
  'askWhere',
  'askWhy',
  'askYesNo',
  'cueWho',
  'cueWhen',
  'cueQuantity',
  'cueWhere',
  'cueWhy',
  // The question's own names and numbers, and words the corpus never uses.
  'keysInSentence',
  'keysMissing',
  'unknownTerms',
  'vectorCoverage',
  // First-stage retrieval evidence for the sentence's passage.
  'passageScore',
  'passageRank',
  'keywordScore',
  'vectorScore',
  // Sizes.
  'sentenceLength',
  'questionLength',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** A question word's vector counts as matching a sentence word from this cosine up. */
const CLOSE_WORDS = 0.5;

/** One candidate sentence with what the features read of it. */
export interface CandidateEvidence {
  candidate: CandidateSentence;
  profile: TextProfile;
  /** The whole passage the sentence is cited from. */
  passageProfile: TextProfile;
  /** The document's title and the passage's section heading. */
  titleProfile: TextProfile;
  vector: Float32Array;
  /** The passage's place (0-based) and scores in the first retrieval stage. */
  passage: { rank: number; score: number; keywordScore: number; vectorScore: number };
}

/** What the features are computed against. */
export interface FeatureContext {
  question: QuestionAnalysis;
  statistics: TermStatistics;
  lexicon: Lexicon;
  /** Prepared with the question's and the candidates' words. */
  wordVectors: WordVectors;
}

/** IDF-weighted share of the question's terms for which `found` holds. */
function weightedShare(terms: readonly string[], weights: ReadonlyMap<string, number>, total: number, found: (term: string) => boolean): number {
  if (total === 0) return 0;
  let sum = 0;
  for (const term of terms) if (found(term)) sum += weights.get(term) ?? 0;
  return sum / total;
}

/**
 * For each question term, the best cosine of one of its words to each candidate word: computed
 * once per question over the candidates' vocabulary, so each sentence costs lookups only.
 */
function alignmentTables(context: FeatureContext, vocabulary: ReadonlySet<string>): Map<string, Map<string, number>> {
  const { question, wordVectors } = context;
  const tables = new Map<string, Map<string, number>>();
  for (const [word, term] of question.profile.stemOf) {
    const vector = wordVectors.get(word);
    const table = tables.get(term) ?? new Map<string, number>();
    tables.set(term, table);
    if (!vector) continue;
    for (const other of vocabulary) {
      const otherVector = wordVectors.get(other);
      if (!otherVector) continue;
      const similarity = cosine(vector, otherVector);
      if (similarity > (table.get(other) ?? 0)) table.set(other, similarity);
    }
  }
  return tables;
}

/** For each candidate key (stem or word pair), the question terms WordNet relates it to. */
function relatedTerms(context: FeatureContext, keys: ReadonlySet<string>): Map<string, string[]> {
  const { question, lexicon } = context;
  const relations = new Map<string, string[]>();
  // A question pair ("united states") stands for both its words.
  const questionKeys: Array<[string, string[]]> = [
    ...question.terms.map((term): [string, string[]] => [term, [term]]),
    ...[...question.profile.pairs].map((pair): [string, string[]] => [pair, pair.split(' ')]),
  ].filter(([key]) => lexicon.has(key));
  if (questionKeys.length === 0) return relations;
  for (const key of keys) {
    const terms = questionKeys.filter(([questionKey]) => lexicon.related(questionKey, key)).flatMap(([, covered]) => covered);
    if (terms.length > 0) relations.set(key, terms);
  }
  return relations;
}

/** Each value minus the best of the others: the margin to the runner-up for the best, negative for the rest. */
export function marginsToBestOther(values: readonly number[]): number[] {
  let first = -Infinity;
  let second = -Infinity;
  for (const value of values) {
    if (value > first) {
      second = first;
      first = value;
    } else if (value > second) second = value;
  }
  if (second === -Infinity) second = 0;
  return values.map((value) => value - (value === first ? second : first));
}

function hasFresh(cues: readonly CueSpan[]): number {
  return cues.length > 0 ? 1 : 0;
}

/**
 * The feature vector of every candidate, in {@link FEATURE_NAMES} order. Candidates are one
 * question's whole candidate set: the gap features compare each with the best of the set.
 */
export function answerFeatures(context: FeatureContext, candidates: readonly CandidateEvidence[]): Float64Array[] {
  const { question, statistics } = context;
  const terms = question.terms;
  const weights = new Map(terms.map((term) => [term, statistics.idf(term)]));
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  const vocabulary = new Set<string>();
  const keys = new Set<string>();
  for (const { profile } of candidates) {
    for (const word of profile.words) vocabulary.add(word);
    for (const stem of profile.stems) keys.add(stem);
    for (const pair of profile.pairs) keys.add(pair);
  }
  const alignment = alignmentTables(context, vocabulary);
  const relations = relatedTerms(context, keys);
  const questionWords = [...question.profile.words];
  const wordWeight = new Map(questionWords.map((word) => [word, weights.get(question.profile.stemOf.get(word) ?? '') ?? 0]));
  const wordTotal = [...wordWeight.values()].reduce((sum, weight) => sum + weight, 0);
  // A term in one passage of the corpus: the heaviest a term that occurs at all can be.
  const rareWeight = statistics.idf('\u0000');
  const unknownTerms = weightedShare(terms, weights, total, (term) => !statistics.has(term));
  const typed = question.type !== 'other' && question.type !== 'yes-no';
  const coverage = question.vectorCoverage;

  const rows = candidates.map((evidence) => {
    const { profile, passageProfile } = evidence;
    const exact = weightedShare(questionWords, wordWeight, wordTotal, (word) => profile.words.has(word));
    const lexical = weightedShare(terms, weights, total, (term) => profile.stems.has(term));
    const contextShare = weightedShare(terms, weights, total, (term) => passageProfile.stems.has(term));
    const relatedSet = new Set<string>();
    for (const key of [...profile.stems, ...profile.pairs]) for (const term of relations.get(key) ?? []) relatedSet.add(term);
    let aligned = 0;
    let covered = 0;
    // The terms the title does not hold: in "how many acts are in the scarlet letter", asked of
    // the article "The Scarlet Letter", the question is about acts.
    let focusTotal = 0;
    let focusFound = 0;
    let focusCovered = 0;
    for (const term of terms) {
      let best = profile.stems.has(term) ? 1 : 0;
      const table = alignment.get(term);
      if (best < 1 && table) for (const word of profile.words) best = Math.max(best, table.get(word) ?? 0);
      const weight = weights.get(term) ?? 0;
      const isCovered = best >= CLOSE_WORDS || relatedSet.has(term);
      aligned += weight * best;
      if (isCovered) covered += weight;
      if (!evidence.titleProfile.stems.has(term)) {
        focusTotal += weight;
        if (profile.stems.has(term)) focusFound += weight;
        if (isCovered) focusCovered += weight;
      }
    }
    aligned = total > 0 ? aligned / total : 0;
    covered = total > 0 ? covered / total : 0;
    const related = weightedShare(terms, weights, total, (term) => !profile.stems.has(term) && relatedSet.has(term));
    const titleShare = weightedShare(terms, weights, total, (term) => evidence.titleProfile.stems.has(term));
    let sharedBigrams = 0;
    for (const bigram of question.profile.bigrams) if (profile.bigrams.has(bigram)) sharedBigrams += 1;
    const semantic = coverage * Math.max(0, cosine(question.vector, evidence.vector));
    const cues = typed ? cueSpans(question.type, evidence.candidate.text, question.text) : [];
    const keysFound = question.keys.filter((key) => profile.stems.has(key)).length;
    const keysMissing = question.keys.filter((key) => !passageProfile.stems.has(key)).length;
    return {
      exact,
      lexical,
      context: contextShare,
      aligned,
      related,
      covered,
      titleShare,
      focusLexical: focusTotal > 0 ? focusFound / focusTotal : lexical,
      focusCovered: focusTotal > 0 ? focusCovered / focusTotal : covered,
      bigrams: question.profile.bigrams.size > 0 ? sharedBigrams / question.profile.bigrams.size : 0,
      matchedWeight: (lexical * total) / rareWeight,
      semantic,
      cue: hasFresh(cues),
      keysInSentence: question.keys.length > 0 ? keysFound / question.keys.length : 0,
      keysMissing: question.keys.length > 0 ? keysMissing / question.keys.length : 0,
    };
  });
  const gaps = (pick: (row: (typeof rows)[number]) => number): number[] => marginsToBestOther(rows.map(pick));
  const lexicalGap = gaps((row) => row.lexical);
  const alignedGap = gaps((row) => row.aligned);
  const semanticGap = gaps((row) => row.semantic);

  return rows.map((row, index) => {
    const evidence = candidates[index] as CandidateEvidence;
    const asks = (type: QuestionType): number => (question.type === type ? 1 : 0);
    const values: Record<FeatureName, number> = {
      exact: row.exact,
      lexical: row.lexical,
      context: row.context,
      aligned: row.aligned,
      related: row.related,
      covered: row.covered,
      titleShare: row.titleShare,
      focusLexical: row.focusLexical,
      focusCovered: row.focusCovered,
      bigrams: row.bigrams,
      matchedWeight: row.matchedWeight,
      semantic: row.semantic,
      lexicalGap: lexicalGap[index] as number,
      alignedGap: alignedGap[index] as number,
      semanticGap: semanticGap[index] as number,
      askWho: asks('who'),
      askWhen: asks('when'),
      askQuantity: asks('quantity'),
      askWhere: asks('where'),
      askWhy: asks('why'),
      askYesNo: asks('yes-no'),
      cueWho: asks('who') * row.cue,
      cueWhen: asks('when') * row.cue,
      cueQuantity: asks('quantity') * row.cue,
      cueWhere: asks('where') * row.cue,
      cueWhy: asks('why') * row.cue,
      keysInSentence: row.keysInSentence,
      keysMissing: row.keysMissing,
      unknownTerms,
      vectorCoverage: coverage,
      passageScore: evidence.passage.score,
      passageRank: 1 / (1 + evidence.passage.rank),
      keywordScore: evidence.passage.keywordScore,
      vectorScore: evidence.passage.vectorScore,
      sentenceLength: Math.log1p(evidence.profile.length),
      questionLength: Math.log1p(terms.length),
    };
    return Float64Array.from(FEATURE_NAMES, (name) => values[name]);
  });
}
