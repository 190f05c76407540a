/**
 * The real entry points as child processes against the emulator: `npm start`'s start.js
 * (start-up, answering, SIGTERM), config errors, `npm run register`, and the sharding
 * manager. They run the compiled dist/ (vitest's global setup builds it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_NOTE } from '../../src/adapters/discord/replies/draft-reply.js';
import { startDiscordEmulator, type DiscordEmulator } from '../support/discord-emulator/index.js';
import type { InteractionHandle } from '../support/discord-emulator/interaction-handle.js';
import { OpenAiTestServer } from '../support/openai-test-server.js';
import { PROJECT_ROOT, temporaryWorkspace } from '../support/temporary-corpus.js';
import { botEnvironment, TEST_TOKEN } from './support/bot-harness.js';

const DIST = path.join(PROJECT_ROOT, 'dist', 'app');

interface Child {
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let emulator: DiscordEmulator;
const workspace = temporaryWorkspace('article-qa-process-');
const children: Child[] = [];

function run(script: string, environment: Record<string, string>): Child {
  return track(
    spawn(process.execPath, [path.join(DIST, script)], {
      cwd: workspace.root,
      // Only what is given: no DISCORD_TOKEN or LLM settings leak in from the test runner.
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_FORMAT: 'json', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

function track(child: ChildProcess): Child {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const handle = { process: child, output: () => output, exited };
  children.push(handle);
  return handle;
}

beforeAll(async () => {
  emulator = await startDiscordEmulator({
    heartbeatIntervalMs: 1000,
    token: TEST_TOKEN,
    waitTimeoutMs: 30_000,
  });
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await child.exited;
  }
});
afterAll(async () => {
  await emulator?.close();
  workspace.cleanup();
});

describe('npm start (dist/app/start.js)', () => {
  it('starts with only the token (and the emulator as API), answers, and on SIGTERM finishes the answer in flight and exits 0 within 5 s', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const bot = run('start.js', botEnvironment(emulator, workspace));
    await registered;
    const first = await emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' } })
      .waitForFinalReply();
    expect(first.content).toContain('Wendy Sherman');

    const inFlight = emulator.sendSlashCommand({
      name: 'ask',
      options: { question: 'How many troops did Russia amass?' },
    });
    await inFlight.waitForAck();
    const signalled = performance.now();
    bot.process.kill('SIGTERM');
    const exit = await bot.exited;
    const stopMs = performance.now() - signalled;
    console.log(`SIGTERM → exit in ${stopMs.toFixed(0)} ms`);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(5000);
    expect((await inFlight.waitForFinalReply()).content).toContain('100,000 troops');
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });

  it('stopped while still starting (SIGTERM during command registration): waits for the start, says why, leaves the gateway cleanly, exits 0', async () => {
    // Registration is held, so the signal arrives while the bot is connected but not yet started.
    emulator.injectRestFault({ method: 'PUT', path: /\/commands$/, delayMs: 1500 });
    const held = emulator.waitForEvent('requestHeld');
    const bot = run('start.js', botEnvironment(emulator, workspace));
    await held;
    const gatewayClosed = emulator.waitForEvent('gatewayClose');
    bot.process.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.output()).toContain('"reason":"SIGTERM"');
    expect(bot.output()).toContain('"msg":"stopped"');
    expect((await gatewayClosed)[0]).toMatchObject({ initiatedBy: 'client' });
  });

  it('exits 1 with one clear message when the token is missing or malformed (never echoing it)', async () => {
    const { DISCORD_TOKEN: _token, ...withoutToken } = botEnvironment(emulator, workspace);
    const missing = run('start.js', withoutToken);
    expect((await missing.exited).code).toBe(1);
    expect(missing.output()).toContain('DISCORD_TOKEN is not set');

    const malformed = run('start.js', {
      ...withoutToken,
      DISCORD_TOKEN: 'not-a-token-secret-value',
      HEALTH_PORT: 'eighty',
    });
    expect((await malformed.exited).code).toBe(1);
    expect(malformed.output()).toMatch(
      /Invalid configuration:\n {2}- health\.port \(HEALTH_PORT\): .*\n {2}- DISCORD_TOKEN does not look like a bot token/,
    );
    expect(malformed.output()).not.toContain('not-a-token-secret-value');
  });

  it('warns once of misspelt variables, naming what each is likely meant to be and never its value', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const apiKey = 'sk-test-misspelt-key-0123456789';
    const bot = run('start.js', { ...botEnvironment(emulator, workspace), LLM_APIKEY: apiKey, DISCORD_GUILDID: '123456789012345678' });
    await registered;
    bot.process.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    const warnings = bot.output().split('\n').filter((line) => line.includes('does not read'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({
      level: 40,
      msg: "ignoring environment variables article-qa does not read: DISCORD_GUILDID (did you mean DISCORD_GUILD_ID?), LLM_APIKEY (did you mean LLM_API_KEY?); the known ones are in README.md's configuration reference",
    });
    expect(bot.output()).not.toContain(apiKey);
  });

  it('exits 1 with one clear line, no incident, when a newer version wrote the state file (a downgrade)', async () => {
    const stateDir = path.join(workspace.root, 'newer-state');
    mkdirSync(stateDir);
    const newer = new Database(path.join(stateDir, 'bot-state.sqlite'));
    newer.pragma('user_version = 99');
    newer.close();
    const bot = run('start.js', { ...botEnvironment(emulator, workspace), ARTICLE_QA_STATE_DIR: stateDir });
    expect((await bot.exited).code).toBe(1);
    expect(bot.output()).toMatch(
      /^article-qa: the bot could not start: The state file .*newer-state\/bot-state\.sqlite was written by a newer article-qa \(state format 99\), newer than this article-qa [\d.]+ \(format \d+\)\. Run the newer version, or move the file aside/m,
    );
    expect(bot.output()).not.toMatch(/incident|no such table/);
  });
});

const RESTART_NOTE = "I'm restarting right now; please ask again in a minute.";
const EDIT_ORIGINAL = /\/messages\/@original$/;

/** Sends /ask and waits until its answer's edit is being held by a `delayMs` fault. */
async function askHeld(question: string, delayMs: number, user = emulator.users[0]): Promise<InteractionHandle> {
  emulator.injectRestFault({ method: 'PATCH', path: EDIT_ORIGINAL, delayMs });
  const held = emulator.waitForEvent('requestHeld');
  const handle = emulator.sendSlashCommand({ name: 'ask', options: { question }, ...(user ? { user } : {}) });
  await held;
  return handle;
}

