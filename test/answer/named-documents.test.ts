import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

// A short biography beside the bundled article, titled with a name the article also uses.
const BIOGRAPHY = [
  'Wendy Sherman',
  '',
  'Wendy Ruth Sherman (born June 7, 1949) is an American diplomat who served as United States Deputy Secretary of State from 2021 to 2024.',
  'She was Under Secretary of State for Political Affairs from 2011 to 2015, and led the American team that negotiated the 2015 nuclear agreement with Iran.',
].join('\n');

// A summary that shares the bundled article's "US" and its dates, and not its subject.
const HOLIDAY = [
  "Father's Day",
  '',
  "Father's Day is a holiday honouring fathers and fatherhood, and the influence of fathers in society.",
  'It is celebrated in many countries, on different days of the year, often with cards and gifts.',
].join('\n');

const sources = (answer: { citations: ReadonlyArray<{ source: string }> }): string[] => [
  ...new Set(answer.citations.map((citation) => citation.source)),
];

describe('a question that names an article by its title (real model and index, three articles)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(
    async () =>
      ({ engine, cleanup } = await bundledEngine(
        {},
        { 'wendy-sherman.txt': BIOGRAPHY, 'fathers-day.txt': HOLIDAY },
      )),
  );
  afterAll(() => cleanup());

  it('answers from the article it names', async () => {
    const born = await engine.ask('when was wendy sherman born');
    expect(born.abstained).toBe(false);
    expect(sources(born)).toEqual(['wendy-sherman.txt']);
    expect(born.answer).toContain('June 7, 1949');
  });

  it("sets aside the other articles' sentences that hold no word of the title it names", async () => {
    const named = await engine.search("who started father's day in the united states", 4);
    expect(named.results[0]?.docId).toBe('fathers-day');
    const others = named.results.filter((hit) => hit.docId !== 'fathers-day');
    expect(others.length).toBeGreaterThan(0);
    for (const hit of others) expect(hit.score).toBe(0);
    // Asked without the title, the same words find the article's sentences some chance.
    const unnamed = await engine.search('who started it in the united states', 4);
    expect(unnamed.results.some((hit) => hit.docId === 'geneva-talks-2022' && hit.score > 0)).toBe(true);
  });

  it('still quotes another article where its sentences name the subject, in full or in short', async () => {
    const told = await engine.ask('what did wendy sherman tell russia');
    expect(told.abstained).toBe(false);
    expect(sources(told)).toContain('geneva-talks-2022.txt');
    expect(told.answer).toContain('open-door policy');
    const called = await engine.ask('what did wendy sherman call the conversation');
    expect(called.abstained).toBe(false);
    expect(called.answer).toContain('honest and frank discussion');
  });

  it('leaves questions that name no article as they were', async () => {
    const led = await engine.ask('who led the us delegation');
    expect(led.abstained).toBe(false);
    expect(sources(led)).toEqual(['geneva-talks-2022.txt']);
  });
});
