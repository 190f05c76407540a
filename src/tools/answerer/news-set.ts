import path from 'node:path';
import { PROJECT_ROOT } from '../../config/load-config.js';
import { documentIdFromPath } from '../../core/corpus/load-corpus.js';
import { normalize, readJsonLines, type LabelledQuestion, type LabelledSet } from './datasets.js';

/**
 * One question of the project's own news questions (`training/news-questions/`): written in
 * members' words about one news story, with the story's exact words that answer it, or
 * `unanswerable` for a near miss the story does not answer.
 */
export interface NewsQuestion {
  id: string;
  /** The story's id in the stories file (CNN/DailyMail's `id`). */
  story: string;
  q: string;
  unanswerable?: boolean;
  /** Short strings a right answer contains (the scorer's gold). */
  answers?: string[];
  /** Exact words of the story, each inside the one sentence that answers. */
  evidence?: string[];
}

/** The project's news questions: one file to train on, and one of other stories to check on. */
export const NEWS_QUESTIONS_DIRECTORY = path.join(PROJECT_ROOT, 'training', 'news-questions');
export const NEWS_TRAIN = path.join(NEWS_QUESTIONS_DIRECTORY, 'train.jsonl');
export const NEWS_CHECK = path.join(NEWS_QUESTIONS_DIRECTORY, 'check.jsonl');
/** The stories they are about, inside the shared evaluation directory. */
export const NEWS_STORIES = path.join('cnndm-dev', 'stories.jsonl');

/** The news training questions and their stories, given the shared evaluation directory. */
export const newsTraining = (evalDirectory: string): { questions: string; stories: string } => ({
  questions: NEWS_TRAIN,
  stories: path.join(evalDirectory, NEWS_STORIES),
});

/** The stories of a CNN/DailyMail-style JSON-lines file (`{id, article}`), by id. */
export async function readStoryTexts(storiesFile: string): Promise<Map<string, string>> {
  const stories = await readJsonLines<{ id: string; article: string }>(storiesFile);
  return new Map(stories.map((story) => [story.id, story.article]));
}

/** The file a story is written to (its id, shortened: the files stay readable). */
export const storyFileName = (storyId: string): string => `${storyId.slice(0, 16)}.txt`;

/**
 * The news questions as one labelled set per story, each story its own one-file corpus: the
 * product's shape (one article, a few dozen sentences), which WikiQA's 293 summaries and SQuAD's
 * 10 long articles as one corpus are not. A candidate answers when it holds an evidence string.
 * Every set is named `<name>/<story>` and shares the group `name`, so training weighs the
 * stories together as one set; the evaluation asks them the same way (eval/score-stories.ts).
 */
export async function newsSets(name: string, questionsFile: string, storiesFile: string): Promise<LabelledSet[]> {
  const records = await readJsonLines<NewsQuestion>(questionsFile);
  const stories = await readStoryTexts(storiesFile);
  const byStory = new Map<string, NewsQuestion[]>();
  for (const record of records) {
    if (!stories.has(record.story)) throw new Error(`${questionsFile}: question ${record.id} is about story ${record.story}, which ${storiesFile} does not hold`);
    byStory.set(record.story, [...(byStory.get(record.story) ?? []), record]);
  }
  return [...byStory.keys()].sort().map((storyId): LabelledSet => {
    const fileName = storyFileName(storyId);
    const docId = documentIdFromPath(fileName);
    const questions = (byStory.get(storyId) ?? []).map((record): LabelledQuestion => {
      const evidence = record.unanswerable ? [] : (record.evidence ?? []).map(normalize);
      return {
        id: record.id,
        text: record.q,
        answerable: record.unanswerable !== true,
        answers: (span) => span.docId === docId && evidence.some((words) => normalize(span.text).includes(words)),
        gold: record.unanswerable ? [] : (record.answers ?? []).map(normalize),
      };
    });
    const text = (stories.get(storyId) ?? '').replace(/\s*\n\s*/g, ' ');
    return { name: `${name}/${fileName.replace(/\.txt$/, '')}`, group: name, corpus: { files: new Map([[fileName, `${text}\n`]]) }, questions };
  });
}
