import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerModel } from '../../core/answer/answer-model.js';
import { trainAnswerModel } from './train.js';

const ARTICLE = [
  'Glaciers',
  '',
  'A glacier is a persistent body of dense ice that is constantly moving under its own weight. Glaciers form where the accumulation of snow exceeds its ablation over many years.',
  '',
  'The Aletsch Glacier is the largest glacier in the Alps, with a length of about 23 kilometres. It lies in the Swiss canton of Valais.',
].join('\n');
const PARAGRAPH = 'The Aletsch Glacier is the largest glacier in the Alps, with a length of about 23 kilometres. It lies in the Swiss canton of Valais.';

/** A few questions in each training set's own format, written to a scratch directory. */
async function writeTrainingData(directory: string): Promise<{ wikiqaPairs: string; squadDirectory: string }> {
  const wikiqaPairs = path.join(directory, 'pairs.jsonl');
  const pair = (id: string, q: string, docId: string, title: string, sentences: Array<[string, number]>): string =>
    JSON.stringify({ id, q, docId, title, sentences: sentences.map(([text, label]) => ({ text, label })) });
  await writeFile(
    wikiqaPairs,
    [
      pair('Q1', 'how are glacier caves formed?', 'D1', 'Glacier cave', [['A glacier cave is a cave formed within the ice of a glacier.', 1], ['Glacier caves are often called ice caves.', 0]]),
      pair('Q2', 'what is the tallest building in paris', 'D2', 'Eiffel Tower', [['The Eiffel Tower is a wrought iron lattice tower in Paris.', 0], ['It was built in 1889.', 0]]),
      pair('Q3', 'when was the eiffel tower built', 'D2', 'Eiffel Tower', [['The Eiffel Tower is a wrought iron lattice tower in Paris.', 0], ['It was built in 1889.', 1]]),
    ].join('\n'),
  );
  const squadDirectory = path.join(directory, 'squad');
  await mkdir(path.join(squadDirectory, 'articles'), { recursive: true });
  await writeFile(path.join(squadDirectory, 'articles', 'Glaciers.txt'), ARTICLE);
  const question = (id: string, text: string, answer: string | undefined): string =>
    JSON.stringify({
      id,
      title: 'Glaciers',
      question: text,
      is_impossible: answer === undefined,
      answers: answer === undefined ? [] : [{ text: answer, answer_start: PARAGRAPH.indexOf(answer) }],
      context: PARAGRAPH,
    });
  await writeFile(
    path.join(squadDirectory, 'questions.jsonl'),
    [
      question('s1', 'How long is the Aletsch Glacier?', '23 kilometres'),
      question('s2', 'Where does the Aletsch Glacier lie?', 'the Swiss canton of Valais'),
      question('s3', 'Who discovered the Aletsch Glacier?', undefined),
    ].join('\n'),
  );
  return { wikiqaPairs, squadDirectory };
}

describe('training the answer model (small data, real model and index)', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'train-answerer-'));
  });
  afterAll(async () => rm(directory, { recursive: true, force: true }));

  it('writes the same bytes from the same data, and a model the engine can load', async () => {
    const data = await writeTrainingData(directory);
    const first = await trainAnswerModel({ ...data, workDirectory: path.join(directory, 'work-1'), outputFile: path.join(directory, 'model-1.json') });
    const second = await trainAnswerModel({ ...data, workDirectory: path.join(directory, 'work-2'), outputFile: path.join(directory, 'model-2.json') });
    expect(second.sha256).toBe(first.sha256);
    // Each question twice: as written and in a casual rewrite.
    expect(first.questions).toBe(12);
    expect(first.positives).toBeGreaterThan(0);
    const model = AnswerModel.parse(await readFile(first.outputFile, 'utf8'));
    expect(model.training).toMatchObject({ sets: { 'wikiqa-train': { questions: 3, answerable: 2 }, 'squad2-train': { questions: 3, answerable: 2 } } });
  }, 180_000);

  it('takes news questions when asked to, each story its own corpus, the stories weighed as one set', async () => {
    const data = await writeTrainingData(directory);
    const stories = path.join(directory, 'stories.jsonl');
    const flood = { id: 'flood-story-0000000001', article: 'Heavy rain flooded the valley on Monday. About 300 homes were evacuated, officials said.' };
    const fire = { id: 'fire-story-00000000002', article: 'A fire broke out at the old mill. Firefighters fought it for six hours.' };
    await writeFile(stories, [flood, fire].map((story) => JSON.stringify(story)).join('\n'));
    const questions = path.join(directory, 'news.jsonl');
    await writeFile(
      questions,
      [
        { id: 'n1', story: flood.id, q: 'how many houses were cleared out', answers: ['300'], evidence: ['About 300 homes were evacuated'] },
        { id: 'n2', story: flood.id, q: 'how deep was the water', unanswerable: true, why: 'no depth is given' },
        { id: 'n3', story: fire.id, q: 'how long did they fight the fire', answers: ['six hours'], evidence: ['fought it for six hours'] },
      ].map((question) => JSON.stringify(question)).join('\n'),
    );
    const report = await trainAnswerModel({ ...data, news: { questions, stories }, workDirectory: path.join(directory, 'work-news'), outputFile: path.join(directory, 'model-news.json') });
    expect(report.questions).toBe(15);
    const model = AnswerModel.parse(await readFile(report.outputFile, 'utf8'));
    // Both answerable questions find their story's sentence, in a corpus of that story alone.
    expect(model.training).toMatchObject({ sets: { 'news-train': { questions: 3, answerable: 2, answers: 2 } } });
    expect(Object.keys(model.training.sets as object).filter((name) => name.startsWith('news'))).toEqual(['news-train']);
  }, 180_000);
});
