/**
 * The answers, votes and late acknowledgements tables: what each answer was, how members voted
 * on it, and the server statistics /stats shows from them.
 */
import type Database from 'better-sqlite3';
import type { Vote } from '../custom-ids.js';
import {
  normalizeQuestion,
  type AnswerRecord,
  type BotStatistics,
  type LateAcknowledgementRecord,
  type VoteOutcome,
} from './state-store.js';

interface AnswerRow {
  answer_id: string;
  asked_at: number;
  guild_id: string | null;
  via: AnswerRecord['via'];
  asker_id: string | null;
  private: number | null;
  question: string;
  abstained: number;
  mode: AnswerRecord['mode'];
  citations: string;
}

/** Records an answer (replacing one with the same id), with its question normalised for statistics. */
export function insertAnswer(database: Database.Database, record: AnswerRecord): void {
  database
    .prepare(
      `INSERT OR REPLACE INTO answers (answer_id, asked_at, guild_id, via, asker_id, private, question, normalized, abstained, mode, citations)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.answerId,
      record.askedAt.getTime(),
      record.guildId,
      record.via,
      record.askerId,
      record.isPrivate === null ? null : record.isPrivate ? 1 : 0,
      record.question,
      normalizeQuestion(record.question),
      record.abstained ? 1 : 0,
      record.mode,
      JSON.stringify(record.citations),
    );
}

/** The answer with this id, if it was recorded and not pruned. */
export function selectAnswer(database: Database.Database, answerId: string): AnswerRecord | undefined {
  const row = database.prepare('SELECT * FROM answers WHERE answer_id = ?').get(answerId) as
    AnswerRow | undefined;
  if (!row) return undefined;
  return {
    answerId: row.answer_id,
    askedAt: new Date(row.asked_at),
    guildId: row.guild_id,
    via: row.via,
    askerId: row.asker_id,
    isPrivate: row.private === null ? null : row.private === 1,
    question: row.question,
    abstained: row.abstained === 1,
    mode: row.mode,
    citations: JSON.parse(row.citations) as AnswerRecord['citations'],
  };
}

/** One vote per user per answer, in one transaction: voting again replaces the earlier vote. */
export function upsertVote(database: Database.Database, answerId: string, userId: string, vote: Vote): VoteOutcome {
  return database.transaction((): VoteOutcome => {
    const previous = database
      .prepare('SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?')
      .get(answerId, userId) as { vote: number } | undefined;
    if (previous?.vote === vote) return 'unchanged';
    database
      .prepare('INSERT OR REPLACE INTO votes (answer_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?)')
      .run(answerId, userId, vote, Date.now());
    return previous ? 'changed' : 'recorded';
  })();
}

/** Records an acknowledgement that missed Discord's deadline. */
export function insertLateAcknowledgement(database: Database.Database, late: LateAcknowledgementRecord): void {
  database
    .prepare(
      'INSERT OR REPLACE INTO late_acks (interaction_id, guild_id, delay_ms, refused, at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(late.interactionId, late.guildId, Math.round(late.delayMs), late.refused ? 1 : 0, late.at.getTime());
}

/** Statistics of one server (DM questions count for none). */
export function guildStatistics(database: Database.Database, guildId: string, options: { topUnanswered?: number } = {}): BotStatistics {
  const totals = database
    .prepare(
      'SELECT COUNT(*) AS questions, COALESCE(SUM(abstained), 0) AS unanswered FROM answers WHERE guild_id = ?',
    )
    .get(guildId) as { questions: number; unanswered: number };
  const topUnanswered = database
    .prepare(
      `SELECT (SELECT question FROM answers latest WHERE latest.guild_id = grouped.guild_id AND latest.normalized = grouped.normalized
                 AND latest.abstained = 1 ORDER BY asked_at DESC LIMIT 1) AS question,
              COUNT(*) AS count
       FROM answers grouped WHERE guild_id = ? AND abstained = 1
       GROUP BY normalized ORDER BY count DESC, MAX(asked_at) DESC LIMIT ?`,
    )
    .all(guildId, options.topUnanswered ?? 5) as Array<{ question: string; count: number }>;
  const votes = database
    .prepare(
      `SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down
       FROM votes JOIN answers USING (answer_id) WHERE answers.guild_id = ?`,
    )
    .get(guildId) as { up: number; down: number };
  const late = database
    .prepare(
      `SELECT COUNT(*) AS count, COALESCE(SUM(refused), 0) AS refused, MAX(delay_ms) AS slowestMs
       FROM late_acks WHERE guild_id = ?`,
    )
    .get(guildId) as { count: number; refused: number; slowestMs: number | null };
  return {
    questions: totals.questions,
    answered: totals.questions - totals.unanswered,
    unanswered: totals.unanswered,
    topUnanswered,
    votes,
    lateAcknowledgements: late,
  };
}
