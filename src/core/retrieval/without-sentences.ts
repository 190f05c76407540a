import { scoreAgainst, scoreBasis } from '../answer/answer-model.js';
import type { RetrievalResult, ScoredSentence } from './hybrid-retriever.js';

/** Whitespace folded, so a sentence read back from an answer's text meets its candidate. */
export const sentenceKey = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The retrieval without the candidate sentences already given ("tell me more" after an answer):
 * the answer is then chosen, and its confidence judged, among the rest. Passages stay, so what
 * is left of them can still be cited.
 */
export function withoutSentences(retrieval: RetrievalResult, shown: readonly string[]): RetrievalResult {
  if (shown.length === 0) return retrieval;
  const keys = new Set(shown.map(sentenceKey));
  const rest = retrieval.sentences.filter((sentence) => !keys.has(sentenceKey(sentence.candidate.text)));
  return { ...retrieval, sentences: scoredAmong(retrieval.sentences, rest) };
}

/**
 * The `rest` of `all` with their scores as the answer model gives them among the rest alone
 * (`withScores` in answer-model.ts): its scores are relative to the ranker's first and the
 * highest pointwise probability, so without the sentences given, every score would be judged
 * against one no longer there. A sentence raised above its own score (a stated reason keeps the
 * probability of the sentence it explains, a listed item the best's: hybrid-retriever.ts) keeps
 * what it was raised to, as it would have without the ranker.
 */
export function scoredAmong(all: readonly ScoredSentence[], rest: readonly ScoredSentence[]): ScoredSentence[] {
  const before = scoreBasis(scoredParts(all));
  const after = scoreBasis(scoredParts(rest));
  if (before === undefined || after === undefined) return [...rest];
  return rest
    .map((sentence) => {
      const { pointwise, rank, probability } = sentence;
      if (pointwise === undefined || rank === undefined || rank === -Infinity) return sentence;
      const among = scoreAgainst(rank, after);
      const raised = probability > scoreAgainst(rank, before) * (1 + 1e-9) + 1e-12;
      return { ...sentence, probability: raised ? Math.max(probability, among) : among };
    })
    .sort((a, b) => b.probability - a.probability || a.candidate.start - b.candidate.start);
}

/** The parts of the sentences the answer model scored (those built without them, in tests, have none). */
function scoredParts(sentences: readonly ScoredSentence[]): Array<{ pointwise: number; rank: number }> {
  return sentences.flatMap(({ pointwise, rank }) => (pointwise === undefined || rank === undefined ? [] : [{ pointwise, rank }]));
}
