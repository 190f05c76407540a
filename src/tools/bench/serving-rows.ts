import type { ReportRow } from './report.js';
import type { AskTimes, SizeResult } from './summary-rows.js';

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const count = (value: number): string => Math.round(value).toLocaleString('en-US');

/** Warm p50 / p95, with the CPU time per question beside them (the machine may be shared). */
const warm = (times: AskTimes): string =>
  `${ms(times.warmP50Ms)} / ${ms(times.warmP95Ms)} (CPU ${ms(times.warmCpuMs)} a question)`;

/**
 * The serving rows of a generated (or `--large-corpus`) corpus. Its questions are cut from its
 * own sentences (see sampleQueries), not the `--questions`, which are about the bundled article;
 * those are asked of the largest corpus too, on a row of their own, so both are in the table.
 */
export function servingRows(size: SizeResult): ReportRow[] {
  const { serve } = size;
  const passages = count(serve.passages);
  const rows: ReportRow[] = [
    {
      metric: `ask p50 / p95, warm (${passages} passages; ${serve.questions} questions cut from its sentences × ${serve.rounds})`,
      value: warm(serve),
      ...(serve.passages >= 100_000 ? { target: 'p50 ≤ 15 ms', met: serve.warmP50Ms <= 15 } : {}),
    },
    { metric: `ask p50, first time (${passages} passages)`, value: ms(serve.firstPassP50Ms) },
  ];
  if (serve.also)
    rows.push({
      metric: `ask p50 / p95, warm (${passages} passages; the ${serve.also.questions} --questions × ${serve.also.rounds}, first time p50 ${ms(serve.also.firstPassP50Ms)})`,
      value: warm(serve.also),
    });
  return rows;
}
