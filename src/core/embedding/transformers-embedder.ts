import { AutoTokenizer, env, pipeline, Tensor, type FeatureExtractionPipeline } from '@xenova/transformers';
import type { Logger } from 'pino';
import { ModelUnavailableError } from '../errors.js';
import { embedByLength, type Embedder } from './embedder.js';
import { instructionPrefixes, type InstructionPrefixes } from './instruction-prefixes.js';
import { DEFAULT_MODEL_ID, findModelDirectory, hashModelDirectory } from './model-files.js';
import { pooledRows } from './pooled-rows.js';
import { onnxModelFile, runOnOneThread } from './single-thread-session.js';
import {
  WordCachedTokenizer,
  type LibraryTokenizer,
  type TokenizedIds,
  type WordEncoder,
} from './word-cached-tokenizer.js';

/** Texts embedded per model call; sorted by length first, so each call pads little. */
const SUB_BATCH = 64;

/** Where models come from and whether the network may be used. */
export interface ModelSource {
  modelId: string;
  /** Bundled models (`embeddings/models`). */
  modelDir: string;
  /** Downloaded Hugging Face models (`embeddings/cache`). */
  cacheDir: string;
  /** When false, only local files are used. */
  allowRemote: boolean;
  /** How long the Hub may take to answer before we give up, in ms. */
  hubTimeoutMs?: number;
  /** Use the int8 `model_quantized.onnx` (transformers.js's default) rather than `model.onnx`. */
  quantized?: boolean;
  /** The Hugging Face Hub or a mirror, ending in `/`. */
  hubUrl?: string;
}

// transformers.js keeps its switches in one global `env` object; set them in one place.
function configureEnvironment(source: ModelSource): void {
  env.localModelPath = source.modelDir.endsWith('/') ? source.modelDir : `${source.modelDir}/`;
  env.cacheDir = source.cacheDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = source.allowRemote;
  env.useBrowserCache = false;
  if (source.hubUrl) env.remoteHost = source.hubUrl;
}

function unavailableMessage(modelId: string, reason: string, cacheDir: string): string {
  return [
    `Embedding model "${modelId}" is not available: ${reason}.`,
    `To fetch it ahead of time, run "npx article-qa index --model ${modelId}" once on a machine that can reach`,
    `${env.remoteHost} (files are cached in ${cacheDir}/${modelId}), or copy the model's files there.`,
    `To switch back to the bundled offline model, remove --model / EMBEDDING_MODEL (default: ${DEFAULT_MODEL_ID}).`,
  ].join('\n');
}

/** Fails fast, with a clear message, when a model is neither local nor reachable. */
async function ensureReachable(source: ModelSource): Promise<void> {
  if (findModelDirectory(source.modelId, source)) return;
  if (!source.allowRemote) {
    throw new ModelUnavailableError(
      source.modelId,
      unavailableMessage(source.modelId, 'it is not on disk and downloads are disabled', source.cacheDir),
    );
  }
  const url = `${env.remoteHost}${source.modelId}/resolve/main/config.json`;
  try {
    const response = await fetch(url, {
      method: 'HEAD',
      signal: AbortSignal.timeout(source.hubTimeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`the Hub answered ${response.status} for ${url}`);
  } catch (error) {
    // fetch wraps the network error: ECONNREFUSED, ENOTFOUND or a timeout is what the user needs.
    const failure = error as Error & { cause?: { code?: string; errors?: Array<{ code?: string }> } };
    const reason = failure.cause?.code ?? failure.cause?.errors?.[0]?.code ?? failure.message;
    throw new ModelUnavailableError(
      source.modelId,
      unavailableMessage(
        source.modelId,
        `the Hugging Face Hub (${env.remoteHost}) cannot be reached (${reason})`,
        source.cacheDir,
      ),
      { cause: error },
    );
  }
}

/** The model inputs the pipeline's own tokenizer call makes: `[batch, longest]` int64 tensors. */
interface TokenizedBatch {
  input_ids: Tensor;
  attention_mask: Tensor;
}

const tensorsOf = ({ inputIds, attentionMask, dims }: TokenizedIds): TokenizedBatch => ({
  input_ids: new Tensor('int64', inputIds, dims),
  attention_mask: new Tensor('int64', attentionMask, dims),
});

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
    const forward = await TransformersEmbedder.forward(extractor, ['dimension probe', 'qzxjvkwq']);
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
      TransformersEmbedder.run(this.extractor, batch, this.dimension, this.wordTokenizer),
    );
  }

  /**
   * Runs the model on texts, calling the tokenizer and model directly (the pipeline's own pooling
   * is a slow JS loop). Undefined when no text holds a token.
   */
  private static async forward(
    extractor: FeatureExtractionPipeline,
    texts: readonly string[],
    wordTokenizer?: WordCachedTokenizer,
  ): Promise<{ output: Tensor; attentionMask: Tensor } | undefined> {
    const inputs = wordTokenizer
      ? tensorsOf(wordTokenizer.batch(texts))
      : (extractor.tokenizer([...texts], { padding: true, truncation: true }) as TokenizedBatch);
    // onnxruntime refuses an empty sequence.
    if ((inputs.input_ids.dims[1] ?? 0) === 0) return undefined;
    const outputs = (await extractor.model(inputs)) as Record<string, Tensor | undefined>;
    const output = outputs.last_hidden_state ?? outputs.sentence_embedding ?? outputs.logits;
    if (!output) throw new Error('model produced no last_hidden_state');
    return { output, attentionMask: inputs.attention_mask };
  }

  private static async run(
    extractor: FeatureExtractionPipeline,
    texts: readonly string[],
    dimension: number,
    wordTokenizer?: WordCachedTokenizer,
  ): Promise<Float32Array[]> {
    const forward = await TransformersEmbedder.forward(extractor, texts, wordTokenizer);
    // Texts with no token at all (only zero-width or control characters) hold nothing to embed:
    // they are the zero vector, like unknown words.
    if (!forward) return texts.map(() => new Float32Array(dimension));
    return poolRows(forward.output, forward.attentionMask);
  }
}

/** Turns a [batch, dim] or [batch, seq, dim] tensor into unit vectors (mean over unmasked tokens). */
export function poolRows(output: Tensor, attentionMask: Tensor): Float32Array[] {
  return pooledRows(
    { data: output.data as Float32Array, dims: output.dims },
    attentionMask.data as BigInt64Array,
  );
}
