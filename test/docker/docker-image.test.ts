/**
 * The Docker image, built and run for real (`npm run test:docker`): size and user, the CLI
 * offline, a Hub model baked in at build time (and an upgrade to it on a used volume), and the
 * bot against the local Discord emulator — health, /ask, a clean `docker stop`, a restart on the
 * same volume that reuses the index, and a mounted folder of one's own articles, re-indexed on change.
 *
 * Needs a Docker engine (see engine.ts). Without one the suite fails, unless
 * DOCKER_TESTS_OPTIONAL=1 (as in .ci/run), which skips it with the reason.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDiscordEmulator,
  type DiscordEmulator,
  type InteractionReply,
} from '../support/discord-emulator/index.js';
import { docker, dockerOk, findDockerEngine, PROJECT_ROOT, type DockerEngine } from './engine.js';
import { startLocalHub } from './local-hub.js';

const IMAGE = process.env.ARTICLE_QA_TEST_IMAGE ?? 'article-qa:test';
const HUB_IMAGE = `${IMAGE}-hub`;
// The build context: the project, or e.g. a clean export of a commit (ARTICLE_QA_DOCKER_CONTEXT).
const CONTEXT = path.resolve(process.env.ARTICLE_QA_DOCKER_CONTEXT ?? PROJECT_ROOT);
const MAX_IMAGE_BYTES = 500 * 1000 * 1000;
const LOG_DIR = path.join(PROJECT_ROOT, '.tmp', 'docker-test');
const RUN_ID = `${process.pid}-${randomBytes(3).toString('hex')}`;
// Shaped like a real bot token (three dot-separated base64url parts); only the emulator accepts it.
const FAKE_TOKEN = `${Buffer.from('1234567890123456789').toString('base64url')}.GaBcDe.${randomBytes(27).toString('base64url')}`;
const QUESTION = 'What did Wendy Sherman tell Russia in Geneva?';
const OWN_ARTICLE = [
  'The Varnholm Lighthouse',
  '',
  'The Varnholm lighthouse stands on a granite skerry at the mouth of the fjord. It was built in 1887 by the engineer Ada Lindqvist, who also designed its clockwork lamp.',
  '',
  'Its light can be seen from twenty-two nautical miles away on a clear night. The keepers left in 1964, when the lamp was automated.',
  '',
].join('\n');

const found = await findDockerEngine();
const engine: DockerEngine | undefined = 'missing' in found ? undefined : found;
if (!engine) {
  const message = `Docker image tests: ${'missing' in found ? found.missing : ''}`;
  if (process.env.DOCKER_TESTS_OPTIONAL !== '1') throw new Error(message);
  process.stdout.write(`SKIPPED ${message}\n`);
}

/** Timings and facts for the summary printed at the end. */
const report: Record<string, string> = {};
const note = (key: string, value: string): void => {
  report[key] = value;
  process.stdout.write(`[docker-test] ${key}: ${value}\n`);
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function replyText(reply: InteractionReply): string {
  const embeds = reply.embeds as Array<Record<string, unknown>>;
  return [reply.content, ...embeds.map((embed) => JSON.stringify(embed))].join('\n');
}

/** The default gateway in a container's /proc/net/route: this machine, as seen from the bridge network. */
function bridgeGateway(routes: string): string | undefined {
  const hex = routes
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((fields) => fields[1] === '00000000' && fields[2] !== '00000000')?.[2];
  if (!hex || !/^[0-9A-F]{8}$/i.test(hex)) return undefined;
  return [6, 4, 2, 0].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join('.');
}

interface Manifest {
  generation: string;
  model: { id: string };
}

describe.skipIf(!engine)('Docker image', () => {
  const dockerEngine = engine as DockerEngine;
  const run = (args: string[], timeoutMs?: number) =>
    docker(dockerEngine, args, timeoutMs ? { timeoutMs } : {});
  const runOk = (args: string[], timeoutMs?: number) =>
    dockerOk(dockerEngine, args, timeoutMs ? { timeoutMs } : {});
  /** `docker run --rm --network none [-v VOLUME:/data] IMAGE command…`: a one-off, offline container. */
  const offline = (image: string, volume: string | undefined, ...command: string[]) =>
    runOk([
      'run',
      '--rm',
      '--network',
      'none',
      ...(volume ? ['-v', `${volume}:/data`] : []),
      image,
      ...command,
    ]);
  const containers: string[] = [];
  const volumes: string[] = [];
  let bakedManifest: Manifest;

  beforeAll(async () => {
    mkdirSync(LOG_DIR, { recursive: true });
    note('engine', dockerEngine.description);
    const started = performance.now();
    const logFile = path.join(LOG_DIR, 'build.log');
    await dockerOk(dockerEngine, ['build', '-t', IMAGE, CONTEXT], { timeoutMs: 20 * 60_000, logFile }).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n(full log: ${logFile})`);
      },
    );
    note(
      'build time',
      `${seconds(performance.now() - started)} (log: ${path.relative(PROJECT_ROOT, logFile)})`,
    );
    bakedManifest = JSON.parse(
      await offline(IMAGE, undefined, 'cat', '/app/embeddings/index/manifest.json'),
    ) as Manifest;
  }, 25 * 60_000);

  afterAll(async () => {
    for (const name of containers) await run(['rm', '-f', '-v', name]);
    for (const name of volumes) await run(['volume', 'rm', '-f', name]);
    await run(['image', 'rm', HUB_IMAGE]);
    const lines = Object.entries(report).map(([key, value]) => `  ${key}: ${value}`);
    process.stdout.write(`\n[docker-test] summary\n${lines.join('\n')}\n`);
  }, 120_000);

  it('is small, runs as a non-root user, has a health check and bakes in no secret', async () => {
    const [inspected] = JSON.parse(await runOk(['image', 'inspect', IMAGE])) as Array<{
      Size: number;
      Config: {
        User: string;
        Env: string[];
        Healthcheck?: { Test: string[] };
        Volumes?: Record<string, unknown>;
        Entrypoint: string[];
      };
    }>;
    if (!inspected) throw new Error('image not found');
    note('image size', `${(inspected.Size / 1e6).toFixed(0)} MB`);
    expect(inspected.Size).toBeLessThan(MAX_IMAGE_BYTES);
    expect(inspected.Config.User).toBe('node');
    expect(inspected.Config.Healthcheck?.Test.join(' ')).toContain('/healthz');
    expect(Object.keys(inspected.Config.Volumes ?? {})).toEqual(['/data']);
    expect(inspected.Config.Entrypoint[0]).toMatch(/tini/);
    expect(inspected.Config.Env.filter((entry) => /TOKEN|SECRET|API_KEY|PASSWORD/i.test(entry))).toEqual([]);
    expect((await offline(IMAGE, undefined, 'id', '-u')).trim()).not.toBe('0');
    // Nothing from the build context or the toolchain that does not belong there.
    // prettier-ignore
    const leftovers = await run([
      'run', '--rm', '--network', 'none', IMAGE, 'sh', '-c',
      'test ! -e /app/.env && test ! -e /app/.git && test ! -e /app/src && test ! -e /app/test && test ! -e /app/node_modules/typescript && ! command -v g++',
    ]);
    expect(leftovers.code, leftovers.stdout + leftovers.stderr).toBe(0);
  });

  it('answers with citations offline (docker run --rm --network none IMAGE article-qa ask …), using the pre-built index', async () => {
    const started = performance.now();
    const answer = await offline(IMAGE, undefined, 'article-qa', 'ask', QUESTION);
    note('article-qa ask in a fresh container', seconds(performance.now() - started));
    expect(answer).toMatch(/\[1\]/);
    expect(answer).toContain('Sources:');
    expect(answer).toMatch(/Sherman/);
    const index = JSON.parse(await offline(IMAGE, undefined, 'article-qa', 'index', '--json')) as {
      rebuilt: boolean;
    };
    expect(index.rebuilt).toBe(false);
  });

  it('hands an option or a command alone to the command line: docker run IMAGE --help, --version, list', async () => {
    // Help needs nothing from the volume: no "seeded /data/index …" note before it.
    const help = await run(['run', '--rm', '--network', 'none', IMAGE, '--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Usage: article-qa');
    expect((await offline(IMAGE, undefined, '--version')).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await offline(IMAGE, undefined, 'list')).toContain('geneva-talks-2022');
  });

  it('bakes a Hub model in with --build-arg EMBEDDING_MODEL; an upgrade to it on a used volume takes its index, offline', async () => {
    const repo = 'local-hub/glove-copy';
    const modelDir = path.join(CONTEXT, 'embeddings', 'models', 'article-qa', 'glove-sif-100d');
    // Served on the bridge network's gateway, so the build reaches it without --network host
    // (which would also invalidate every cached RUN layer); on 127.0.0.1 with it otherwise.
    const gateway = bridgeGateway(
      (await run(['run', '--rm', '--network', 'bridge', IMAGE, 'cat', '/proc/net/route'])).stdout,
    );
    const onBridge = gateway
      ? await startLocalHub(repo, modelDir, gateway).catch(() => undefined)
      : undefined;
    const hub = onBridge ?? (await startLocalHub(repo, modelDir));
    try {
      const started = performance.now();
      // prettier-ignore
      const args = [
        'build', ...(onBridge ? [] : ['--network', 'host']), '-t', HUB_IMAGE,
        '--build-arg', `EMBEDDING_MODEL=${repo}`, '--build-arg', `HF_ENDPOINT=${hub.url}`, CONTEXT,
      ];
      await dockerOk(dockerEngine, args, {
        timeoutMs: 10 * 60_000,
        logFile: path.join(LOG_DIR, 'build-hub.log'),
      });
      note(
        `build with a baked Hub model (cached layers, ${onBridge ? 'bridge' : 'host'} network)`,
        seconds(performance.now() - started),
      );
      expect(hub.served.some((file) => file.endsWith('.onnx'))).toBe(true);
    } finally {
      await hub.close();
    }
    // A volume in use with the default image, then "upgraded" to the Hub-model image.
    const volume = `article-qa-test-hub-${RUN_ID}`;
    volumes.push(volume);
    expect(JSON.parse(await offline(IMAGE, volume, 'article-qa', 'index', '--json'))).toMatchObject({
      rebuilt: false,
    });
    expect(JSON.parse(await offline(HUB_IMAGE, volume, 'article-qa', 'index', '--json'))).toMatchObject({
      rebuilt: false,
    });
    const manifest = JSON.parse(
      await offline(HUB_IMAGE, volume, 'cat', '/data/index/manifest.json'),
    ) as Manifest;
    expect(manifest.model.id).toBe(repo);
    expect(await offline(HUB_IMAGE, volume, 'ls', `/data/cache/${repo}`)).toContain('config.json');
    expect(await offline(HUB_IMAGE, volume, 'article-qa', 'ask', QUESTION)).toMatch(/\[1\]/);
  });

  describe('the bot', () => {
    let botBuilt = false;
    let emulator: DiscordEmulator;
    let healthPort: number;
    const volume = `article-qa-test-state-${RUN_ID}`;

    beforeAll(async () => {
      botBuilt =
        (
          await run([
            'run',
            '--rm',
            '--network',
            'none',
            IMAGE,
            'test',
            '-f',
            'dist/app/start.js',
          ])
        ).code === 0;
      if (!botBuilt) {
        note(
          'bot',
          'SKIPPED: the image has no dist/app/start.js (src/app/start.ts is missing)',
        );
        return;
      }
      emulator = await startDiscordEmulator({
        token: FAKE_TOKEN,
        heartbeatIntervalMs: 1000,
        waitTimeoutMs: 60_000,
      });
      healthPort = await freePort();
      volumes.push(volume);
    });

    afterAll(async () => {
      if (botBuilt) await emulator.close();
    });

    /** Starts the bot as docker-compose.yml does (read-only root, no capabilities, a state volume). */
    async function startBot(name: string, options: { volume: string; corpus?: string }) {
      containers.push(name);
      const startedAt = performance.now();
      // prettier-ignore
      await runOk([
        'run', '-d', '--name', name, '--network', 'host',
        '--read-only', '--tmpfs', '/tmp', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges:true',
        '-v', `${options.volume}:/data`, ...(options.corpus ? ['-v', `${options.corpus}:/app/corpus:ro`] : []),
        '-e', `DISCORD_TOKEN=${FAKE_TOKEN}`, '-e', `DISCORD_API_BASE=${emulator.restBase}`,
        '-e', `DISCORD_GUILD_ID=${emulator.guilds[0]?.id ?? ''}`, '-e', `HEALTH_PORT=${healthPort}`,
        // The image's own check, polled faster so the test need not wait for the first interval.
        '--health-interval', '1s',
        IMAGE,
      ]);
      return { name, startedAt };
    }

    async function logsOf(name: string): Promise<string> {
      const logs = await run(['logs', name]);
      return `${logs.stdout}${logs.stderr}`;
    }

    /** Waits for Docker's health status `healthy`; also notes when /healthz first answered 200. */
    async function waitHealthy(bot: { name: string; startedAt: number }, label?: string): Promise<void> {
      let healthzAt: number | undefined;
      const deadline = performance.now() + 120_000;
      for (;;) {
        if (healthzAt === undefined) {
          const ok = await fetch(`http://127.0.0.1:${healthPort}/healthz`, {
            signal: AbortSignal.timeout(1000),
          }).then(
            (response) => response.ok,
            () => false,
          );
          if (ok) healthzAt = performance.now();
        }
        const state = JSON.parse(await runOk(['inspect', '-f', '{{json .State}}', bot.name])) as {
          Status: string;
          Health?: { Status: string };
        };
        if (state.Health?.Status === 'healthy') break;
        if (state.Status !== 'running' || performance.now() > deadline) {
          throw new Error(
            `${bot.name} is ${state.Status}/${state.Health?.Status ?? '-'}:\n${(await logsOf(bot.name)).slice(-4000)}`,
          );
        }
        await delay(200);
      }
      if (!label) return;
      const now = performance.now();
      note(
        `${label}: docker run → /healthz 200`,
        healthzAt === undefined ? 'n/a' : seconds(healthzAt - bot.startedAt),
      );
      note(`${label}: docker run → health status healthy`, seconds(now - bot.startedAt));
    }

    async function ask(question: string, expected: RegExp): Promise<void> {
      const interaction = emulator.sendSlashCommand({ name: 'ask', options: { question } });
      const reply = await interaction.waitForFinalReply({
        match: (candidate) => /\[1\]/.test(replyText(candidate)),
      });
      expect(replyText(reply)).toMatch(expected);
    }

    /** `docker stop`: exit code 0 within 5 s. Returns the container's logs. */
    async function stopCleanly(name: string, label?: string): Promise<string> {
      const started = performance.now();
      await runOk(['stop', '-t', '10', name], 30_000);
      const elapsed = performance.now() - started;
      if (label) note(`${label}: docker stop`, seconds(elapsed));
      const state = JSON.parse(await runOk(['inspect', '-f', '{{json .State}}', name])) as {
        ExitCode: number;
      };
      const logs = await logsOf(name);
      expect(state.ExitCode, logs.slice(-3000)).toBe(0);
      expect(elapsed).toBeLessThan(5000);
      return logs;
    }

    async function generationIn(stateVolume: string): Promise<string> {
      return (JSON.parse(await offline(IMAGE, stateVolume, 'cat', '/data/index/manifest.json')) as Manifest)
        .generation;
    }

    it('starts on an empty volume with the pre-built index, becomes healthy, answers /ask and stops cleanly within 5 s', async (context) => {
      if (!botBuilt) context.skip();
      const bot = await startBot(`article-qa-test-bot-${RUN_ID}`, { volume });
      await waitHealthy(bot, 'first start (empty volume)');
      const started = performance.now();
      await ask(QUESTION, /Sherman/);
      note('/ask answered in', `${Math.round(performance.now() - started)} ms`);
      const logs = await stopCleanly(bot.name, 'first start');
      // The image's index was copied into the volume, not rebuilt.
      expect(logs).toContain('seeded /data/index');
      expect(logs).not.toMatch(/building index/);
      expect(await generationIn(volume)).toBe(bakedManifest.generation);
      // Production logs are JSON lines (the entrypoint's own notes aside).
      const lines = logs
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('article-qa entrypoint:'));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    }, 240_000);

    it('restarts on the same volume and reuses the index instead of rebuilding it', async (context) => {
      if (!botBuilt) context.skip();
      const before = await generationIn(volume);
      // A new container on the same volume, as after `docker compose up` with a new image.
      const bot = await startBot(`article-qa-test-bot2-${RUN_ID}`, { volume });
      await waitHealthy(bot, 'restart (same volume)');
      await ask(QUESTION, /Sherman/);
      const logs = await stopCleanly(bot.name, 'restart');
      expect(logs).not.toContain('seeded /data/index');
      expect(logs).not.toMatch(/building index/);
      expect(await generationIn(volume)).toBe(before);
      const state = await offline(IMAGE, volume, 'find', '/data/state', '-type', 'f');
      note('state files on the volume', state.trim().split('\n').filter(Boolean).join(', ') || '(none)');
    }, 240_000);

    it('answers from a mounted folder of your own articles, re-indexes when it changes, and keeps that index across restarts', async (context) => {
      if (!botBuilt) context.skip();
      const folder = mkdtempSync(path.join(tmpdir(), 'article-qa-own-corpus-'));
      chmodSync(folder, 0o755); // the container's user is not the folder's owner
      const ownVolume = `article-qa-test-own-${RUN_ID}`;
      volumes.push(ownVolume);
      try {
        copyFileSync(
          path.join(CONTEXT, 'corpus', 'geneva-talks-2022.txt'),
          path.join(folder, 'geneva-talks-2022.txt'),
        );
        const bot = await startBot(`article-qa-test-own-${RUN_ID}`, { volume: ownVolume, corpus: folder });
        await waitHealthy(bot);
        // Same content as the image's corpus: the pre-built index serves it as is.
        expect(await logsOf(bot.name)).not.toMatch(/building index/);
        writeFileSync(path.join(folder, 'varnholm-lighthouse.txt'), OWN_ARTICLE, { mode: 0o644 });
        const deadline = performance.now() + 60_000;
        while (!/"msg":"index built"/.test(await logsOf(bot.name))) {
          if (performance.now() > deadline)
            throw new Error(`no re-index after the corpus changed:\n${await logsOf(bot.name)}`);
          await delay(250);
        }
        await delay(1000); // the new index is swapped in right after it is logged as built
        await ask('Who built the Varnholm lighthouse?', /Lindqvist/);
        await stopCleanly(bot.name);
        const rebuilt = await generationIn(ownVolume);
        expect(rebuilt).not.toBe(bakedManifest.generation);

        const again = await startBot(`article-qa-test-own2-${RUN_ID}`, { volume: ownVolume, corpus: folder });
        await waitHealthy(again);
        await ask('Who built the Varnholm lighthouse?', /Lindqvist/);
        const logs = await stopCleanly(again.name);
        expect(logs).not.toMatch(/building index|seeded \/data\/index/);
        expect(await generationIn(ownVolume)).toBe(rebuilt);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }, 300_000);
  });
});
