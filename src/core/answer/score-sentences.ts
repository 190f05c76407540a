import { cosine } from '../embedding/embedder.js';
import { contentTerms } from '../text/terms.js';
import type { CandidateSentence } from './candidates.js';
import type { QuestionType } from './question-type.js';
import { cueSpans, type CueSpan } from './sentence-cues.js';
import type { TermStatistics } from './term-statistics.js';

/** Weights of a sentence score's parts; tuned on the dev question sets (see README). */
export interface SentenceWeights {
  lexical: number;
  semantic: number;
  cue: number;
  passage: number;
}

/** For re-ranking passages by their best sentence: meaning weighs more, the passage's own score not at all. */
export const RERANK_WEIGHTS: SentenceWeights = { lexical: 0.5, semantic: 0.6, cue: 0.12, passage: 0 };

/** For choosing the answer's sentences: words weigh more, and the passage's final rank counts. */
export const ANSWER_WEIGHTS: SentenceWeights = { lexical: 0.5, semantic: 0.3, cue: 0.12, passage: 0.5 };

/** The question, analysed once. */
export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  /** Stemmed content terms. */
  terms: string[];
  vector: Float32Array;
  /** Share of the question the embedding model can see (see VectorCoverage); scales the semantic part. */
  vectorCoverage?: number;
}

/** A candidate with its score and the parts it was made of. */
export interface ScoredSentence {
  candidate: CandidateSentence;
  vector: Float32Array;
  score: number;
  /** IDF-weighted share of the question's terms found in the sentence (0–1). */
  lexical: number;
  /** Cosine similarity to the question. */
  semantic: number;
  /** Spans of the kind the question asks for (names for "who", dates for "when", …). */
  cues: CueSpan[];
  /** Whether the question has a type whose cues count. */
  typed: boolean;
  /** The question's vector coverage: how far `semantic` can be trusted (0–1). */
  coverage: number;
}

/** IDF-weighted share of `questionTerms` present in `terms`. */
export function weightedOverlap(questionTerms: readonly string[], terms: ReadonlySet<string>, statistics: TermStatistics): number {
  let total = 0;
  let found = 0;
  for (const term of questionTerms) {
    const weight = statistics.idf(term);
    total += weight;
    if (terms.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/** Combines a sentence's parts into one score. Untyped questions give every sentence a neutral cue. */
export function weightedScore(
  parts: { lexical: number; semantic: number; cues: readonly CueSpan[]; typed: boolean; coverage: number },
  passageScore: number,
  weights: SentenceWeights,
): number {
  const cue = parts.typed ? (parts.cues.length > 0 ? 1 : 0) : 0.5;
  const semantic = weights.semantic * parts.coverage * parts.semantic;
  return weights.lexical * parts.lexical + semantic + weights.cue * cue + weights.passage * passageScore;
}

/** Scores every candidate sentence by words, meaning, question-type cues and its passage's score. */
export function scoreSentences(
  question: QuestionAnalysis,
  candidates: readonly CandidateSentence[],
  vectors: readonly Float32Array[],
  statistics: TermStatistics,
  weights: SentenceWeights = RERANK_WEIGHTS,
): ScoredSentence[] {
  const typed = question.type !== 'other' && question.type !== 'yes-no';
  const coverage = question.vectorCoverage ?? 1;
  return candidates.map((candidate, index) => {
    const vector = vectors[index] as Float32Array;
    const lexical = weightedOverlap(question.terms, new Set(contentTerms(candidate.text)), statistics);
    const semantic = Math.max(0, cosine(question.vector, vector));
    const cues = typed ? cueSpans(question.type, candidate.text, question.text) : [];
    const score = weightedScore({ lexical, semantic, cues, typed, coverage }, candidate.passageScore, weights);
    return { candidate, vector, score, lexical, semantic, cues, typed, coverage };
  });
}

/** The same sentences scored again for another purpose, against their passage's final score. */
export function rescoreSentences(sentences: readonly ScoredSentence[], passageScore: number, weights: SentenceWeights): ScoredSentence[] {
  return sentences.map((sentence) => ({
    ...sentence,
    candidate: { ...sentence.candidate, passageScore },
    score: weightedScore(sentence, passageScore, weights),
  }));
}
