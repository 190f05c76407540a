import { DISCORD_LIMITS } from './limits.js';

/**
 * Button custom ids carry everything a click needs besides the state store: the action and
 * the answer's id (the id of the interaction or message that asked). They survive restarts,
 * stay far below Discord's 100-character limit, and a version prefix lets the format change
 * without misreading old buttons.
 */
const PREFIX = 'aq1';

/** A vote: 1 for 👍, -1 for 👎. */
export type Vote = 1 | -1;

/** What a button click asks for. */
export type ButtonTarget =
  | { action: 'sources'; answerId: string }
  | { action: 'vote'; answerId: string; vote: Vote }
  | { action: 'follow'; answerId: string };

const ANSWER_ID = /^\d{1,25}$/;

/** The custom id of the Sources button of an answer. */
export function sourcesButtonId(answerId: string): string {
  return checked(`${PREFIX}:sources:${answerId}`, answerId);
}

/** The custom id of the Follow up button of an answer: opens (or points to) its thread. */
export function followUpButtonId(answerId: string): string {
  return checked(`${PREFIX}:follow:${answerId}`, answerId);
}

/** The custom id of a feedback button of an answer. */
export function voteButtonId(answerId: string, vote: Vote): string {
  return checked(`${PREFIX}:vote:${answerId}:${vote === 1 ? 'up' : 'down'}`, answerId);
}

function checked(customId: string, answerId: string): string {
  if (!ANSWER_ID.test(answerId) || customId.length > DISCORD_LIMITS.customId) {
    throw new Error(`answer id ${JSON.stringify(answerId)} cannot be put in a custom id`);
  }
  return customId;
}

/** Reads a custom id this bot made; undefined for anything else (old formats, other bots' ids). */
export function parseButtonId(customId: string): ButtonTarget | undefined {
  const [prefix, action, answerId, argument, ...extra] = customId.split(':');
  if (prefix !== PREFIX || answerId === undefined || !ANSWER_ID.test(answerId) || extra.length > 0)
    return undefined;
  if ((action === 'sources' || action === 'follow') && argument === undefined) return { action, answerId };
  if (action === 'vote' && (argument === 'up' || argument === 'down'))
    return { action, answerId, vote: argument === 'up' ? 1 : -1 };
  return undefined;
}
