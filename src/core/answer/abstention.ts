import { isNumberTerm, properNames, stem } from '../text/terms.js';
import type { QuestionAnalysis, ScoredSentence } from './score-sentences.js';
import type { TermStatistics } from './term-statistics.js';

/** Thresholds for deciding that the article does not answer; tuned on the dev question sets. */
export interface AbstentionThresholds {
  /** Below this IDF-weighted share of question terms in the best sentence (and its passage)… */
  minLexical: number;
  /** …and below this cosine similarity, the evidence is too weak. */
  minSemantic: number;
  /** Share of the question's weight carried by terms the corpus never uses. */
  maxMissingWeight: number;
}

export const DEFAULT_ABSTENTION: AbstentionThresholds = { minLexical: 0.4, minSemantic: 0.55, maxMissingWeight: 0.6 };

/** Why the engine abstained (or `answerable`), for logs and tests. */
export interface AbstentionDecision {
  abstain: boolean;
  reason: 'answerable' | 'no-terms' | 'no-candidates' | 'unknown-name' | 'unknown-topic' | 'weak-evidence';
  /** Question names or numbers the corpus never mentions. */
  unknownKeys: string[];
}

/**
 * Decides from calibrated evidence whether the article answers the question: are the
 * question's names, numbers and content words in the corpus at all, and does the best
 * sentence match it by words or by meaning?
 */
export function decideAbstention(
  question: QuestionAnalysis,
  best: ScoredSentence | undefined,
  statistics: TermStatistics,
  thresholds: AbstentionThresholds = DEFAULT_ABSTENTION,
): AbstentionDecision {
  if (question.terms.length === 0) return { abstain: true, reason: 'no-terms', unknownKeys: [] };
  if (!best) return { abstain: true, reason: 'no-candidates', unknownKeys: [] };
  // Single letters ("P", "X") are variables, not names: the corpus vocabulary never holds them.
  const keys = [...properNames(question.text).map(stem), ...question.terms.filter(isNumberTerm)].filter((key) => key.length > 1);
  const unknownKeys = [...new Set(keys.filter((key) => !statistics.hasOrSimilar(key)))];
  if (unknownKeys.length > 0) return { abstain: true, reason: 'unknown-name', unknownKeys };
  let total = 0;
  let missing = 0;
  for (const term of question.terms) {
    const weight = statistics.idf(term);
    total += weight;
    if (!statistics.has(term)) missing += weight;
  }
  if (total > 0 && missing / total > thresholds.maxMissingWeight) return { abstain: true, reason: 'unknown-topic', unknownKeys };
  if (best.lexical < thresholds.minLexical && best.semantic < thresholds.minSemantic) {
    return { abstain: true, reason: 'weak-evidence', unknownKeys };
  }
  return { abstain: false, reason: 'answerable', unknownKeys };
}
