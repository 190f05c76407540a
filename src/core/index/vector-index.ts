import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import { HnswGraph, type HnswParameters } from './hnsw-graph.js';

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

/** Where the worker's compiled script sits; absent when running from TypeScript sources (tests). */
const WORKER_SCRIPT = fileURLToPath(new URL('./vector-index-worker.js', import.meta.url));

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
      return new WorkerBuilder(dimension, capacity, parameters, options.scratchFile);
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

/**
 * Vectors sent to the worker per message. Small enough that the graph starts growing while the
 * first passages are still being embedded (with 2,048, a corpus of 2,286 passages sent nothing
 * until embedding was nearly over, and the keyword index then waited for the graph); large
 * enough that posting stays cheap (≈ 0.1 ms a message, ≈ 40 ms over 100k vectors).
 */
const ROWS_PER_MESSAGE = 256;

/** Builds the graph on a worker thread; vectors travel in large transferred buffers. */
class WorkerBuilder implements VectorIndexBuilder {
  private readonly worker: Worker;
  private added = 0;
  private pending: Float32Array<ArrayBuffer>;
  private pendingRows = 0;
  private failure: Error | undefined;

  constructor(
    private readonly dimension: number,
    private readonly capacity: number,
    private readonly parameters: HnswParameters,
    private readonly scratchFile: string,
  ) {
    this.worker = new Worker(WORKER_SCRIPT, { workerData: { dimension, capacity, parameters } });
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('message', (message: { error?: string }) => {
      if (message.error) this.failure ??= new Error(`vector index worker: ${message.error}`);
    });
    this.pending = new Float32Array(ROWS_PER_MESSAGE * dimension);
  }

  add(vectors: readonly Float32Array[]): void {
    for (const vector of vectors) {
      this.pending.set(vector, this.pendingRows * this.dimension);
      this.pendingRows += 1;
      if (this.pendingRows === ROWS_PER_MESSAGE) this.send();
    }
    this.added += vectors.length;
    // The last vector arrived: send the rest now, so the graph is finished while the caller
    // builds the keyword index, instead of only once `finish` is called.
    if (this.added >= this.capacity) this.send();
  }

  /** Transfers the filled part of the pending buffer to the worker and starts a new one. */
  private send(): void {
    if (this.pendingRows === 0) return;
    const filled =
      this.pending.length === this.pendingRows * this.dimension
        ? this.pending
        : this.pending.slice(0, this.pendingRows * this.dimension);
    this.worker.postMessage({ vectors: filled }, [filled.buffer]);
    this.pending = new Float32Array(ROWS_PER_MESSAGE * this.dimension);
    this.pendingRows = 0;
  }

  async abort(): Promise<void> {
    await this.worker.terminate();
    await rm(this.scratchFile, { force: true });
  }

  async finish(): Promise<VectorIndex> {
    try {
      await new Promise<void>((resolve, reject) => {
        if (this.failure) return reject(this.failure);
        this.worker.on('message', (message: { done?: boolean; error?: string }) => {
          if (message.done) resolve();
          if (message.error) reject(new Error(`vector index worker: ${message.error}`));
        });
        this.worker.once('error', reject);
        this.worker.once('exit', (code) => reject(new Error(`vector index worker exited with code ${code}`)));
        this.send();
        this.worker.postMessage({ finish: this.scratchFile });
      });
      // Free the worker's copy of the graph before reading ours.
      await this.worker.terminate();
      return VectorIndex.load(this.scratchFile, this.dimension, this.added, this.parameters.efSearch);
    } finally {
      await this.abort();
    }
  }
}
