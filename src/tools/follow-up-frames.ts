import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Table from 'cli-table3';
import { closingMark, lowerFirst, withoutClosingMarks, type QuestionVariant, type ScoreQuestions } from './request-frames.js';

/**
 * Ways members wrap a follow-up in chat: an opener, a reaction to the answer before, a closing.
 * None changes what is asked, so a robust conversation scores each follow-up as written alone.
 */
export const FOLLOW_UP_VARIANTS: readonly QuestionVariant[] = [
  { label: '(the follow-ups as written)', rewrite: (question) => question },
  ...['ok and', 'wait,', 'hold on,', 'ohh', 'hmm', 'so', 'so like', 'also', 'and', 'one more:', 'follow up:', 'can you tell me', 'thanks,', 'cool.', 'got it,', 'interesting,'].map((opener) => ({
    label: `"${opener} …"`,
    rewrite: (question: string) => `${opener} ${lowerFirst(question)}`,
  })),
  { label: '"… lol"', rewrite: (question) => `${withoutClosingMarks(question)} lol${closingMark(question)}` },
  { label: '"… then"', rewrite: (question) => `${withoutClosingMarks(question)} then${closingMark(question)}` },
  { label: '"…??"', rewrite: (question) => `${withoutClosingMarks(question)}??` },
  { label: 'in capitals', rewrite: (question) => question.toUpperCase() },
];

interface Dialogue {
  turns: Array<{ q: string } & Record<string, unknown>>;
}

/** A dialogue file with every turn after the first rewritten, as JSON lines. */
export async function followUpRows(file: string, rewrite: (question: string) => string): Promise<string> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Dialogue)
    .map((dialogue) => JSON.stringify({ ...dialogue, turns: dialogue.turns.map((turn, index) => (index === 0 ? turn : { ...turn, q: rewrite(turn.q) })) }))
    .join('\n');
}

/**
 * Scores the given dialogue sets with their follow-ups in each {@link FOLLOW_UP_VARIANTS} form and
 * prints one table: accuracy over all turns and over the follow-ups, and false "doesn't say".
 */
export async function scoreFollowUpVariants(files: readonly string[], scratch: string, command: string, score: ScoreQuestions): Promise<void> {
  const table = new Table({
    head: ['follow-ups asked as', 'turns', 'accuracy', 'follow-up accuracy', 'false "doesn\'t say"'],
    style: { head: [], border: [] },
  });
  for (const [index, variant] of FOLLOW_UP_VARIANTS.entries()) {
    const file = path.join(scratch, `follow-up-variant-${index}.jsonl`);
    await writeFile(file, `${(await Promise.all(files.map((set) => followUpRows(set, variant.rewrite)))).join('\n')}\n`);
    const result = score(file, command);
    table.push([variant.label, String(result.turns), String(result.accuracy), String(result.followUpAccuracy), String(result.falseAbstain)]);
  }
  process.stdout.write(`${table.toString()}\n`);
}
