import { cosine } from '../embedding/embedder.js';
import type { ScoredSentence } from './score-sentences.js';

/** How many sentences an answer may quote, and how close to the best a companion must be. */
export interface SelectionOptions {
  maxSentences: number;
  /** A further sentence must score at least this share of the best one. */
  companionRatio: number;
  /** Sentences more similar than this to one already chosen add nothing. */
  redundancy: number;
  /** The answer stays readable: companions are added only while the text stays under this length. */
  maxChars: number;
}

export const DEFAULT_SELECTION: SelectionOptions = { maxSentences: 3, companionRatio: 0.7, redundancy: 0.9, maxChars: 650 };

/** Characters a sentence adds to the answer, with its marker and separating space. */
const answerLength = (sentence: ScoredSentence): number => sentence.candidate.text.length + 5;

/**
 * Picks the best sentence, then up to `maxSentences - 1` companions that score nearly as well
 * and say something the chosen ones do not. Returns them best first.
 */
export function selectSentences(scored: readonly ScoredSentence[], options: SelectionOptions = DEFAULT_SELECTION): ScoredSentence[] {
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.candidate.start - b.candidate.start);
  const best = ranked[0];
  if (!best) return [];
  const chosen: ScoredSentence[] = [best];
  let length = answerLength(best);
  for (const candidate of ranked.slice(1)) {
    if (chosen.length >= options.maxSentences) break;
    if (candidate.score < best.score * options.companionRatio) break;
    if (length + answerLength(candidate) > options.maxChars) continue;
    if (chosen.some((picked) => cosine(picked.vector, candidate.vector) > options.redundancy)) continue;
    chosen.push(candidate);
    length += answerLength(candidate);
  }
  return chosen;
}

/** Orders sentences as they appear in the source: by document, then position. */
export function inSourceOrder(sentences: readonly ScoredSentence[]): ScoredSentence[] {
  return [...sentences].sort(
    (a, b) =>
      a.candidate.passage.docId.localeCompare(b.candidate.passage.docId) || a.candidate.start - b.candidate.start,
  );
}
