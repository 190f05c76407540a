import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { normalizeInPlace, type Embedder } from './embedder.js';
import { hashModelDirectory } from './model-files.js';
import { WordPieceTokenizer } from './wordpiece-tokenizer.js';

/** Most token slots (batch × longest text) per model run: large enough to amortise each call. */
const TOKENS_PER_RUN = 32_768;
const LITTLE_ENDIAN = endianness() === 'LE';

/** int64 tensor data from small non-negative integers, without a BigInt per element. */
function int64Data(values: ArrayLike<number>, length: number): BigInt64Array {
  const data = new BigInt64Array(length);
  if (LITTLE_ENDIAN) {
    const words = new Int32Array(data.buffer);
    for (let index = 0; index < values.length; index += 1) words[index * 2] = values[index] ?? 0;
  } else {
    for (let index = 0; index < values.length; index += 1) data[index] = BigInt(values[index] ?? 0);
  }
  return data;
}

/**
 * Embeds with a local ONNX model and a BERT-style WordPiece tokenizer, calling onnxruntime
 * directly: the same model files and ids as transformers.js, without loading it (it also pulls in
 * onnxruntime-web and sharp, a quarter of a second at start-up) and with texts batched by length
 * so little time goes on padding. Models it cannot serve exactly are left to TransformersEmbedder.
 */
export class OnnxEmbedder implements Embedder {
  /** Texts are regrouped by length inside each call, so larger calls pad less. */
  readonly preferredBatchSize = 512;

  private constructor(
    readonly modelId: string,
    readonly dimension: number,
    readonly fingerprint: string,
    private readonly tokenizer: WordPieceTokenizer,
    private readonly session: ort.InferenceSession,
    private readonly typeIds: boolean,
  ) {}

  /** Loads a model directory, or returns undefined when its tokenizer or graph is not supported. */
  static async load(
    modelId: string,
    directory: string,
    options: { quantized: boolean },
  ): Promise<OnnxEmbedder | undefined> {
    const modelFile = path.join(directory, 'onnx', options.quantized ? 'model_quantized.onnx' : 'model.onnx');
    // The fingerprint is hashed off the main thread while the tokenizer is parsed and the session made.
    const fingerprinting = hashModelDirectory(directory);
    fingerprinting.catch(() => undefined);
    const [tokenizerText, configText, modelBytes] = await Promise.all([
      readFile(path.join(directory, 'tokenizer.json'), 'utf8'),
      readFile(path.join(directory, 'tokenizer_config.json'), 'utf8').catch(() => '{}'),
      readFile(modelFile).catch(() => undefined),
    ]);
    if (!modelBytes) return undefined;
    const tokenizer = WordPieceTokenizer.fromJson(JSON.parse(tokenizerText), JSON.parse(configText));
    if (!tokenizer) return undefined;
    const session = await ort.InferenceSession.create(modelBytes);
    const inputs = new Set(session.inputNames);
    const known = new Set(['input_ids', 'attention_mask', 'token_type_ids']);
    if (!inputs.has('input_ids') || session.inputNames.some((name) => !known.has(name))) return undefined;
    const fingerprint = await fingerprinting;
    const probe = new OnnxEmbedder(modelId, 0, fingerprint, tokenizer, session, inputs.has('token_type_ids'));
    const [vector] = await probe.embed(['dimension probe']);
    return new OnnxEmbedder(
      modelId,
      vector?.length ?? 0,
      fingerprint,
      tokenizer,
      session,
      inputs.has('token_type_ids'),
    );
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const ids = texts.map((text) => this.tokenizer.encode(text));
    // Shortest first, so each run pads its texts to a similar length.
    const order = ids
      .map((_, position) => position)
      .sort((a, b) => (ids[a]?.length ?? 0) - (ids[b]?.length ?? 0));
    const vectors = new Array<Float32Array>(texts.length);
    let start = 0;
    while (start < order.length) {
      let end = start + 1;
      while (
        end < order.length &&
        (end - start + 1) * (ids[order[end] as number]?.length ?? 0) <= TOKENS_PER_RUN
      )
        end += 1;
      const positions = order.slice(start, end);
      const rows = await this.run(positions.map((position) => ids[position] ?? []));
      positions.forEach((position, row) => (vectors[position] = rows[row] as Float32Array));
      start = end;
    }
    return vectors;
  }

  /** One model run over texts of similar length; texts with no tokens get the zero vector. */
  private async run(batch: ReadonlyArray<readonly number[]>): Promise<Float32Array[]> {
    const sequence = Math.max(0, ...batch.map((row) => row.length));
    if (sequence === 0) return batch.map(() => new Float32Array(this.dimension));
    const flatIds = new Int32Array(batch.length * sequence);
    const flatMask = new Int32Array(batch.length * sequence);
    batch.forEach((row, index) => {
      flatIds.set(row, index * sequence);
      flatMask.fill(1, index * sequence, index * sequence + row.length);
    });
    const dims = [batch.length, sequence];
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', int64Data(flatIds, flatIds.length), dims),
      attention_mask: new ort.Tensor('int64', int64Data(flatMask, flatMask.length), dims),
    };
    if (this.typeIds) feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(flatIds.length), dims);
    const outputs = await this.session.run(feeds);
    const output = outputs.last_hidden_state ?? outputs.sentence_embedding ?? Object.values(outputs)[0];
    if (!output) throw new Error('model produced no output');
    return pool(
      output.data as Float32Array,
      output.dims,
      batch.map((row) => row.length),
    );
  }
}

/** [batch, dim] rows as they are, or [batch, seq, dim] summed over each text's tokens; then unit length. */
function pool(data: Float32Array, dims: readonly number[], lengths: readonly number[]): Float32Array[] {
  if (dims.length === 2) {
    const width = dims[1] ?? 0;
    return lengths.map((_, row) => normalizeInPlace(data.slice(row * width, (row + 1) * width)));
  }
  const sequence = dims[1] ?? 0;
  const width = dims[2] ?? 0;
  return lengths.map((length, row) => {
    const vector = new Float32Array(width);
    for (let token = 0; token < length; token += 1) {
      const offset = (row * sequence + token) * width;
      for (let column = 0; column < width; column += 1)
        vector[column] = (vector[column] ?? 0) + (data[offset + column] ?? 0);
    }
    return normalizeInPlace(vector);
  });
}
