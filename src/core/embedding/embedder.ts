/**
 * Turns text into unit-length vectors. The only thing retrieval, answers and summaries know
 * about the model; tests can supply a small deterministic implementation.
 */
export interface Embedder {
  /** The model id as configured, e.g. `article-qa/glove-sif-100d` or `Xenova/all-MiniLM-L6-v2`. */
  readonly modelId: string;
  readonly dimension: number;
  /** Hash of the model's files: part of the index manifest, so a changed model forces a rebuild. */
  readonly fingerprint: string;
  /** Texts per `embed` call that use the model best, when the embedder knows (default 64). */
  readonly preferredBatchSize?: number;
  /**
   * Whether some words embed to the zero vector (a word-vector model's unknown words). False
   * for subword models, which know every word; unset when the embedder cannot tell.
   */
  readonly hasUnknownWords?: boolean;
  /**
   * For a word-vector model, the words it knows, each with its place in the vocabulary (commonest
   * first: the bundled model's table is in order of frequency). Unset for subword models.
   */
  readonly vocabulary?: ReadonlyMap<string, number> | undefined;
  /**
   * Embeds what is searched (passages, sentences, words) in one batch. Every vector is
   * L2-normalised, except text with no known word, which comes back as an all-zero vector
   * (normalising it would give NaN).
   */
  embedDocuments(texts: readonly string[]): Promise<Float32Array[]>;
  /**
   * Embeds questions, as {@link embedDocuments} does. Models trained with an instruction before
   * queries (bge, e5, nomic) get it here, and passages get theirs, so both sides match their training.
   */
  embedQueries(texts: readonly string[]): Promise<Float32Array[]>;
}

/** Normalises in place to unit length; leaves an all-zero vector as it is. */
export function normalizeInPlace(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let index = 0; index < vector.length; index += 1) sum += (vector[index] ?? 0) ** 2;
  if (sum === 0 || !Number.isFinite(sum)) {
    vector.fill(0);
    return vector;
  }
  const scale = 1 / Math.sqrt(sum);
  for (let index = 0; index < vector.length; index += 1) vector[index] = (vector[index] ?? 0) * scale;
  return vector;
}

/** Cosine similarity of two unit vectors (a dot product); 0 when either is the zero vector. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  // Hot: the answerer compares every question word with every candidate word. Same-length vectors.
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) dot += (a[index] as number) * (b[index] as number);
  return dot;
}

/**
 * Embeds many texts in batches and hands each batch on as soon as it is ready, so a consumer
 * (an index being built on another thread) can work while the next batch is embedded, and
 * nobody has to hold every vector at once.
 */
export async function forEachEmbeddedBatch(
  embedder: Embedder,
  texts: readonly string[],
  onBatch: (vectors: Float32Array[], start: number) => void,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const batchSize = options.batchSize ?? embedder.preferredBatchSize ?? 64;
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = await embedder.embedDocuments(texts.slice(start, start + batchSize));
    onBatch(batch, start);
    options.onProgress?.(Math.min(start + batchSize, texts.length), texts.length);
  }
}

/**
 * Embeds texts in sub-batches of similar length and returns the vectors in input order. Every
 * text in a batch is padded to the longest, so grouping by length avoids embedding padding.
 */
export async function embedByLength(
  texts: readonly string[],
  batchSize: number,
  embedBatch: (batch: string[]) => Promise<Float32Array[]>,
): Promise<Float32Array[]> {
  const order = texts
    .map((_, index) => index)
    .sort((a, b) => (texts[a] as string).length - (texts[b] as string).length);
  const vectors = new Array<Float32Array>(texts.length);
  for (let start = 0; start < order.length; start += batchSize) {
    const slice = order.slice(start, start + batchSize);
    const embedded = await embedBatch(slice.map((index) => texts[index] as string));
    slice.forEach((index, position) => (vectors[index] = embedded[position] as Float32Array));
  }
  return vectors;
}
