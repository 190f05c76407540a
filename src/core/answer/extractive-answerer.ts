import type { Embedder } from '../embedding/embedder.js';
import type { RetrievalResult } from '../retrieval/hybrid-retriever.js';
import { contentTerms } from '../text/terms.js';
import { decideAbstention, DEFAULT_ABSTENTION, type AbstentionDecision, type AbstentionThresholds } from './abstention.js';
import { candidateSentences } from './candidates.js';
import { abstentionAnswer, composeAnswer, type ComposedAnswer } from './compose-answer.js';
import { questionType } from './question-type.js';
import { DEFAULT_SENTENCE_WEIGHTS, scoreSentences, type QuestionAnalysis, type ScoredSentence, type SentenceWeights } from './score-sentences.js';
import { DEFAULT_SELECTION, inSourceOrder, selectSentences, type SelectionOptions } from './select-sentences.js';
import { SentenceVectorCache } from './sentence-vectors.js';
import type { Passage } from '../corpus/types.js';
import { termStatisticsFor } from './term-statistics.js';

/** Tuning of the extractive answerer. */
export interface ExtractiveOptions {
  weights: SentenceWeights;
  selection: SelectionOptions;
  abstention: AbstentionThresholds;
  /** Closest passages listed with a "doesn't say" answer. */
  closestPassages: number;
}

export const DEFAULT_EXTRACTIVE: ExtractiveOptions = {
  weights: DEFAULT_SENTENCE_WEIGHTS,
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
  /** Every scored candidate, for callers that need more context (e.g. generated answers). */
  scored: ScoredSentence[];
}

/**
 * Answers by quoting the 1–3 sentences of the retrieved passages that best answer the
 * question, or says plainly that the article does not say. Never invents a word.
 */
export class ExtractiveAnswerer {
  private readonly sentenceVectors: SentenceVectorCache;

  constructor(
    embedder: Embedder,
    private readonly options: ExtractiveOptions = DEFAULT_EXTRACTIVE,
  ) {
    this.sentenceVectors = new SentenceVectorCache(embedder);
  }

  async answer(question: string, retrieval: RetrievalResult, allPassages: readonly Passage[]): Promise<ExtractiveResult> {
    const statistics = termStatisticsFor(allPassages);
    const analysis: QuestionAnalysis = {
      text: question,
      type: questionType(question),
      terms: contentTerms(question),
      vector: retrieval.queryVector,
    };
    const candidates = candidateSentences(retrieval.results);
    const vectors = await this.sentenceVectors.get(candidates.map((candidate) => candidate.text));
    const scored = scoreSentences(analysis, candidates, vectors, statistics, this.options.weights);
    const chosen = selectSentences(scored, this.options.selection);
    const decision = decideAbstention(analysis, chosen[0], statistics, this.options.abstention);
    if (decision.abstain) {
      const closest = retrieval.results.slice(0, this.options.closestPassages);
      return { ...abstentionAnswer(closest), abstained: true, decision, chosen: [], scored };
    }
    return { ...composeAnswer(inSourceOrder(chosen)), abstained: false, decision, chosen, scored };
  }
}
