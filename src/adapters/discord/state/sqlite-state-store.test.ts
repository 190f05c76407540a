import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStateStore } from './sqlite-state-store.js';
import type { AnswerRecord } from './state-store.js';

function record(answerId: string, question: string, fields: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    answerId,
    askedAt: new Date(Number(answerId) * 1000),
    guildId: 'guild',
    via: 'command',
    question,
    abstained: false,
    mode: 'extractive',
    citations: [{ n: 1, chunkId: 'c1', docId: 'doc', section: null, text: 'Passage.' }],
    ...fields,
  };
}

const stores: SqliteStateStore[] = [];
const open = (directory = ':memory:'): SqliteStateStore => {
  const store = SqliteStateStore.open(directory);
  stores.push(store);
  return store;
};
afterEach(() => stores.splice(0).forEach((store) => store.close()));

describe('SqliteStateStore', () => {
  it('keeps answers for their buttons', () => {
    const store = open();
    store.recordAnswer(record('1', 'Who led?'));
    expect(store.findAnswer('1')).toEqual(record('1', 'Who led?'));
    expect(store.findAnswer('2')).toBeUndefined();
  });

  it('keeps one vote per user per answer; a new vote replaces the old', () => {
    const store = open();
    store.recordAnswer(record('1', 'Who led?'));
    expect(store.recordVote('1', 'alice', 1)).toBe('recorded');
    expect(store.recordVote('1', 'alice', 1)).toBe('unchanged');
    expect(store.recordVote('1', 'alice', -1)).toBe('changed');
    expect(store.recordVote('1', 'bob', 1)).toBe('recorded');
    expect(store.statistics('guild').votes).toEqual({ up: 1, down: 1 });
  });

  it('counts per server: answered share and the most frequent unanswered questions', () => {
    const store = open();
    store.recordAnswer(record('1', 'Who led?'));
    store.recordAnswer(record('2', 'What is the capital of Australia?', { abstained: true }));
    store.recordAnswer(record('3', 'what is the capital of australia', { abstained: true }));
    store.recordAnswer(record('4', 'Who won the cup?', { abstained: true }));
    store.recordAnswer(record('5', 'Elsewhere?', { abstained: true, guildId: 'other' }));
    store.recordAnswer(record('6', 'In a DM?', { abstained: true, guildId: null, via: 'dm' }));
    expect(store.statistics('guild')).toEqual({
      questions: 4,
      answered: 1,
      unanswered: 3,
      topUnanswered: [
        { question: 'what is the capital of australia', count: 2 },
        { question: 'Who won the cup?', count: 1 },
      ],
      votes: { up: 0, down: 0 },
    });
    expect(store.statistics('nowhere')).toEqual({
      questions: 0,
      answered: 0,
      unanswered: 0,
      topUnanswered: [],
      votes: { up: 0, down: 0 },
    });
  });

  it('prunes answers asked before a cutoff, with their votes, and keeps the rest', () => {
    const store = open();
    store.recordAnswer(record('100', 'Old question?', { abstained: true }));
    store.recordAnswer(record('200', 'New question?'));
    store.recordVote('100', 'alice', -1);
    store.recordVote('200', 'alice', 1);
    expect(store.prune(new Date(150_000))).toEqual({ answers: 1, conversations: 0 });
    expect(store.findAnswer('100')).toBeUndefined();
    expect(store.findAnswer('200')).toEqual(record('200', 'New question?'));
    expect(store.statistics('guild')).toMatchObject({ questions: 1, unanswered: 0, votes: { up: 1, down: 0 } });
    expect(store.prune(new Date(150_000))).toEqual({ answers: 0, conversations: 0 });
  });

  it('keeps conversations and which messages belong to them', () => {
    const store = open();
    expect(store.loadConversation('thread:1')).toBeUndefined();
    const turn = {
      question: 'who chaired it',
      resolvedQuestion: 'who chaired the summit',
      answerSentences: ['Anna Berg chaired the summit.'],
      abstained: false,
      passageIds: ['p1'],
      referents: [],
      items: [],
      askedAt: 5,
    };
    store.saveConversation({ id: 'thread:1', turns: [turn], updatedAt: 5 });
    expect(store.loadConversation('thread:1')).toEqual({ id: 'thread:1', turns: [turn], updatedAt: 5 });
    store.saveConversation({ id: 'thread:1', turns: [turn, { ...turn, askedAt: 9 }], updatedAt: 9 });
    expect(store.loadConversation('thread:1')?.turns).toHaveLength(2);
    store.linkMessage('100', 'thread:1', new Date(9));
    expect(store.conversationOfMessage('100')).toBe('thread:1');
    expect(store.conversationOfMessage('101')).toBeUndefined();
  });

  it('persists in the state directory across reopening', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'article-qa-state-'));
    try {
      const first = open(directory);
      first.recordAnswer(record('1', 'Who led?'));
      first.recordVote('1', 'alice', 1);
      first.saveConversation({ id: 'dm:7', turns: [], updatedAt: 1 });
      first.linkMessage('70', 'dm:7', new Date(1));
      first.close();
      const second = open(directory);
      expect(second.findAnswer('1')?.question).toBe('Who led?');
      expect(second.recordVote('1', 'alice', -1)).toBe('changed');
      expect(second.loadConversation('dm:7')).toEqual({ id: 'dm:7', turns: [], updatedAt: 1 });
      expect(second.conversationOfMessage('70')).toBe('dm:7');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
