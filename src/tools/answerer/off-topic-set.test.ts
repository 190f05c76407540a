import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offTopicSets, storiesAskedAbout } from './off-topic-set.js';

const stories = ['a', 'b', 'c', 'd', 'e'].map((letter) => ({ id: `${letter.repeat(20)}`, article: `Story ${letter} happened.\nIt was on Monday.` }));
const pool = Array.from({ length: 30 }, (_, index) => ({ id: `q${index}`, text: `question number ${index}` }));

describe('off-topic training questions', () => {
  let directory = '';
  let storiesFile = '';
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'off-topic-'));
    storiesFile = path.join(directory, 'stories.jsonl');
    await writeFile(storiesFile, stories.map((story) => JSON.stringify(story)).join('\n'));
  });
  afterAll(async () => rm(directory, { recursive: true, force: true }));

  it('asks each drawn story its own questions, all labelled "doesn\'t say", grouped under one name', async () => {
    const sets = await offTopicSets('off', pool, storiesFile, new Set(), { stories: 3, questionsPerStory: 4 });
    expect(sets).toHaveLength(3);
    expect(sets.every((set) => set.group === 'off' && set.questions.length === 4)).toBe(true);
    const questions = sets.flatMap((set) => set.questions);
    expect(questions.every((question) => !question.answerable && question.gold.length === 0)).toBe(true);
    expect(questions.some((question) => question.answers({ docId: 'x', start: 0, end: 5, text: 'Story' }))).toBe(false);
    // Ids stay unique across stories, though one question may be drawn for two of them.
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    // A story is its own one-file corpus, its lines joined.
    const first = sets[0];
    expect(first && 'files' in first.corpus ? [...first.corpus.files.values()][0] : '').toMatch(/^Story \w happened\. It was on Monday\.\n$/);
  });

  it('draws the same stories and questions every time, and never a story the news questions use', async () => {
    const excluded = new Set([stories[0]?.id ?? '', stories[1]?.id ?? '']);
    const once = await offTopicSets('off', pool, storiesFile, excluded, { stories: 5, questionsPerStory: 6 });
    const again = await offTopicSets('off', [...pool].reverse(), storiesFile, excluded, { stories: 5, questionsPerStory: 6 });
    expect(once.map((set) => set.name)).toEqual(again.map((set) => set.name));
    expect(once.map((set) => set.questions.map((question) => question.id))).toEqual(again.map((set) => set.questions.map((question) => question.id)));
    expect(once).toHaveLength(3);
    expect(once.some((set) => [...excluded].some((id) => set.name.includes(id.slice(0, 16))))).toBe(false);
  });

  it('knows which stories the news question files are about', async () => {
    const file = path.join(directory, 'questions.jsonl');
    await writeFile(file, [{ id: '1', story: 's1', q: 'x' }, { id: '2', story: 's2', q: 'y' }, { id: '3', story: 's1', q: 'z' }].map((record) => JSON.stringify(record)).join('\n'));
    expect([...(await storiesAskedAbout([file]))].sort()).toEqual(['s1', 's2']);
  });
});
