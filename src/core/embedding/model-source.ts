/**
 * Where an embedding model comes from (the bundled folder, the cache, the Hugging Face Hub), and
 * the check, before transformers.js is asked, that it can be had, with a message saying what to do.
 */
import { env } from '@xenova/transformers';
import { ModelUnavailableError } from '../errors.js';
import { DEFAULT_MODEL_ID, findModelDirectory } from './model-files.js';

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

/** Points transformers.js at the model folders: it keeps its switches in one global `env` object, so they are set in one place. */
export function configureEnvironment(source: ModelSource): void {
  env.localModelPath = source.modelDir.endsWith('/') ? source.modelDir : `${source.modelDir}/`;
  env.cacheDir = source.cacheDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = source.allowRemote;
  env.useBrowserCache = false;
  if (source.hubUrl) env.remoteHost = source.hubUrl;
}

/** What to tell the admin when a model cannot be had: why, how to fetch it ahead of time, how to switch back. */
export function unavailableMessage(modelId: string, reason: string, cacheDir: string): string {
  return [
    `Embedding model "${modelId}" is not available: ${reason}.`,
    `To fetch it ahead of time, run "npx article-qa index --model ${modelId}" once on a machine that can reach`,
    `${env.remoteHost} (files are cached in ${cacheDir}/${modelId}), or copy the model's files there.`,
    `To switch back to the bundled offline model, remove --model / EMBEDDING_MODEL (default: ${DEFAULT_MODEL_ID}).`,
  ].join('\n');
}

export /** Fails fast, with a clear message, when a model is neither local nor reachable. */
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
