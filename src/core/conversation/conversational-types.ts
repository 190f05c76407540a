/**
 * The shapes ConversationalQa's callers use: the answer it gives, the options of one question,
 * the engine calls it needs, and its own options.
 */
import type { Logger } from 'pino';
import type { Answer } from '../answer/types.js';
import type { QaEngine } from '../engine.js';
import type { AnswerProgress } from '../generation/generated-answerer.js';
import type { ConversationLimits } from './types.js';

/** An answer given in a conversation: the engine's answer, with what the question was read as. */
export interface ConversationAnswer extends Answer {
  /** The conversation's id. */
  conversation: string;
  /** The question as answered, when the context changed it ("what did Sergei Ryabkov say …"). */
  resolvedQuestion?: string;
}

/** Options of one conversational question. */
export interface ConversationAskOptions {
  progress?: AnswerProgress;
  /**
   * Keep the context however long the conversation was idle: for conversations whose history is
   * on screen (a Discord thread, a reply chain). DMs and terminal sessions forget after
   * `limits.idleMs`.
   */
  keepWhenIdle?: boolean;
  /**
   * Add the question and answer to the conversation (default true). A private answer given in a
   * public place reads the conversation but leaves no trace in it.
   */
  record?: boolean;
  /**
   * The engine to answer this question with, when not the conversation's own: e.g. the view of
   * the articles a Discord server may see. The context is read the same way.
   */
  engine?: ConversationEngine;
}

/** The engine calls a conversation needs. */
export type ConversationEngine = Pick<QaEngine, 'ask' | 'validate' | 'knownWord' | 'mendSlips'>;

/** Options of {@link ConversationalQa}. */
export interface ConversationalQaOptions {
  limits?: ConversationLimits;
  /** Epoch milliseconds (tests pass a clock). */
  now?: () => number;
  logger?: Logger;
}
