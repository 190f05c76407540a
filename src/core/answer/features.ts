import type { CandidateSentence } from './candidates.js';
import { measureCandidate, measureQuestion, type CandidateMeasures } from './candidate-measures.js';
import type { Lexicon } from './lexicon.js';
import type { QuestionAnalysis } from './question-analysis.js';
import type { QuestionType } from './question-type.js';
import type { TermStatistics } from './term-statistics.js';
import type { TextProfile } from './text-profile.js';
import type { WordVectors } from './word-vectors.js';

/**
 * Every feature the answer model sees, in order. The model file lists the names it was trained
 * with, and loading refuses a model whose list differs: the list and the vector's order live
 * here and nowhere else (candidate-measures.ts and cue-features.ts measure what they name).
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
  'cuePerson', // for who: one of the sentence's names, not the question's, is a person's (a known given name, surname or title)
  'cueWhen',
  'cueQuantity',
  'cueWhere',
  'cuePlace', // for where: one of the sentence's names, not the question's, is a known city, country or region
  'cueWhy',
  'cueCounted', // for "how many X": an amount in the sentence counts X (or a close word), not something else
  'askDefinition', // the question asks what or who something is
  'cueDefinition', // for it: the sentence says what it is (a copula, an apposition or a title beside its words)
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

/**
 * The feature vector of every candidate, in {@link FEATURE_NAMES} order. Candidates are one
 * question's whole candidate set: the gap features compare each with the best of the set.
 */
export function answerFeatures(context: FeatureContext, candidates: readonly CandidateEvidence[]): Float64Array[] {
  const { question } = context;
  const measures = measureQuestion(context, candidates);
  const { terms, unknownTerms, coverage } = measures;
  const rows = candidates.map((evidence, candidateIndex) => measureCandidate(measures, evidence, candidateIndex));
  const gaps = (pick: (row: CandidateMeasures) => number): number[] => marginsToBestOther(rows.map(pick));
  const lexicalGap = gaps((row) => row.lexical);
  const alignedGap = gaps((row) => row.aligned);
  const semanticGap = gaps((row) => row.semantic);

  const asks = (type: QuestionType): number => (question.type === type ? 1 : 0);
  return rows.map((row, index) => {
    const evidence = candidates[index] as CandidateEvidence;
    // In FEATURE_NAMES order; a test checks the two agree.
    return Float64Array.of(
      row.exact,
      row.lexical,
      row.context,
      row.aligned,
      row.related,
      row.covered,
      row.titleShare,
      row.focusLexical,
      row.focusCovered,
      row.bigrams,
      row.matchedWeight,
      row.semantic,
      lexicalGap[index] as number,
      alignedGap[index] as number,
      semanticGap[index] as number,
      asks('who'),
      asks('when'),
      asks('quantity'),
      asks('where'),
      asks('why'),
      asks('yes-no'),
      asks('who') * row.cue,
      row.person,
      asks('when') * row.cue,
      asks('quantity') * row.cue,
      asks('where') * row.cue,
      row.place,
      asks('why') * row.cue,
      row.counted,
      question.defined.length > 0 ? 1 : 0,
      row.defines,
      row.keysInSentence,
      row.keysMissing,
      unknownTerms,
      coverage,
      evidence.passage.score,
      1 / (1 + evidence.passage.rank),
      evidence.passage.keywordScore,
      evidence.passage.vectorScore,
      Math.log1p(evidence.profile.length),
      Math.log1p(terms.length),
    );
  });
}
