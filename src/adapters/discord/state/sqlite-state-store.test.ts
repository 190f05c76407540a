import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStateStore, STATE_FILE } from './sqlite-state-store.js';
import { MIGRATIONS } from './state-migrations.js';
import { StateFormatTooNewError } from './state-format.js';
import type { AnswerRecord } from './state-store.js';

function record(answerId: string, question: string, fields: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    answerId,
    askedAt: new Date(Number(answerId) * 1000),
    guildId: 'guild',
    via: 'command',
    askerId: 'asker',
    isPrivate: false,
    question,
    abstained: false,
    mode: 'extractive',
    citations: [{ n: 1, chunkId: 'c1', docId: 'doc', section: null, text: 'Passage.' }],
    ...fields,
  };
}

const stores: SqliteStateStore[] = [];
const open = (directory = ':memory:', version?: string): SqliteStateStore => {
  const store = SqliteStateStore.open(directory, version === undefined ? {} : { version });
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
      lateAcknowledgements: { count: 0, refused: 0, slowestMs: null },
    });
    expect(store.statistics('nowhere')).toEqual({
      questions: 0,
      answered: 0,
      unanswered: 0,
      topUnanswered: [],
      votes: { up: 0, down: 0 },
      lateAcknowledgements: { count: 0, refused: 0, slowestMs: null },
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

  it('upgrades a database of an earlier version in order, keeping what it holds', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'article-qa-upgrade-'));
    try {
      // Version 2: answers without asker or privacy; 3: those columns and late acknowledgements;
      // 4: added articles. Conversations come after all of them.
      for (const version of [2, 3, 4]) {
        const directory = path.join(root, `v${version}`);
        mkdirSync(directory, { mode: 0o700 });
        const database = new Database(path.join(directory, STATE_FILE));
        MIGRATIONS.slice(0, version).forEach((sql) => database.exec(sql));
        database.pragma(`user_version = ${version}`);
        database
          .prepare(
            `INSERT INTO answers (answer_id, asked_at, guild_id, via, question, normalized, abstained, mode, citations)
             VALUES ('1', 1000, 'guild', 'command', 'Who led?', 'who led', 0, 'extractive', '[]')`,
          )
          .run();
        database.close();

        const store = open(directory);
        expect(store.findAnswer('1')).toMatchObject({ question: 'Who led?', askerId: null, isPrivate: null });
        store.recordAnswer(record('2', 'Mine?', { askerId: 'alice', isPrivate: true }));
        expect(store.findAnswer('2')).toMatchObject({ askerId: 'alice', isPrivate: true });
        store.recordLateAcknowledgement({ interactionId: '9', guildId: 'guild', delayMs: 4000, refused: false, at: new Date(1) });
        store.saveConversation({ id: 'dm:7', turns: [], updatedAt: 1 });
        store.linkMessage('70', 'dm:7', new Date(1));
        expect(store.conversationOfMessage('70')).toBe('dm:7');
        store.close();
        const reopened = new Database(path.join(directory, STATE_FILE), { readonly: true });
        expect(reopened.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
        reopened.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps who asked and whether the answer was private; older rows read as unknown', () => {
    const store = open();
    store.recordAnswer(record('1', 'Mine?', { askerId: 'alice', isPrivate: true }));
    expect(store.findAnswer('1')).toMatchObject({ askerId: 'alice', isPrivate: true });
    store.recordAnswer(record('2', 'Before the columns existed?', { askerId: null, isPrivate: null }));
    expect(store.findAnswer('2')).toMatchObject({ askerId: null, isPrivate: null });
  });

  it('counts late acknowledgements per server, and prunes them with the answers', () => {
    const store = open();
    store.recordLateAcknowledgement({ interactionId: '1', guildId: 'guild', delayMs: 4057, refused: false, at: new Date(100_000) });
    store.recordLateAcknowledgement({ interactionId: '2', guildId: 'guild', delayMs: 3300, refused: true, at: new Date(200_000) });
    store.recordLateAcknowledgement({ interactionId: '3', guildId: 'other', delayMs: 9000, refused: true, at: new Date(200_000) });
    expect(store.statistics('guild').lateAcknowledgements).toEqual({ count: 2, refused: 1, slowestMs: 4057 });
    store.prune(new Date(150_000));
    expect(store.statistics('guild').lateAcknowledgements).toEqual({ count: 1, refused: 1, slowestMs: 3300 });
  });

  it('refuses a file a newer version wrote, naming that version, and leaves the file as it was', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'article-qa-newer-'));
    try {
      // What a later version might leave: one migration more, a table this one knows renamed.
      const file = path.join(directory, STATE_FILE);
      open(directory, '0.3.0').close();
      const newer = new Database(file);
      newer.exec('ALTER TABLE articles RENAME TO library_articles');
      newer.prepare("UPDATE about SET value = '0.4.0' WHERE key = 'written_by'").run();
      newer.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      newer.close();

      const refusal = (): unknown => {
        try {
          open(directory, '0.3.0');
        } catch (error) {
          return error;
        }
        return undefined;
      };
      expect(refusal()).toMatchObject(
        new StateFormatTooNewError(file, MIGRATIONS.length + 1, MIGRATIONS.length, '0.4.0'),
      );
      expect(refusal()).toBeInstanceOf(StateFormatTooNewError);
      const after = new Database(file, { readonly: true });
      expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
      after.close();
      // A newer file from before versions were recorded: the format alone.
      const bare = new Database(file);
      bare.exec('DROP TABLE about');
      bare.close();
      expect(refusal()).toMatchObject({ format: MIGRATIONS.length + 1, writtenBy: undefined });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('records which version brought the file to its format, and only when it changed the format', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'article-qa-writer-'));
    try {
      open(directory, '0.1.0').close();
      open(directory, '0.2.0').close();
      const database = new Database(path.join(directory, STATE_FILE), { readonly: true });
      expect(database.prepare("SELECT value FROM about WHERE key = 'written_by'").get()).toEqual({ value: '0.1.0' });
      database.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('creates the state file 0600 in a 0700 folder, and tightens what an older version left open', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'article-qa-modes-'));
    try {
      const fresh = path.join(root, 'fresh', 'state');
      const store = open(fresh);
      store.recordAnswer(record('1', 'Who led?'));
      expect(statSync(fresh).mode & 0o777).toBe(0o700);
      const files = readdirSync(fresh);
      expect(files).toContain('bot-state.sqlite');
      for (const name of files) expect(statSync(path.join(fresh, name)).mode & 0o777).toBe(0o600);

      const old = path.join(root, 'old');
      mkdirSync(old, { mode: 0o755 });
      chmodSync(old, 0o755);
      writeFileSync(path.join(old, 'bot-state.sqlite'), '');
      chmodSync(path.join(old, 'bot-state.sqlite'), 0o644);
      open(old);
      expect(statSync(old).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(old, 'bot-state.sqlite')).mode & 0o777).toBe(0o600);

      // A shared folder that holds other things keeps its mode; the state file is still private.
      const shared = path.join(root, 'shared');
      mkdirSync(shared, { mode: 0o755 });
      chmodSync(shared, 0o755);
      writeFileSync(path.join(shared, 'notes.txt'), 'not ours');
      open(shared);
      expect(statSync(shared).mode & 0o777).toBe(0o755);
      expect(statSync(path.join(shared, 'bot-state.sqlite')).mode & 0o777).toBe(0o600);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
