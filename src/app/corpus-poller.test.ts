import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusPoller } from './corpus-poller.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A corpus folder with one article, and a poller that has taken its first listing. */
async function polled(): Promise<{ folder: string; poller: CorpusPoller }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-poller-'));
  folders.push(folder);
  writeFileSync(path.join(folder, 'article.txt'), 'First version.');
  const poller = new CorpusPoller(folder);
  await poller.start();
  return { folder, poller };
}

describe('CorpusPoller', () => {
  it('reports no change when nothing changed, however often it looks', async () => {
    const { poller } = await polled();
    expect(await poller.changed()).toBe(false);
    expect(await poller.changed()).toBe(false);
  });

  it('reports a file added right after the first listing, once', async () => {
    const { folder, poller } = await polled();
    writeFileSync(path.join(folder, 'second.txt'), 'Another article.');
    expect(await poller.changed()).toBe(true);
    expect(await poller.changed()).toBe(false);
  });

  it('reports a file in a sub-folder, an edit, an atomic save and a removal', async () => {
    const { folder, poller } = await polled();
    mkdirSync(path.join(folder, 'part'));
    writeFileSync(path.join(folder, 'part', 'third.txt'), 'Nested.');
    expect(await poller.changed()).toBe(true);
    writeFileSync(path.join(folder, 'article.txt'), 'Second version, longer.');
    expect(await poller.changed()).toBe(true);
    writeFileSync(path.join(folder, '.article.txt.swp'), 'Third version.');
    renameSync(path.join(folder, '.article.txt.swp'), path.join(folder, 'article.txt'));
    expect(await poller.changed()).toBe(true);
    rmSync(path.join(folder, 'part'), { recursive: true });
    expect(await poller.changed()).toBe(true);
  });

  it('ignores hidden files, which the index does not read either', async () => {
    const { folder, poller } = await polled();
    writeFileSync(path.join(folder, '.DS_Store'), 'Finder state.');
    expect(await poller.changed()).toBe(false);
  });

  it('reports a corpus that went missing, so the reload says why', async () => {
    const { folder, poller } = await polled();
    rmSync(folder, { recursive: true });
    expect(await poller.changed()).toBe(true);
  });
});
