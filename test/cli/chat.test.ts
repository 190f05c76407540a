import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatSession } from '../../src/adapters/cli/chat-session.js';
import { JsonChatSession } from '../../src/adapters/cli/json-chat-session.js';
import { NOTHING_MORE } from '../../src/core/conversation/conversational-qa.js';
import { formatAnswer } from '../../src/adapters/cli/commands/ask-command.js';
import type { QaEngine } from '../../src/core/engine.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { bundledEngine } from '../support/bundled-engine.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { temporaryWorkspace } from '../support/temporary-corpus.js';

describe('chat session', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('answers one question after another and shows a cited passage in full', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle(':sources 1')).toMatch(/Ask a question first/);
    const first = await session.handle('Who led the US delegation?');
    expect(first).toContain('Wendy Sherman');
    expect(first).toContain('Sources:');
    const source = await session.handle(':sources 1');
    expect(source).toMatch(/^\[1\] geneva-talks-2022 — 1\. No progress/);
    expect(source).toContain('Deputy Foreign Minister Wendy Sherman');
    expect(await session.handle(':sources 7')).toMatch(/from 1 to 1/);
    const second = await session.handle('What did China say about the Geneva talks?');
    expect(second).toMatch(/^The article doesn't say/);
    expect(second).toContain('Closest passages (not evidence):');
    const unrelated = await session.handle('How do I bake sourdough bread?');
    expect(unrelated).toMatch(/^The article doesn't say/);
    expect(unrelated).not.toContain('Closest passages');
    expect(await session.handle(':sources 1')).toMatch(/^The last answer cites no passages/);
  });

  it('shows the passages of a summary after :summary, not those of the answer before it', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    await session.handle('Who led the US delegation?');
    const summary = await session.handle(':summary');
    const cited = /\[(\d+)\]/.exec(summary);
    expect(cited).not.toBeNull();
    const last = Math.max(...[...summary.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])));
    expect(await session.handle(`:sources ${last}`)).toMatch(new RegExp(`^\\[${last}\\] geneva-talks-2022`));
    expect(await session.handle(`:sources ${last + 1}`)).toMatch(new RegExp(`from 1 to ${last}`));
  });

  it('reads follow-ups in the context of the conversation, says what it understood, and forgets on :new', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle('Who is Jens Stoltenberg?')).not.toContain('Answering:');
    const followUp = await session.handle('Is he open to dialogue?');
    expect(followUp).toMatch(/^Answering: Is Jens Stoltenberg open to dialogue\?\n/);
    expect(followUp).toContain('did not rule out dialogue');
    expect(await session.handle(':new')).toBe('New conversation: earlier questions are forgotten.');
    expect(await session.handle('Is he open to dialogue?')).not.toContain('Answering:');
  });

  it('after a "doesn\'t say", reads "he" as the person the question named, as the article names him', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle('how old is ryabkov')).toMatch(/^The article doesn't say/);
    const position = await session.handle("what's his position");
    expect(position).toMatch(/^Answering: what is Sergei Ryabkov's position\n/);
    expect(position).toContain('Deputy Foreign Minister Sergei Ryabkov');
    expect(await session.handle('what did he say')).toMatch(/^Answering: what did Sergei Ryabkov say\n/);
  });

  it('reads a conversation shouted in capitals as it reads it in lower case', async () => {
    const understood = async (questions: readonly string[]): Promise<string[]> => {
      const session = new ChatSession(engine, createSilentLogger());
      const lines: string[] = [];
      for (const question of questions) lines.push(/^Answering: (.*)$/m.exec(await session.handle(question))?.[1] ?? '');
      return lines;
    };
    const asked = ['who led the russian delegation??!!', 'what did he say?', 'and the us one? 🤔', 'why?'];
    const shouted = await understood(asked.map((question) => question.toUpperCase()));
    // "AND THE US ONE?" had been read as "US DID Sergei Ryabkov SAY".
    expect(shouted).toEqual(await understood(asked));
    expect(shouted[1]).toBe('what did Sergei Ryabkov say?');
  });

  it('reads a closing "there", doubt and a question phrase alone against the real article', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    await session.handle('what happened in geneva');
    const there = await session.handle('who was there');
    expect(there).toMatch(/^Answering: who was in geneva\n/);
    expect(there).not.toMatch(/doesn't say/);
    const troops = await session.handle('how many troops has russia amassed');
    expect(troops).toContain('100,000');
    // Doubt asks the same question again, so the answer comes back with its source.
    const doubt = await session.handle('really?');
    expect(doubt).toMatch(/^Answering: how many troops has russia amassed\n/);
    expect(doubt).toContain('100,000');
    expect(doubt).toContain('Sources:');
    await session.handle('when did the talks start');
    const time = await session.handle('what time exactly?');
    expect(time).toMatch(/^Answering: what time did the talks start\n/);
    expect(time).toContain('08:00');
  });

  it('answers "why?" after an answer with the reason the article gives for it, not the answer again', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    const answerOf = (reply: string): string => reply.split('\nSources:')[0] ?? '';
    const first = answerOf(await session.handle("what will nato do about russia's demand on new members"));
    expect(first).toContain('likely to reject');
    expect(first).not.toContain('dictated');
    const why = answerOf(await session.handle('how come'));
    expect(why).toMatch(/^Answering: why will nato do that about russia's demand on new members\n/);
    expect(why.split('\n')[1]).toMatch(/^That's because NATO will not allow itself to be dictated by Moscow\. \[1\]/);
    expect(why).not.toContain('likely to reject');
  });

  it('answers "tell me more" with what the article adds, never the same sentences, until it has nothing more', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    const sentencesOf = (reply: string): string[] =>
      (reply.split('\nSources:')[0] ?? '').replace(/^Answering:[^\n]*\n/, '').split(/\s*\[\d+\]\s*/).filter((sentence) => /\p{L}/u.test(sentence));
    const first = await session.handle('who led the russian delegation');
    expect(first).toContain('Sergei Ryabkov');
    const more = await session.handle('tell me more');
    expect(more).toMatch(/^Answering: tell me more about Sergei Ryabkov\n/);
    expect(more).toContain('Ryabkov said');
    expect(sentencesOf(more).length).toBeGreaterThan(0);
    expect(sentencesOf(more).filter((sentence) => first.includes(sentence))).toEqual([]);
    let reply = more;
    for (let turn = 0; turn < 5 && !reply.includes(NOTHING_MORE); turn += 1) reply = await session.handle('go on');
    expect(reply).toContain(NOTHING_MORE);
  });

  it('says what a question with a typing slip was answered as, and nothing for one without', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    const mended = await session.handle('who led the russain deleagtion');
    expect(mended).toMatch(/^Answering: who led the russian delegation\n/);
    expect(mended.match(/Answering:/g)).toHaveLength(1);
    expect(mended).toContain('Sergei Ryabkov');
    expect(formatAnswer(await engine.ask('who led the russain deleagtion'))).toMatch(
      /^Answering: who led the russian delegation\n/,
    );
    const plain = await engine.ask('hey bot, who led the russian delegation');
    expect(plain.correctedQuestion).toBeUndefined();
    expect(formatAnswer(plain)).not.toContain('Answering:');
  });

  it('summarises, explains its commands, and turns bad input into a message', async () => {
    const session = new ChatSession(engine, createSilentLogger());
    expect(await session.handle(':summary')).toMatch(
      /^Summary of "U\.S\.-Russia Meets Ukraine Tensions in Geneva":/,
    );
    expect(await session.handle(':help')).toContain(':sources N');
    expect(await session.handle(':nope')).toMatch(/^Unknown command :nope/);
    expect(await session.handle('x'.repeat(600))).toMatch(/to 500 or fewer/);
    expect(await session.handle('   ')).toBe('');
  });
});

