import { isRoleWord } from '../answer/sentence-cues.js';

/** Nouns for a person, which a member may name one by ("the tass guy", "other diplomats"). */
const PERSON_NOUNS = new Set(['guy', 'man', 'woman', 'dude', 'lady', 'person', 'official', 'reporter', 'journalist', 'correspondent', 'spokesman', 'spokeswoman', 'spokesperson', 'negotiator', 'envoy', 'diplomat', 'boss', 'chief', 'head', 'leader']);

/**
 * Whether a (lower-case) noun names a person, in the singular or the plural: one of the nouns
 * above ("guy", "diplomats") or a role before a name ("minister", "officials").
 */
export function namesAPerson(word: string): boolean {
  const singular = word.endsWith('men') ? `${word.slice(0, -3)}man` : word.replace(/s$/, '');
  return [word, singular].some((form) => PERSON_NOUNS.has(form) || isRoleWord(form));
}
