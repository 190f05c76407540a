import { existsSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBinary, savedWebPage } from '../support/article-fixtures.js';
import { runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const STORY = [
  'The city council approved a new budget for public transport on Monday.',
  'The budget adds forty new buses and extends night service across the city.',
  'Critics argued the bus budget ignores cyclists and pedestrians.',
  'The plan will be funded by a small increase in parking fees.',
  'Night buses will run every thirty minutes on the main routes.',
  'A public consultation on the routes opens next week.',
].join(' ');

describe('article-qa summary and sections (real CLI, real model)', () => {
  const workspace = temporaryWorkspace();
  const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
  afterAll(() => workspace.cleanup());
  beforeAll(async () => {
    expect((await runCli(['index', ...flags])).code).toBe(0);
  });

  it('prints the summary as JSON with cited sentences, the same every time', async () => {
    const args = ['summary', '--section', '2', '--length', 'short', '--json', ...flags];
    const [run, again] = await Promise.all([runCli(args), runCli(args)]);
    expect(run.code).toBe(0);
    expect(again.stdout).toBe(run.stdout);
    const summary = JSON.parse(run.stdout) as Record<string, unknown> & {
      sentences: unknown[];
      citations: Array<Record<string, unknown>>;
    };
    expect(summary).toMatchObject({ mode: 'extractive', docId: 'geneva-talks-2022', section: { number: 2 } });
    expect(summary.sentences).toHaveLength(2);
    expect(summary).not.toHaveProperty('timingsMs');
    expect(Object.keys(summary.citations[0] ?? {}).sort()).toEqual([
      'chunkId',
      'docId',
      'n',
      'score',
      'section',
      'source',
      'text',
      'title',
    ]);
  });

  it('prints readable text with sources', async () => {
    const run = await runCli(['summary', '--bullets', ...flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Summary of "U\.S\.-Russia Meets Ukraine Tensions in Geneva":\n\n- /);
    expect(run.stdout).toContain('\nSources:\n  [1] ');
  });

  it('lists sections', async () => {
    const run = await runCli(['sections', '--json', ...flags]);
    expect(run.code).toBe(0);
    const { sections } = JSON.parse(run.stdout) as {
      sections: Array<{ number: number; title: string | null; docId: string }>;
    };
    expect(sections).toHaveLength(5);
    expect(sections[1]).toMatchObject({
      number: 1,
      title: '1. No progress in US-Russian diplomacy in Geneva',
      docId: 'geneva-talks-2022',
    });
  });

  it('summarises any text file without the index', async () => {
    const file = workspace.write('story.txt', STORY);
    const run = await runCli([
      'summary',
      '--file',
      file,
      '--sentences',
      '2',
      '--json',
      '--index-dir',
      `${workspace.root}/no-index`,
    ]);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      summary: string;
      sentences: Array<{ text: string }>;
      docId: string;
    };
    expect(summary.docId).toBe('story');
    expect(summary.sentences).toHaveLength(2);
    for (const sentence of summary.sentences) expect(STORY).toContain(sentence.text);
    expect(existsSync(`${workspace.root}/no-index`)).toBe(false);
  });

  it('reads a file as the corpus does: a web page by its main text and title, any text encoding', async () => {
    const page = workspace.write('page.html', savedWebPage({ title: 'Buses for the night', paragraphs: [STORY] }));
    const pageRun = await runCli(['summary', '--file', page, '--sentences', '2', '--json']);
    expect(pageRun.code).toBe(0);
    const pageSummary = JSON.parse(pageRun.stdout) as { docTitle: string; summary: string; sentences: Array<{ text: string }> };
    expect(pageSummary.docTitle).toBe('Buses for the night');
    expect(pageSummary.summary).not.toMatch(/<|html/i);
    for (const sentence of pageSummary.sentences) expect(STORY).toContain(sentence.text);

    const latin = workspace.write('latin.txt', iconv.encode(`Café budget\n\nThe café in Zürich served crème brûlée. ${STORY}`, 'windows-1252'));
    const latinRun = await runCli(['summary', '--file', latin, '--sentences', '3', '--json']);
    expect(latinRun.code).toBe(0);
    expect(JSON.parse(latinRun.stdout)).toMatchObject({ docTitle: 'Café budget' });
    expect(latinRun.stdout).not.toContain('\uFFFD');
  });

  it('exits 2 for a file that is not text, saying so', async () => {
    const file = workspace.write('noise.txt', randomBinary());
    const run = await runCli(['summary', '--file', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot summarise .*noise\.txt: not text/);
  });

  it('returns a too-short file as it is, with a note', async () => {
    const file = workspace.write('short.txt', 'Just one sentence here.');
    const run = await runCli(['summary', '--file', file, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      summary: 'Just one sentence here. [1]',
      note: expect.stringMatching(/too short/),
    });
  });

  it.each([
    [
      'an unknown section',
      ['summary', '--section', 'weather'],
      /There is no section "weather"[\s\S]*0\. Introduction/,
    ],
    ['a missing file', ['summary', '--file', '/nonexistent/story.txt'], /no such file/],
    ['a directory', ['summary', '--file', '.'], /is a directory/],
    ['a bad length', ['summary', '--length', 'huge'], /Allowed choices are short, medium, long/],
    ['a bad count', ['summary', '--sentences', '0'], /whole number from 1 to 30/],
  ])('exits 2 for %s', async (_name, args, message) => {
    const run = await runCli([...args, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 for an empty file', async () => {
    const file = workspace.write('empty.txt', '\n  \n');
    const run = await runCli(['summary', '--file', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty\.txt is empty/);
  });
});
