import { passageCandidates } from '../answer/candidates.js';
import { questionType } from '../answer/question-type.js';
import { scoreSentences, type QuestionAnalysis, type ScoredSentence } from '../answer/score-sentences.js';
import { SentenceVectorCache } from '../answer/sentence-vectors.js';
import { termStatisticsFor, type TermStatistics } from '../answer/term-statistics.js';
import type { Passage } from '../corpus/types.js';
import type { Embedder } from '../embedding/embedder.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';
import { contentTerms } from '../text/terms.js';
import { blend, DEFAULT_FUSION, diverseOrder, type FusionOptions } from './fusion.js';
import { withPrior, type RetrievalPrior } from './prior.js';
import { VectorCoverage } from './vector-coverage.js';

export { DEFAULT_FUSION, type FusionOptions } from './fusion.js';

/** A passage with the evidence for it from both indexes. */
export interface RetrievedPassage {
  passage: Passage;
  /** Position in the passage store. */
  label: number;
  /** Final score, 0–1 (plus any prior the caller gave). */
  score: number;
  /** Cosine similarity of the whole passage to the question (0 when not a vector candidate). */
  vectorScore: number;
  /** BM25 score divided by the query's best BM25 score (0 when no question term matched). */
  keywordScore: number;
  /** The passage's sentences, scored against the question (hybrid mode only), best first. */
  sentences: ScoredSentence[];
}

/** Everything later stages reuse: the analysed question and the ranked passages. */
export interface RetrievalResult {
  question: QuestionAnalysis;
  queryVector: Float32Array;
  results: RetrievedPassage[];
  statistics: TermStatistics;
}

export type RetrievalMode = 'hybrid' | 'vector' | 'keyword';

/** Options of one retrieval beyond the question itself. */
export interface RetrieveOptions {
  /** Score added to given passages in both stages (a conversation's earlier evidence). */
  prior?: RetrievalPrior;
}

/**
 * Hybrid retrieval in two stages. First, BM25 (KeywordIndex), which carries names and numbers,
 * and the HNSW vector index, which carries meaning, are blended. Then the best passages are
 * re-ranked by their best sentence (its words, meaning and question-type cues), and passages
 * that repeat text already ranked above them are pushed down.
 */
export class HybridRetriever {
  private readonly sentenceVectors: SentenceVectorCache;
  private readonly coverage: VectorCoverage;

  constructor(
    private readonly index: RetrievalIndex,
    private readonly embedder: Embedder,
    private readonly fusion: FusionOptions = DEFAULT_FUSION,
  ) {
    this.sentenceVectors = new SentenceVectorCache(embedder);
    this.coverage = new VectorCoverage(embedder);
  }

  async retrieve(
    question: string,
    k: number,
    mode: RetrievalMode = 'hybrid',
    options: RetrieveOptions = {},
  ): Promise<RetrievalResult> {
    const [queryVector] = await this.embedder.embed([question]);
    if (!queryVector) throw new Error('embedder returned no vector for the question');
    const statistics = termStatisticsFor(this.index.keywords);
    // What the model cannot see of the question, the keywords must carry.
    const coverage = mode === 'hybrid' ? await this.coverage.of(question, statistics) : 1;
    const analysis: QuestionAnalysis = {
      text: question,
      type: questionType(question),
      terms: contentTerms(question),
      vector: queryVector,
      vectorCoverage: coverage,
    };
    const keywordWeight = mode === 'keyword' ? 1 : mode === 'vector' ? 0 : 1 - (1 - this.fusion.keywordWeight) * coverage;
    const firstStage = withPrior(this.firstStage(question, queryVector, mode, keywordWeight), options.prior).sort(
      (a, b) => b.score - a.score || a.label - b.label,
    );
    if (mode !== 'hybrid') return { question: analysis, queryVector, statistics, results: firstStage.slice(0, k) };
    const depth = Math.max(k, this.fusion.rerankDepth);
    const reranked = withPrior(await this.rerank(analysis, firstStage.slice(0, depth), statistics, keywordWeight), options.prior);
    const results = [...diverseOrder(reranked, this.fusion.diversity), ...firstStage.slice(depth)].slice(0, k);
    return { question: analysis, queryVector, statistics, results };
  }

  /** Blends the two indexes' candidates; single-index modes exist for comparisons. */
  private firstStage(question: string, queryVector: Float32Array, mode: RetrievalMode, keywordWeight: number): RetrievedPassage[] {
    const { candidates } = this.fusion;
    const vectorHits = mode === 'keyword' ? [] : this.index.vectors.search(queryVector, candidates);
    const keywordHits = mode === 'vector' ? [] : this.index.keywords.search(question, candidates);
    const topKeyword = keywordHits[0]?.score ?? 1;
    const byLabel = new Map<number, RetrievedPassage>();
    const entry = (label: number): RetrievedPassage => {
      let found = byLabel.get(label);
      if (!found) {
        const passage = this.index.passages[label];
        if (!passage) throw new Error(`index label ${label} has no passage`);
        found = { passage, label, score: 0, vectorScore: 0, keywordScore: 0, sentences: [] };
        byLabel.set(label, found);
      }
      return found;
    };
    for (const hit of vectorHits) entry(hit.label).vectorScore = hit.score;
    for (const hit of keywordHits) entry(hit.label).keywordScore = hit.score / topKeyword;
    return [...byLabel.values()]
      .map((item) => ({ ...item, score: blend(item.keywordScore, item.vectorScore, keywordWeight) }))
      .sort((a, b) => b.score - a.score || a.label - b.label);
  }

  /**
   * Scores each passage's sentences and re-ranks by a blend of the keyword score, the best
   * sentence's similarity, and the best sentence's answer score.
   */
  private async rerank(
    question: QuestionAnalysis,
    passages: readonly RetrievedPassage[],
    statistics: TermStatistics,
    keywordWeight: number,
  ): Promise<RetrievedPassage[]> {
    const perPassage = passages.map((item) => passageCandidates(item.passage, item.score));
    const vectors = await this.sentenceVectors.get(perPassage.flat().map((candidate) => candidate.text));
    let offset = 0;
    const { sentenceWeight } = this.fusion;
    return passages.map((item, index) => {
      const candidates = perPassage[index] ?? [];
      const scored = scoreSentences(question, candidates, vectors.slice(offset, offset + candidates.length), statistics);
      offset += candidates.length;
      scored.sort((a, b) => b.score - a.score || a.candidate.start - b.candidate.start);
      const bestSimilarity = Math.max(0, ...scored.map((sentence) => sentence.semantic));
      const passageBlend = blend(item.keywordScore, bestSimilarity, keywordWeight);
      const score = (1 - sentenceWeight) * passageBlend + sentenceWeight * (scored[0]?.score ?? 0);
      return { ...item, score, sentences: scored };
    });
  }
}
