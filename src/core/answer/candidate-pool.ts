import type { Passage } from '../corpus/types.js';
import type { Embedder } from '../embedding/embedder.js';
import { growingLruCache } from '../growing-cache.js';
import { passageCandidates, type CandidateSentence } from './candidates.js';
import type { CandidateEvidence } from './features.js';
import { SentenceVectorCache } from './sentence-vectors.js';
import { TextProfiles } from './text-profile.js';

/** A passage from the first retrieval stage, in rank order. */
export interface PooledPassage {
  passage: Passage;
  score: number;
  keywordScore: number;
  vectorScore: number;
}

/** The candidate sentences of some passages, each once, with what the features read of them. */
export interface CandidatePool {
  /** Distinct sentences, attributed to the best-ranked passage that holds them. */
  candidates: CandidateEvidence[];
  /** For each pooled passage, the indexes (into `candidates`) of all its sentences. */
  sentencesOf: number[][];
}

/**
 * Turns first-stage passages into candidate sentences with their profiles and vectors. The
 * same passages come back question after question, so their sentence splits, profiles and
 * vectors are remembered (least recently used go first).
 */
export class CandidatePoolBuilder {
  private readonly splits = growingLruCache<string, CandidateSentence[]>(20_000);
  private readonly vectors: SentenceVectorCache;
  readonly profiles = new TextProfiles();

  constructor(embedder: Embedder) {
    this.vectors = new SentenceVectorCache(embedder);
  }

  async build(passages: readonly PooledPassage[]): Promise<CandidatePool> {
    const byKey = new Map<string, number>();
    const chosen: Array<{ candidate: CandidateSentence; rank: number }> = [];
    const sentencesOf = passages.map((pooled, rank) =>
      this.sentences(pooled.passage).map((candidate) => {
        let index = byKey.get(candidate.key);
        if (index === undefined) {
          index = chosen.length;
          byKey.set(candidate.key, index);
          chosen.push({ candidate, rank });
        }
        return index;
      }),
    );
    const vectors = await this.vectors.get(chosen.map(({ candidate }) => candidate.text));
    const candidates = chosen.map(({ candidate, rank }, index): CandidateEvidence => {
      const pooled = passages[rank] as PooledPassage;
      return {
        candidate: { ...candidate, passageScore: pooled.score },
        profile: this.profiles.get(candidate.text),
        passageProfile: this.profiles.get(pooled.passage.text),
        titleProfile: this.profiles.get(`${pooled.passage.docTitle}\n${pooled.passage.section ?? ''}`),
        vector: vectors[index] as Float32Array,
        passage: { rank, score: pooled.score, keywordScore: pooled.keywordScore, vectorScore: pooled.vectorScore },
      };
    });
    return { candidates, sentencesOf };
  }

  private sentences(passage: Passage): CandidateSentence[] {
    let sentences = this.splits.get(passage.id);
    if (!sentences) {
      sentences = passageCandidates(passage, 0);
      this.splits.set(passage.id, sentences);
    }
    return sentences;
  }
}
