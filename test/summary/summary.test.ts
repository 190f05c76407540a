import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { UserError } from '../../src/core/errors.js';
import type { Summary } from '../../src/core/summary/types.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { BUNDLED_ARTICLE } from '../support/temporary-corpus.js';

const ARTICLE = readFileSync(BUNDLED_ARTICLE, 'utf8').replace(/\s+/g, ' ');

/** Every sentence is quoted from the article and cited; every citation is used. */
function expectVerbatimAndCited(summary: Summary): void {
  for (const sentence of summary.sentences) {
    expect(ARTICLE, sentence.text).toContain(sentence.text);
    const citation = summary.citations[sentence.n - 1];
    expect(citation?.chunkId).toBe(sentence.chunkId);
    expect(citation?.text).toContain(sentence.text);
    expect(summary.summary).toContain(`${sentence.text} [${sentence.n}]`);
  }
  const markers = new Set([...summary.summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
  expect([...markers].sort((a, b) => a - b)).toEqual(summary.citations.map((citation) => citation.n));
}

describe('summaries of the bundled article (real model)', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
  });
  afterAll(() => cleanup());

  it('covers the main points in a medium summary: a sentence per section, and one more for the lead', async () => {
    const summary = await engine.summarize();
    expectVerbatimAndCited(summary);
    expect(summary.sentences).toHaveLength(6);
    expect(summary.docId).toBe('geneva-talks-2022');
    expect(summary.section).toBeNull();
    const text = summary.summary;
    // The talks ended without significant progress.
    expect(text).toMatch(/no significant progress/);
    // Russia demands that NATO not admit Ukraine, and the US rejects this.
    expect(text).toMatch(/demanded that NATO not accept Ukraine as a member, was rejected by the US delegation/);
    // Russia's three demands.
    expect(text).toMatch(/three main demands|The three demands are/);
    // The troop build-up and the fear of war.
    expect(text).toMatch(/100,000 troops/);
    expect(text).toMatch(/fears it could spark a major war/);
    // NATO's readiness.
    expect(text).toMatch(/ready if military action/);
  });

  it('honours named lengths and exact counts', async () => {
    expect((await engine.summarize({ length: 'short' })).sentences).toHaveLength(2);
    expect((await engine.summarize({ length: 'long' })).sentences).toHaveLength(7);
    const three = await engine.summarize({ sentences: 3, length: 'long' });
    expect(three.sentences).toHaveLength(3);
    expectVerbatimAndCited(three);
  });

  it('keeps section summaries within their section', async () => {
    const sections = engine.sections();
    expect(sections.map((section) => section.number)).toEqual([0, 1, 2, 3, 4]);
    for (const section of sections) {
      const summary = await engine.summarize({
        section: String(section.number),
        length: 'short',
        bullets: true,
      });
      expect(summary.section).toEqual({ number: section.number, title: section.title });
      for (const citation of summary.citations) expect(citation.section).toBe(section.title);
      expect(summary.summary.split('\n')).toHaveLength(summary.sentences.length);
      expectVerbatimAndCited(summary);
    }
  });

  it('finds a section by a part of its title', async () => {
    const summary = await engine.summarize({ section: 'three demands', sentences: 1 });
    expect(summary.section?.number).toBe(3);
  });

  it('lists the valid sections when the section is unknown', async () => {
    const error = await engine.summarize({ section: 'weather' }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('1. No progress in US-Russian diplomacy in Geneva');
    expect((error as UserError).message).toContain('0. Introduction');
  });

  it('rejects an unknown document', async () => {
    await expect(engine.summarize({ docId: 'nope' })).rejects.toMatchObject({ code: 'document-unknown' });
  });

  it('is deterministic', async () => {
    const first = await engine.summarize({ length: 'long' });
    const second = await engine.summarize({ length: 'long' });
    expect({ ...second, timingsMs: null }).toEqual({ ...first, timingsMs: null });
  });
});
