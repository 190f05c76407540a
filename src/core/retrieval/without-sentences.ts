import type { RetrievalResult } from './hybrid-retriever.js';

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
  return { ...retrieval, sentences: retrieval.sentences.filter((sentence) => !keys.has(sentenceKey(sentence.candidate.text))) };
}
