/**
 * Questions in another language written in Latin letters, over the bundled article with the real
 * word-vector model: refused with "Please ask in English", never answered "doesn't say"; and no
 * English question of the project's samples refused (src/core/text/other-language.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { PROJECT_ROOT } from '../support/temporary-corpus.js';

const REFUSAL = 'Please ask in English: I can only read questions in the language the article is written in.';

/** The questions of a file of test/eval, with their language ("en" for the conversations' turns). */
function questions(name: string): Array<{ lang: string; q: string }> {
  const lines = readFileSync(path.join(PROJECT_ROOT, 'test', 'eval', name), 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines.flatMap((line) => {
    const parsed = JSON.parse(line) as { lang?: string; q?: string; turns?: Array<{ q: string }> };
    return parsed.turns ? parsed.turns.map((turn) => ({ lang: 'en', q: turn.q })) : [{ lang: parsed.lang ?? 'en', q: parsed.q ?? '' }];
  });
}

describe('questions in another language than the article', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('refuses German, Spanish and French questions instead of answering "doesn\'t say"', async () => {
    for (const question of ['Wer leitete die US-Delegation?', '¿quién dirigió la delegación estadounidense?', 'QUI A DIRIGÉ LA DÉLÉGATION AMÉRICAINE ?'])
      await expect(engine.ask(question), question).rejects.toMatchObject({ code: 'question-language', message: REFUSAL });
    // Several questions in one message are refused as one.
    await expect(engine.ask('Wer leitete die US-Delegation? Und wer die russische?')).rejects.toMatchObject({ code: 'question-language' });
  });

  it('refuses none of the English questions of the samples, and catches most foreign ones', async () => {
    const asked = [...questions('question-languages.jsonl'), ...questions('members-conversations-a.jsonl'), ...questions('members-conversations-b.jsonl')];
    const refusedEnglish: string[] = [];
    let foreign = 0;
    let caught = 0;
    for (const { lang, q } of asked) {
      const refused = (await engine.languageReply(q)) !== undefined;
      if (lang === 'en' && refused) refusedEnglish.push(q);
      if (lang !== 'en') {
        foreign += 1;
        if (refused) caught += 1;
      }
    }
    expect(refusedEnglish).toEqual([]);
    expect(foreign).toBe(110);
    // 88 when measured; the ones missed are mostly a word or two ("warum?", "¿Por qué?").
    expect(caught).toBeGreaterThanOrEqual(85);
  });

  it('answers English questions with names, chat and foreign titles as before', async () => {
    expect((await engine.ask('Ryabkov vs Sherman')).intent).toBe('question');
    expect((await engine.ask('who wrote el amor en los tiempos del colera')).abstained).toBe(true);
    expect((await engine.ask('who led the us delegation?')).answer).toContain('Wendy Sherman');
    // Small talk and summary requests are not questions, and never judged for their language.
    expect((await engine.ask('tl;dr')).intent).toBe('summary');
  });
});
