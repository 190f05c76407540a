import { webcrypto } from 'node:crypto';
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
  const separator = Buffer.from([0]);
  const bytes = Buffer.concat(
    files.flatMap((file, index) => [Buffer.from(file), separator, contents[index] as Buffer, separator]),
  );
  // WebCrypto digests on libuv's thread pool, so start-up goes on parsing the tokenizer meanwhile.
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
