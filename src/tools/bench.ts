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
import path from 'node:path';
import { loadEmbedder } from '../app/create-engine.js';
import { loadConfig } from '../config/load-config.js';
import { findModelDirectory } from '../core/embedding/model-files.js';
import { readManifest } from '../core/index/index-files.js';
import { createSilentLogger } from '../logging/logger.js';
import { corpusSentences, sampleQueries } from './bench/corpora.js';
import { FALLBACK_QUESTIONS } from './bench/fallback-questions.js';
import { measureColdStart, measureDiscordRoundTrip, measureEmbedding, measureHnsw } from './bench/measurements.js';
import { parseBenchOptions, readQuestions, usage } from './bench/options.js';
import { formatTable, writeReport } from './bench/report.js';
import { benchResults, latencyPoints } from './bench/results.js';
import { benchCorpora, measureOneLine, measureSizes } from './bench/sizes.js';
import { summaryRows, type BuildResult, type Measured } from './bench/summary-rows.js';

async function main(): Promise<void> {
  const values = parseBenchOptions();
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
  const corpora = await benchCorpora(values, out, config, { seed, embedder, modelDirectory }, log);
  const sizes = await measureSizes(corpora, questions, { out, config, seed, rounds: Number(values.rounds) }, log);
  let oneLine: { megabytes: number; build: BuildResult } | undefined;
  if (values['one-line-mb']) oneLine = await measureOneLine(Number(values['one-line-mb']), values.stories, { out, config }, log);
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

  const measured: Measured = {
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
  };
  const rows = summaryRows(measured);
  const totalMs = performance.now() - started;
  rows.push({
    metric: 'benchmark run time',
    value: `${(totalMs / 1000).toFixed(0)} s`,
    target: '< 300 s',
    met: totalMs < 300_000,
  });

  const results = benchResults(measured, { totalMs, seed, options: values, config, largest, table: rows });
  const written = await writeReport(out, results, latencyPoints(sizes));
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
