/**
 * One pass of a transformers.js feature-extraction model over texts, calling its tokenizer (or
 * the word-cached one) and model directly, and pooling the output here: the pipeline's own
 * pooling is a slow JavaScript loop.
 */
import { Tensor, type FeatureExtractionPipeline } from '@xenova/transformers';
import { pooledRows } from './pooled-rows.js';
import type { TokenizedIds, WordCachedTokenizer } from './word-cached-tokenizer.js';

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
 * Runs the model on texts, calling the tokenizer and model directly (the pipeline's own pooling
 * is a slow JS loop). Undefined when no text holds a token.
 */
export async function runModel(
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

/** Unit vectors for texts, one per text: a text with no token at all is the zero vector. */
export async function embedTexts(
  extractor: FeatureExtractionPipeline,
  texts: readonly string[],
  dimension: number,
  wordTokenizer?: WordCachedTokenizer,
): Promise<Float32Array[]> {
  const forward = await runModel(extractor, texts, wordTokenizer);
  // Texts with no token at all (only zero-width or control characters) hold nothing to embed:
  // they are the zero vector, like unknown words.
  if (!forward) return texts.map(() => new Float32Array(dimension));
  return poolRows(forward.output, forward.attentionMask);
}

/** Turns a [batch, dim] or [batch, seq, dim] tensor into unit vectors (mean over unmasked tokens). */
export function poolRows(output: Tensor, attentionMask: Tensor): Float32Array[] {
  return pooledRows(
    { data: output.data as Float32Array, dims: output.dims },
    attentionMask.data as BigInt64Array,
  );
}
