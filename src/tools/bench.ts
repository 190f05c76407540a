/**
 * `npm run bench`: how fast article-qa is, at the bundled article's size and at 10k and 100k
 * passages. Prints a table and writes a JSON report and an SVG chart under bench-results/.
 *
 *   node dist/tools/bench.js [--questions FILE.jsonl] [--stories FILE.jsonl] [--one-line-mb 50] [--large-corpus DIR] [--sizes 10000,100000]
 *                            [--seed 42] [--out bench-results] [--cold-runs 7] [--rounds 5]
 *
 * Without --questions, a dozen built-in questions about the bundled article are used. Generated
 * corpora are deterministic (fixed seed) and cached under the output folder. --stories adds a
 * corpus of real news (JSON lines with `article`, e.g. CNN/DailyMail) written as one-line files
 * without titles, each of which must be indexed; --one-line-mb measures building one file of
 * that many megabytes on a single line (from the stories, or the bundled article); --large-corpus replaces the
 * largest generated corpus with a directory of .txt/.md files.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEmbedder } from '../app/create-engine.js';
import { loadConfig, PROJECT_ROOT } from '../config/load-config.js';
import { loadCorpus } from '../core/corpus/load-corpus.js';
import { findModelDirectory } from '../core/embedding/model-files.js';
import { readManifest } from '../core/index/index-files.js';
import { splitSentences } from '../core/text/sentences.js';
import { createSilentLogger } from '../logging/logger.js';
import {
  generatedCorpus,
  oneLineCorpus,
  readStories,
  sampleQueries,
  storiesCorpus,
  type BenchCorpus,
} from './bench/corpora.js';
import { FALLBACK_QUESTIONS } from './bench/fallback-questions.js';
import {
  measureColdStart,
  measureDiscordRoundTrip,
  measureEmbedding,
  measureHnsw,
  runChild,
} from './bench/measurements.js';
import { formatTable, writeReport } from './bench/report.js';
import { summaryRows, type BuildResult, type ServeResult, type SizeResult } from './bench/summary-rows.js';

const usage =
  'Usage: node dist/tools/bench.js [--questions FILE.jsonl] [--stories FILE.jsonl] [--one-line-mb 50] [--large-corpus DIR] [--sizes 10000,100000]\n' +
  '                                [--seed 42] [--out bench-results] [--cold-runs 7] [--rounds 5]';

async function readQuestions(file: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const record = JSON.parse(line) as { q?: string; question?: string };
    return record.q ?? record.question ?? '';
  });
}

/** Sentences of a corpus, in order, up to `limit`: embedding-throughput input. */
async function corpusSentences(corpusPath: string, limit: number): Promise<string[]> {
  const corpus = await loadCorpus(corpusPath);
  const sentences: string[] = [];
  for (const document of corpus.documents) {
    for (const sentence of splitSentences(document.text))
      if (sentences.length < limit) sentences.push(sentence.text);
    if (sentences.length >= limit) break;
  }
  return sentences;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string' },
      'large-corpus': { type: 'string' },
      stories: { type: 'string' },
      'one-line-mb': { type: 'string' },
      sizes: { type: 'string', default: '10000,100000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string', default: 'bench-results' },
      'cold-runs': { type: 'string', default: '7' },
      rounds: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const started = performance.now();
  const out = path.resolve(values.out);
  const seed = Number(values.seed);
  const config = loadConfig({});
  const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
  const embedder = await loadEmbedder(config, createSilentLogger());
  const modelDirectory = findModelDirectory(config.model.id, {
    modelDir: config.model.dir,
    cacheDir: config.model.cacheDir,
  });
  if (!modelDirectory) throw new Error(`model ${config.model.id} not found`);

  const questions = values.questions ? await readQuestions(values.questions) : [...FALLBACK_QUESTIONS];
  const corpora: BenchCorpus[] = [{ name: 'bundled', directory: config.corpus, passages: 0 }];
  if (values.stories)
    corpora.push(
      await storiesCorpus(path.join(out, 'corpora'), path.resolve(values.stories), config.chunking),
    );
  for (const size of values.sizes
    .split(',')
    .map(Number)
    .filter((size) => size > 0)) {
    const isLargest = size === Math.max(...values.sizes.split(',').map(Number));
    if (isLargest && values['large-corpus']) {
      corpora.push({ name: 'large', directory: path.resolve(values['large-corpus']), passages: size });
      continue;
    }
    log(`preparing a generated corpus of ${size.toLocaleString('en-US')} passages`);
    corpora.push(
      await generatedCorpus(path.join(out, 'corpora'), {
        passages: size,
        seed,
        chunking: config.chunking,
        embedder,
        tokenizerFile: path.join(modelDirectory, 'tokenizer.json'),
      }),
    );
  }

  const sizes: SizeResult[] = [];
  for (const corpus of corpora) {
    const indexDir = path.join(out, 'indexes', corpus.name);
    log(`building the index of ${corpus.name}`);
    const build = await runChild<BuildResult>({ mode: 'build', corpus: corpus.directory, indexDir });
    const bundled = corpus.name === 'bundled';
    // A larger corpus is asked questions cut from its own sentences, which it can answer; the
    // largest is also asked the --questions (about the bundled article), as the bundled one is.
    const asked = bundled ? questions : await sampleQueries(corpus.directory, config.chunking, 100, seed);
    const alsoAsked = !bundled && corpus === corpora.at(-1) ? { alsoQuestions: questions, alsoRounds: Number(values.rounds) } : {};
    log(`answering ${asked.length} questions on ${corpus.name}`);
    const serve = await runChild<ServeResult>({
      mode: 'serve',
      corpus: corpus.directory,
      indexDir,
      questions: asked,
      rounds: bundled ? Number(values.rounds) : 3,
      ...alsoAsked,
    });
    sizes.push({
      name: corpus.name,
      corpus: corpus.directory,
      indexDir,
      build,
      serve,
      ...(corpus.files === undefined ? {} : { files: corpus.files }),
    });
  }
  let oneLine: { megabytes: number; build: BuildResult } | undefined;
  if (values['one-line-mb']) {
    const megabytes = Number(values['one-line-mb']);
    const texts = values.stories
      ? (await readStories(path.resolve(values.stories))).map((story) => story.article)
      : (await loadCorpus(config.corpus)).documents.map((document) => document.text);
    const corpus = await oneLineCorpus(path.join(out, 'corpora'), megabytes, texts);
    log(`building the index of ${corpus.name}`);
    oneLine = {
      megabytes,
      build: await runChild<BuildResult>({
        mode: 'build',
        corpus: corpus.directory,
        indexDir: path.join(out, 'indexes', 'one-line'),
      }),
    };
  }
  const [bundled, ...larger] = sizes;
  const largest = larger.at(-1) ?? bundled;
  if (!bundled || !largest) throw new Error('nothing was measured');

  log('measuring cold start');
  const coldOptions = {
    indexDir: bundled.indexDir,
    question: questions[0] ?? 'Who led the US delegation?',
    runs: Number(values['cold-runs']),
  };
  const coldStart = await measureColdStart(coldOptions);
  const coldStartNpx = await measureColdStart({ ...coldOptions, viaNpx: true });
  log('measuring embedding throughput');
  const embedding = await measureEmbedding(
    embedder,
    await corpusSentences(
      larger.find((size) => size.name.startsWith('generated'))?.corpus ?? config.corpus,
      20_000,
    ),
  );
  log('measuring HNSW against exact search');
  const manifest = await readManifest(largest.indexDir);
  if (!manifest) throw new Error(`no index in ${largest.indexDir}`);
  const hnsw = await measureHnsw({
    file: path.join(largest.indexDir, manifest.generation, 'vectors.hnsw'),
    dimension: manifest.model.dimension,
    efSearch: config.hnsw.efSearch,
    embedder,
    queries: await sampleQueries(largest.corpus, config.chunking, 300, seed + 1),
  });
  log('measuring the Discord round trip (bot and emulator)');
  const discord = await measureDiscordRoundTrip();
  const bytesPerPassage =
    (largest.serve.peakRssBytes - bundled.serve.peakRssBytes) /
    Math.max(1, largest.serve.passages - bundled.serve.passages);

  const rows = summaryRows({
    questions: questions.length,
    rounds: Number(values.rounds),
    sizes,
    coldStart,
    coldStartNpx,
    embedding,
    hnsw,
    bytesPerPassage,
    ...(oneLine ? { oneLine } : {}),
    ...(discord ? { discord } : {}),
  });
  const totalMs = performance.now() - started;
  rows.push({
    metric: 'benchmark run time',
    value: `${(totalMs / 1000).toFixed(0)} s`,
    target: '< 300 s',
    met: totalMs < 300_000,
  });

  const results = {
    startedAt: new Date(Date.now() - totalMs).toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryBytes: os.totalmem(),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: os.loadavg(),
    },
    settings: {
      seed,
      questions: values.questions ?? 'built-in',
      largeCorpus: values['large-corpus'] ?? null,
      model: config.model.id,
      hnsw: config.hnsw,
      chunking: config.chunking,
    },
    sizes: sizes.map(({ name, corpus, build, serve }) => ({
      name,
      corpus: path.relative(PROJECT_ROOT, corpus),
      build,
      serve,
    })),
    coldStart,
    coldStartNpx,
    embedding,
    hnsw,
    discord: discord ?? null,
    memory: { servingPeakRssBytes: largest.serve.peakRssBytes, bytesPerPassage },
    totalMs,
    table: rows,
  };
  const points = sizes.map((size) => ({
    passages: size.serve.passages,
    warmP50Ms: size.serve.warmP50Ms,
    warmP95Ms: size.serve.warmP95Ms,
    firstPassP50Ms: size.serve.firstPassP50Ms,
  }));
  const written = await writeReport(out, results, points);
  process.stdout.write(
    `${formatTable(rows)}\nReport: ${path.relative(process.cwd(), written.json)}\nChart:  ${path.relative(process.cwd(), written.svg)}\n`,
  );
}

main().catch((error: unknown) => {
  // A mistyped option is the user's, and needs the usage, not a stack trace; anything else is a bug.
  const mistyped =
    error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_') === true;
  process.stderr.write(
    mistyped
      ? `bench: ${error.message}\n${usage}\n`
      : `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = mistyped ? 2 : 1;
});
