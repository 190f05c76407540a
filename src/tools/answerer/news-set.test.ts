import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsSets, storyFileName } from './news-set.js';

const FLOOD = 'flood0000000000000000000000000001';
const FIRE = 'fire00000000000000000000000000002';
const STORIES = [
  { id: FLOOD, article: 'Heavy rain flooded the valley on Monday.\nAbout 300 homes were evacuated, officials said.' },
  { id: FIRE, article: 'A fire broke out at the mill. Firefighters from three towns fought it for six hours.' },
];
const QUESTIONS = [
  { id: 'q1', story: FLOOD, q: 'how many houses were cleared out', answers: ['300'], evidence: ['About 300 homes were evacuated'] },
  { id: 'q2', story: FLOOD, q: 'how deep was the water', unanswerable: true, why: 'no depth is given' },
  { id: 'q3', story: FIRE, q: 'how long did they fight the fire', answers: ['six hours'], evidence: ['fought it for six hours'] },
];

describe('the news questions', () => {
  let directory = '';
  let questionsFile = '';
  let storiesFile = '';
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'news-set-'));
    questionsFile = path.join(directory, 'questions.jsonl');
    storiesFile = path.join(directory, 'stories.jsonl');
    await writeFile(questionsFile, QUESTIONS.map((question) => JSON.stringify(question)).join('\n'));
    await writeFile(storiesFile, STORIES.map((story) => JSON.stringify(story)).join('\n'));
  });
  afterAll(async () => rm(directory, { recursive: true, force: true }));

  it('are one set per story, each story its own one-file corpus, grouped under one name', async () => {
    const sets = await newsSets('news', questionsFile, storiesFile);
    expect(sets.map((set) => set.name)).toEqual([`news/${FIRE.slice(0, 16)}`, `news/${FLOOD.slice(0, 16)}`]);
    expect(sets.every((set) => set.group === 'news')).toBe(true);
    const flood = sets[1];
    expect(flood?.questions.map((question) => question.id)).toEqual(['q1', 'q2']);
    // The story's lines are joined: CNN/DailyMail stories have no title line.
    expect(flood && 'files' in flood.corpus ? [...flood.corpus.files] : []).toEqual([
      [storyFileName(FLOOD), 'Heavy rain flooded the valley on Monday. About 300 homes were evacuated, officials said.\n'],
    ]);
  });

  it('label a sentence of the story that holds the evidence, and nothing for a near miss', async () => {
    const [, flood] = await newsSets('news', questionsFile, storiesFile);
    const [answerable, nearMiss] = flood?.questions ?? [];
    const docId = storyFileName(FLOOD).replace(/\.txt$/, '');
    const span = (text: string, inDocument = docId): { docId: string; start: number; end: number; text: string } => ({ docId: inDocument, start: 0, end: text.length, text });
    expect(answerable?.answerable).toBe(true);
    expect(answerable?.gold).toEqual(['300']);
    expect(answerable?.answers(span('About 300  homes were evacuated, officials said.'))).toBe(true);
    expect(answerable?.answers(span('Heavy rain flooded the valley on Monday.'))).toBe(false);
    expect(answerable?.answers(span('About 300 homes were evacuated, officials said.', 'another-story'))).toBe(false);
    expect(nearMiss?.answerable).toBe(false);
    expect(nearMiss?.answers(span('About 300 homes were evacuated, officials said.'))).toBe(false);
  });

  it('name a question whose story the stories file lacks', async () => {
    const orphan = path.join(directory, 'orphan.jsonl');
    await writeFile(orphan, JSON.stringify({ id: 'q9', story: 'missing', q: 'what happened', unanswerable: true }));
    await expect(newsSets('news', orphan, storiesFile)).rejects.toThrow(/question q9 is about story missing/);
  });
});
