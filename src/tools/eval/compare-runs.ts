/**
 * How much one evaluation run says, and how two runs differ, question by question. Every dev set
 * is a sample (40 paraphrases: one question moves accuracy by 2.5 points), so a figure is printed
 * with its 95 % interval, and two runs are compared on the questions that changed, not on their
 * totals alone.
 */
import Table from 'cli-table3';
import type { ScorerOutput } from '../scorer-output.js';
import type { SetResults } from './score-sets.js';

/** One scored question or conversation turn, as the shared scorers print it with `--details`. */
export type ScoredRow = ScorerOutput['details'][number];

/**
 * Whether the scorer counted a row as right: an answerable question (or turn) carries `right`;
 * an unanswerable question is right when the bot said "doesn't say" (score-qa.mjs leaves `right`
 * out of its row, and counts its accuracy the same way).
 */
export function countedRight(row: ScoredRow): boolean {
  if ('right' in row) return row.right === true;
  return row.abstained === true;
}

/** The key that pairs a row with the same question in another run, and names it: its id, and its turn in a conversation ("f-15#1"). */
const rowKey = (row: ScoredRow): string => (row.turn === undefined ? String(row.id) : `${String(row.id)}#${String(row.turn)}`);

/** A share with its 95 % Wilson score interval, all in percent. */
export interface ShareInterval {
  percent: number;
  low: number;
  high: number;
}

const Z95 = 1.959964;

const roundTenth = (value: number): number => Math.round(value * 1000) / 10;

/**
 * The 95 % Wilson score interval of `right` out of `total`: unlike the normal approximation it stays
 * inside 0–100 % and holds for the small samples the dev sets are.
 */
export function wilsonInterval(right: number, total: number): ShareInterval {
  if (total <= 0) return { percent: 0, low: 0, high: 0 };
  const share = right / total;
  const z2 = Z95 * Z95;
  const centre = (share + z2 / (2 * total)) / (1 + z2 / total);
  const half = (Z95 * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total))) / (1 + z2 / total);
  return { percent: roundTenth(share), low: roundTenth(Math.max(0, centre - half)), high: roundTenth(Math.min(1, centre + half)) };
}

/**
 * The exact two-sided sign test (McNemar's test for paired samples): the chance that questions
 * changing between two runs split at least this unevenly if each change were a coin toss.
 */
export function signTest(gained: number, lost: number): number {
  const changed = gained + lost;
  if (changed === 0) return 1;
  const fewer = Math.min(gained, lost);
  // P(X <= fewer) for X ~ Binomial(changed, 1/2), in logs so large sets do not overflow.
  let logChoose = 0;
  let tail = 0;
  for (let k = 0; k <= fewer; k += 1) {
    if (k > 0) logChoose += Math.log(changed - k + 1) - Math.log(k);
    tail += Math.exp(logChoose - changed * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}

/** How one set's answers moved from one run to the next. */
export interface SetComparison {
  set: string;
  /** Questions (or turns) scored in both runs. */
  paired: number;
  before: ShareInterval;
  after: ShareInterval;
  /** Wrong before and right after. */
  gained: string[];
  /** Right before and wrong after. */
  lost: string[];
  /** The sign test's two-sided p-value over `gained` and `lost`. */
  p: number;
}

/** Accuracy of a set's rows, with its interval. */
export function rowsAccuracy(rows: readonly ScoredRow[]): ShareInterval {
  return wilsonInterval(rows.filter(countedRight).length, rows.length);
}

/**
 * Compares each set that both runs scored, pairing its rows by question id (and turn). A question
 * found in only one run is left out of both sides, so a changed sample is not read as a change of
 * the engine.
 */
export function compareRuns(before: SetResults, after: SetResults): SetComparison[] {
  const comparisons: SetComparison[] = [];
  for (const [set, result] of Object.entries(after)) {
    const previous = before[set];
    if (!previous) continue;
    const earlier = new Map(previous.answers.map((row) => [rowKey(row), row]));
    const pairs: Array<[ScoredRow, ScoredRow]> = [];
    for (const row of result.answers) {
      const match = earlier.get(rowKey(row));
      if (match) pairs.push([match, row]);
    }
    const label = (row: ScoredRow): string => `${rowKey(row)}: ${String(row.q ?? '')}`;
    const gained = pairs.filter(([old, now]) => !countedRight(old) && countedRight(now)).map(([, now]) => label(now));
    const lost = pairs.filter(([old, now]) => countedRight(old) && !countedRight(now)).map(([, now]) => label(now));
    comparisons.push({
      set,
      paired: pairs.length,
      before: rowsAccuracy(pairs.map(([old]) => old)),
      after: rowsAccuracy(pairs.map(([, now]) => now)),
      gained,
      lost,
      p: signTest(gained.length, lost.length),
    });
  }
  return comparisons;
}

/**
 * The comparison as printed: one row per set (accuracy before and after over the questions both
 * runs scored, how many changed each way, and the sign test's p), then the changed questions by
 * name, except for the held-out sets, whose questions are only counted.
 */
export function comparisonReport(comparisons: readonly SetComparison[], heldOut: readonly string[]): string {
  const table = new Table({
    head: ['set', 'paired', 'before', 'after', 'gained', 'lost', 'sign test p'],
    style: { head: [], border: [] },
  });
  const lines: string[] = [];
  for (const comparison of comparisons) {
    const { set, paired, before, after, gained, lost, p } = comparison;
    table.push([set, String(paired), `${before.percent} (${before.low}–${before.high})`, `${after.percent} (${after.low}–${after.high})`, String(gained.length), String(lost.length), p.toFixed(3)]);
    if (heldOut.includes(set) || gained.length + lost.length === 0) continue;
    lines.push(`${set}:`, ...gained.map((question) => `  + ${question}`), ...lost.map((question) => `  - ${question}`));
  }
  return [table.toString(), ...lines].join('\n');
}
