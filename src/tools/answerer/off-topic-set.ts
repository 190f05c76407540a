import { createHash } from 'node:crypto';
import type { LabelledQuestion, LabelledSet } from './datasets.js';
import { readJsonLines } from './datasets.js';
import { readStoryTexts, storyFileName, type NewsQuestion } from './news-set.js';

/** How many stories the off-topic questions are asked of, and how many questions each. */
export interface OffTopicSize {
  stories: number;
  questionsPerStory: number;
}

export const DEFAULT_OFF_TOPIC_SIZE: OffTopicSize = { stories: 40, questionsPerStory: 24 };

/** A stable pseudo-random order: the same draw on every machine and run. */
const rank = (seed: string): string => createHash('sha256').update(seed).digest('hex');

/**
 * Questions asked of an article that is about something else, labelled "doesn't say": WikiQA's
 * and SQuAD's training questions, each asked of a news story that none of them was written
 * about. Neither training set has such questions (every WikiQA and SQuAD question has its page
 * in the corpus), so nothing taught the model that a question sharing little more than a
 * common word with the article is not answered by it: "where is Desmanthus illinoensis found",
 * asked of the bundled article, was answered at 0.24 with a sentence about Georgia. The stories
 * are news stories, one per corpus (the product's shape), drawn from those that the project's
 * news questions do not use, so no story the evaluation asks about is trained on.
 */
export async function offTopicSets(
  name: string,
  pool: ReadonlyArray<{ id: string; text: string }>,
  storiesFile: string,
  excludedStories: ReadonlySet<string>,
  size: OffTopicSize = DEFAULT_OFF_TOPIC_SIZE,
): Promise<LabelledSet[]> {
  const stories = await readStoryTexts(storiesFile);
  const chosen = [...stories.keys()]
    .filter((storyId) => !excludedStories.has(storyId))
    .sort((a, b) => rank(`${name}:story:${a}`).localeCompare(rank(`${name}:story:${b}`)))
    .slice(0, size.stories)
    .sort();
  return chosen.map((storyId): LabelledSet => {
    const fileName = storyFileName(storyId);
    const questions = [...pool]
      .sort((a, b) => rank(`${storyId}:${a.id}`).localeCompare(rank(`${storyId}:${b.id}`)))
      .slice(0, size.questionsPerStory)
      .map((question): LabelledQuestion => ({ id: `${question.id}@${storyId.slice(0, 8)}`, text: question.text, answerable: false, answers: () => false, gold: [] }));
    const text = (stories.get(storyId) ?? '').replace(/\s*\n\s*/g, ' ');
    return { name: `${name}/${fileName.replace(/\.txt$/, '')}`, group: name, corpus: { files: new Map([[fileName, `${text}\n`]]) }, questions };
  });
}

/** The stories the project's news question files are about (never drawn for off-topic questions). */
export async function storiesAskedAbout(questionFiles: readonly string[]): Promise<Set<string>> {
  const used = new Set<string>();
  for (const file of questionFiles) for (const record of await readJsonLines<NewsQuestion>(file)) used.add(record.story);
  return used;
}
