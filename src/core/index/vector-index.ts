import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;
type HierarchicalNSWInstance = InstanceType<typeof HierarchicalNSW>;

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

export const DEFAULT_HNSW: HnswParameters = { m: 16, efConstruction: 200, efSearch: 100, randomSeed: 100 };

/** One neighbour: the passage's position in the store and its cosine similarity. */
export interface VectorHit {
  label: number;
  score: number;
}

/**
 * Approximate nearest-neighbour search over unit vectors with hnswlib, in inner-product space
 * (cosine for unit vectors; all-zero vectors simply score 0).
 */
export class VectorIndex {
  private constructor(
    private readonly index: HierarchicalNSWInstance,
    readonly dimension: number,
    readonly size: number,
  ) {}

  /** Builds an index whose labels are the vectors' positions. */
  static build(vectors: readonly Float32Array[], dimension: number, parameters: HnswParameters): VectorIndex {
    const index = new HierarchicalNSW('ip', dimension);
    index.initIndex({
      maxElements: Math.max(1, vectors.length),
      m: parameters.m,
      efConstruction: parameters.efConstruction,
      randomSeed: parameters.randomSeed,
    });
    vectors.forEach((vector, label) => index.addPoint(Array.from(vector), label));
    index.setEf(parameters.efSearch);
    return new VectorIndex(index, dimension, vectors.length);
  }

  /** Reads a saved index; throws when the file is truncated or not an index of this shape. */
  static load(file: string, dimension: number, expectedSize: number, efSearch: number): VectorIndex {
    const index = new HierarchicalNSW('ip', dimension);
    index.readIndexSync(file);
    const size = index.getCurrentCount();
    if (size !== expectedSize) throw new Error(`vector index holds ${size} vectors, expected ${expectedSize}`);
    index.setEf(efSearch);
    return new VectorIndex(index, dimension, size);
  }

  /** The `k` most similar vectors, best first. */
  search(query: Float32Array, k: number): VectorHit[] {
    const count = Math.min(k, this.size);
    if (count <= 0) return [];
    const result = this.index.searchKnn(Array.from(query), count);
    return result.neighbors.map((label, position) => ({ label, score: 1 - (result.distances[position] ?? 1) }));
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }
}
