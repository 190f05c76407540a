import { ConversationalQa } from '../../core/conversation/conversational-qa.js';
import type { ConversationAnswer } from '../../core/conversation/conversational-types.js';
import type { QaEngine } from '../../core/engine.js';
import type { AnswerProgress } from '../../core/generation/generated-answerer.js';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../logging/logger.js';
import type { RateLimiter } from './load/rate-limiter.js';
import type { ReadQuestion } from './mentions.js';
import type { WorkQueue } from './load/work-queue.js';
import { StateConversationStore } from './state/state-conversation-store.js';
import type { QuestionChannel, StateStore } from './state/state-store.js';
import { quotedLines } from '../../core/intent/quoted-lines.js';

/**
 * What the bot asks of the engine: answers, summaries and what they are made from, never its
 * index. Tests may pass the real engine or a small stand-in.
 */
export type BotEngine = Pick<
  QaEngine,
  'ask' | 'validate' | 'knownWord' | 'mendSlips' | 'summarize' | 'validateSummary' | 'sections' | 'answerMode' | 'about' | 'documents' | 'articles'
>;

/** Where an admitted question came from. */
export interface QuestionOrigin {
  /** The interaction or message id: the answer's id, used by its buttons. */
  answerId: string;
  userId: string;
  guildId: string | null;
  via: QuestionChannel;
  /** Only the asker sees the answer (a private /ask or a DM). */
  isPrivate: boolean;
}

/** A question let in: the text the engine answers, and the text the member sees echoed. */
export interface AdmittedQuestion {
  /** Validated and normalised, without Discord mentions. */
  text: string;
  /** As the member wrote it, mentions shown as names. */
  shown: string;
  /** Its lines, without Discord mentions, when it quotes a line ("> …") and asks about it: the engine reads the quotation as context. */
  quoting?: string;
}

/** The conversation a question is asked in. */
export interface ConversationPlace {
  /** Its id (see conversation-keys). */
  conversationId: string;
  /** Keep the context however long it was idle: threads and reply chains show their history. */
  keepWhenIdle: boolean;
  /** Add the question to the conversation (false for a private answer in a public place). */
  record: boolean;
}

/** Raised when a user asks faster than the rate limit allows. */
export class RateLimitedError extends UserError {
  override readonly name = 'RateLimitedError';

  constructor(readonly retryAfterMs: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super(
      'rate-limited',
      `You're asking faster than I can keep up with. Please wait ${seconds} s and ask again.`,
    );
  }
}

/**
 * The one path every question takes, from a slash command, a mention, a DM or a thread: checked
 * and rate-limited at once (so the reply to a bad request is immediate and private), then
 * answered in its conversation's context under the global concurrency limit, then recorded for
 * buttons, statistics and later follow-ups.
 */
export class QuestionService {
  /** Conversations, kept in the state store. */
  readonly conversations: ConversationalQa;

  constructor(
    private readonly engine: BotEngine,
    private readonly state: StateStore,
    private readonly rateLimiter: RateLimiter,
    private readonly queue: WorkQueue,
    private readonly logger: Logger,
    /** The engine each server answers from (its own articles and the shared ones); `engine` for all when unset. */
    private readonly scopes?: { forGuild(guildId: string | null): BotEngine },
  ) {
    this.conversations = new ConversationalQa(engine, new StateConversationStore(state), { logger });
  }

  /**
   * Validates the question and takes a rate-limit token; throws a UserError otherwise. Fast.
   * A question read from Discord markup is answered without its mentions (see `readMentions`).
   */
  admit(userId: string, question: string | ReadQuestion): AdmittedQuestion {
    const read = typeof question === 'string' ? { shown: question, analysed: question } : question;
    if (read.analysed.trim() === '' && read.shown !== '') {
      throw new UserError(
        'question-no-words',
        'Please ask a question in words: mentions of members, roles and channels are not read as part of it.',
      );
    }
    const text = this.engine.validate(read.analysed);
    const decision = this.rateLimiter.take(userId);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterMs);
    const shown = typeof question === 'string' || read.shown === '' ? text : read.shown;
    return quotedLines(read.analysed) ? { text, shown, quoting: read.analysed } : { text, shown };
  }

  /** Takes a rate-limit token for other slow work (summaries); throws RateLimitedError. */
  admitWork(userId: string): void {
    const decision = this.rateLimiter.take(userId);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterMs);
  }

  /** Runs slow work under the global concurrency limit. */
  runLimited<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /**
   * Answers an admitted question in its conversation and records it, linking the question to
   * the conversation so that replies to it continue there; `progress` follows a generated answer
   * as it is written. The conversation reads the question without its mentions; the answer
   * carries the question as the member sees it.
   */
  async answer(
    question: AdmittedQuestion,
    origin: QuestionOrigin,
    place: ConversationPlace,
    progress: AnswerProgress = {},
  ): Promise<ConversationAnswer> {
    // The server's own view of the articles answers, in the conversation's context.
    const engine = this.scopes?.forGuild(origin.guildId) ?? this.engine;
    const answered = await this.queue.run(() =>
      this.conversations.ask(place.conversationId, question.quoting ?? question.text, {
        progress,
        keepWhenIdle: place.keepWhenIdle,
        record: place.record,
        engine,
      }),
    );
    const answer = { ...answered, question: question.shown };
    if (place.record) this.link(origin.answerId, place.conversationId);
    try {
      this.state.recordAnswer({
        answerId: origin.answerId,
        askedAt: new Date(),
        guildId: origin.guildId,
        via: origin.via,
        askerId: origin.userId,
        isPrivate: origin.isPrivate,
        // Statistics and the Sources button show the question as it was understood.
        question: answer.resolvedQuestion ?? answer.question,
        abstained: answer.abstained,
        mode: answer.mode,
        citations: answer.citations.map(({ n, chunkId, docId, title, source, section, text }) => ({
          n,
          chunkId,
          docId,
          title,
          source,
          section,
          text,
        })),
      });
    } catch (error) {
      // The answer is still worth sending; only its buttons and statistics suffer.
      this.logger.error(
        { err: error, answerId: origin.answerId },
        'could not record the answer in the state store',
      );
    }
    return answer;
  }

  /** Links a message (e.g. the bot's answer) to a conversation, so a reply to it continues there. Never throws. */
  link(messageId: string, conversationId: string): void {
    try {
      this.state.linkMessage(messageId, conversationId, new Date());
    } catch (error) {
      this.logger.error({ err: error, messageId, conversationId }, 'could not link a message to its conversation');
    }
  }

  /** The conversation a message belongs to, if any. */
  conversationOfMessage(messageId: string): string | undefined {
    return this.state.conversationOfMessage(messageId);
  }

  /** Whether this is a thread the bot opened for follow-ups (its conversation is on record). */
  isConversationThread(conversationId: string): boolean {
    return this.state.loadConversation(conversationId) !== undefined;
  }
}
