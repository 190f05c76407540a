import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Table from 'cli-table3';
import { CHAT_SHORTHAND } from '../core/text/chat-words.js';

/** One way members write a question down: a label for the table and the rewrite. */
export interface QuestionVariant {
  label: string;
  rewrite: (question: string) => string;
}

/** The question with its first letter in lower case, as it reads after an opener. */
export const lowerFirst = (question: string): string => `${question.charAt(0).toLowerCase()}${question.slice(1)}`;
/** The question without its closing marks, for a closing to go after. */
export const withoutClosingMarks = (question: string): string => question.replace(/[\s?!.]+$/, '');
/** The question mark the question closed with, if it did, to put back after a closing. */
export const closingMark = (question: string): string => (/\?\s*$/.test(question) ? '?' : '');

/** Ways members wrap a question in chat. */
export const REQUEST_FRAMES = [
  'can you tell me',
  'hey bot,',
  'do you know',
  'i want to know',
  'please tell me',
  "i'm wondering",
  'can you explain',
  'describe',
  'just curious,',
  'anyone know',
  'can someone explain',
  'could somebody sum up',
  'can i ask',
  'does anyone remember',
  "i'm trying to figure out",
  'what i want to know is',
  'do you happen to know',
  'need to know',
  'can you check',
  'does the article say',
  "i'm confused about",
  'honest question,',
  'out of interest,',
  "sorry if this is a dumb question but",
] as const;

/**
 * The question as asked, inside each request frame, as chat spells it without apostrophes
 * ("whats", "didnt", "russias"), with a typing slip, and in chat's shorthand ("wat", "ppl"). None of them changes what is asked, so a
 * robust engine scores each as it scores the question alone.
 */
