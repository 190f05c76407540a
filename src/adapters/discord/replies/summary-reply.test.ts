import { describe, expect, it } from 'vitest';
import type { Summary } from '../../../core/summary/types.js';
import { DISCORD_LIMITS, embedLength } from '../limits.js';
import { summaryReply } from './summary-reply.js';

function summary(fields: Partial<Summary> = {}): Summary {
  return {
    summary: 'Russia amassed about 100,000 troops. [1] NATO will not accept demands. [2]',
    sentences: [],
    citations: [1, 2].map((n) => ({
      n,
      chunkId: `c${n}`,
      docId: 'doc',
      title: 'Doc',
      source: 'doc.txt',
      section: `Section ${n}`,
      text: `Passage ${n}.`,
      score: 1,
    })),
    mode: 'extractive',
    bullets: false,
    docId: 'doc',
    docTitle: 'U.S.-Russia Meets Ukraine Tensions in Geneva',
    section: null,
    timingsMs: { total: 1 },
    ...fields,
  };
}

describe('summaryReply', () => {
  it('shows the quoted sentences with their markers, then the sources', () => {
    const reply = summaryReply(summary());
    expect(reply.embeds?.map((embed) => embed.title)).toEqual([
      'Summary: U.S.-Russia Meets Ukraine Tensions in Geneva',
      'Sources',
    ]);
    expect(reply.embeds?.[0]?.description).toBe(
      'Russia amassed about 100,000 troops. [1] NATO will not accept demands. [2]',
    );
    expect(reply.embeds?.[1]?.description).toBe(
      '**[1]** Section 1 — Passage 1.\n**[2]** Section 2 — Passage 2.',
    );
  });

  it('names the section and shows the note', () => {
    const reply = summaryReply(
      summary({
        section: { number: 2, title: '2. NATO' },
        note: 'Section "2. NATO" is only 2 sentences long.',
      }),
    );
    expect(reply.embeds?.[0]?.title).toBe('Summary: U.S.-Russia Meets Ukraine Tensions in Geneva — 2. NATO');
    expect(reply.embeds?.[0]?.footer?.text).toBe(
      'Section "2. NATO" is only 2 sentences long. Sentences quoted from the article, in its order.',
    );
  });

  it('says which model wrote a generated summary', () => {
    const reply = summaryReply(summary({ mode: 'generated', model: 'llama-test' }));
    expect(reply.embeds?.[0]?.footer?.text).toBe(
      'Written by llama-test from the cited passages; check them.',
    );
  });

  it('stays within the limits for a very long summary', () => {
    const citations = Array.from({ length: 30 }, (_, index) => ({
      n: index + 1,
      chunkId: 'c',
      docId: 'd',
      title: 'D',
      source: 'd.txt',
      section: 'S'.repeat(200),
      text: 'w '.repeat(500),
      score: 1,
    }));
    const reply = summaryReply(summary({ summary: 'A sentence. [1] '.repeat(400), citations }));
    const embeds = reply.embeds ?? [];
    expect(embeds.every((embed) => (embed.description?.length ?? 0) <= DISCORD_LIMITS.embedDescription)).toBe(
      true,
    );
    expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
      DISCORD_LIMITS.embedsTotal,
    );
  });
});
