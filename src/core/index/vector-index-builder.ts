import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HnswParameters } from './hnsw-graph.js';
import type { VectorIndex, VectorIndexBuilder } from './vector-index.js';

/** Where the worker's compiled script sits; absent when running from TypeScript sources (tests). */
export const WORKER_SCRIPT = fileURLToPath(new URL('./vector-index-worker.js', import.meta.url));

/**
 * Vectors sent to the worker per message. Small enough that the graph starts growing while the
 * first passages are still being embedded (with 2,048, a corpus of 2,286 passages sent nothing
 * until embedding was nearly over, and the keyword index then waited for the graph); large
 * enough that posting stays cheap (≈ 0.1 ms a message, ≈ 40 ms over 100k vectors).
 */
const ROWS_PER_MESSAGE = 256;

/**
 * Builds the graph on a worker thread; vectors travel in large transferred buffers. The worker
 * saves the graph to the scratch file, which `load` (VectorIndex.load) reads back.
 */
export class WorkerBuilder implements VectorIndexBuilder {
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
    private readonly load: (file: string, dimension: number, expectedSize: number, efSearch: number) => VectorIndex,
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
      return this.load(this.scratchFile, this.dimension, this.added, this.parameters.efSearch);
    } finally {
      await this.abort();
    }
  }
}
