import type { Citation } from '../../../core/answer/types.js';
import type { ArticleStore } from '../../../core/articles/article-store.js';
import type { Conversation } from '../../../core/conversation/types.js';
import type { Vote } from '../custom-ids.js';

/** How a question reached the bot. */
export type QuestionChannel = 'command' | 'mention' | 'dm' | 'thread';

/** What is kept of an answer: enough for its buttons to work after a restart, and for statistics. */
export interface AnswerRecord {
  /** The id of the interaction or message that asked. */
  answerId: string;
  askedAt: Date;
  /** Null in DMs. */
  guildId: string | null;
  via: QuestionChannel;
  /** Who asked; null for answers recorded before it was kept. */
  askerId: string | null;
  /**
   * Whether only the asker saw the answer (a private /ask, or a DM); null for answers recorded
   * before it was kept. Buttons show a private answer's sources to the asker alone.
   */
  isPrivate: boolean | null;
  question: string;
  abstained: boolean;
  mode: 'extractive' | 'generated';
  /** The passages the answer cited (or the closest ones, when it abstained), as shown then. */
  citations: Array<Pick<Citation, 'n' | 'chunkId' | 'docId' | 'section' | 'text'> & Partial<Pick<Citation, 'title' | 'source'>>>;
}

/** What recording a vote did. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged';

/** A question the article could not answer, with how often it was asked. */
export interface UnansweredQuestion {
  question: string;
  count: number;
}

/** What one clean-up deleted. */
export interface PruneCounts {
  answers: number;
  conversations: number;
}

/** An interaction acknowledged after Discord's 3-second deadline, as kept for /stats. */
export interface LateAcknowledgementRecord {
  interactionId: string;
  guildId: string | null;
  delayMs: number;
  /** Discord refused it: the member saw "The application did not respond". */
  refused: boolean;
  at: Date;
}

/** The numbers `/stats` shows for one server. */
export interface BotStatistics {
  questions: number;
  answered: number;
  unanswered: number;
  topUnanswered: UnansweredQuestion[];
  votes: { up: number; down: number };
  /** Acknowledgements past Discord's 3-second deadline: how many, how many refused, the slowest. */
  lateAcknowledgements: { count: number; refused: number; slowestMs: number | null };
}

/**
 * Feedback, question statistics, added articles with their owners, and conversations, kept on
 * the persistent volume. Small and synchronous on purpose: every call is a local write or an
 * indexed read. Conversations live here rather than in process memory so that a restart, or
 * another shard sharing the store, continues them.
 */
export interface StateStore extends ArticleStore {
  recordAnswer(record: AnswerRecord): void;
  findAnswer(answerId: string): AnswerRecord | undefined;
  /** One vote per user per answer; voting again replaces the earlier vote. */
  recordVote(answerId: string, userId: string, vote: Vote): VoteOutcome;
  /** Records an acknowledgement that missed Discord's deadline. */
  recordLateAcknowledgement(late: LateAcknowledgementRecord): void;
  /** Statistics of one server (DM questions count for none). */
  statistics(guildId: string, options?: { topUnanswered?: number }): BotStatistics;
  /**
   * Deletes answers asked before `cutoff` with their votes (and older late acknowledgements),
   * and conversations idle since before it with their message links; returns how many of each went.
   */
  prune(cutoff: Date): PruneCounts;
  /** A conversation (its recent turns) by id: a thread's, a DM's, an answer's. */
  loadConversation(id: string): Conversation | undefined;
  /** Creates or replaces a conversation. */
  saveConversation(conversation: Conversation): void;
  /** Remembers which conversation a message (a question or an answer) belongs to, so a reply to it continues that conversation. */
  linkMessage(messageId: string, conversationId: string, at: Date): void;
  /** The conversation a message belongs to, if it was linked. */
  conversationOfMessage(messageId: string): string | undefined;
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
