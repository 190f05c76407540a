/**
 * Scoring questions about several news stories, each story asked as the only article: the
 * product's shape. Asked of all the stories at once, "where was the photo taken" would be
 * ambiguous between them, which is no fault of the answer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { storyFileName } from '../answerer/news-set.js';
import { answerFigures } from '../answerer/simulate.js';
import type { ScorerOutput } from '../scorer-output.js';
import { scoreInDetail } from './run-scorer.js';

const jsonLines = (file: string): Array<Record<string, unknown>> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const percent = (part: number, whole: number): number => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0);

/**
 * Runs score-qa.mjs once per story (`command` gets the story's folder as `{corpus}` and an index
 * folder as `{index}`), and adds the runs up into one summary, computed as score-qa.mjs computes it.
 */
export function scoreStories(scorer: string, questionsFile: string, storiesFile: string, command: string, scratch: string): ScorerOutput {
  const questions = jsonLines(questionsFile);
  const byStory = new Map<string, Array<Record<string, unknown>>>();
  for (const question of questions) byStory.set(String(question.story), [...(byStory.get(String(question.story)) ?? []), question]);
  const texts = new Map(jsonLines(storiesFile).map((story) => [String(story.id), String(story.article)]));
  const details: ScorerOutput['details'] = [];
  let badCitations = 0;
  for (const [story, asked] of [...byStory].sort(([a], [b]) => a.localeCompare(b))) {
    const text = texts.get(story);
    if (text === undefined) throw new Error(`${questionsFile}: story ${story} is not in ${storiesFile}`);
    const folder = path.join(scratch, storyFileName(story).replace(/\.txt$/, ''));
    mkdirSync(path.join(folder, 'corpus'), { recursive: true });
    writeFileSync(path.join(folder, 'corpus', storyFileName(story)), `${text.replace(/\s*\n\s*/g, ' ')}\n`);
    const file = path.join(folder, 'questions.jsonl');
    writeFileSync(file, `${asked.map((question) => JSON.stringify(question)).join('\n')}\n`);
    const run = scoreInDetail(scorer, ['--questions', file, '--cmd', command.replaceAll('{corpus}', path.join(folder, 'corpus')).replaceAll('{index}', path.join(folder, 'index'))]);
    badCitations += run.summary.badCitations ?? 0;
    details.push(...run.details);
  }
  const unanswerableIds = new Set(questions.filter((question) => question.unanswerable === true).map((question) => String(question.id)));
  return { summary: combinedSummary(details, unanswerableIds, badCitations), details };
}

/**
 * One summary over the detail rows of several score-qa.mjs runs, as score-qa.mjs computes it for
 * one run: accuracy, right answers, false and right "doesn't say", trigger F1 and hit@1 (%).
 */
export function combinedSummary(details: ScorerOutput['details'], unanswerableIds: ReadonlySet<string>, badCitations: number): Record<string, number> {
  let answerable = 0;
  let right = 0;
  let falseAbstain = 0;
  let rightAbstain = 0;
  let hitAt1 = 0;
  for (const row of details) {
    const record = row as { id?: unknown; abstained?: unknown; right?: unknown; firstHit?: unknown };
    if (unanswerableIds.has(String(record.id))) {
      if (record.abstained === true) rightAbstain += 1;
      continue;
    }
    answerable += 1;
    if (record.right === true) right += 1;
    if (record.abstained === true) falseAbstain += 1;
    if (record.firstHit === 0) hitAt1 += 1;
  }
  return {
    ...answerFigures({ questions: details.length, answerable, right, falseAbstain, rightAbstain }),
    answerable,
    unanswerable: details.length - answerable,
    hitAt1: percent(hitAt1, answerable),
    badCitations,
  };
}
