import type { Passage } from '../corpus/types.js';
import type { Embedder } from '../embedding/embedder.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';

/** How the keyword and vector rankings are fused. */
export interface FusionOptions {
  /** Candidates taken from each index before fusing. */
  candidates: number;
  /** Reciprocal-rank-fusion constant: larger flattens the rank curve. */
  rrfK: number;
  /** Relative trust in the keyword ranking (the vector ranking has weight 1). */
  keywordWeight: number;
}

export const DEFAULT_FUSION: FusionOptions = { candidates: 40, rrfK: 20, keywordWeight: 1 };

/** A passage with the evidence for it from both indexes. */
export interface RetrievedPassage {
  passage: Passage;
  /** Position in the passage store. */
  label: number;
  /** Fused score, rescaled so the best possible passage (first in both lists) scores 1. */
  score: number;
  /** Cosine similarity to the question (0 when not among the vector candidates). */
  vectorScore: number;
  /** BM25 score (0 when no question term matched). */
  keywordScore: number;
  vectorRank: number | null;
  keywordRank: number | null;
}

/** The question's vector and the fused ranking: answer composition reuses both. */
export interface RetrievalResult {
  queryVector: Float32Array;
  results: RetrievedPassage[];
  /** The best BM25 score over the whole corpus, for calibration. */
  topKeywordScore: number;
}

/**
 * Hybrid retrieval: BM25 (MiniSearch) carries names and numbers, the vector index carries
 * meaning; reciprocal rank fusion combines them without having to calibrate their scores.
 */
export class HybridRetriever {
  constructor(
    private readonly index: RetrievalIndex,
    private readonly embedder: Embedder,
    private readonly fusion: FusionOptions = DEFAULT_FUSION,
  ) {}

  get passages(): readonly Passage[] {
    return this.index.passages;
  }

  async retrieve(question: string, k: number, mode: 'hybrid' | 'vector' | 'keyword' = 'hybrid'): Promise<RetrievalResult> {
    const [queryVector] = await this.embedder.embed([question]);
    if (!queryVector) throw new Error('embedder returned no vector');
    const { candidates, rrfK, keywordWeight } = this.fusion;
    const vectorHits = mode === 'keyword' ? [] : this.index.vectors.search(queryVector, candidates);
    const keywordHits = mode === 'vector' ? [] : this.index.keywords.search(question, candidates);
    const byLabel = new Map<number, RetrievedPassage>();
    const entry = (label: number): RetrievedPassage => {
      let found = byLabel.get(label);
      if (!found) {
        const passage = this.index.passages[label];
        if (!passage) throw new Error(`index label ${label} has no passage`);
        found = { passage, label, score: 0, vectorScore: 0, keywordScore: 0, vectorRank: null, keywordRank: null };
        byLabel.set(label, found);
      }
      return found;
    };
    vectorHits.forEach((hit, rank) => {
      const item = entry(hit.label);
      item.vectorScore = hit.score;
      item.vectorRank = rank + 1;
      item.score += 1 / (rrfK + rank + 1);
    });
    keywordHits.forEach((hit, rank) => {
      const item = entry(hit.label);
      item.keywordScore = hit.score;
      item.keywordRank = rank + 1;
      item.score += keywordWeight / (rrfK + rank + 1);
    });
    const best = (mode === 'keyword' ? 0 : 1 / (rrfK + 1)) + (mode === 'vector' ? 0 : keywordWeight / (rrfK + 1));
    const results = [...byLabel.values()]
      .map((item) => ({ ...item, score: best > 0 ? item.score / best : 0 }))
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .slice(0, k);
    return { queryVector, results, topKeywordScore: keywordHits[0]?.score ?? 0 };
  }
}
