/**
 * Odd input to the real CLI process: each case must end with a short message on stderr and exit
 * code 2, never a stack trace, an incident or the model runtime's own error output.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, UNPRIVILEGED_USER, type CliRun } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

const workspace = temporaryWorkspace('article-qa-bad-input-');
const flags = ['--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir];
const aFile = workspace.write('a-file.txt', 'not a folder\n');
const fifo = path.join(workspace.root, 'pipe');
const lockedDir = path.join(workspace.root, 'locked');
const closedCorpus = path.join(workspace.root, 'closed-corpus');
const badJson = workspace.write('bad.json', '{ "retrieval": ');
// A state folder whose store is some other file: every command opens it for the added articles.
const damagedState = path.join(workspace.root, 'damaged-state');
mkdirSync(damagedState);
writeFileSync(path.join(damagedState, 'bot-state.sqlite'), 'not a database, just text\n');
// A state file a newer version wrote (the admin went back to an older one): a format beyond this one's.
const newerState = path.join(workspace.root, 'newer-state');
mkdirSync(newerState);
const newer = new Database(path.join(newerState, 'bot-state.sqlite'));
newer.pragma('user_version = 99');
newer.close();
// A second document whose only paragraph is invisible: the index must still build and answer.
writeFileSync(path.join(workspace.corpusDir, 'invisible.txt'), 'Invisible\n\n\u200b\u200b\u200d\n');

beforeAll(async () => {
  execFileSync('mkfifo', [fifo]);
  mkdirSync(lockedDir, { mode: 0o555 });
  chmodSync(lockedDir, 0o555);
  mkdirSync(closedCorpus);
  writeFileSync(path.join(closedCorpus, 'story.txt'), 'Story\n\nThe bridge closed for repairs on Monday.\n');
  chmodSync(closedCorpus, 0o700);
  // Where the unprivileged user may write an index, so that only the corpus is in the way.
  mkdirSync(path.join(workspace.root, 'open'));
  chmodSync(path.join(workspace.root, 'open'), 0o777);
  // The unprivileged user must reach the corpus and the scratch folder.
  chmodSync(workspace.root, 0o755);
  expect((await runCli(['index', ...flags])).code).toBe(0);
});
afterAll(() => workspace.cleanup());

/** Runs as `nobody` when the tests run as root, who can write into any folder. */
const unprivileged = process.getuid?.() === 0 ? { user: UNPRIVILEGED_USER } : {};
/**
 * The unprivileged user with a state folder of its own in the workspace: the project's default one
 * may exist in a working copy, created by root and closed to other users, and would be reported
 * first, before the folder a test is about.
 */
const unprivilegedWithOwnState = (): typeof unprivileged & { env: Record<string, string> } => ({
  ...unprivileged,
  env: { ARTICLE_QA_STATE_DIR: path.join(workspace.root, 'open', 'state') },
});

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const runs: Array<{ name: string; run: CliRun }> = [];

function expectCleanFailure(name: string, run: CliRun, message: RegExp): void {
  runs.push({ name, run });
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/onnxruntime|incident|went wrong/i);
  expect(run.stdout).toBe('');
}

const NO_WORDS = /^Please ask a question in words/;

describe('questions with nothing to ask', () => {
  it.concurrent.each([
    ['a zero-width space', ['ask', '\u200b'], NO_WORDS],
    ['zero-width joiners and a BOM', ['ask', '\u200d\u2060\ufeff'], NO_WORDS],
    ['combining marks only', ['ask', '\u0301\u0308'], NO_WORDS],
    ['control characters only', ['ask', '\u0007\u001b'], NO_WORDS],
    ['punctuation only', ['search', '?!?'], NO_WORDS],
    ['an empty question', ['ask', ''], /empty/],
    ['a blank question', ['search', ' \t '], /empty/],
    ['a question over 500 characters', ['ask', 'x'.repeat(501)], /to 500 or fewer/],
    ['no question at all', ['ask'], /Give a question/],
  ])('%s: exit 2, no trace', async (name, args, message) => {
    expectCleanFailure(name, await runCli([...args, ...flags]), message);
  });

  it('answers a question once invisible characters are removed', async () => {
    const run = await runCli(['ask', '\u200bWho\u0007 led the US\u200d delegation?', '--json', ...flags]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ question: 'Who led the US delegation?' });
  });

  it('--batch gives each such line an error line and goes on', async () => {
    const input = ['\u200b', 'Who led the US delegation?', '\u0301', '?'].join('\n') + '\n';
    const run = await runCli(['ask', '--batch', ...flags], { input });
    runs.push({ name: '--batch with zero-width lines', run });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toMatch(/onnxruntime/);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(4);
    for (const index of [0, 2, 3]) expect(String(lines[index]?.error)).toMatch(NO_WORDS);
    expect(String(lines[1]?.answer)).toContain('Wendy Sherman');
  });
});

