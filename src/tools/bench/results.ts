/** What `npm run bench` writes under its output folder: the JSON report and the chart's points. */
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '../../config/schema.js';
import { PROJECT_ROOT } from '../../config/load-config.js';
import type { BenchOptions } from './options.js';
import type { LatencyPoint, ReportRow } from './report.js';
import type { Measured, SizeResult } from './summary-rows.js';

/** What the report adds to the measurements: how the run went and what it ran with. */
export interface RunFacts {
  totalMs: number;
  seed: number;
  options: BenchOptions;
  config: AppConfig;
  /** The largest corpus measured, whose serving memory the report names. */
  largest: SizeResult;
  /** The summary table, as printed. */
  table: ReportRow[];
}

/** The JSON report: the machine, the settings, every measurement, and the summary table. */
export function benchResults(measured: Measured, facts: RunFacts): object {
  const { sizes, coldStart, coldStartNpx, embedding, hnsw, discord, bytesPerPassage } = measured;
  const { totalMs, seed, options, config, largest, table } = facts;
  return {
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
      questions: options.questions ?? 'built-in',
      largeCorpus: options['large-corpus'] ?? null,
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
    table,
  };
}

/** The chart's points: warm and first-pass latency against each corpus's passage count. */
export function latencyPoints(sizes: readonly SizeResult[]): LatencyPoint[] {
  return sizes.map((size) => ({
    passages: size.serve.passages,
    warmP50Ms: size.serve.warmP50Ms,
    warmP95Ms: size.serve.warmP95Ms,
    firstPassP50Ms: size.serve.firstPassP50Ms,
  }));
}
