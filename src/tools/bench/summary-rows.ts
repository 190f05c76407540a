import type { ColdStart, DiscordRoundTrip, HnswSearch } from './measurements.js';
import type { ReportRow } from './report.js';
import { servingRows } from './serving-rows.js';

/** What a child process reports after building an index (see child.ts). */
export interface BuildResult {
  passages: number;
  documents: number;
  /** Files that yielded no passages. */
  skipped: number;
  modelMs: number;
  buildMs: number;
  peakRssBytes: number;
}

/** One question set asked once, then `rounds` more times (see child.ts). */
export interface AskTimes {
  questions: number;
  rounds: number;
  firstAskMs: number;
  firstPassP50Ms: number;
  firstPassP95Ms: number;
  warmP50Ms: number;
  warmP95Ms: number;
  /** CPU time of the process per warm question: what the wall time would be on an idle machine, roughly. */
  warmCpuMs: number;
  samples: number;
}

/** What a child process reports after loading an index and answering questions (see child.ts). */
export interface ServeResult extends AskTimes {
  passages: number;
  loadMs: number;
  /** The `--questions` asked of the largest corpus too, after its own. */
  also?: AskTimes;
  /** Asking in a conversation with a 6-turn context (each question, then a follow-up), warm. */
  conversationWarmP50Ms: number;
  conversationWarmP95Ms: number;
  peakRssBytes: number;
}

/** One corpus size: where it is and what was measured on it. */
export interface SizeResult {
  name: string;
  /** Files the corpus was written as, when every one must be indexed (the stories). */
  files?: number;
  corpus: string;
  indexDir: string;
  build: BuildResult;
  serve: ServeResult;
}

