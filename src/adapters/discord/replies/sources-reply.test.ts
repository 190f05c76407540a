import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength } from '../limits.js';
import type { AnswerRecord } from '../state/state-store.js';
import { sourcesReplies } from './sources-reply.js';

function record(citations: number, textLength: number): AnswerRecord {
  return {
    answerId: '1',
    askedAt: new Date(0),
    guildId: null,
    via: 'command',
    askerId: '1',
    isPrivate: false,
    question: 'Who led the US delegation?',
    abstained: false,
    mode: 'extractive',
    citations: Array.from({ length: citations }, (_, index) => ({
      n: index + 1,
      chunkId: `c${index}`,
      docId: 'doc',
      section: index % 2 ? null : `Section ${index}`,
      text: `Passage ${index + 1}. ${'Some words here. '.repeat(Math.ceil(textLength / 17))}`.slice(
        0,
        textLength,
      ),
    })),
  };
}

describe('sourcesReplies', () => {
  it('shows each full passage in its own embed, privately', () => {
    const [reply, ...rest] = sourcesReplies(record(2, 300));
    expect(rest).toEqual([]);
    expect(reply?.ephemeral).toBe(true);
    expect(reply?.content).toBe('Passages cited for **Who led the US delegation?**:');
    expect(reply?.embeds?.map((embed) => embed.title)).toEqual(['[1] Section 0', '[2] doc']);
    expect(reply?.embeds?.[0]?.description).toMatch(/^Passage 1\. Some words here\./);
  });

  it('names the file under each passage, and tells apart two articles with the same title', () => {
    const twins: AnswerRecord = {
      ...record(0, 0),
      citations: [
        { n: 1, chunkId: 'a', docId: 'east/report', section: null, title: 'City Council Meeting', source: 'east/report.txt', text: 'The vote was on Tuesday.' },
        { n: 2, chunkId: 'b', docId: 'west/report', section: null, title: 'City Council Meeting', source: 'west/report.txt', text: 'The vote was on Thursday.' },
        { n: 3, chunkId: 'c', docId: 'web', section: null, title: 'Elsewhere', source: 'https://example.com/a', text: 'Nothing.' },
      ],
    };
    const [reply] = sourcesReplies(twins);
    expect(reply?.embeds?.map((embed) => embed.title)).toEqual([
      '[1] City Council Meeting (east/report.txt)',
      '[2] City Council Meeting (west/report.txt)',
      '[3] Elsewhere',
    ]);
    expect(reply?.embeds?.map((embed) => embed.footer?.text)).toEqual(['From east/report.txt', 'From west/report.txt', undefined]);
    expect(reply?.embeds?.[2]?.url).toBe('https://example.com/a');
  });

  it('splits many long passages over several messages, each within Discord limits', () => {
    const replies = sourcesReplies(record(20, 1000));
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.slice(1).every((reply) => reply.content === undefined)).toBe(true);
    for (const reply of replies) {
      const embeds = reply.embeds ?? [];
      expect(embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
        DISCORD_LIMITS.embedsTotal,
      );
    }
    expect(replies.flatMap((reply) => reply.embeds ?? [])).toHaveLength(20);
  });

  it('says so when the answer cited nothing', () => {
    expect(sourcesReplies(record(0, 0))[0]?.content).toBe('This answer cited no passages.');
  });
});
