import type { Answer } from '../../core/answer/types.js';
import type { QaEngine } from '../../core/engine.js';
import type { AnswerProgress } from '../../core/generation/generated-answerer.js';
import { UserError } from '../../core/errors.js';
import type { Logger } from '../../logging/logger.js';
import type { RateLimiter } from './load/rate-limiter.js';
import type { ReadQuestion } from './mentions.js';
import type { WorkQueue } from './load/work-queue.js';
import type { QuestionChannel, StateStore } from './state/state-store.js';

/** The parts of the engine the bot uses; tests may pass the real engine or a small stand-in. */
export type BotEngine = Pick<
  QaEngine,
  'ask' | 'validate' | 'summarize' | 'sections' | 'answerMode' | 'index'
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
 * The one path every question takes, from a slash command, a mention or a DM: checked and
 * rate-limited at once (so the reply to a bad request is immediate and private), then answered
 * under the global concurrency limit, then recorded for buttons and statistics.
 */
export class QuestionService {
  constructor(
    private readonly engine: BotEngine,
    private readonly state: StateStore,
    private readonly rateLimiter: RateLimiter,
    private readonly queue: WorkQueue,
    private readonly logger: Logger,
    /** The engine each server answers from (its own articles and the shared ones); `engine` for all when unset. */
    private readonly scopes?: { forGuild(guildId: string | null): BotEngine },
  ) {}

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
    return { text, shown: typeof question === 'string' || read.shown === '' ? text : read.shown };
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
   * Answers an admitted question and records it; `progress` follows a generated answer as it is
   * written. The answer carries the question as the member sees it.
   */
  async answer(
    question: AdmittedQuestion,
    origin: QuestionOrigin,
    progress: AnswerProgress = {},
  ): Promise<Answer> {
    const engine = this.scopes?.forGuild(origin.guildId) ?? this.engine;
    const answered = await this.queue.run(() => engine.ask(question.text, progress));
    const answer = { ...answered, question: question.shown };
    try {
      this.state.recordAnswer({
        answerId: origin.answerId,
        askedAt: new Date(),
        guildId: origin.guildId,
        via: origin.via,
        askerId: origin.userId,
        isPrivate: origin.isPrivate,
        question: answer.question,
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
}