describe('chat --json session', () => {
  let engine: QaEngine;
  let cleanup: () => void;
  beforeAll(async () => ({ engine, cleanup } = await bundledEngine()));
  afterAll(() => cleanup());

  it('starts a conversation afresh on ":new", as the interactive chat does, instead of answering it', async () => {
    const session = new JsonChatSession(engine, createSilentLogger());
    const turn = async (conversation: string, question: string): Promise<Record<string, unknown>> =>
      JSON.parse(await session.handle(JSON.stringify({ conversation, question }))) as Record<string, unknown>;
    for (const conversation of ['a', 'b']) await turn(conversation, 'Who is Jens Stoltenberg?');
    expect(await turn('a', 'Is he open to dialogue?')).toMatchObject({ resolvedQuestion: 'Is Jens Stoltenberg open to dialogue?' });
    // Answered as a question, ":new" had quoted the article and kept the context.
    const restarted = await turn('a', ' :new ');
    expect(restarted).toEqual({ conversation: 'a', question: ' :new ', command: 'new', message: 'New conversation: earlier questions are forgotten.' });
    expect(await turn('a', 'Is he open to dialogue?')).not.toHaveProperty('resolvedQuestion');
    // Another conversation keeps its context, until ":new" on a line of its own forgets them all.
    expect(await turn('b', 'Is he open to dialogue?')).toMatchObject({ resolvedQuestion: 'Is Jens Stoltenberg open to dialogue?' });
    expect(JSON.parse(await session.handle(':new'))).toMatchObject({ input: ':new', command: 'new' });
    expect(await turn('b', 'Is he open to dialogue?')).not.toHaveProperty('resolvedQuestion');
  });

  it('reads "he" after a list of the people the article names as the one it named', async () => {
    const session = new JsonChatSession(engine, createSilentLogger());
    const turn = async (question: string): Promise<Record<string, unknown>> => JSON.parse(await session.handle(JSON.stringify({ conversation: 'p', question }))) as Record<string, unknown>;
    expect(await turn('Which NATO official is mentioned in the article?')).toMatchObject({ intent: 'people' });
    const insisted = await turn('What did he insist on?');
    expect(insisted).toMatchObject({ resolvedQuestion: 'What did Jens Stoltenberg insist on?', abstained: false });
    expect(String(insisted.answer)).toMatch(/^Even so, NATO Secretary General Jens Stoltenberg insisted/);
  });

  it('answers "who said that" and "which outlet reported it" about what it just quoted, the speaker in bold', async () => {
    const session = new JsonChatSession(engine, createSilentLogger());
    type Reply = { answer: string; abstained: boolean; highlights: Array<{ start: number; end: number }> };
    const turn = async (question: string): Promise<Reply> => JSON.parse(await session.handle(JSON.stringify({ conversation: 'source', question }))) as Reply;
    const bold = (reply: Reply): string[] => reply.highlights.map(({ start, end }) => reply.answer.slice(start, end));
    await turn('is nato ready if russia attacks');
    expect(bold(await turn('who said that'))).toEqual(['NATO Secretary General Jens Stoltenberg']);
    // "that" is what the answer quoted (the US officials' words), not the question: no one in the
    // article says that russia is willing to drop any of its demands.
    await turn('is russia willing to drop any of its demands');
    const officials = await turn('who said that');
    expect(officials.abstained).toBe(false);
    expect(officials.answer).toMatch(/^But some US officials have said/);
    await turn('what did ryabkov say');
    const outlet = await turn('which outlet reported it');
    expect(outlet.answer).toMatch(/^Reported by Tass, Sergei Ryabkov said/);
    expect(bold(outlet)).toEqual(['Tass']);
    expect(outlet.answer).not.toContain('Al Jazeera');
    // A wrong guess at the speaker is answered with who did say it (it had been read as "did biden
    // say that (the americans ok with limiting missiles anywhere)", and heard "doesn't say").
    await turn('are the americans ok with limiting missiles anywhere');
    const guessed = await turn('did biden say that?');
    expect(guessed.answer).toMatch(/^But some US officials have said/);
    expect(bold(guessed)).toEqual(['US']);
    await turn('what did ryabkov say');
    await turn('which outlet reported it');
    // A typing slip is mended before the follow-up is read: "reportd" still asks for the outlet.
    const misspelt = await turn('where was that reportd');
    expect(misspelt.answer).toMatch(/^Reported by Tass, Sergei Ryabkov said/);
    expect(bold(misspelt)).toEqual(['Tass']);
  });
});

