import type { SimilarityMatrix } from './sentence-graph.js';

/** How maximal marginal relevance trades importance against repetition. */
export interface SelectionOptions {
  /** 1 ranks by importance alone; lower values push harder for sentences unlike those chosen. */
  relevance: number;
  /** Subtracted once a sentence's section already has a chosen sentence (0 turns coverage off). */
  sectionCoverage: number;
}

export const DEFAULT_SELECTION: SelectionOptions = { relevance: 0.7, sectionCoverage: 0.25 };

/** What selection needs to know about each candidate. */
export interface SelectionCandidate {
  importance: number;
  /** Sentences in one section share a group; coverage spreads choices across groups. */
  group: number;
  /** False for sentences that must never be quoted alone (fragments). */
  eligible: boolean;
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein, 1998): repeatedly takes the sentence
 * whose importance, less its similarity to the closest sentence already chosen, is highest.
 * Ties go to the earlier sentence, so the choice is deterministic. Returns indices in
 * source order.
 */
export function selectSentences(
  candidates: readonly SelectionCandidate[],
  similarities: SimilarityMatrix,
  count: number,
  options: SelectionOptions = DEFAULT_SELECTION,
): number[] {
  const chosen: number[] = [];
  const coveredGroups = new Set<number>();
  // Closest similarity of each candidate to anything chosen so far, updated as choices are made.
  const closest = candidates.map(() => 0);
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    candidates.forEach((candidate, index) => {
      if (!candidate.eligible || chosen.includes(index)) return;
      const value =
        options.relevance * candidate.importance -
        (1 - options.relevance) * (closest[index] ?? 0) -
        (coveredGroups.has(candidate.group) ? options.sectionCoverage : 0);
      if (value > bestValue) {
        best = index;
        bestValue = value;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    coveredGroups.add((candidates[best] as SelectionCandidate).group);
    candidates.forEach((_, index) => {
      closest[index] = Math.max(closest[index] ?? 0, similarities.get(index, best));
    });
  }
  return chosen.sort((a, b) => a - b);
}
