/**
 * Ctrl-C during `add`, while the article's passages are being embedded. Before, the command
 * exited 130 with the article kept in the state file: the next command indexed it, and adding
 * it again said "already added", though the admin had cancelled it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { PROJECT_ROOT, temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-interrupted-add-');
const stateDir = path.join(workspace.root, 'state');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
const env = { ...process.env, LOG_LEVEL: 'warn', ARTICLE_QA_STATE_DIR: stateDir };
afterAll(() => workspace.cleanup());

/** A long report (about 3,000 passages), so embedding it takes a while. */
function longReport(): string {
  const words = 'harbour ferry council bridge river mayor town vote budget school road park library museum festival market'.split(' ');
  const paragraphs = Array.from({ length: 3000 }, (_, p) =>
    `${Array.from({ length: 60 }, (_, w) => words[(p * 7 + w * 3 + (p % 5) * w) % words.length]).join(' ')} number ${p}.`,
  );
  return `Long report\n\n${paragraphs.join('\n\n')}\n`;
}

/** The ids the state file holds now (none before it exists). */
function storedIds(): string[] {
  const file = path.join(stateDir, 'bot-state.sqlite');
  if (!existsSync(file)) return [];
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare('SELECT doc_id FROM articles').all() as Array<{ doc_id: string }>).map((row) => row.doc_id);
  } catch {
    // Created but not yet given its tables.
    return [];
  } finally {
    database.close();
  }
}

describe('add interrupted by Ctrl-C (real CLI)', () => {
  it('takes the article back out and exits 130', async () => {
    const report = workspace.write('report.txt', longReport());
    // An index first, so the add below only has the new article to embed.
    expect((await runCli(['index', ...flags], { env })).code).toBe(0);
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'article-qa.js'), 'add', report, ...flags], { cwd: PROJECT_ROOT, env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Stored, and now being embedded: the moment Ctrl-C cancelled nothing before.
    while (storedIds().length === 0 && child.exitCode === null) await delay(20);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('Interrupted: the change was taken back.');
    expect(storedIds()).toEqual([]);
    const listed = await runCli(['list', ...flags], { env });
    expect(listed.stdout).not.toContain('long-report');
  });
});
