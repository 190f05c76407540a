import { AutoTokenizer, pipeline, type FeatureExtractionPipeline } from '@xenova/transformers';
import type { Logger } from 'pino';
import { ModelUnavailableError } from '../errors.js';
import { embedByLength, type Embedder } from './embedder.js';
import { instructionPrefixes, type InstructionPrefixes } from './instruction-prefixes.js';
import { findModelDirectory, hashModelDirectory } from './model-files.js';
import { embedTexts, poolRows, runModel } from './model-forward.js';
import { configureEnvironment, ensureReachable, unavailableMessage, type ModelSource } from './model-source.js';
import { onnxModelFile, runOnOneThread } from './single-thread-session.js';
import { WordCachedTokenizer, type LibraryTokenizer, type WordEncoder } from './word-cached-tokenizer.js';

/** Texts embedded per model call; sorted by length first, so each call pads little. */
const SUB_BATCH = 64;

/**
 * transformers.js's own tokenizer for a model, loaded from the same files (never downloaded: the
 * model is already on disk), as an encoder of single words. For the word-vector path, which only
 * needs it for words a vocabulary lookup cannot settle.
 */
export async function loadWordEncoder(source: ModelSource): Promise<WordEncoder> {
  configureEnvironment({ ...source, allowRemote: false });
  const tokenizer = await AutoTokenizer.from_pretrained(source.modelId);
  return (word) => tokenizer.encode(word, null, { add_special_tokens: false });
}

/**
 * Embeds with any transformers.js feature-extraction model. The pipeline is created once and
 * reused. Pooling happens in the ONNX graph for the bundled model (its output is already
 * [batch, dim]) and here, over the output tensor, for transformer models ([batch, seq, dim]):
 * both are far faster than transformers.js's JavaScript pooling loop.
 */
export class TransformersEmbedder implements Embedder {
  private constructor(
    readonly modelId: string,
    readonly dimension: number,
    readonly fingerprint: string,
    readonly hasUnknownWords: boolean,
    private readonly extractor: FeatureExtractionPipeline,
    /** True when the model got its own single-thread session (see single-thread-session.ts). */
    readonly runsOnOneThread = false,
    private readonly prefixes: InstructionPrefixes = instructionPrefixes(modelId),
    private readonly wordTokenizer = WordCachedTokenizer.for(
      extractor.tokenizer as unknown as LibraryTokenizer,
    ),
  ) {
    this.vocabulary = hasUnknownWords ? wordTokenizer?.wholeWords : undefined;
  }

  readonly vocabulary: ReadonlyMap<string, number> | undefined;

  /** Loads the model (downloading it first for Hub models when allowed). */
  static async load(source: ModelSource, logger: Logger): Promise<TransformersEmbedder> {
    configureEnvironment(source);
    await ensureReachable(source);
    const started = performance.now();
    // A local model's files are hashed (off the main thread) while the pipeline loads them.
    const localDirectory = findModelDirectory(source.modelId, source);
    const localFingerprint = localDirectory ? hashModelDirectory(localDirectory) : undefined;
    localFingerprint?.catch(() => undefined);
    let extractor: FeatureExtractionPipeline;
    try {
      extractor = (await pipeline('feature-extraction', source.modelId, {
        quantized: source.quantized ?? true,
      })) as FeatureExtractionPipeline;
    } catch (error) {
      throw new ModelUnavailableError(
        source.modelId,
        unavailableMessage(source.modelId, (error as Error).message, source.cacheDir),
        { cause: error },
      );
    }
    // A Hub model's files are only on disk once the pipeline has downloaded them.
    const directory = localDirectory ?? findModelDirectory(source.modelId, source);
    const fingerprint = localFingerprint
      ? await localFingerprint
      : directory
        ? await hashModelDirectory(directory)
        : source.modelId;
    // A made-up word shows whether the model has words it does not know (they embed to zero).
    const forward = await runModel(extractor, ['dimension probe', 'qzxjvkwq']);
    const probe = forward ? poolRows(forward.output, forward.attentionMask) : [];
    const dimension = probe[0]?.length ?? 0;
    const hasUnknownWords = probe[1]?.every((value) => value === 0) ?? false;
    // A model that pools inside its graph (a [batch, dim] output: a word-vector table and a sum)
    // has nothing for a thread pool to share.
    const oneThread = directory !== undefined && forward?.output.dims.length === 2;
    if (oneThread) await runOnOneThread(extractor.model, onnxModelFile(directory, source.quantized ?? true));
    logger.debug(
      { modelId: source.modelId, dimension, oneThread, ms: Math.round(performance.now() - started) },
      'embedding model loaded',
    );
    return new TransformersEmbedder(
      source.modelId,
      dimension,
      fingerprint,
      hasUnknownWords,
      extractor,
      oneThread,
    );
  }

  embedDocuments(texts: readonly string[]): Promise<Float32Array[]> {
    const { document } = this.prefixes;
    return this.embed(document ? texts.map((text) => document + text) : texts);
  }

  embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    const { query } = this.prefixes;
    return this.embed(query ? texts.map((text) => query + text) : texts);
  }

  /** Embeds in sub-batches of texts of similar length (see {@link embedByLength}). */
  private embed(texts: readonly string[]): Promise<Float32Array[]> {
    return embedByLength(texts, SUB_BATCH, (batch) =>
      embedTexts(this.extractor, batch, this.dimension, this.wordTokenizer),
    );
  }
}
