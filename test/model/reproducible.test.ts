import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildModel,
  DEFAULT_OUTPUT_DIRECTORY,
  locateInstalledSource,
} from '../../src/tools/model-builder/build.js';

// Parsing the 300 MB source JSON and rebuilding takes about 5–10 s; the timeout leaves room for slow CI disks.
const BUILD_TIMEOUT_MS = 180_000;

async function digests(directory: string): Promise<Map<string, string>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const result = new Map<string, string>();
  for (const file of files.sort()) {
    const relative = file
      .slice(directory.length)
      .replace(/^[\\/]+/, '')
      .split(/[\\/]/)
      .join('/');
    result.set(
      relative,
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return result;
}

describe('committed default embedding model', () => {
  let scratch = '';

  afterAll(async () => {
    if (scratch !== '') {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it(
    'is byte-identical to a fresh build from the installed source package',
    async () => {
      scratch = await mkdtemp(join(tmpdir(), 'article-qa-model-'));
      const source = locateInstalledSource();
      await buildModel({ sourcePath: source.path, sourceName: source.name, outputDirectory: scratch });
      const rebuilt = await digests(scratch);
      const committed = await digests(DEFAULT_OUTPUT_DIRECTORY);
      expect([...rebuilt.keys()]).toContain('onnx/model_quantized.onnx');
      expect(Object.fromEntries(rebuilt)).toEqual(Object.fromEntries(committed));
    },
    BUILD_TIMEOUT_MS,
  );
});