export const QUESTION_VARIANTS: readonly QuestionVariant[] = [
  { label: '(the question alone)', rewrite: (question) => question },
  ...REQUEST_FRAMES.map((frame) => ({
    label: `"${frame} …"`,
    rewrite: (question: string) => `${frame} ${lowerFirst(question)}`,
  })),
  // Chat's asides and the people addressed, around the question; a closing hedge.
  { label: 'among asides ("guys, … tbh?")', rewrite: (question) => `guys, ${lowerFirst(withoutClosingMarks(question))} tbh?` },
  { label: 'asked of the channel ("…, anyone?")', rewrite: (question) => `${withoutClosingMarks(question)}, anyone?` },
  { label: 'with a closing request ("…, do you know?")', rewrite: (question) => `${withoutClosingMarks(question)}, do you know?` },
  { label: 'with an oath ("who the heck …")', rewrite: withOath },
  { label: 'with its verb contracted ("who\'d …", "what\'re …")', rewrite: withContractedVerb },
  { label: 'with a closing "again"', rewrite: (question) => `${withoutClosingMarks(question)} again${closingMark(question)}` },
  { label: 'with marks repeated ("…??")', rewrite: (question) => `${withoutClosingMarks(question)}??` },
  { label: 'with a tag ("…, right?")', rewrite: (question) => `${withoutClosingMarks(question)}, right?` },
  { label: 'with the article named in parentheses', rewrite: (question) => `${withoutClosingMarks(question)} (from the article)${closingMark(question)}` },
  { label: 'with a closing "tho"', rewrite: (question) => `${withoutClosingMarks(question)} tho${closingMark(question)}` },
  { label: 'in capitals ("WHO LED …")', rewrite: (question) => question.toUpperCase() },
  { label: 'with a closing hedge ("… exactly")', rewrite: (question) => `${withoutClosingMarks(question)} exactly${closingMark(question)}` },
  { label: 'with a question mark (or without)', rewrite: (question) => (/\?\s*$/.test(question) ? question.replace(/[\s?]+$/, '') : `${question.trimEnd()}?`) },
  { label: 'without apostrophes', rewrite: (question) => question.replace(/['’]/g, '') },
  { label: 'with a typo', rewrite: withTypo },
  { label: 'in chat shorthand', rewrite: inShorthand },
  { label: 'with the question word stretched ("whaaat …")', rewrite: withStretchedQuestionWord },
];

/** For each word chat shortens, its first shorthand ("what" → "wat", "people" → "ppl"). */
const SHORTHAND_OF: ReadonlyMap<string, string> = new Map([...CHAT_SHORTHAND].reverse().map(([short, full]) => [full, short]));

/** The question with every word chat shortens in its shorthand: "what did people say" → "wat did ppl say". */
export function inShorthand(question: string): string {
  return question.replace(/\p{L}+/gu, (word) => SHORTHAND_OF.get(word.toLowerCase()) ?? word);
}

/** The opening question word with its vowel stretched, as chat writes for emphasis: "whaaat", "whooo", "whyyy". */
export function withStretchedQuestionWord(question: string): string {
  return question.replace(/^(\s*(?:wh|h))([aeiouy])(?=\p{L}*)/iu, (_match, head: string, vowel: string) => `${head}${vowel.repeat(3)}`);
}

/** "who the heck …", "what the heck …": an oath after the opening question word. */
function withOath(question: string): string {
  return question.replace(/^(\s*(?:who|what|which|where|when|why|how))\b/i, '$1 the heck');
}

/** "who did" → "who'd", "what are" → "what're": the question word and the verb after it written as one. */
function withContractedVerb(question: string): string {
  const contracted: Record<string, string> = { did: 'd', are: 're', have: 've', will: 'll' };
  return question.replace(/^(\s*(?:who|what|where|when|why|how))\s+(did|are|have|will)\b/i, (_match, word: string, verb: string) => `${word}'${contracted[verb.toLowerCase()] ?? verb}`);
}

/** Two letters swapped in the middle of the question's longest word, the commonest slip of a typist. */
export function withTypo(question: string): string {
  const longest = (question.match(/\p{L}{5,}/gu) ?? []).reduce(
    (best, word) => (word.length > best.length ? word : best),
    '',
  );
  if (longest === '') return question;
  const middle = Math.floor(longest.length / 2) - 1;
  const slipped =
    longest.slice(0, middle) +
    (longest[middle + 1] ?? '') +
    (longest[middle] ?? '') +
    longest.slice(middle + 2);
  return question.replace(longest, slipped);
}

const QUESTION_WORD = /^(?:who|whom|whose|what|which|when|where|why|how)\b/i;

/** Runs a scorer on a question file with a command; returns its summary line. */
export type ScoreQuestions = (questionFile: string, command: string) => Record<string, number>;

/** A question set's rows whose question opens with a question word, each rewritten, as JSON lines. */
export async function variantRows(file: string, rewrite: (question: string) => string): Promise<string> {
  const rows = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const key = (row: Record<string, unknown>): 'q' | 'question' =>
    typeof row.q === 'string' ? 'q' : 'question';
  return rows
    .filter((row) => QUESTION_WORD.test(String(row[key(row)] ?? '')))
    .map((row) => JSON.stringify({ ...row, [key(row)]: rewrite(String(row[key(row)])) }))
    .join('\n');
}

/**
 * Scores the wh-questions of the given sets in each {@link QUESTION_VARIANTS} form and prints one
 * table: accuracy and false "doesn't say" per form, over all the sets' questions together.
 */
export async function scoreQuestionVariants(
  files: readonly string[],
  scratch: string,
  command: string,
  score: ScoreQuestions,
): Promise<void> {
  const table = new Table({
    head: ['asked as', 'questions', 'accuracy', 'false "doesn\'t say"'],
    style: { head: [], border: [] },
  });
  for (const [index, variant] of QUESTION_VARIANTS.entries()) {
    const file = path.join(scratch, `variant-${index}.jsonl`);
    await writeFile(
      file,
      `${(await Promise.all(files.map((set) => variantRows(set, variant.rewrite)))).filter((text) => text !== '').join('\n')}\n`,
    );
    const result = score(file, command);
    table.push([
      variant.label,
      String(result.questions),
      String(result.accuracy),
      String(result.falseAbstain),
    ]);
  }
  process.stdout.write(`${table.toString()}\n`);
}
