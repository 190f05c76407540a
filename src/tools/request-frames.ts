import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Table from 'cli-table3';

/**
 * Ways members wrap a question in chat. None of them changes what is asked, so a robust engine
 * scores the wrapped questions as it scores the plain ones.
 */
export const REQUEST_FRAMES = [
  'can you tell me',
  'hey bot,',
  'do you know',
  'i want to know',
  'please tell me',
  "i'm wondering",
] as const;

const QUESTION_WORD = /^(?:who|whom|whose|what|which|when|where|why|how)\b/i;

/** Runs a scorer on a question file with a command; returns its summary line. */
export type ScoreQuestions = (questionFile: string, command: string) => Record<string, number>;

/** A question set's rows whose question opens with a question word, each wrapped in `frame` (or left plain). */
export async function framedRows(file: string, frame: string | undefined): Promise<string> {
  const rows = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const key = (row: Record<string, unknown>): 'q' | 'question' =>
    typeof row.q === 'string' ? 'q' : 'question';
  return rows
    .filter((row) => QUESTION_WORD.test(String(row[key(row)] ?? '')))
    .map((row) => {
      const question = String(row[key(row)]);
      return JSON.stringify({
        ...row,
        [key(row)]: frame ? `${frame} ${question.charAt(0).toLowerCase()}${question.slice(1)}` : question,
      });
    })
    .join('\n');
}

/**
 * Scores the wh-questions of the given sets as asked and inside each request frame, and prints
 * one table: accuracy and false "doesn't say" per frame, over all the sets' questions together.
 */
export async function scoreRequestFrames(
  files: readonly string[],
  scratch: string,
  command: string,
  score: ScoreQuestions,
): Promise<void> {
  const table = new Table({
    head: ['asked as', 'questions', 'accuracy', 'false "doesn\'t say"'],
    style: { head: [], border: [] },
  });
  for (const frame of [undefined, ...REQUEST_FRAMES]) {
    const file = path.join(
      scratch,
      `frame-${REQUEST_FRAMES.indexOf(frame as (typeof REQUEST_FRAMES)[number]) + 1}.jsonl`,
    );
    await writeFile(
      file,
      `${(await Promise.all(files.map((set) => framedRows(set, frame)))).filter((text) => text !== '').join('\n')}\n`,
    );
    const result = score(file, command);
    table.push([
      frame === undefined ? '(the question alone)' : `"${frame} …"`,
      String(result.questions),
      String(result.accuracy),
      String(result.falseAbstain),
    ]);
  }
  process.stdout.write(`${table.toString()}\n`);
}