describe('SIGTERM with replies in flight (grace period)', () => {
  it('finishes a slow edit within the grace period, and replaces one that cannot finish with a restart note', async () => {
    const graceMs = 3000;
    const registered = emulator.waitForEvent('commandsRegistered');
    const bot = run('start.js', { ...botEnvironment(emulator, workspace), SHUTDOWN_GRACE_MS: String(graceMs) });
    await registered;
    // One answer's edit takes 1 s (finishes in time); the other's 8 s, as in the audit (cannot).
    const slow = await askHeld('Who led the US delegation?', 1000);
    const stuck = await askHeld('How many troops did Russia amass?', 8000);
    const signalled = performance.now();
    bot.process.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    const exitedAfter = performance.now() - signalled;

    expect(slow.latestReply?.content).toContain('Wendy Sherman');
    expect(stuck.latestReply?.content).toBe(RESTART_NOTE);
    expect(stuck.latestReply?.embeds).toEqual([]);
    expect(stuck.latestReply?.components).toEqual([]);
    // The held 8-second edit died with the process: the note is the last word.
    expect(stuck.replies.some((reply) => reply.content.includes('100,000'))).toBe(false);
    const settled = [slow, stuck].map((handle) => (handle.latestReply?.at ?? Number.NaN) - signalled);
    console.log(
      `SIGTERM with a 1 s and an 8 s edit in flight (grace ${graceMs} ms): answered after ${settled[0]?.toFixed(0)} ms, replaced after ${settled[1]?.toFixed(0)} ms, exited after ${exitedAfter.toFixed(0)} ms`,
    );
    // Structural, not a timing bound: the process did not wait for the 8-second edit.
    expect(Math.max(...settled)).toBeLessThan(8000);
    expect(bot.output()).toMatch(/"msg":"in-flight work at shutdown"/);
    expect(bot.output()).toMatch(/"pending":2,"finished":1,"replaced":1/);
  });

  it('replaces a streaming answer still being written with the restart note, never leaving the draft', async () => {
    const apiKey = 'sk-process-test-7c1d5e9a3b';
    const server = await OpenAiTestServer.start();
    try {
      // The model writes half an answer, then stalls until the server closes.
      server.respondWith({ kind: 'stream', chunks: ['Deputy Foreign Minister ', 'Wendy Sherman led'], pauseBefore: 1, resume: new Promise(() => undefined) });
      const registered = emulator.waitForEvent('commandsRegistered');
      const bot = run('start.js', {
        ...botEnvironment(emulator, workspace),
        SHUTDOWN_GRACE_MS: '2000',
        LLM_BASE_URL: server.baseUrl,
        LLM_MODEL: 'stall-test',
        LLM_API_KEY: apiKey,
        LOG_LEVEL: 'trace',
      });
      await registered;
      const handle = emulator.sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' } });
      const draft = await handle.waitForFinalReply({ match: (reply) => reply.content.includes(DRAFT_NOTE) });
      expect(draft.content).toContain('Deputy Foreign Minister');
      const signalled = performance.now();
      bot.process.kill('SIGTERM');
      expect(await bot.exited).toEqual({ code: 0, signal: null });
      const final = handle.latestReply;
      expect(final?.content).toBe(RESTART_NOTE);
      expect(final?.content).not.toContain('Writing');
      console.log(`SIGTERM mid-stream (grace 2000 ms): draft replaced after ${((final?.at ?? Number.NaN) - signalled).toFixed(0)} ms`);
      expect(server.lastRequest().headers.authorization).toBe(`Bearer ${apiKey}`);
      expect(bot.output()).toContain('"level":20');
      expect(bot.output()).not.toContain(apiKey);
      expect(bot.output()).not.toContain(TEST_TOKEN);
    } finally {
      await server.close();
    }
  });
});

