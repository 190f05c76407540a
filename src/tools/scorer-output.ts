/** What a shared scorer (score-qa.mjs, score-dialogue.mjs) printed, read back. */
export interface ScorerOutput {
  /** The figures of the whole set: its last line. */
  summary: Record<string, number>;
  /**
   * With `--details`, one row per question or turn, in order, before the summary: what was asked,
   * whether it abstained and was right, and the answer's first 200 characters. Two runs answer
   * alike when these rows are equal, not only their figures.
   */
  details: Array<Record<string, unknown>>;
}

/**
 * Reads a scorer's stdout: JSON lines, the summary last. Returns undefined when the last line is
 * not JSON (the scorer failed and printed why).
 */
export function parseScorerOutput(stdout: string): ScorerOutput | undefined {
  const lines = stdout
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  const last = lines.pop() ?? '';
  if (!last.startsWith('{')) return undefined;
  const details = lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { summary: JSON.parse(last) as Record<string, number>, details };
}
