import path from 'node:path';
import onnxruntime from 'onnxruntime-node';

// A CommonJS module: its exports are read from the default import.
const { InferenceSession } = onnxruntime;

/** The part of a transformers.js model this module replaces: its ONNX session (public in its types). */
export interface SessionHolder {
  session: unknown;
}

/** The ONNX file transformers.js loads from a model directory, by the same rule as its own loader. */
export function onnxModelFile(directory: string, quantized: boolean): string {
  return path.join(directory, 'onnx', quantized ? 'model_quantized.onnx' : 'model.onnx');
}

/**
 * Gives a model a session that runs on the calling thread only.
 *
 * transformers.js creates its sessions with onnxruntime's defaults: a pool of intra-op threads,
 * one per core, which spin between runs waiting for work. For a word-vector model whose graph is
 * a table lookup and a sum there is no work to share, and the spinning thread kept the second of
 * two cores busy throughout an index build (CPU time twice the wall time while embedding the
 * CNN stories), slowing the vector graph being built on a worker thread beside it, and any other
 * request the bot serves meanwhile. Transformer models, whose matrix products do gain from the
 * pool, keep transformers.js's session.
 */
export async function runOnOneThread(model: SessionHolder, file: string): Promise<void> {
  model.session = await createOneThreadSession(file);
}

/** An onnxruntime session for `file` that runs on the calling thread only (see {@link runOnOneThread}). */
export function createOneThreadSession(file: string): Promise<onnxruntime.InferenceSession> {
  return InferenceSession.create(file, {
    executionProviders: ['cpu'],
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
  });
}
