import type { Intent } from '../answer/types.js';

/** What a referent is, as far as pronouns care: "he"/"she" need a person, "it" a non-person. */
export type ReferentKind = 'person' | 'place' | 'organization' | 'thing';

/** A person's grammatical gender when a first name or title tells it. */
export type Gender = 'male' | 'female';

/**
 * Something a later question can point back to: a named entity or a noun phrase from a turn's
 * question or answer ("Sergei Ryabkov", "the kremlin's demands", "the first meeting").
 */
export interface Referent {
  /** The words to put in place of a pronoun, as they should read. */
  text: string;
  kind: ReferentKind;
  plural: boolean;
  /** A country or region (not a city), spoken of as its people or government: "they" can stand for it. */
  collective?: boolean;
  gender?: Gender;
  /** Lower-case forms a question may use for it ("ryabkov", "sergei ryabkov"). */
  aliases: string[];
  /** Its head noun, lower case ("meeting" for "the first meeting"): "this meeting" finds it. */
  head: string;
  /**
   * Its part in the turn: `focus` answers the question (the person a who-question asked for),
   * `topic` is what the question was about, `mention` is anything else named.
   */
  role: 'focus' | 'topic' | 'mention';
  /** Where in the turn it was found. */
  from: 'question' | 'answer';
  /** Named in the question and taken up by the answer: what the exchange was about. */
  echoed: boolean;
  /**
   * The subject of its question's verb ("moscow" in "when did moscow send its proposal"): who
   * acted there. A later "it" that does not act itself means what was acted on, not the actor.
   */
  actor?: boolean;
  /** The one a who-question asked for (its answer's first person, else its first country or body): "they" after it. */
  answersWho?: boolean;
}

/** One question and its answer, as the conversation remembers them. */
export interface ConversationTurn {
  /** The question as asked. */
  question: string;
  /** The question as answered, after follow-up resolution (the same when it stood alone). */
  resolvedQuestion: string;
  /** What the engine took the question for (a question, a summary request, small talk); absent in turns saved before intents. */
  intent?: Intent;
  /** The answer's sentences, without [n] markers. */
  answerSentences: string[];
  abstained: boolean;
  /** Ids of the passages the answer cited (none when it abstained). */
  passageIds: string[];
  /** What later questions can refer to, most salient first. */
  referents: Referent[];
  /** An enumeration in the answer ("the three demands are …"), for "the second one". */
  items: string[];
  /** Epoch milliseconds. */
  askedAt: number;
}

/** A conversation: an id and its most recent turns, oldest first. */
export interface Conversation {
  id: string;
  turns: ConversationTurn[];
  /** Epoch milliseconds of the last turn (or of its creation). */
  updatedAt: number;
}

/**
 * Where conversations are kept between questions. The CLI keeps them in memory; the bot keeps
 * them in its state store, so a restart (or another shard sharing the database) sees them.
 */
export interface ConversationStore {
  load(id: string): Promise<Conversation | undefined>;
  save(conversation: Conversation): Promise<void>;
}

/** How much context a conversation keeps. */
export interface ConversationLimits {
  /** Turns kept; older ones are forgotten (default 6). */
  maxTurns: number;
  /** After this long without a question, the context is forgotten (default 30 minutes). */
  idleMs: number;
}

export const DEFAULT_CONVERSATION_LIMITS: ConversationLimits = { maxTurns: 6, idleMs: 30 * 60 * 1000 };
