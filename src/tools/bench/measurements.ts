import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import hnswlib from 'hnswlib-node';
import type { Embedder } from '../../core/embedding/embedder.js';
import { exactTopK, percentile, recallAtK } from './statistics.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CHILD = path.join(ROOT, 'dist', 'tools', 'bench', 'child.js');
const CLI = path.join(ROOT, 'bin', 'article-qa.js');

/** Runs one child measurement (see child.ts) and returns its JSON result. */
export async function runChild<T>(request: object): Promise<T> {
  const { stdout } = await run(process.execPath, [CHILD, JSON.stringify(request)]);
  return JSON.parse(stdout) as T;
}

/** Runs a process to completion; resolves with its output and when the first stdout byte came. */
function run(
  command: string,
  args: string[],
  environment: Record<string, string> = {},
): Promise<{ stdout: string; firstOutputMs: number; exitMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstOutputMs = Number.NaN;
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...environment } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - started;
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout, firstOutputMs, exitMs: performance.now() - started });
      else reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** Cold start: from spawning `article-qa ask` (index already built) to its answer on stdout, and to exit. */
export interface ColdStart {
  runs: number;
  firstAnswerP50Ms: number;
  firstAnswerP95Ms: number;
  exitP50Ms: number;
}

/**
 * Cold start of the CLI, launched with `node bin/article-qa.js` or, with `viaNpx`, as users do
 * with `npx article-qa` (which adds npm's own start-up).
 */
export async function measureColdStart(options: {
  indexDir: string;
  question: string;
  runs: number;
  viaNpx?: boolean;
}): Promise<ColdStart> {
  const cliArgs = ['ask', '--index-dir', options.indexDir, options.question];
  const [command, args] = options.viaNpx
    ? [process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'article-qa', ...cliArgs]]
    : [process.execPath, [CLI, ...cliArgs]];
  await run(command, args); // warms the OS file cache, as any second start would be
  const answers: number[] = [];
  const exits: number[] = [];
  for (let runIndex = 0; runIndex < options.runs; runIndex += 1) {
    const { firstOutputMs, exitMs } = await run(command, args);
    answers.push(firstOutputMs);
    exits.push(exitMs);
  }
  return {
    runs: options.runs,
    firstAnswerP50Ms: percentile(answers, 0.5),
    firstAnswerP95Ms: percentile(answers, 0.95),
    exitP50Ms: percentile(exits, 0.5),
  };
}

/** Embedding throughput over many sentences, in the embedder's preferred batches (after one warm-up pass). */
export async function measureEmbedding(
  embedder: Embedder,
  sentences: readonly string[],
): Promise<{ sentences: number; batchSize: number; sentencesPerSecond: number }> {
  const batchSize = embedder.preferredBatchSize ?? 64;
  const pass = async (): Promise<number> => {
    const started = performance.now();
    for (let start = 0; start < sentences.length; start += batchSize)
      await embedder.embedDocuments(sentences.slice(start, start + batchSize));
    return performance.now() - started;
  };
  await pass();
  const ms = await pass();
  return { sentences: sentences.length, batchSize, sentencesPerSecond: (sentences.length / ms) * 1000 };
}

/** HNSW against exact search over the same vectors. */
export interface HnswSearch {
  passages: number;
  queries: number;
  efSearch: number;
  hnswP50Ms: number;
  exactP50Ms: number;
  speedUp: number;
  recallAt10: number;
}

/**
 * Reads the saved graph (with its vectors) and compares its top 10 with a full scan of the same
 * vectors, for real question-like queries embedded by the model.
 */
export async function measureHnsw(options: {
  file: string;
  dimension: number;
  efSearch: number;
  embedder: Embedder;
  queries: readonly string[];
}): Promise<HnswSearch> {
  const index = new hnswlib.HierarchicalNSW('ip', options.dimension);
  index.readIndexSync(options.file);
  index.setEf(options.efSearch);
  const count = index.getCurrentCount();
  const matrix = new Float32Array(count * options.dimension);
  for (let label = 0; label < count; label += 1) matrix.set(index.getPoint(label), label * options.dimension);
  const vectors = await options.embedder.embedQueries(options.queries);
  const approximate: number[][] = [];
  const exact: number[][] = [];
  const hnswTimes: number[] = [];
  const exactTimes: number[] = [];
  for (const vector of vectors) {
    const query = Array.from(vector);
    for (let repeat = 0; repeat < 3; repeat += 1) {
      const started = performance.now();
      const result = index.searchKnn(query, 10);
      hnswTimes.push(performance.now() - started);
      if (repeat === 0) approximate.push(result.neighbors);
    }
    const started = performance.now();
    exact.push(exactTopK(matrix, options.dimension, vector, 10));
    exactTimes.push(performance.now() - started);
  }
  const hnswP50Ms = percentile(hnswTimes, 0.5);
  const exactP50Ms = percentile(exactTimes, 0.5);
  return {
    passages: count,
    queries: vectors.length,
    efSearch: options.efSearch,
    hnswP50Ms,
    exactP50Ms,
    speedUp: exactP50Ms / hnswP50Ms,
    recallAt10: recallAtK(approximate, exact, 10),
  };
}

/** The Discord round trip: `/ask` through the real bot and the emulator, interaction to final reply. */
export interface DiscordRoundTrip {
  asks: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Runs test/bench/discord-round-trip.measure.ts with vitest (the emulator and the bot harness
 * live under test/). Undefined, with the reason on stderr, where vitest or the measurement is
 * not installed (a production image).
 */
export async function measureDiscordRoundTrip(): Promise<DiscordRoundTrip | undefined> {
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const config = path.join(ROOT, 'test', 'bench', 'vitest.config.ts');
  if (!existsSync(vitest) || !existsSync(config)) {
    process.stderr.write('bench: Discord round trip skipped (needs the dev dependencies and test/bench)\n');
    return undefined;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'article-qa-bench-'));
  const out = path.join(scratch, 'discord.json');
  try {
    await run(process.execPath, [vitest, 'run', '--configLoader', 'runner', '--config', config], { BENCH_DISCORD_OUT: out });
    return JSON.parse(await readFile(out, 'utf8')) as DiscordRoundTrip;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
