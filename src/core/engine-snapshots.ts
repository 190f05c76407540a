import type { AnswerResources } from './answer/answer-resources.js';
import type { EngineOptions } from './engine-options.js';
import type { Embedder } from './embedding/embedder.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import type { AnswerSource } from './question-answerer.js';
import { CandidateFinder } from './retrieval/candidate-finder.js';
import { HybridRetriever } from './retrieval/hybrid-retriever.js';
import { SurfaceWords } from './retrieval/surface-words.js';
import { corpusLatinShare } from './text/script.js';

/** The index and the retriever bound to it: what one request works on from start to end. */
export interface Snapshot {
  index: RetrievalIndex;
  retriever: HybridRetriever;
  /** The words the index's passages write, by stem. */
  words: SurfaceWords;
}

/**
 * The engine's current index snapshot, and the requests reading it. Kept apart from the engine so
 * the rule that makes hot reload safe (a request finishes on the snapshot it started with, and an
 * index is closed only once nobody reads it) lives in one place.
 */
export class IndexSnapshots {
  private current: Snapshot;
  private readonly scriptShares = new WeakMap<object, number>();

  constructor(
    index: RetrievalIndex,
    private readonly embedder: Embedder,
    private readonly resources: AnswerResources,
    private readonly options: EngineOptions,
  ) {
    this.current = this.snapshotOf(index);
  }

  private snapshotOf(index: RetrievalIndex): Snapshot {
    const finder = new CandidateFinder(index, this.embedder, this.resources.lexicon, this.options.fusion);
    return { index, retriever: new HybridRetriever(finder, this.resources.model), words: new SurfaceWords(index.keywords, index.passages) };
  }

  /** The snapshot new requests start on. */
  get latest(): Snapshot {
    return this.current;
  }

  /** Makes `index` the snapshot new requests start on, and returns the index it replaces (still open: the caller retires it). */
  swap(index: RetrievalIndex): RetrievalIndex {
    const previous = this.current.index;
    this.current = this.snapshotOf(index);
    return previous;
  }

  /** Runs a request on the current index, which stays open until the request is done even if another is swapped in. */
  async reading<T>(work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
    const snapshot = this.current;
    const release = snapshot.index.keywords.retain();
    try {
      return await work(snapshot);
    } finally {
      release();
    }
  }

  /** What a question on this snapshot is answered against. */
  source({ index, retriever }: Snapshot): AnswerSource {
    return { retriever, latinShare: () => this.latinShare(index) };
  }

  /** The share of Latin letters in an index's corpus, counted once per index. */
  latinShare(index: RetrievalIndex): number {
    let share = this.scriptShares.get(index);
    if (share === undefined) {
      share = corpusLatinShare(index.documents.map((document) => document.text));
      this.scriptShares.set(index, share);
    }
    return share;
  }
}
