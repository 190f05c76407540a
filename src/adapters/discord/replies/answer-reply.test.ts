import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../../core/answer/types.js';
import { DISCORD_LIMITS, embedLength } from '../limits.js';
import { answerReply } from './answer-reply.js';

const citation = (
  n: number,
  text = 'The US was led by Deputy Foreign Minister Wendy Sherman.',
): Citation => ({
  n,
  chunkId: `chunk${n}`,
  docId: 'geneva-talks-2022',
  title: 'U.S.-Russia Meets Ukraine Tensions in Geneva',
  source: 'geneva-talks-2022.txt',
  section: '1. No progress in US-Russian diplomacy in Geneva',
  text,
  score: 0.9,
});

function answer(fields: Partial<Answer> = {}): Answer {
  return {
    question: 'Who led the US delegation?',
    intent: 'question',
    answer: 'The US was led by Deputy Foreign Minister Wendy Sherman. [1]',
    abstained: false,
    citations: [citation(1)],
    highlights: [{ start: 42, end: 55 }],
    mode: 'extractive',
    timingsMs: { retrieve: 1, compose: 1, total: 2 },
    ...fields,
  };
}

describe('answerReply', () => {
  it('shows the question, the answer with bold highlights and [n], a sources embed and three buttons', () => {
    const reply = answerReply(answer(), { answerId: '42', echoQuestion: true });
    expect(reply.content).toBe(
      '**Question:** Who led the US delegation?\nThe US was led by Deputy Foreign Minister **Wendy Sherman**. [1]',
    );
    expect(reply.embeds?.[0]).toMatchObject({
      title: 'Sources',
      description:
        '**[1]** 1. No progress in US-Russian diplomacy in Geneva — The US was led by Deputy Foreign Minister Wendy Sherman.',
    });
    expect(
      reply.components?.[0]?.components.map((button) => ('custom_id' in button ? button.custom_id : '')),
    ).toEqual(['aq1:sources:42', 'aq1:vote:42:up', 'aq1:vote:42:down']);
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(reply.ephemeral).toBe(false);
  });

  it('lists what the article says in place of a name it never mentions as sources', () => {
    const reply = answerReply(
      answer({
        answer: 'The article never mentions Vienna. What it says: They met in Geneva. [1]',
        abstained: true,
        abstentionReason: 'unmentioned-name',
        saidInstead: ['Vienna'],
        highlights: [],
        citations: [citation(1)],
      }),
      { answerId: '42', echoQuestion: false },
    );
    expect(reply.content).toBe('🔎 The article never mentions Vienna. What it says: They met in Geneva. [1]');
    expect(reply.embeds?.[0]?.title).toBe('Sources');
  });

  it('labels the closest passages as not evidence when the article does not say', () => {
    const reply = answerReply(
      answer({
        answer: "The article doesn't say. The closest passages are listed below.",
        abstained: true,
        highlights: [],
        citations: [citation(1), citation(2)],
      }),
      { answerId: '42', echoQuestion: false },
    );
    expect(reply.content).toBe("🔎 The article doesn't say. The closest passages are listed below.");
    expect(reply.embeds?.[0]?.title).toBe('Closest passages (they do not answer the question)');
  });

  it('says, before quotes the answer model is unsure of, that they may not answer the question', () => {
    const reply = answerReply(answer({ confidence: 0.15, tentative: true }), { answerId: '42', echoQuestion: false });
    expect(reply.content).toBe('*Not sure the article answers this directly. The closest it says:*\nThe US was led by Deputy Foreign Minister **Wendy Sherman**. [1]');
    expect(reply.embeds?.[0]?.title).toBe('Sources');
    expect(answerReply(answer({ confidence: 0.25 }), { answerId: '42', echoQuestion: false }).content).toBe(
      'The US was led by Deputy Foreign Minister **Wendy Sherman**. [1]',
    );
  });

  it('says a summary is a summary when the member asked for the gist', () => {
    const reply = answerReply(
      answer({
        question: 'tl;dr',
        intent: 'summary',
        answer: 'Russia amassed about 100,000 troops. [1]',
        highlights: [],
      }),
      { answerId: '43', echoQuestion: false },
    );
    expect(reply.content).toBe(
      '**In short** (a summary of the article): Russia amassed about 100,000 troops. [1]',
    );
    expect(reply.embeds?.[0]?.title).toBe('Sources');
  });

  it('starts a bulleted summary on a line of its own, so that each point shows as a list item', () => {
    const reply = answerReply(
      answer({
        question: 'tl;dr in 2 bullet points',
        intent: 'summary',
        answer: '- Russia amassed about 100,000 troops. [1]\n- NATO rejected the demands. [1]',
        highlights: [],
      }),
      { answerId: '44', echoQuestion: false },
    );
    expect(reply.content).toBe(
      '**In short** (a summary of the article):\n- Russia amassed about 100,000 troops. [1]\n- NATO rejected the demands. [1]',
    );
  });

  it('escapes the echoed question and defuses mass mentions', () => {
    const reply = answerReply(answer({ question: '@everyone **why**?' }), {
      answerId: '1',
      echoQuestion: true,
    });
    expect(reply.content?.split('\n')[0]).toBe('**Question:** @\u200beveryone \\*\\*why\\*\\*?');
  });

  it('keeps a very long (generated) answer within 2,000 characters with balanced bold markers', () => {
    const long = `${'Wendy Sherman said *this* and that. '.repeat(80)}[1]`;
    const highlights = Array.from({ length: 80 }, (_, index) => ({
      start: index * 36,
      end: index * 36 + 13,
    }));
    const reply = answerReply(answer({ answer: long, highlights, mode: 'generated', model: 'm' }), {
      answerId: '1',
      echoQuestion: true,
    });
    expect(reply.content?.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    // Cut to the limit, not far below it.
    expect(reply.content?.length).toBeGreaterThan(DISCORD_LIMITS.content - 100);
    expect(reply.content).toMatch(/…$/);
    expect(((reply.content ?? '').match(/\*\*/g) ?? []).length % 2).toBe(0);
    expect(reply.embeds?.[0]?.footer?.text).toBe(
      'Generated by m from the passages above; check them with Sources.',
    );
  });

  it('fills the message with an answer several times too long instead of cutting it to nothing', () => {
    for (const repeats of [60, 170, 400]) {
      const long = `${'Ryabkov said the talks were difficult but useful. '.repeat(repeats)}[1]`;
      const reply = answerReply(answer({ answer: long, highlights: [{ start: 0, end: 7 }], mode: 'generated', model: 'm' }), {
        answerId: '1',
        echoQuestion: true,
      });
      const content = reply.content ?? '';
      expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(content.length).toBeGreaterThan(DISCORD_LIMITS.content - 100);
      expect(content).toContain('**Ryabkov** said the talks were difficult but useful.');
    }
  });

  it('keeps the sources embed within its limits with many long citations', () => {
    const citations = Array.from({ length: 20 }, (_, index) => citation(index + 1, 'word '.repeat(200)));
    const reply = answerReply(answer({ citations }), { answerId: '1', echoQuestion: false });
    const embed = reply.embeds?.[0];
    expect(embed?.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
  });
});

describe('answerReply to small talk', () => {
  it('carries no buttons: a greeting or thanks has nothing to check, rate or follow up', () => {
    const help: Answer = { question: 'thanks!', intent: 'help', answer: "You're welcome!", abstained: false, citations: [], highlights: [], mode: 'extractive', timingsMs: { retrieve: 0, compose: 0, total: 0 } };
    expect(answerReply(help, { answerId: 'a1', echoQuestion: false, followUp: true }).components).toEqual([]);
  });
});

describe('answerReply in a conversation', () => {
  it('says in small print what the question was understood as, under the echoed question', () => {
    const reply = answerReply(
      { ...answer({ question: 'What did *she* say?' }), resolvedQuestion: 'What did Wendy *Sherman* say?' },
      { answerId: '1', echoQuestion: true },
    );
    expect(reply.content).toMatch(
      /^\*\*Question:\*\* What did \\\*she\\\* say\?\n-# Answering: What did Wendy \\\*Sherman\\\* say\?\nThe US was led/,
    );
    expect(answerReply(answer(), { answerId: '1', echoQuestion: false }).content).not.toContain('Answering:');
  });

  it('says in small print what a question with a mended slip was answered as', () => {
    const reply = answerReply(
      answer({
        question: 'who led the russain deleagtion',
        correctedQuestion: 'who led the russian delegation',
      }),
      {
        answerId: '1',
        echoQuestion: false,
      },
    );
    expect(reply.content).toMatch(/^-# Answering: who led the russian delegation\nThe US was led/);
  });

  it('offers Follow up first on public answers only', () => {
    const ids = (payload: ReturnType<typeof answerReply>): string[] =>
      (payload.components?.[0]?.components ?? []).map((button) =>
        'custom_id' in button ? button.custom_id : '',
      );
    expect(ids(answerReply(answer(), { answerId: '7', echoQuestion: true, followUp: true }))).toEqual([
      'aq1:follow:7',
      'aq1:sources:7',
      'aq1:vote:7:up',
      'aq1:vote:7:down',
    ]);
    expect(
      ids(answerReply(answer(), { answerId: '7', echoQuestion: true, followUp: true, ephemeral: true })),
    ).toEqual(['aq1:sources:7', 'aq1:vote:7:up', 'aq1:vote:7:down']);
    expect(ids(answerReply(answer(), { answerId: '7', echoQuestion: true }))).not.toContain('aq1:follow:7');
  });
});
