import type { Citation } from '../../../core/answer/types.js';
import type { Vote } from '../custom-ids.js';

/** How a question reached the bot. */
export type QuestionChannel = 'command' | 'mention' | 'dm';

/** What is kept of an answer: enough for its buttons to work after a restart, and for statistics. */
export interface AnswerRecord {
  /** The id of the interaction or message that asked. */
  answerId: string;
  askedAt: Date;
  /** Null in DMs. */
  guildId: string | null;
  via: QuestionChannel;
  question: string;
  abstained: boolean;
  mode: 'extractive' | 'generated';
  /** The passages the answer cited (or the closest ones, when it abstained), as shown then. */
  citations: Array<Pick<Citation, 'n' | 'chunkId' | 'docId' | 'section' | 'text'>>;
}

/** What recording a vote did. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged';

/** A question the article could not answer, with how often it was asked. */
export interface UnansweredQuestion {
  question: string;
  count: number;
}

/** The numbers `/stats` shows for one server. */
export interface BotStatistics {
  questions: number;
  answered: number;
  unanswered: number;
  topUnanswered: UnansweredQuestion[];
  votes: { up: number; down: number };
}

/**
 * Feedback and question statistics, kept on the persistent volume. Small and synchronous on
 * purpose: every call is a local write or an indexed read.
 */
export interface StateStore {
  recordAnswer(record: AnswerRecord): void;
  findAnswer(answerId: string): AnswerRecord | undefined;
  /** One vote per user per answer; voting again replaces the earlier vote. */
  recordVote(answerId: string, userId: string, vote: Vote): VoteOutcome;
  /** Statistics of one server (DM questions count for none). */
  statistics(guildId: string, options?: { topUnanswered?: number }): BotStatistics;
  /** Deletes answers asked before `cutoff`, with their votes; returns how many answers went. */
  prune(cutoff: Date): number;
  close(): void;
}

/** "What  is NATO?" and "what is nato" count as the same question in statistics. */
export function normalizeQuestion(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.]+$/, '')
    .trim();
}
