import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../support/run-cli.js';
import { PROJECT_ROOT, temporaryWorkspace } from '../support/temporary-corpus.js';

describe('article-qa index and search (real CLI, real model)', () => {
  const workspace = temporaryWorkspace();
  const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
  afterAll(() => workspace.cleanup());

  beforeAll(async () => {
    const built = await runCli(['index', '--json', ...flags]);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ documents: 1, rebuilt: true });
  });

  it('reports a current index without rebuilding', async () => {
    const run = await runCli(['index', '--json', ...flags]);
    const summary = JSON.parse(run.stdout) as { documents: number; passages: number; buildMs: number; rebuilt: boolean };
    expect(summary.rebuilt).toBe(false);
    expect(summary.passages).toBeGreaterThan(10);
    expect(typeof summary.buildMs).toBe('number');
  });

  it('finds the passage naming Wendy Sherman first', async () => {
    const run = await runCli(['search', 'Who led the US delegation?', '--json', ...flags]);
    expect(run.code).toBe(0);
    const response = JSON.parse(run.stdout) as { question: string; results: Array<Record<string, unknown>> };
    expect(response.question).toBe('Who led the US delegation?');
    expect(response.results).toHaveLength(5);
    expect(response.results[0]).toMatchObject({ rank: 1, docId: 'geneva-talks-2022' });
    expect(String(response.results[0]?.text)).toContain('Wendy Sherman');
    for (const result of response.results) {
      expect(Object.keys(result).sort()).toEqual(['chunkId', 'docId', 'rank', 'score', 'section', 'text']);
      expect(String(result.text).length).toBeLessThanOrEqual(1000);
    }
  });

  it('honours --k and prints readable text without --json', async () => {
    const run = await runCli(['search', 'NATO open-door policy', '--k', '2', ...flags]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\. \[/);
    expect(run.stdout).toContain('\n2. [');
    expect(run.stdout).not.toContain('\n3. [');
  });

  it.each([
    ['an empty question', [''], /empty/],
    ['a whitespace-only question', ['   \t '], /empty/],
    ['a question over 500 characters', ['x'.repeat(501)], /to 500 or fewer/],
    ['a question of control characters only', ['\u0007\u001b'], /in words/],
  ])('rejects %s with exit code 2', async (_name, question, message) => {
    const run = await runCli(['search', ...question, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('stops quietly when the reader closes the pipe early (| head -1), without an EPIPE trace', async () => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'article-qa.js'), 'ask', '--batch', ...flags], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -1`: read the first answer, then close our end while more are being written.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('Who led the US delegation?\n'.repeat(300));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });

  it('rejects unknown flags and bad values with usage and exit code 2', async () => {
    const unknown = await runCli(['search', 'x', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/);
    expect(unknown.stderr).toMatch(/--help/);
    const badK = await runCli(['search', 'x', '--k', 'lots', ...flags]);
    expect(badK.code).toBe(2);
    expect(badK.stderr).toMatch(/whole number/);
  });

  it('prints the package version with --version and -V, without loading the model', async () => {
    const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = await runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
      expect(run.stderr).toBe('');
    }
  });

  it('explains a corpus path that does not exist', async () => {
    const run = await runCli(['search', 'x', '--corpus', '/nonexistent/articles', '--index-dir', workspace.indexDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Corpus not found: \/nonexistent\/articles does not exist/);
  });

  it('answers --batch in order, with an error line for each bad question', async () => {
    const input = ['Who led the US delegation?', '', 'x'.repeat(600), 'Who is the head of NATO?'].join('\n') + '\n';
    const run = await runCli(['search', '--batch', '--k', '3', ...flags], { input });
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ question: 'Who led the US delegation?' });
    expect(lines[1]).toEqual({ question: '', error: expect.stringMatching(/empty/) });
    expect(lines[2]).toMatchObject({ error: expect.stringMatching(/to 500 or fewer/) });
    expect((lines[3]?.results as unknown[]).length).toBe(3);
  });

  it('keeps one consistent index when two processes build at once', async () => {
    const both = await Promise.all([runCli(['index', '--force', '--json', ...flags]), runCli(['index', '--force', '--json', ...flags])]);
    for (const run of both) expect(run.code).toBe(0);
    const generations = readdirSync(workspace.indexDir).filter((name) => name.startsWith('gen-'));
    expect(generations.length).toBeGreaterThanOrEqual(1);
    expect(generations.length).toBeLessThanOrEqual(2);
    const after = await runCli(['index', '--json', ...flags]);
    expect(JSON.parse(after.stdout)).toMatchObject({ rebuilt: false });
  });

  it('fails at once with a clear message when a Hub model cannot be fetched', async () => {
    const run = await runCli(['search', 'x', '--model', 'Xenova/all-MiniLM-L6-v2', ...flags], {
      // A closed local port stands in for the unreachable Hub: no test touches the network.
      env: { HF_ENDPOINT: 'http://127.0.0.1:9/', EMBEDDING_CACHE_DIR: workspace.root },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Embedding model "Xenova/all-MiniLM-L6-v2" is not available');
    expect(run.stderr).toContain('npx article-qa index --model Xenova/all-MiniLM-L6-v2');
    expect(run.stderr).toContain('switch back to the bundled offline model');
  });
});
