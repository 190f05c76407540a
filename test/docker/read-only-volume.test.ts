/**
 * The state volume mounted read-only (`docker run --rm -v VOLUME:/data:ro IMAGE list`), built and
 * run for real (`npm run test:docker`). Before, the entrypoint stopped every command there with
 * "/data/index is not writable … sudo chown -R 1000:1000 <host folder>", which no chown fixes, and
 * `IMAGE list` (a command of the CLI right after the image) with "exec: list: not found".
 *
 * Needs a Docker engine (see engine.ts); DOCKER_TESTS_OPTIONAL=1 skips it without one.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, dockerOk, findDockerEngine, PROJECT_ROOT, type DockerEngine } from './engine.js';

const IMAGE = process.env.ARTICLE_QA_TEST_IMAGE ?? 'article-qa:test';
const CONTEXT = path.resolve(process.env.ARTICLE_QA_DOCKER_CONTEXT ?? PROJECT_ROOT);
const LOG_DIR = path.join(PROJECT_ROOT, '.tmp', 'docker-test');
const VOLUME = `article-qa-test-ro-${process.pid}-${randomBytes(3).toString('hex')}`;
const STORY =
  'Harbour reopens\n\nThe harbour of Lumen reopened on Monday after three weeks of repairs to the north pier.\n';
// Shaped like a bot token; the bot stops at its state folder, before it would connect anywhere.
const FAKE_TOKEN = `${Buffer.from('1234567890123456789').toString('base64url')}.GaBcDe.${randomBytes(27).toString('base64url')}`;

const found = await findDockerEngine();
const engine: DockerEngine | undefined = 'missing' in found ? undefined : found;
if (!engine) {
  const message = `Docker read-only volume tests: ${'missing' in found ? found.missing : ''}`;
  if (process.env.DOCKER_TESTS_OPTIONAL !== '1') throw new Error(message);
  process.stdout.write(`SKIPPED ${message}\n`);
}

describe.skipIf(!engine)('a state volume mounted read-only', () => {
  const dockerEngine = engine as DockerEngine;
  /** `docker run --rm --network none -v VOLUME:/data[:ro] IMAGE args…`, its output and exit code. */
  const run = (mount: 'rw' | 'ro', ...args: string[]) =>
    docker(dockerEngine, ['run', '--rm', '--network', 'none', '-v', `${VOLUME}:/data:${mount}`, ...args], {
      timeoutMs: 60_000,
    });
  /** Every file on the volume with its modification time, to show nothing was written. */
  const snapshot = async () =>
    (await run('ro', IMAGE, 'find', '/data', '-printf', '%p %T@\n')).stdout.split('\n').sort().join('\n');

  beforeAll(async () => {
    mkdirSync(LOG_DIR, { recursive: true });
    const logFile = path.join(LOG_DIR, 'build-read-only.log');
    await dockerOk(dockerEngine, ['build', '-t', IMAGE, CONTEXT], { timeoutMs: 20 * 60_000, logFile });
    // A volume in use: seeded, with an added article in its state file.
    const added = await run(
      'rw',
      IMAGE,
      'sh',
      '-c',
      `printf '%s' '${STORY}' >/tmp/harbour.txt && article-qa add /tmp/harbour.txt`,
    );
    expect(added.code, added.stderr).toBe(0);
  }, 25 * 60_000);

  afterAll(async () => {
    await docker(dockerEngine, ['volume', 'rm', '-f', VOLUME]);
  });

  it('lists, asks, searches and prints help from it, and writes nothing', async () => {
    const before = await snapshot();
    const listed = await run('ro', IMAGE, 'list', '--json');
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('"title":"Harbour reopens"');
    const asked = await run('ro', IMAGE, 'ask', 'When did the harbour of Lumen reopen?');
    expect([asked.code, asked.stderr]).toEqual([0, '']);
    expect(asked.stdout).toContain('reopened on Monday');
    const searched = await run('ro', IMAGE, 'search', 'north pier', '--k', '1');
    expect([searched.code, searched.stderr]).toEqual([0, '']);
    expect(searched.stdout).toContain('Lumen');
    const help = await run('ro', IMAGE, '--help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Usage: article-qa');
    expect(await snapshot()).toBe(before);
  });

  it('says why a command that only reads must write, when the index on it is out of date', async () => {
    // Another corpus than the one the volume's index was built from, as after an upgrade or a
    // change to a mounted articles folder while the bot was stopped.
    const listed = await run(
      'ro',
      '-e',
      'ARTICLE_QA_CORPUS=/app/corpus/geneva-talks-2022.txt',
      IMAGE,
      'list',
    );
    expect(listed.code).toBe(2);
    expect(listed.stderr.trim()).toMatch(
      /^Cannot use \/data\/index as the index folder [^\n]*: the file system is read-only \(at \/data\/index\/\.build\.lock\), and the index in it must be brought up to date first \(corpus path changed [^\n]*\)\. Mount it read-write[^\n]*$/,
    );
  });

  it('stops a command that must write with one line naming the folder as read-only', async () => {
    const readOnly = (folder: string) =>
      new RegExp(
        `^Cannot use ${folder} as the [^\\n]*: the file system is read-only[^\\n]*Mount it read-write[^\\n]*$`,
      );
    const add = await run(
      'ro',
      IMAGE,
      'sh',
      '-c',
      `printf '%s' 'Ferry news\n\nThe ferry runs twice a day.\n' >/tmp/f.txt && article-qa add /tmp/f.txt`,
    );
    expect(add.code).toBe(2);
    expect(add.stderr.trim()).toMatch(readOnly('/data/state'));
    const remove = await run('ro', IMAGE, 'remove', 'anything');
    expect(remove.code).toBe(2);
    expect(remove.stderr.trim()).toMatch(readOnly('/data/state'));
    const rebuild = await run('ro', IMAGE, 'index', '--force');
    expect(rebuild.code).toBe(2);
    expect(rebuild.stderr.trim()).toMatch(readOnly('/data/index'));
    // The bot: one plain line, exit 1, as for any other start-up failure.
    const bot = await run('ro', '-e', `DISCORD_TOKEN=${FAKE_TOKEN}`, '-e', 'LOG_LEVEL=warn', IMAGE);
    expect(bot.code).toBe(1);
    expect(bot.stderr.trim()).toMatch(
      /^article-qa: the bot could not start: Cannot use \/data\/state as the .*: the file system is read-only/,
    );
    expect(`${bot.stdout}${bot.stderr}`).not.toContain(FAKE_TOKEN);
  });
});
