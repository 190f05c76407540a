import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles } from './stale-files.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function indexDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'article-qa-stale-'));
  roots.push(root);
  mkdirSync(path.join(root, 'gen-1'));
  return root;
}

describe('removeStaleTemporaryFiles', () => {
  it('removes temporary files of dead processes and of this process id, in the folder and its generations', async () => {
    const dir = indexDir();
    const write = (relative: string): void => writeFileSync(path.join(dir, relative), 'x'.repeat(10));
    write('.vectors.hnsw.4001.tmp');
    write('.vectors.hnsw.4002.a1b2c3d4.tmp');
    write(`gen-1/.passages.json.${process.pid}.0badf00d.tmp`);
    write('gen-1/.documents.json.4003.0badf00d.tmp');
    write('manifest.json');
    write('gen-1/vectors.hnsw');
    write('.build.lock');
    const alive = new Set([4003]);
    const removed = await removeStaleTemporaryFiles(dir, { isAlive: (pid) => alive.has(pid) });
    expect(removed.map((file) => path.relative(dir, file.path)).sort()).toEqual([
      '.vectors.hnsw.4001.tmp',
      '.vectors.hnsw.4002.a1b2c3d4.tmp',
      `gen-1/.passages.json.${process.pid}.0badf00d.tmp`,
    ]);
    expect(removed.every((file) => file.bytes === 10)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.build.lock', 'gen-1', 'manifest.json']);
    expect(readdirSync(path.join(dir, 'gen-1')).sort()).toEqual([
      '.documents.json.4003.0badf00d.tmp',
      'vectors.hnsw',
    ]);
  });

  it('removes a live process id’s file once it is older than a stale lock (a reused id)', async () => {
    const dir = indexDir();
    const file = path.join(dir, '.vectors.hnsw.4003.tmp');
    writeFileSync(file, '');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(file, hourAgo, hourAgo);
    expect(await removeStaleTemporaryFiles(dir, { isAlive: () => true })).toHaveLength(1);
  });

  it('does nothing for a folder that does not exist yet', async () => {
    expect(await removeStaleTemporaryFiles('/nonexistent/index')).toEqual([]);
  });
});
