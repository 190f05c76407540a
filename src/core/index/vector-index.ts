import { existsSync } from 'node:fs';
import hnswlib from 'hnswlib-node';
import { HnswGraph, type HnswParameters } from './hnsw-graph.js';
import { WORKER_SCRIPT, WorkerBuilder } from './vector-index-builder.js';

export type { HnswParameters } from './hnsw-graph.js';

const { HierarchicalNSW } = hnswlib;
type HierarchicalNSWInstance = InstanceType<typeof HierarchicalNSW>;

/** One neighbour: the passage's position in the store and its cosine similarity. */
export interface VectorHit {
  label: number;
  score: number;
}

/** Collects vectors in label order while the graph is built, here or on a worker thread. */
export interface VectorIndexBuilder {
  /** Adds the next vectors; labels continue from the previous call. */
  add(vectors: readonly Float32Array[]): void;
  /** The finished index, ready to search. */
  finish(): Promise<VectorIndex>;
  /** Gives up (the build failed elsewhere): stops any worker and removes scratch files. */
  abort(): Promise<void>;
}

/**
 * Approximate nearest-neighbour search over unit vectors with hnswlib, in inner-product space
 * (cosine for unit vectors; all-zero vectors simply score 0).
 */
export class VectorIndex {
  private constructor(
    private readonly index: HierarchicalNSWInstance,
    readonly dimension: number,
    private count: number,
    /** Labels a view may return (see {@link VectorIndex.restrictedTo}); every label when unset. */
    private readonly allowed?: (label: number) => boolean,
  ) {}

  /** How many vectors the index holds. */
  get size(): number {
    return this.count;
  }

  /**
   * Starts building an index of `capacity` vectors that arrive in batches. With `scratchFile`,
   * the graph is built on a worker thread (so the caller's thread stays free for other work)
   * and handed back through that file; without it, or when the worker script is not compiled,
   * it is built on this thread. Both give the same graph.
   */
  static startBuild(
    dimension: number,
    capacity: number,
    parameters: HnswParameters,
    options: { scratchFile?: string } = {},
  ): VectorIndexBuilder {
    if (options.scratchFile && existsSync(WORKER_SCRIPT))
      return new WorkerBuilder(dimension, capacity, parameters, options.scratchFile, VectorIndex.load);
    const graph = new HnswGraph(dimension, capacity, parameters);
    return {
      add: (vectors) => vectors.forEach((vector) => graph.add(vector)),
      finish: async () => {
        graph.index.setEf(parameters.efSearch);
        return new VectorIndex(graph.index, dimension, graph.size);
      },
      abort: async () => undefined,
    };
  }

  /** Reads a saved index; throws when the file is truncated or not an index of this shape. */
  static load(file: string, dimension: number, expectedSize: number, efSearch: number): VectorIndex {
    const index = new HierarchicalNSW('ip', dimension);
    index.readIndexSync(file);
    const size = index.getCurrentCount();
    if (size !== expectedSize)
      throw new Error(`vector index holds ${size} vectors, expected ${expectedSize}`);
    index.setEf(efSearch);
    return new VectorIndex(index, dimension, size);
  }

  /**
   * Adds vectors under the next labels, growing the graph in place (an article added to a
   * loaded index is embedded and linked in without rebuilding the rest).
   */
  append(vectors: readonly Float32Array[]): void {
    if (vectors.length === 0) return;
    this.index.resizeIndex(this.count + vectors.length);
    for (const vector of vectors) {
      this.index.addPoint(Array.from(vector), this.count);
      this.count += 1;
    }
  }

  /**
   * A view of this index that only ever returns labels `allowed` accepts, sharing the graph:
   * hnswlib filters while it searches, so the view still finds its `k` best allowed vectors.
   */
  restrictedTo(allowed: (label: number) => boolean): VectorIndex {
    return new VectorIndex(this.index, this.dimension, this.count, allowed);
  }

  /** The `k` most similar vectors, best first. */
  search(query: Float32Array, k: number): VectorHit[] {
    const count = Math.min(k, this.size);
    if (count <= 0) return [];
    const result = this.allowed ? this.index.searchKnn(Array.from(query), count, this.allowed) : this.index.searchKnn(Array.from(query), count);
    return result.neighbors.map((label, position) => ({
      label,
      score: 1 - (result.distances[position] ?? 1),
    }));
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }
}
