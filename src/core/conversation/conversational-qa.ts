import type { Answer } from '../answer/types.js';
import { buildTurn } from './build-turn.js';
import { withPossessives, type WordLookup } from './chat-possessives.js';
import type { ConversationalQaOptions, ConversationAnswer, ConversationAskOptions, ConversationEngine } from './conversational-types.js';
import { KeyedQueue } from './keyed-queue.js';
import { inReadableCase } from './question-case.js';
import { exchangesForModel } from './model-context.js';
import { readInContext } from './read-in-context.js';
import { retrievalPrior } from './retrieval-prior.js';
import { loadTagger } from './text-analysis.js';
import { questionType } from '../answer/question-type.js';
import { quotedLines } from '../intent/quoted-lines.js';
import {
  DEFAULT_CONVERSATION_LIMITS,
  type Conversation,
  type ConversationLimits,
  type ConversationStore,
  type ConversationTurn,
} from './types.js';

/**
 * Answers questions inside conversations: each question is read in the context of the
 * conversation's recent turns (see resolveFollowUp), answered by the engine with the previous
 * answers' passages as a retrieval prior, and remembered as a new turn. Questions to the same
 * conversation are answered one at a time, in order; different conversations run in parallel.
 */
export class ConversationalQa {
  private readonly queue = new KeyedQueue();
  private readonly limits: ConversationLimits;
  private readonly now: () => number;

  constructor(
    private readonly engine: ConversationEngine,
    private readonly store: ConversationStore,
    private readonly options: ConversationalQaOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_CONVERSATION_LIMITS;
    this.now = options.now ?? Date.now;
  }

  /** Answers `question` in conversation `id` (created on first use). Throws a UserError for a bad question. */
  ask(id: string, question: string, options: ConversationAskOptions = {}): Promise<ConversationAnswer> {
    return this.queue.run(id, () => this.answer(id, question, options));
  }

  /** The turns a new question in this conversation is read against (none after a long silence). */
  async context(id: string, keepWhenIdle = false): Promise<Conversation | undefined> {
    const conversation = await this.store.load(id);
    if (!conversation) return undefined;
    if (!keepWhenIdle && this.now() - conversation.updatedAt > this.limits.idleMs)
      return { ...conversation, turns: [] };
    return conversation;
  }

  /**
   * Starts conversation `id` with the turns of another (a thread opened on an answer continues
   * the answer's conversation). Does nothing when `id` exists already, so pressing Follow up twice
   * never wipes a thread's questions.
   */
  fork(fromId: string | undefined, id: string): Promise<void> {
    return this.queue.run(id, async () => {
      if (await this.store.load(id)) return;
      const source = fromId === undefined ? undefined : await this.store.load(fromId);
      await this.store.save({ id, turns: source?.turns ?? [], updatedAt: this.now() });
    });
  }

  /**
   * Starts conversation `id` afresh: the questions asked in it so far are forgotten, and the next
   * one is read on its own (`:new` in `chat --json`). Waits for questions already queued for it.
   */
  restart(id: string): Promise<void> {
    return this.queue.run(id, () => this.store.save({ id, turns: [], updatedAt: this.now() }));
  }

  private async remember(
    id: string,
    turns: readonly ConversationTurn[],
    turn: ConversationTurn,
  ): Promise<void> {
    try {
      await this.store.save({
        id,
        turns: [...turns, turn].slice(-this.limits.maxTurns),
        updatedAt: turn.askedAt,
      });
    } catch (error) {
      // The answer is still worth giving; only the next follow-up loses this turn.
      this.options.logger?.error({ err: error, conversation: id }, 'could not save the conversation');
    }
  }