describe('Discord refusing the bot for good', () => {
  it('exits 78 with one line naming the cause when the gateway closes with 4004 (token rejected)', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const bot = run('start.js', botEnvironment(emulator, workspace));
    await registered;
    await emulator.closeGateway(4004);
    expect((await bot.exited).code).toBe(78);
    const causes = bot.output().split('\n').filter((line) => line.includes('the token was rejected'));
    expect(causes).toHaveLength(1);
    expect(causes[0]).toContain('reset it in the developer portal');
    expect(causes[0]).toContain('"code":4004');
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });

  it('exits 78 with the same cause when the token is refused at login', async () => {
    const wrongToken = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.a-wrong-token-0123456789abcdefXYZ';
    const bot = run('start.js', { ...botEnvironment(emulator, workspace), DISCORD_TOKEN: wrongToken });
    expect((await bot.exited).code).toBe(78);
    expect(bot.output()).toContain('the bot could not start: the token was rejected: reset it in the developer portal');
    expect(bot.output()).not.toContain(wrongToken);
  });
});

describe('npm start', () => {
  it('stops the bot when npm is sent SIGTERM (npm does not pass it on; the bot notices its parent is gone)', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const npm = track(
      spawn('npm', ['start'], {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: workspace.root,
          npm_config_update_notifier: 'false',
          NODE_ENV: 'production',
          LOG_FORMAT: 'json',
          ...botEnvironment(emulator, workspace),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    // The bot shares npm's output pipes: they close only once the bot itself has exited.
    const allClosed = once(npm.process, 'close');
    await registered;
    const gatewayClosed = emulator.waitForEvent('gatewayClose');
    npm.process.kill('SIGTERM');
    await npm.exited;
    await allClosed;
    expect(npm.output()).toContain('"reason":"parent process exited"');
    expect(npm.output()).toContain('"msg":"stopped"');
    expect((await gatewayClosed)[0]).toMatchObject({ initiatedBy: 'client' });
  });
});

describe('npm run register and sharding', () => {
  it('registers the commands on their own, in the configured guild', async () => {
    const guildId = emulator.guilds[0]?.id ?? '';
    const register = run('register.js', {
      ...botEnvironment(emulator, workspace),
      DISCORD_GUILD_ID: guildId,
    });
    expect((await register.exited).code).toBe(0);
    expect(register.output()).toMatch(/^Registered 5 commands for article-qa in server \d+\.\n$/);
    expect(emulator.registeredCommands({ guildId }).map((command) => command.name)).toEqual([
      'ask',
      'summary',
      'about',
      'stats',
      'article',
    ]);
  });

  it('names a refused token as such (not a DISCORD_API_BASE problem) and never prints it', async () => {
    const wrongToken = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.a-wrong-token-0123456789abcdefXYZ';
    const register = run('register.js', { ...botEnvironment(emulator, workspace), DISCORD_TOKEN: wrongToken });
    expect((await register.exited).code).toBe(1);
    expect(register.output()).toBe(
      'Could not register the commands: the token was rejected: reset it in the developer portal (Bot → Reset Token) and put the new one in DISCORD_TOKEN\n',
    );
  });

  it('without SHARD_COUNT, asks DISCORD_API_BASE (not discord.com) how many shards to run', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const manager = run('shard-manager.js', botEnvironment(emulator, workspace));
    await registered;
    expect(
      emulator.requests.some((request) => request.method === 'GET' && request.path.endsWith('/gateway/bot')),
    ).toBe(true);
    manager.process.kill('SIGTERM');
    expect((await manager.exited).code).toBe(0);
  });

  it('stopped while its shard is still starting: the shard finishes starting, stops gracefully, and the manager exits 0', async () => {
    // The shard's login is held, so the manager's SIGTERM reaches the shard before it is ready.
    emulator.injectRestFault({ method: 'GET', path: /^\/gateway\/bot$/, delayMs: 3000 });
    const held = emulator.waitForEvent('requestHeld');
    const manager = run('shard-manager.js', { ...botEnvironment(emulator, workspace), SHARD_COUNT: '1' });
    await held;
    manager.process.kill('SIGTERM');
    expect((await manager.exited).code).toBe(0);
    expect(manager.output()).toContain('"reason":"SIGTERM"');
    expect(manager.output()).toContain('"msg":"stopped"');
    expect(manager.output()).not.toContain('Sharding failed');
  });

  it('runs under the ShardingManager (SHARD_COUNT=1) and answers', async () => {
    const registered = emulator.waitForEvent('commandsRegistered');
    const manager = run('shard-manager.js', { ...botEnvironment(emulator, workspace), SHARD_COUNT: '1' });
    await registered;
    const reply = await emulator
      .sendSlashCommand({ name: 'ask', options: { question: 'Who led the US delegation?' } })
      .waitForFinalReply();
    expect(reply.content).toContain('Wendy Sherman');
    manager.process.kill('SIGTERM');
    expect((await manager.exited).code).toBe(0);
  });
});
