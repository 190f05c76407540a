import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inShorthand, QUESTION_VARIANTS, variantRows, withStretchedQuestionWord, withTypo } from './request-frames.js';

describe('variantRows', () => {
  let directory: string | undefined;
  afterEach(async () => {
    if (directory) await rm(directory, { recursive: true, force: true });
  });

  it('wraps the wh-questions of a set in a request, keeping their answers, and drops the rest', async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'frames-'));
    const file = path.join(directory, 'set.jsonl');
    const rows = [
      { q: 'Who led the talks?', answers: ['Ryabkov'] },
      { question: 'where were they held', unanswerable: true },
      { q: 'is the us still negotiating?', answers: ['additional negotiations'] },
    ];
    await writeFile(file, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
    const frame = QUESTION_VARIANTS.find((variant) => variant.label.startsWith('"can you tell me'));
    expect(frame).toBeDefined();
    const framed = (await variantRows(file, frame?.rewrite ?? String))
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(framed).toEqual([
      { q: 'can you tell me who led the talks?', answers: ['Ryabkov'] },
      { question: 'can you tell me where were they held', unanswerable: true },
    ]);
    const plain = QUESTION_VARIANTS[0];
    expect((await variantRows(file, plain?.rewrite ?? String)).split('\n')).toHaveLength(2);
    const unquoted = QUESTION_VARIANTS.find((variant) => variant.label === 'without apostrophes');
    expect(unquoted?.rewrite("what's russia's aim")).toBe('whats russias aim');
    const asides = QUESTION_VARIANTS.find((variant) => variant.label.startsWith('among asides'));
    expect(asides?.rewrite('Who led the talks?')).toBe('guys, who led the talks tbh?');
    const hedge = QUESTION_VARIANTS.find((variant) => variant.label.startsWith('with a closing hedge'));
    expect(hedge?.rewrite('Who led the talks?')).toBe('Who led the talks exactly?');
    expect(hedge?.rewrite('who led the talks')).toBe('who led the talks exactly');
    const mark = QUESTION_VARIANTS.find((variant) => variant.label.startsWith('with a question mark'));
    expect(mark?.rewrite('who led the talks')).toBe('who led the talks?');
    expect(mark?.rewrite('Who led the talks? ')).toBe('Who led the talks');
  });

  it('writes the words chat shortens in their shorthand, and nothing else', () => {
    expect(inShorthand('What did people say about the government before the talks?')).toBe('wat did ppl say abt the govt b4 the talks?');
    expect(inShorthand('who led the russian delegation')).toBe('who led the russian delegation');
  });

  it('slips two letters in the middle of the longest word', () => {
    expect(withTypo('who led the russian delegation')).toBe('who led the russian deleagtion');
    expect(withStretchedQuestionWord('What did Ryabkov say?')).toBe('Whaaat did Ryabkov say?');
    expect(withStretchedQuestionWord('how long did the talks last')).toBe('hooow long did the talks last');
    expect(withStretchedQuestionWord('why now')).toBe('whyyy now');
    expect(withTypo('why now')).toBe('why now');
  });
});