  private async answer(
    id: string,
    question: string,
    options: ConversationAskOptions,
  ): Promise<ConversationAnswer> {
    const engine = options.engine ?? this.engine;
    const clean = engine.validate(question);
    await loadTagger();
    // "russias" is read as "russia's", "reuters" as the word it is: the engine knows which is a word.
    const lookUp: WordLookup = (word) => engine.knownWord(word);
    // A question shouted in capitals is read in lower case, as the tagger can read it, and its
    // typing slips mended, so the rules see the words meant: "where was that reportd" asks where
    // the last answer's words were reported.
    const read = withPossessives(inReadableCase(engine.mendSlips(clean)), lookUp);
    const conversation = await this.context(id, options.keepWhenIdle);
    const turns = conversation?.turns ?? [];
    // Small talk, a summary reshaped ("in 3 bullet points") or a follow-up the rules resolve.
    const quotation = quotedLines(question) !== undefined;
    const resolution = readInContext(engine, clean, read, turns, quotation);
    // A correction says the last answer was about something else: no prior towards its passages.
    const prior = resolution.corrects ? new Map<string, number>() : retrievalPrior(turns, resolution.dependence);
    // A language model, when one is configured, reads a follow-up as written against the
    // exchanges before it; a question that stands alone is shown no context to be bent by.
    const earlier = resolution.dependence === 'standalone' ? [] : exchangesForModel(turns);
    // A question the context left as it was is asked as typed: the engine puts back apostrophes
    // by its own rule, as it does for `ask`.
    // A message that quotes a line ("> …") and asks about it is asked with its lines, so the
    // engine reads the quotation as the question's context (intent/quoted-lines.ts).
    const asking = quotation ? question : resolution.text === read ? clean : resolution.text;
    const ask = (alreadyShown: readonly string[] | undefined): Promise<Answer> =>
      engine.ask(asking, options.progress ?? {}, {
        ...(prior.size > 0 ? { retrievalPrior: prior } : {}),
        ...(alreadyShown ? { alreadyShown } : {}),
        ...(earlier.length > 0 ? { conversation: { asked: clean, earlier } } : {}),
      });
    const asked = await ask(resolution.alreadyShown);
    let answer = asked;
    // (A "why?" is asked once: the engine itself falls back to the sentences shown, within one retrieval.)
    if (resolution.alreadyShown?.length && asked.abstained && !asksWhy(resolution.text)) {
      // After "tell me more", "doesn't say" would deny what was just answered: nothing more is what
      // is true. "what else did he say" is a question of its own, and "nothing more" would claim
      // too much when only the bar stopped the rest: it is answered as asked.
      answer = resolution.rules.includes('more') ? nothingMore(asked) : await ask(undefined);
    }
    if (resolution.ownVoice && !answer.abstained) answer = inOwnVoice(answer);
    if (options.record ?? true)
      await this.remember(
        id,
        turns,
        buildTurn(
          {
            question: clean,
            // A mended slip ("russain") is what later turns rewrite, as the small print showed it,
            // read as this question was: in lower case if shouted, with its possessives.
            resolvedQuestion: withPossessives(inReadableCase(answer.correctedQuestion ?? answer.question), lookUp),
            answer,
            askedAt: this.now(),
            antecedents: resolution.antecedents,
          },
          turns,
        ),
      );
    this.options.logger?.debug(
      { conversation: id, dependence: resolution.dependence, rules: resolution.rules },
      'follow-up resolved',
    );
    const { question: resolvedQuestion, ...rest } = answer;
    return {
      conversation: id,
      question: clean,
      ...(resolvedQuestion !== clean ? { resolvedQuestion } : {}),
      ...rest,
    };
  }
}

/** Whether a question asks why (the engine answers a "why?" after an answer within one retrieval). */
const asksWhy = (question: string): boolean => questionType(question) === 'why';

/** The reply to "tell me more" when the article holds nothing beyond what was already said. */
export const NOTHING_MORE = 'That is all the article says about it.';

function nothingMore(answer: Answer): Answer {
  return { ...answer, answer: NOTHING_MORE, citations: [], highlights: [] };
}

/** What "says who?" is told before the answer again, when no one in the answer is reported to have said it. */
export const OWN_VOICE = 'The article says this itself, without naming a source:';

/** The answer after {@link OWN_VOICE}, its bold moved with it. */
function inOwnVoice(answer: Answer): Answer {
  const shift = OWN_VOICE.length + 1;
  return { ...answer, answer: `${OWN_VOICE} ${answer.answer}`, highlights: answer.highlights.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift })) };
}
