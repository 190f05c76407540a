import { readFile } from 'node:fs/promises';
import path from 'node:path';
import onnxruntime from 'onnxruntime-node';
import { embedByLength, type Embedder } from './embedder.js';
import { hashModelDirectory } from './model-files.js';
import { pooledRows } from './pooled-rows.js';
import { createOneThreadSession, onnxModelFile } from './single-thread-session.js';
import { shapeOfTokenizerFiles, type TokenizerConfigFile, type TokenizerFile } from './tokenizer-shape.js';
import { WordCachedTokenizer, type WordEncoder } from './word-cached-tokenizer.js';

// A CommonJS module: its exports are read from the default import.
const { Tensor } = onnxruntime;
type Session = Awaited<ReturnType<typeof createOneThreadSession>>;

/** Texts embedded per model call; sorted by length first, so each call pads little. */
const SUB_BATCH = 64;

/** Loads transformers.js's own tokenizer for the model, for the words a lookup cannot settle. */
export type LibraryLoader = () => Promise<WordEncoder>;

/**
 * A word-vector model (a whole-word WordPiece vocabulary and a graph that pools: the bundled
 * `article-qa/glove-sif-100d`), run without transformers.js for nearly every word.
 *
 * Importing transformers.js (with onnxruntime-web and its other backends) and building its
 * pipeline took about 280 ms of every cold `article-qa ask`, for a model whose tokenizer is a
 * table lookup once a word is normalised as BERT does, and whose graph is a lookup and a sum. So
 * the vocabulary is read from `tokenizer.json`, the graph runs on an onnxruntime-node session of
 * its own (the runtime transformers.js itself uses), and transformers.js's tokenizer is imported
 * only when a text holds a word a lookup cannot settle (Chinese characters, a capital sigma; see
 * word-cached-tokenizer.ts): the library stays the tokenizer of record. Tests hold the ids and
 * vectors to the transformers.js pipeline's.
 */
export class WordVectorEmbedder implements Embedder {
  readonly vocabulary: ReadonlyMap<string, number> | undefined;
  private libraryLoading: Promise<void> | undefined;

  private constructor(
    readonly modelId: string,
    readonly dimension: number,
    readonly fingerprint: string,
    readonly hasUnknownWords: boolean,
    private readonly session: Session,
    private readonly tokenizer: WordCachedTokenizer,
    private readonly loadLibrary: LibraryLoader,
  ) {
    this.vocabulary = hasUnknownWords ? tokenizer.wholeWords : undefined;
  }

  /**
   * The embedder for the model in `directory`, or undefined when the model is not a word-vector
   * model this path can run exactly as the library would (then the caller uses transformers.js).
   */
  static async open(
    modelId: string,
    directory: string,
    quantized: boolean,
    loadLibrary: LibraryLoader,
  ): Promise<WordVectorEmbedder | undefined> {
    // Hugging Face's files, read as transformers.js reads them (a missing config gives no shape).
    const readJson = async <T>(file: string): Promise<T> =>
      JSON.parse(await readFile(path.join(directory, file), 'utf8')) as T;
    const [tokenizerFile, tokenizerConfig] = await Promise.all([
      readJson<TokenizerFile>('tokenizer.json'),
      readJson<TokenizerConfigFile>('tokenizer_config.json').catch(() => ({})),
    ]);
    const shape = shapeOfTokenizerFiles(tokenizerFile, tokenizerConfig);
    const tokenizer = shape && WordCachedTokenizer.forShape(shape);
    if (!tokenizer?.wholeWords) return undefined;
    // The files are read for their hash (on the thread pool) while the session loads.
    const fingerprint = hashModelDirectory(directory);
    fingerprint.catch(() => undefined);
    const session = await createOneThreadSession(onnxModelFile(directory, quantized));
    const inputs = new Set(session.inputNames);
    if (
      !inputs.has('input_ids') ||
      [...inputs].some((name) => !['input_ids', 'attention_mask'].includes(name))
    )
      return undefined;
    const embedder = new WordVectorEmbedder(modelId, 0, '', false, session, tokenizer, loadLibrary);
    // A made-up word shows whether the model has words it does not know (they embed to zero).
    const probe = await embedder.forward(['dimension probe', 'qzxjvkwq']);
    if (probe?.dims.length !== 2) return undefined;
    const [known, unknown] = pooledRows(probe);
    return new WordVectorEmbedder(
      modelId,
      known?.length ?? 0,
      await fingerprint,
      unknown?.every((value) => value === 0) ?? false,
      session,
      tokenizer,
      loadLibrary,
    );
  }

  embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  /** Word-vector models take no instruction before queries. */
  embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embed(texts);
  }

  /** Embeds in sub-batches of texts of similar length; results come back in input order. */
  private embed(texts: readonly string[]): Promise<Float32Array[]> {
    return embedByLength(texts, SUB_BATCH, async (batch) => {
      const output = await this.forward(batch);
      // Texts with no token at all (only zero-width or control characters) hold nothing to
      // embed: they are the zero vector, like unknown words.
      return output ? pooledRows(output) : batch.map(() => new Float32Array(this.dimension));
    });
  }

  /** Runs the graph on texts; undefined when no text holds a token. */
  private async forward(
    texts: readonly string[],
  ): Promise<{ data: Float32Array; dims: readonly number[] } | undefined> {
    let batch = this.tokenizer.tryBatch(texts);
    if (!batch) {
      await this.attachLibrary();
      batch = this.tokenizer.batch(texts);
    }
    const { inputIds, attentionMask, dims } = batch;
    // onnxruntime refuses an empty sequence.
    if (dims[1] === 0) return undefined;
    const feeds: Record<string, InstanceType<typeof Tensor>> = {
      input_ids: new Tensor('int64', inputIds, dims),
    };
    if (this.session.inputNames.includes('attention_mask'))
      feeds.attention_mask = new Tensor('int64', attentionMask, dims);
    const outputs = await this.session.run(feeds);
    const output = outputs[this.session.outputNames[0] as string];
    if (!output) throw new Error('the word-vector model produced no output');
    return { data: output.data as Float32Array, dims: output.dims };
  }

  private attachLibrary(): Promise<void> {
    this.libraryLoading ??= this.loadLibrary().then((encode) => this.tokenizer.attachLibrary(encode));
    // A failed load is tried again on the next text that needs it.
    this.libraryLoading.catch(() => (this.libraryLoading = undefined));
    return this.libraryLoading;
  }
}