/** Everything the summary table shows. */
export interface Measured {
  /** How many questions were asked of the bundled article, and how many rounds. */
  questions: number;
  rounds: number;
  /** The bundled article first, then larger corpora by size. */
  sizes: SizeResult[];
  coldStart: ColdStart;
  coldStartNpx: ColdStart;
  embedding: { batchSize: number; sentencesPerSecond: number };
  hnsw: HnswSearch;
  bytesPerPassage: number;
  /** A build of one very long single-line file, when measured (`--one-line-mb`). */
  oneLine?: { megabytes: number; build: BuildResult };
  /** `/ask` through the bot and the Discord emulator, when measured. */
  discord?: DiscordRoundTrip;
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** The summary table's rows, each target checked. */
export function summaryRows(input: Measured): ReportRow[] {
  const [bundled, ...larger] = input.sizes;
  const largest = larger.at(-1) ?? bundled;
  if (!bundled || !largest) return [];
  const { sizes, coldStart, coldStartNpx, embedding, hnsw, bytesPerPassage } = input;
  // The HNSW and memory targets are set at 100k passages; smaller runs report without judging.
  const atScale = largest.serve.passages >= 100_000;
  const judged = (target: string, met: boolean): Pick<ReportRow, 'target' | 'met'> =>
    atScale ? { target, met } : {};
  return [
    {
      metric: `ask p50, warm (bundled, ${input.questions} questions × ${input.rounds})`,
      value: ms(bundled.serve.warmP50Ms),
      // The answer model scores every sentence of the 16 best passages: ≤ 3 ms (it was 2 ms before it).
      target: '≤ 3 ms',
      met: bundled.serve.warmP50Ms <= 3,
    },
    { metric: 'ask p95, warm (bundled)', value: ms(bundled.serve.warmP95Ms) },
    {
      metric: 'ask p50 / p95, warm, in a conversation with a 6-turn context (bundled; each question, then "And why?")',
      value: `${ms(bundled.serve.conversationWarmP50Ms)} / ${ms(bundled.serve.conversationWarmP95Ms)}`,
      target: '≤ 3 ms',
      met: bundled.serve.conversationWarmP50Ms <= 3,
    },
    {
      metric: 'ask p50 / p95, first time each question (bundled)',
      value: `${ms(bundled.serve.firstPassP50Ms)} / ${ms(bundled.serve.firstPassP95Ms)}`,
    },
    ...larger.flatMap(servingRows),
    {
      metric: `cold start, npx article-qa ask → first answer (p50 / p95 of ${coldStartNpx.runs})`,
      value: `${ms(coldStartNpx.firstAnswerP50Ms)} / ${ms(coldStartNpx.firstAnswerP95Ms)}`,
      target: '≤ 1000 ms',
      met: coldStartNpx.firstAnswerP50Ms <= 1000,
    },
    {
      metric: 'cold start, node bin/article-qa.js ask (without npm)',
      value: `${ms(coldStart.firstAnswerP50Ms)} / ${ms(coldStart.firstAnswerP95Ms)}`,
    },
    ...sizes.map((size) => {
      const rate = (size.build.passages / size.build.buildMs) * 1000;
      // A few dozen passages build in the time the durable, atomic save takes: a rate means nothing there.
      const tiny = size.build.passages < 1000;
      return {
        metric: `index build (${count(size.build.passages)} passages${tiny ? ', fixed costs only' : ''})`,
        value: `${ms(size.build.buildMs)}, ${count(rate)} passages/s`,
        ...(tiny ? {} : { target: '≥ 3,000 passages/s', met: rate >= 3000 }),
      };
    }),
    ...sizes
      .filter((size) => size.files !== undefined)
      .map((size) => ({
        metric: `${size.name}: files indexed as documents (one-line files, no titles)`,
        value: `${count(size.build.documents)} of ${count(size.files ?? 0)}, ${count(size.build.skipped)} skipped`,
        target: 'every file',
        met: size.build.documents === size.files && size.build.skipped === 0,
      })),
    ...(input.oneLine
      ? [
          {
            metric: `one ${input.oneLine.megabytes} MB file on one line: build (${count(input.oneLine.build.passages)} passages)`,
            value: `${ms(input.oneLine.build.buildMs)}, ${count((input.oneLine.build.passages / input.oneLine.build.buildMs) * 1000)} passages/s`,
          },
          {
            metric: `one ${input.oneLine.megabytes} MB file on one line: peak RSS building`,
            value: mb(input.oneLine.build.peakRssBytes),
          },
        ]
      : []),
    ...(input.discord
      ? [
          {
            metric: `Discord /ask → final reply p50 / p95 / max (bot + emulator, bundled, ${input.discord.asks} asks)`,
            value: `${ms(input.discord.p50Ms)} / ${ms(input.discord.p95Ms)} / ${ms(input.discord.maxMs)}`,
          },
        ]
      : []),
    { metric: 'embedding model load', value: ms(bundled.build.modelMs) },
    {
      metric: `embedding throughput (batches of ${embedding.batchSize})`,
      value: `${count(embedding.sentencesPerSecond)} sentences/s`,
    },
    {
      metric: `HNSW search p50 (${count(hnsw.passages)} passages, efSearch ${hnsw.efSearch})`,
      value: ms(hnsw.hnswP50Ms),
    },
    {
      metric: 'HNSW recall@10 vs exact search',
      value: hnsw.recallAt10.toFixed(4),
      ...judged('≥ 0.98', hnsw.recallAt10 >= 0.98),
    },
    {
      metric: 'HNSW speed-up vs exact search',
      value: `${hnsw.speedUp.toFixed(1)}× (exact p50 ${ms(hnsw.exactP50Ms)})`,
      ...judged('≥ 20×', hnsw.speedUp >= 20),
    },
    ...sizes.map((size) => ({
      metric: `engine load: model + index (${count(size.serve.passages)} passages)`,
      value: ms(size.serve.loadMs),
    })),
    {
      metric: `peak RSS serving ${count(largest.serve.passages)} passages`,
      value: mb(largest.serve.peakRssBytes),
      ...judged('≤ 600 MB', largest.serve.peakRssBytes <= 600 * 1024 * 1024),
    },
    {
      metric: 'memory per passage (serving, above the bundled article)',
      value: `${count(bytesPerPassage)} bytes`,
    },
    ...sizes.map((size) => ({
      metric: `peak RSS building ${count(size.build.passages)} passages`,
      value: mb(size.build.peakRssBytes),
    })),
  ];
}
