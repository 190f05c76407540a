/**
 * The real entry points as child processes against the emulator: `npm start`'s start.js
 * (start-up, answering, SIGTERM), config errors, `npm run register`, and the sharding
 * manager. They run the compiled dist/ (vitest's global setup builds it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator, type DiscordEmulator } from '../support/discord-emulator/index.js';
import { PROJECT_ROOT, temporaryWorkspace } from '../support/temporary-corpus.js';
import { botEnvironment, TEST_TOKEN } from './support/bot-harness.js';

const DIST = path.join(PROJECT_ROOT, 'dist', 'adapters', 'discord');

interface Child {
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let emulator: DiscordEmulator;
const workspace = temporaryWorkspace('article-qa-process-');
const children: Child[] = [];

function run(script: string, environment: Record<string, string>): Child {
  const child = spawn(process.execPath, [path.join(DIST, script)], {
    cwd: workspace.root,
    // Only what is given: no DISCORD_TOKEN or LLM settings leak in from the test runner.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_FORMAT: 'json', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

describe('npm start (dist/adapters/discord/start.js)', () => {
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
});

describe('npm run register and sharding', () => {
  it('registers the commands on their own, in the configured guild', async () => {
    const guildId = emulator.guilds[0]?.id ?? '';
    const register = run('register.js', {
      ...botEnvironment(emulator, workspace),
      DISCORD_GUILD_ID: guildId,
    });
    expect((await register.exited).code).toBe(0);
    expect(register.output()).toMatch(/^Registered 4 commands for article-qa in server \d+\.\n$/);
    expect(emulator.registeredCommands({ guildId }).map((command) => command.name)).toEqual([
      'ask',
      'summary',
      'about',
      'stats',
    ]);
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
