import { appendFileSync, readdirSync, readFileSync, renameSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-passages.js';
import { loadOrBuildIndex, type IndexRequest } from '../../src/core/index/build-index.js';
import { SCHEMA_VERSION } from '../../src/core/index/manifest.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';

const DEFAULT_HNSW = DEFAULT_CONFIG.hnsw;
import { createSilentLogger } from '../../src/logging/logger.js';
import { HashingEmbedder } from '../support/hashing-embedder.js';
import { recordingLogger } from '../support/recording-logger.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('loadOrBuildIndex', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  const request = (overrides: Partial<IndexRequest> = {}): IndexRequest => ({
    corpusPath: workspace.corpusDir,
    indexDir: workspace.indexDir,
    embedder: new HashingEmbedder(),
    chunking: DEFAULT_CHUNKING,
    hnsw: DEFAULT_HNSW,
    logger: createSilentLogger(),
    ...overrides,
  });
  const manifestOf = (): { generation: string; corpus: { files: Array<{ mtimeMs: number; ctimeMs?: number }> } } =>
    JSON.parse(readFileSync(path.join(workspace.indexDir, 'manifest.json'), 'utf8')) as never;
  const generationFile = (name: string): string => {
    const manifest = JSON.parse(readFileSync(path.join(workspace.indexDir, 'manifest.json'), 'utf8')) as { generation: string };
    return path.join(workspace.indexDir, manifest.generation, name);
  };

  beforeEach(() => {
    workspace = temporaryWorkspace();
  });
  afterEach(() => workspace.cleanup());

  it('builds once, then loads the saved index without embedding anything', async () => {
    const first = await loadOrBuildIndex(request());
    expect(first.rebuilt).toBe(true);
    expect(first.index.passages.length).toBeGreaterThan(10);
    const embedder = new HashingEmbedder();
    const second = await loadOrBuildIndex(request({ embedder }));
    expect(second.rebuilt).toBe(false);
    expect(embedder.embedded).toBe(0);
    expect(second.index.passages).toEqual(first.index.passages);
    expect(second.index.vectors.search((await embedder.embedQueries(['Wendy Sherman']))[0] as Float32Array, 3)).toHaveLength(3);
  });

  it('returns the index already loaded when the saved one is that same generation and current', async () => {
    const first = await loadOrBuildIndex(request());
    const again = await loadOrBuildIndex(request({ current: first.index }));
    expect(again.index).toBe(first.index);
    expect(again.rebuilt).toBe(false);
    appendFileSync(path.join(workspace.corpusDir, 'geneva-talks-2022.txt'), '\nA new closing paragraph about Geneva.\n');
    const edited = await loadOrBuildIndex(request({ current: first.index }));
    expect(edited.index).not.toBe(first.index);
    expect(edited.reasons).toEqual(['corpus changed']);
  });

  const invalidations: Array<[string, () => Partial<IndexRequest>, RegExp]> = [
    ['the model id', () => ({ embedder: new HashingEmbedder('test/other-model') }), /model changed/],
    ['the model files', () => ({ embedder: new HashingEmbedder(undefined, 'hashing-v2') }), /model files changed/],
    ['the dimension', () => ({ embedder: new HashingEmbedder(undefined, undefined, 16) }), /dimension/],
    ['the chunking', () => ({ chunking: { ...DEFAULT_CHUNKING, maxWords: 100 } }), /chunking/],
    ['the overlap', () => ({ chunking: { ...DEFAULT_CHUNKING, overlapSentences: 0 } }), /chunking/],
    ['HNSW M', () => ({ hnsw: { ...DEFAULT_HNSW, m: 8 } }), /HNSW/],
    ['HNSW efConstruction', () => ({ hnsw: { ...DEFAULT_HNSW, efConstruction: 100 } }), /HNSW/],
  ];
  it.each(invalidations)('rebuilds when %s changes', async (_name, change, reason) => {
    await loadOrBuildIndex(request());
    const result = await loadOrBuildIndex(request(change()));
    expect(result.rebuilt).toBe(true);
    expect(result.reasons.join('; ')).toMatch(reason);
  });

  it('rebuilds when a corpus file changes, is added, or the corpus path moves', async () => {
    await loadOrBuildIndex(request());
    appendFileSync(path.join(workspace.corpusDir, 'geneva-talks-2022.txt'), '\nA new closing paragraph about Geneva.\n');
    const edited = await loadOrBuildIndex(request());
    expect(edited.reasons).toEqual(['corpus changed']);
    workspace.write('corpus/second.md', '# Second\n\nAnother document entirely.\n');
    const added = await loadOrBuildIndex(request());
    expect(added.rebuilt).toBe(true);
    expect(added.index.documents.map((d) => d.id)).toEqual(['geneva-talks-2022', 'second']);
    const moved = await loadOrBuildIndex(request({ corpusPath: path.join(workspace.corpusDir, 'second.md') }));
    expect(moved.reasons.join()).toMatch(/corpus path changed/);
  });

  it('does not rebuild when a file is touched but unchanged, and records its new time so later loads need not read it', async () => {
    await loadOrBuildIndex(request());
    const before = manifestOf();
    const file = path.join(workspace.corpusDir, 'geneva-talks-2022.txt');
    const touched = new Date(Date.now() + 5000);
    utimesSync(file, new Date(), touched);
    expect((await loadOrBuildIndex(request())).rebuilt).toBe(false);
    const after = manifestOf();
    expect(after.generation).toBe(before.generation);
    // The recorded size and time match the file again: the next load compares stats only.
    expect(Math.abs((after.corpus.files[0]?.mtimeMs ?? 0) - touched.getTime())).toBeLessThan(5);
    expect(after.corpus.files[0]?.ctimeMs).toBe(statSync(file).ctimeMs);
    expect((await loadOrBuildIndex(request())).rebuilt).toBe(false);
  });

  it('rebuilds when an edit keeps the file\'s size and modification time (cp -p, rsync -a, touch -r)', async () => {
    const file = path.join(workspace.corpusDir, 'geneva-talks-2022.txt');
    // A time in whole milliseconds, which utimes sets back exactly (as `touch -r` does any time).
    const kept = new Date('2025-06-01T12:00:00Z');
    utimesSync(file, kept, kept);
    await loadOrBuildIndex(request());
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Wendy Sherman');
    writeFileSync(file, text.replace('Wendy Sherman', 'Wendy Shermon'));
    utimesSync(file, kept, kept);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([Buffer.byteLength(text), kept.getTime()]);
    const edited = await loadOrBuildIndex(request());
    expect(edited.reasons).toEqual(['corpus changed']);
    expect(edited.index.passages.some((passage) => passage.text.includes('Wendy Shermon'))).toBe(true);
  });

  it('checks an index recorded without file ctimes (an earlier version\'s) by content once, without rebuilding it', async () => {
    const built = await loadOrBuildIndex(request());
    const manifestFile = path.join(workspace.indexDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { corpus: { files: Array<{ ctimeMs?: number }> } };
    for (const entry of manifest.corpus.files) delete entry.ctimeMs;
    writeFileSync(manifestFile, JSON.stringify(manifest));
    const embedder = new HashingEmbedder();
    const loaded = await loadOrBuildIndex(request({ embedder }));
    expect(loaded.rebuilt).toBe(false);
    expect(embedder.embedded).toBe(0);
    const after = manifestOf();
    expect(after.generation).toBe(built.index.manifest.generation);
    expect(after.corpus.files[0]?.ctimeMs).toBe(statSync(path.join(workspace.corpusDir, 'geneva-talks-2022.txt')).ctimeMs);
  });

  it("rebuilds when a file is renamed under the same id, so citations name the file that exists", async () => {
    await loadOrBuildIndex(request());
    renameSync(path.join(workspace.corpusDir, 'geneva-talks-2022.txt'), path.join(workspace.corpusDir, 'Geneva-Talks-2022.TXT'));
    const renamed = await loadOrBuildIndex(request());
    expect(renamed.reasons).toEqual(['corpus changed']);
    expect(renamed.index.documents.map((document) => [document.id, document.path])).toEqual([['geneva-talks-2022', 'Geneva-Talks-2022.TXT']]);
  });

  it.each(['vectors.hnsw', 'passages.json', 'keywords.sqlite', 'documents.json'])(
    'detects a truncated %s and rebuilds instead of serving it',
    async (name) => {
      await loadOrBuildIndex(request());
      const file = generationFile(name);
      truncateSync(file, Math.floor(readFileSync(file).length / 2));
      const result = await loadOrBuildIndex(request());
      expect(result.rebuilt).toBe(true);
      expect(result.reasons.join()).toMatch(/checksum/);
      expect((await loadOrBuildIndex(request())).rebuilt).toBe(false);
    },
  );

  it('rebuilds when the manifest itself is corrupt', async () => {
    await loadOrBuildIndex(request());
    writeFileSync(path.join(workspace.indexDir, 'manifest.json'), '{"schemaVersion": 1, "gener');
    const result = await loadOrBuildIndex(request());
    expect(result.rebuilt).toBe(true);
    expect(result.reasons).toEqual(['manifest unreadable']);
  });

  it.each([
    ['in the same shape', (manifest: Record<string, unknown>) => manifest],
    ['with fields this version does not know', ({ model, ...rest }: Record<string, unknown>) => ({ ...rest, embedding: model })],
  ])('rebuilds an index a newer version built %s, saying so, not warning of damage', async (_shape, reshape) => {
    await loadOrBuildIndex(request());
    const file = path.join(workspace.indexDir, 'manifest.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(reshape({ ...saved, schemaVersion: SCHEMA_VERSION + 1 })));
    const { logger, lines } = recordingLogger();
    const result = await loadOrBuildIndex(request({ logger }));
    expect(result.rebuilt).toBe(true);
    expect(result.reasons).toEqual([`index built by a newer version of article-qa (format v${SCHEMA_VERSION + 1}; this version uses v${SCHEMA_VERSION})`]);
    expect(lines.filter((line) => (line.level as number) >= 40)).toEqual([]);
    expect((await loadOrBuildIndex(request())).rebuilt).toBe(false);
  });

  it('rebuilds an index of an older format whose manifest lacks fields added since, without warning of damage', async () => {
    await loadOrBuildIndex(request());
    const file = path.join(workspace.indexDir, 'manifest.json');
    const { articles: _articles, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...older, schemaVersion: 3 }));
    const { logger, lines } = recordingLogger();
    const result = await loadOrBuildIndex(request({ logger }));
    expect(result.reasons).toEqual([`index format changed (v3 → v${SCHEMA_VERSION})`]);
    expect(lines.filter((line) => (line.level as number) >= 40)).toEqual([]);
  });

  it('lets concurrent builds finish with one consistent index', async () => {
    const results = await Promise.all([loadOrBuildIndex(request()), loadOrBuildIndex(request()), loadOrBuildIndex(request())]);
    expect(results.filter((result) => result.rebuilt)).toHaveLength(1);
    const ids = results.map((result) => result.index.manifest.generation);
    expect(new Set(ids).size).toBe(1);
    const generations = readdirSync(workspace.indexDir).filter((name) => name.startsWith('gen-'));
    expect(generations).toHaveLength(1);
    expect(readdirSync(workspace.indexDir).filter((name) => name.endsWith('.tmp') || name === '.build.lock')).toEqual([]);
  });

  it('keeps the previous generation for readers and removes older ones', async () => {
    await loadOrBuildIndex(request());
    await loadOrBuildIndex(request({ force: true }));
    await loadOrBuildIndex(request({ force: true }));
    expect(readdirSync(workspace.indexDir).filter((name) => name.startsWith('gen-'))).toHaveLength(2);
  });
});
