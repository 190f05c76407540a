import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../errors.js';
import { createSilentLogger } from '../../logging/logger.js';
import { loadEmbedder } from './load-embedder.js';
import { DEFAULT_MODEL_ID } from './model-files.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe('loadEmbedder', () => {
  it('says the bundled model is missing from the models folder, without asking a Hub that cannot have it', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'article-qa-no-models-'));
    cleanups.push(() => rmSync(empty, { recursive: true, force: true }));
    // A Hub mirror on this machine that counts what it is asked: nothing, for the project's own model.
    let requests = 0;
    const hub = createServer((_request, response) => {
      requests += 1;
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => hub.close());
    const hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;

    const failure = await loadEmbedder(
      { modelId: DEFAULT_MODEL_ID, modelDir: empty, cacheDir: empty, allowRemote: true, hubUrl },
      createSilentLogger(),
    ).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ModelUnavailableError);
    expect((failure as Error).message).toBe(
      `Embedding model "${DEFAULT_MODEL_ID}" ships with article-qa, but ${path.join(empty, DEFAULT_MODEL_ID)} holds no config.json. ` +
        'Restore that folder from the project (git checkout embeddings/models, or reinstall), or point model.dir at the folder that holds it; ' +
        'a volume or bind mount over embeddings/ hides the bundled files.',
    );
    expect(requests).toBe(0);
  });
});
