import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** The project's own offline model, built from GloVe word vectors (see src/tools/build-model.ts). */
export const DEFAULT_MODEL_ID = 'article-qa/glove-sif-100d';

/** Where a model's files live: bundled models under `modelDir`, downloaded ones under `cacheDir`. */
export function findModelDirectory(
  modelId: string,
  dirs: { modelDir: string; cacheDir: string },
): string | undefined {
  for (const base of [dirs.modelDir, dirs.cacheDir]) {
    const candidate = path.join(base, modelId);
    if (existsSync(path.join(candidate, 'config.json'))) return candidate;
  }
  return undefined;
}

/** sha256 over the names and bytes of every file under a model directory, in a fixed order. */
export async function hashModelDirectory(directory: string): Promise<string> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
  const contents = await Promise.all(files.map((file) => readFile(path.join(directory, file))));
  // The files are fed to the hash one by one. Joined into one buffer for WebCrypto (to digest on
  // the thread pool), the bundled model's 6 MB were copied twice on the main thread, by the join
  // and again by WebCrypto taking its own copy: about 45 ms of every cold `article-qa ask`,
  // against 5–15 ms to hash them here. The bytes hashed, and so the digest, are the same.
  const hash = createHash('sha256');
  const separator = Buffer.from([0]);
  for (const [index, file] of files.entries()) {
    hash.update(file).update(separator);
    hash.update(contents[index] as Buffer).update(separator);
  }
  return hash.digest('hex');
}
