import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

/** HNSW build and search parameters. Part of the manifest: changing M or efConstruction rebuilds. */
export interface HnswParameters {
  /** Links per node. */
  m: number;
  efConstruction: number;
  /** Search breadth; read at load time, so changing it needs no rebuild. */
  efSearch: number;
  /** Fixed seed so the same vectors always give the same graph. */
  randomSeed: number;
}

/**
 * An hnswlib graph being built, in inner-product space, with labels given in insertion order.
 * Shared by the in-thread builder and the worker thread, so both build the very same graph.
 */
export class HnswGraph {
  readonly index: InstanceType<typeof HierarchicalNSW>;
  private count = 0;
  // hnswlib-node takes plain arrays; one reused array avoids an allocation per point.
  private readonly point: number[];

  constructor(
    private readonly dimension: number,
    capacity: number,
    parameters: HnswParameters,
  ) {
    this.index = new HierarchicalNSW('ip', dimension);
    this.index.initIndex({
      maxElements: Math.max(1, capacity),
      m: parameters.m,
      efConstruction: parameters.efConstruction,
      randomSeed: parameters.randomSeed,
    });
    this.point = new Array<number>(dimension).fill(0);
  }

  get size(): number {
    return this.count;
  }

  /** Adds one vector under the next label. */
  add(vector: Float32Array): void {
    for (let column = 0; column < this.dimension; column += 1) this.point[column] = vector[column] ?? 0;
    this.index.addPoint(this.point, this.count);
    this.count += 1;
  }

  /** Adds vectors stored back to back in one array. */
  addFlat(vectors: Float32Array): void {
    for (let offset = 0; offset < vectors.length; offset += this.dimension)
      this.add(vectors.subarray(offset, offset + this.dimension));
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }
}
