import { contentTerms } from '../text/terms.js';
import { centrality, DIRECTED_CENTRALITY, rescale, type SimilarityMatrix } from './sentence-graph.js';
import type { SourceSentence } from './source-sentences.js';
import { opensWithQuotation } from './surface-cues.js';

/**
 * The few parameters behind sentence importance. Equal weights for the three signals did best
 * on CNN/DailyMail development stories and read well on the bundled article; stronger or
 * weaker position decay, centrality or topic words changed little, so the plain choice stays.
 */
export interface ImportanceWeights {
  /** Weight of the position prior. */
  position: number;
  /** Weight of centrality in the sentence graph. */
  centrality: number;
  /** Weight of topic-word overlap. */
  keywords: number;

  /** Sentences this far apart in position count about 1/e as much as the first (the prior's decay). */
  positionDecay: number;
  /** In sectioned text, the final paragraph (the conclusion) counts this much of a section's opening. */
  closingWeight: number;
  /** Subtracted from sentences that open with a quotation. */
  quotationPenalty: number;
  /** In sectioned text, weight of restating a section heading (the author's own outline of the points). */
  headings: number;
  /**
   * In sectioned text, the position weight is scaled by this: section openings and heading
   * matches both describe the layout, so together they should not drown centrality and topic words.
   */
  sectionedPosition: number;
}

export const DEFAULT_IMPORTANCE: ImportanceWeights = {
  position: 1,
  centrality: 1,
  keywords: 1,
  positionDecay: 3,
  closingWeight: 1,
  quotationPenalty: 0.15,
  headings: 1,
  sectionedPosition: 0.5,
};

/** What the text is like: one run of prose (a story, one section) or several titled sections. */
export interface TextShape {
  /** True when the sentences span several sections with headings. */
  sectioned: boolean;
  /** The document title and the headings in scope: their words name the topics. */
  headings: readonly string[];
  /**
   * For sectioned text, how closely each sentence restates one of the section headings
   * (0–1, by meaning and shared words); absent for a single run of prose.
   */
  headingMatch?: readonly number[];
}

/**
 * Where a sentence sits. One run of prose follows the inverted pyramid: the lead matters most.
 * Sectioned writing states each section's point at its opening and ends with a conclusion
 * (salient sentences cluster at section starts and the end of long documents: Xiao &
 * Carenini, 2019), so section openings and the final paragraph count.
 */
export function positionPrior(
  sentence: SourceSentence,
  shape: TextShape,
  weights: ImportanceWeights,
): number {
  const decay = (distance: number): number => Math.exp(-distance / weights.positionDecay);
  if (!shape.sectioned) return decay(sentence.position);
  const opening = decay(sentence.positionInSection);
  const closing = sentence.inFinalParagraph ? weights.closingWeight * decay(sentence.positionInParagraph) : 0;
  return Math.max(opening, closing);
}

/**
 * Topic-word overlap: words that recur across sentences or appear in the title and headings
 * mark what the text is about. Scored per sentence with a square-root length normalisation so
 * long sentences do not win on length alone.
 */
export function keywordScores(sentences: readonly SourceSentence[], shape: TextShape): number[] {
  const termsOf = sentences.map((sentence) => contentTerms(sentence.text));
  const frequency = new Map<string, number>();
  for (const terms of termsOf) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const headingTerms = new Set(shape.headings.flatMap((heading) => contentTerms(heading)));
  return termsOf.map((terms) => {
    let sum = 0;
    for (const term of terms) {
      // A word seen once says nothing about the topic; a heading word says a lot.
      const recurrences = (frequency.get(term) ?? 1) - 1 + (headingTerms.has(term) ? 3 : 0);
      sum += Math.log1p(recurrences);
    }
    return terms.length > 0 ? sum / Math.sqrt(terms.length) : 0;
  });
}

/**
 * Importance of every sentence, 0–1 before penalties: a weighted mean of position, centrality
 * and topic words, minus a penalty for opening quotations.
 */
export function importanceScores(
  sentences: readonly SourceSentence[],
  similarities: SimilarityMatrix,
  shape: TextShape,
  weights: ImportanceWeights = DEFAULT_IMPORTANCE,
): number[] {
  const layout = {
    sections: sentences.map((sentence) => sentence.sectionNumber),
    concluding: sentences.map((sentence) => shape.sectioned && sentence.inFinalParagraph),
  };
  const central = rescale(centrality(similarities, DIRECTED_CENTRALITY, layout));
  const keywords = rescale(keywordScores(sentences, shape));
  // Headings list the article's points: a sentence that restates one carries a main point.
  const headingWeight = shape.sectioned && shape.headingMatch ? weights.headings : 0;
  const headingMatch = shape.headingMatch ? rescale(shape.headingMatch) : [];
  const positionWeight = shape.sectioned ? weights.position * weights.sectionedPosition : weights.position;
  const total = positionWeight + weights.centrality + weights.keywords + headingWeight;
  return sentences.map((sentence, index) => {
    const mixed =
      positionWeight * positionPrior(sentence, shape, weights) +
      weights.centrality * (central[index] ?? 0) +
      weights.keywords * (keywords[index] ?? 0) +
      headingWeight * (headingMatch[index] ?? 0);
    return mixed / total - (opensWithQuotation(sentence.text) ? weights.quotationPenalty : 0);
  });
}
