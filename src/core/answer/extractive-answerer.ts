import type { RetrievalResult } from '../retrieval/hybrid-retriever.js';
import { decideAbstention, DEFAULT_ABSTENTION, type AbstentionDecision, type AbstentionThresholds } from './abstention.js';
import { uniqueSentences } from './candidates.js';
import { abstentionAnswer, composeAnswer, type ComposedAnswer } from './compose-answer.js';
import { ANSWER_WEIGHTS, rescoreSentences, type ScoredSentence, type SentenceWeights } from './score-sentences.js';
import { DEFAULT_SELECTION, inSourceOrder, selectSentences, type SelectionOptions } from './select-sentences.js';

/** Tuning of the extractive answerer. */
export interface ExtractiveOptions {
  weights: SentenceWeights;
  selection: SelectionOptions;
  abstention: AbstentionThresholds;
  /** Closest passages listed with a "doesn't say" answer. */
  closestPassages: number;
}

export const DEFAULT_EXTRACTIVE: ExtractiveOptions = {
  weights: ANSWER_WEIGHTS,
  selection: DEFAULT_SELECTION,
  abstention: DEFAULT_ABSTENTION,
  closestPassages: 3,
};

/** An extractive answer with the evidence behind the decision. */
export interface ExtractiveResult extends ComposedAnswer {
  abstained: boolean;
  decision: AbstentionDecision;
  /** The chosen sentences, best first (empty when abstaining). */
  chosen: ScoredSentence[];
}

/**
 * Answers by quoting the 1–3 sentences of the retrieved passages that best answer the
 * question, or says plainly that the article does not say. Never invents a word. The
 * sentences were already scored by the retriever's re-ranking stage.
 */
export class ExtractiveAnswerer {
  constructor(private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE) {}

  answer(retrieval: RetrievalResult): ExtractiveResult {
    const sentences = uniqueSentences(
      retrieval.results.map((result) => rescoreSentences(result.sentences, result.score, this.options.weights)),
    );
    const chosen = selectSentences(sentences, this.options.selection);
    const decision = decideAbstention(retrieval.question, chosen[0], retrieval.statistics, this.options.abstention);
    if (decision.abstain) {
      const closest = retrieval.results.slice(0, this.options.closestPassages);
      return { ...abstentionAnswer(closest), abstained: true, decision, chosen: [] };
    }
    return { ...composeAnswer(inSourceOrder(chosen), { primary: chosen[0], questionTerms: retrieval.question.terms }), abstained: false, decision, chosen };
  }
}
