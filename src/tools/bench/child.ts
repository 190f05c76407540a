/**
 * One measurement in a fresh process, so its peak memory and load times are its own:
 *
 *   node dist/tools/bench/child.js '{"mode":"build","corpus":…,"indexDir":…}'
 *   node dist/tools/bench/child.js '{"mode":"serve","corpus":…,"indexDir":…,"questions":[…],"rounds":5}'
 *
 * A serve request may add `"cpuProfile": "FILE"` to profile its warm rounds (see docs/performance.md).
 *
 * Prints one JSON line with the results.
 */
import { createEngine, indexRequest, loadEmbedder } from '../../app/create-engine.js';
import { loadConfig } from '../../config/load-config.js';
import { ConversationMemory } from '../../core/conversation/conversation-memory.js';
import { ConversationalQa } from '../../core/conversation/conversational-qa.js';
import { DEFAULT_CONVERSATION_LIMITS } from '../../core/conversation/types.js';
import type { QaEngine } from '../../core/engine.js';
import { loadOrBuildIndex } from '../../core/index/build-index.js';
import { tuneHeapForServing } from '../../app/heap-tuning.js';
import { createSilentLogger } from '../../logging/logger.js';
import { profiled } from './cpu-profile.js';
import { percentile } from './statistics.js';
import type { AskTimes, ServeResult } from './summary-rows.js';

interface Request {
  mode: 'build' | 'serve';
  corpus: string;
  indexDir: string;
  questions?: string[];
  rounds?: number;
  /** A second set asked after the first, with its own rounds (the `--questions` at the largest size). */
  alsoQuestions?: string[];
  alsoRounds?: number;
  /** A file for a CPU profile of the first set's warm rounds alone (see cpu-profile.ts). */
  cpuProfile?: string;
}

/** Peak resident memory of this process so far, in bytes. */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

async function build(request: Request): Promise<object> {
  const config = loadConfig({ overrides: { corpus: request.corpus, indexDir: request.indexDir } });
  const logger = createSilentLogger();
  const modelStarted = performance.now();
  const embedder = await loadEmbedder(config, logger);
  const modelMs = performance.now() - modelStarted;
  const started = performance.now();
  // Benchmarks measure the corpus alone: no articles added on this machine.
  const result = await loadOrBuildIndex({ ...indexRequest(config, embedder, logger, { articles: false }), force: true });
  const buildMs = performance.now() - started;
  return {
    passages: result.index.passages.length,
    documents: result.index.documents.length,
    skipped: result.skipped.length,
    modelMs,
    buildMs,
    peakRssBytes: peakRss(),
  };
}

/** A follow-up asked after each question in the conversation measurement: it is rewritten from the context. */
const FOLLOW_UP = 'And why?';

/**
 * Asks in a conversation that already holds its full context (6 turns): each question, then a
 * follow-up that the context rewrites. One warm-up round, then `rounds` measured ones.
 */
async function conversationTimes(engine: QaEngine, questions: readonly string[], rounds: number): Promise<number[]> {
  const conversations = new ConversationalQa(engine, new ConversationMemory());
  const ask = async (question: string): Promise<number> => {
    const started = performance.now();
    await conversations.ask('bench', question);
    return performance.now() - started;
  };
  for (let turn = 0; turn < DEFAULT_CONVERSATION_LIMITS.maxTurns; turn += 1) await ask(questions[turn % questions.length] ?? '');
  const times: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    for (const question of questions) {
      const pair = [await ask(question), await ask(FOLLOW_UP)];
      if (round > 0) times.push(...pair);
    }
  }
  return times;
}

/**
 * Asks each question once (the first pass, which meets every question and its passages' sentences
 * for the first time), then `rounds` more times: the warm times, and the CPU time they took (the
 * machine is shared, so the wall time also holds the time others ran).
 */
async function askRounds(engine: QaEngine, questions: readonly string[], rounds: number, cpuProfile?: string): Promise<AskTimes> {
  const time = async (question: string): Promise<number> => {
    const started = performance.now();
    await engine.ask(question);
    return performance.now() - started;
  };
  const first: number[] = [];
  for (const question of questions) first.push(await time(question));
  const warm: number[] = [];
  const cpuBefore = process.cpuUsage();
  const askWarm = async (): Promise<void> => {
    for (let round = 0; round < rounds; round += 1) for (const question of questions) warm.push(await time(question));
  };
  await (cpuProfile ? profiled(cpuProfile, askWarm) : askWarm());
  const cpu = process.cpuUsage(cpuBefore);
  return {
    questions: questions.length,
    rounds,
    firstAskMs: first[0] ?? Number.NaN,
    firstPassP50Ms: percentile(first, 0.5),
    firstPassP95Ms: percentile(first, 0.95),
    warmP50Ms: percentile(warm, 0.5),
    warmP95Ms: percentile(warm, 0.95),
    warmCpuMs: warm.length > 0 ? (cpu.user + cpu.system) / 1000 / warm.length : Number.NaN,
    samples: warm.length,
  };
}

async function serve(request: Request): Promise<ServeResult> {
  // Serving is measured as the bot serves (dist/app/start.js tunes its heap the same way).
  tuneHeapForServing();
  const config = loadConfig({ overrides: { corpus: request.corpus, indexDir: request.indexDir } });
  const loadStarted = performance.now();
  const { engine, indexResult } = await createEngine(config, createSilentLogger(), { articles: false });
  const loadMs = performance.now() - loadStarted;
  if (indexResult.rebuilt) throw new Error(`serve expects a built index in ${request.indexDir}`);
  const questions = request.questions ?? [];
  const rounds = request.rounds ?? 5;
  const asked = await askRounds(engine, questions, rounds, request.cpuProfile);
  const also = request.alsoQuestions?.length ? await askRounds(engine, request.alsoQuestions, request.alsoRounds ?? rounds) : undefined;
  const conversation = questions.length > 0 ? await conversationTimes(engine, questions, rounds) : [];
  return {
    passages: engine.index.passages.length,
    loadMs,
    ...asked,
    ...(also ? { also } : {}),
    conversationWarmP50Ms: percentile(conversation, 0.5),
    conversationWarmP95Ms: percentile(conversation, 0.95),
    peakRssBytes: peakRss(),
  };
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as Request;
  const result = request.mode === 'build' ? await build(request) : await serve(request);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