describe('missing or unusable paths', () => {
  it.concurrent.each([
    [
      'a config file that does not exist',
      ['--config', '/nonexistent/article-qa.json', 'ask', 'Who?'],
      /config file \/nonexistent\/article-qa\.json does not exist/,
    ],
    [
      'a config file that is a folder',
      ['--config', workspace.corpusDir, 'ask', 'Who?'],
      /is a folder; give a JSON file/,
    ],
    [
      'a config file that is a named pipe',
      ['--config', fifo, 'ask', 'Who?'],
      /is a named pipe; give a JSON file/,
    ],
    ['a config file that is not JSON', ['--config', badJson, 'ask', 'Who?'], /bad\.json: .*JSON/],
    ['an unknown log level', ['--log-level', 'loud', 'ask', 'Who?'], /log\.level/],
    [
      'an index folder that is a file',
      ['ask', 'Who?', '--corpus', workspace.corpusDir, '--index-dir', aFile],
      /Cannot use .*a-file\.txt as the index folder .*: it is a file, not a folder/,
    ],
    [
      'an index folder under a file',
      ['index', '--corpus', workspace.corpusDir, '--index-dir', `${aFile}/index`],
      /Cannot use .*a-file\.txt\/index as the index folder .*: it, or a folder above it, is a file/,
    ],
    [
      'a corpus that does not exist',
      ['ask', 'Who?', '--corpus', '/nonexistent/articles'],
      /Corpus not found/,
    ],
    [
      'summary --file of a named pipe',
      ['summary', '--file', fifo],
      /Cannot summarise .*pipe: it is a named pipe; give an article file/,
    ],
    ['summary --file of a device', ['summary', '--file', '/dev/zero'], /it is a device; give an article file/],
    ['summary --file of a folder', ['summary', '--file', workspace.corpusDir], /it is a directory/],
    ['summary --file that does not exist', ['summary', '--file', '/nonexistent/story.txt'], /no such file/],
    [
      'summary --file with --doc',
      ['summary', '--file', aFile, '--doc', 'x'],
      /cannot be combined with --file/,
    ],
    ['ask --batch with a question argument', ['ask', '--batch', 'Who led the US delegation?'], /--batch reads the questions from stdin/],
    ['an unknown flag', ['search', 'x', '--frobnicate'], /unknown option/],
    ['a bad --k', ['search', 'x', '--k', 'lots'], /whole number/],
    ['a bad --length', ['summary', '--length', 'huge'], /Allowed choices/],
    ['an unknown section', ['summary', '--section', 'weather', ...flags], /There is no section "weather"/],
  ])('%s: exit 2 with the path and the reason, no trace', async (name, args, message) => {
    expectCleanFailure(name, await runCli(args), message);
  });

  it('a corpus folder this user cannot read: exit 2 naming it and the fix, no trace', async () => {
    const run = await runCli(['index', '--corpus', closedCorpus, '--index-dir', path.join(workspace.root, 'open', 'index')], unprivilegedWithOwnState());
    expectCleanFailure(
      'an unreadable corpus folder',
      run,
      /Cannot read the corpus folder .*closed-corpus \(EACCES\)\. Make it readable by the user the bot runs as \(e\.g\. chmod -R a\+rX /,
    );
  });

  it.concurrent.each([
    ['add with a state folder that is a file', ['add', aFile], aFile, /Cannot use .*a-file\.txt as the state folder .*: it is a file, not a folder/],
    ['remove with a state folder under a file', ['remove', 'x'], `${aFile}/state`, /Cannot use .*a-file\.txt\/state as the state folder .*: it, or a folder above it, is a file/],
    ['ask with a state file that is no database', ['ask', 'Who?'], damagedState, /Cannot use the state file .*bot-state\.sqlite .*: it is not an SQLite database/],
    ['add with a state file that is no database', ['add', aFile], damagedState, /Cannot use the state file .*bot-state\.sqlite .*: it is not an SQLite database/],
    ['list with a state file a newer version wrote', ['list'], newerState, /^The state file .*newer-state\/bot-state\.sqlite was written by a newer article-qa \(state format 99\), newer than this article-qa .*move the file aside/],
  ])('%s: exit 2 naming it, no incident', async (name, args, stateDir, message) => {
    const run = await runCli([...args, ...flags], { env: { ARTICLE_QA_STATE_DIR: stateDir } });
    expectCleanFailure(name, run, message);
  });

  it('add with an index folder that is a file: exit 2 naming it, no incident (it was one)', async () => {
    const run = await runCli(['add', aFile, '--corpus', workspace.corpusDir, '--index-dir', aFile], {
      env: { ARTICLE_QA_STATE_DIR: path.join(workspace.root, 'add-index-state') },
    });
    expectCleanFailure('add with an index folder that is a file', run, /^Cannot use .*a-file\.txt as the index folder \(--index-dir, ARTICLE_QA_INDEX_DIR\): it is a file, not a folder/);
  });

  it('a state folder this user cannot enter: exit 2 naming it, not an answer without its added articles', async () => {
    const closedState = path.join(workspace.root, 'closed-state');
    mkdirSync(closedState);
    writeFileSync(path.join(closedState, 'bot-state.sqlite'), '');
    chmodSync(closedState, 0o000);
    try {
      const run = await runCli(['ask', 'Who?', ...flags], { ...unprivileged, env: { ARTICLE_QA_STATE_DIR: closedState } });
      expectCleanFailure('an unenterable state folder', run, /Cannot use .*closed-state as the state folder .*: permission denied/);
    } finally {
      chmodSync(closedState, 0o700);
    }
  });

  it('an index folder this user cannot write to: exit 2 naming it, no trace', async () => {
    const run = await runCli(
      ['ask', 'Who?', '--corpus', workspace.corpusDir, '--index-dir', path.join(lockedDir, 'index')],
      unprivilegedWithOwnState(),
    );
    expectCleanFailure(
      'an unwritable index folder',
      run,
      /Cannot use .*locked\/index as the index folder .*: permission denied/,
    );
  });
});

describe('figures', () => {
  it('counts stack traces across every bad-input case (reported for the README)', () => {
    const traces = runs.filter(({ run }) => STACK_FRAME.test(run.stderr) || /onnxruntime/.test(run.stderr));
    console.log(`CLI bad-input cases: ${runs.length}, stack traces: ${traces.length}`);
    expect(runs.length).toBeGreaterThanOrEqual(28);
    expect(traces).toEqual([]);
  });
});