describe('article-qa chat (real CLI)', () => {
  const workspace = temporaryWorkspace();
  afterAll(() => workspace.cleanup());

  it('reads questions from stdin until end of input', async () => {
    const run = await runCli(['chat', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
      input: 'How many troops has Russia amassed near Ukraine?\n:sources 1\n',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('100,000 troops');
    expect(run.stdout).toContain('[1] geneva-talks-2022 — 1. No progress in US-Russian diplomacy in Geneva');
  });

  it('stops at :quit (or :q, :exit), leaving the questions after it unasked', async () => {
    for (const command of [':quit', ':q', ' :EXIT ']) {
      const run = await runCli(['chat', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir], {
        input: `Who led the US delegation?\n${command}\nHow many troops has Russia amassed near Ukraine?\n`,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Wendy Sherman');
      expect(run.stdout).not.toMatch(/100,000|Unknown command/);
    }
  });
});

describe('article-qa chat --json (real CLI)', () => {
  const workspace = temporaryWorkspace();
  afterAll(() => workspace.cleanup());

  it('answers JSON lines in order, each in its own conversation, one ask-shaped line per input', async () => {
    const input = [
      { conversation: 'one', question: 'Who led the Russian delegation?' },
      { conversation: 'two', question: 'When was the security proposal presented to the US?' },
      { conversation: 'one', question: "What did he say about the two sides' approaches?" },
      { conversation: 'two', question: 'In how many stages will it be discussed?' },
      { conversation: 'two', question: "How tall is the Jet d'Eau?" },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const run = await runCli(
      ['chat', '--json', '--corpus', workspace.corpusDir, '--index-dir', workspace.indexDir],
      {
        input: `${input}\nnot json\n{"question": "no conversation"}\n{"conversation": "one", "question": ":new"}\n`,
      },
    );
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(8);
    expect(lines.slice(0, 5).map((line) => [line.conversation, line.question])).toEqual([
      ['one', 'Who led the Russian delegation?'],
      ['two', 'When was the security proposal presented to the US?'],
      ['one', "What did he say about the two sides' approaches?"],
      ['two', 'In how many stages will it be discussed?'],
      ['two', "How tall is the Jet d'Eau?"],
    ]);
    expect(lines[0]).not.toHaveProperty('resolvedQuestion');
    expect(lines[2]).toMatchObject({
      resolvedQuestion: "What did Sergei Ryabkov say about the two sides' approaches?",
      abstained: false,
    });
    expect(String(lines[2]?.answer)).toContain('big differences');
    expect(lines[3]).toMatchObject({
      resolvedQuestion: 'In how many stages will the security proposal be discussed?',
    });
    expect(String(lines[3]?.answer)).toContain('three stages');
    // A question that stands on its own is not bent by the conversation, and abstention still works.
    expect(lines[4]).toMatchObject({ abstained: true });
    expect(lines[4]).not.toHaveProperty('resolvedQuestion');
    for (const line of lines.slice(0, 5))
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['answer', 'abstained', 'citations', 'highlights', 'mode', 'timingsMs']),
      );
    expect(lines[5]).toMatchObject({ input: 'not json', error: expect.stringMatching(/not JSON/) });
    expect(lines[6]).toMatchObject({ error: expect.stringMatching(/"conversation" id/) });
    expect(lines[7]).toMatchObject({ conversation: 'one', command: 'new' });
  });
});
