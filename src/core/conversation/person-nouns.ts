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

/** Nouns for a person that say whether the pronoun is "he" or "she". */
const GENDERED: Readonly<Record<string, 'male' | 'female'>> = { guy: 'male', man: 'male', dude: 'male', spokesman: 'male', gentleman: 'male', woman: 'female', lady: 'female', spokeswoman: 'female' };

/** The gender a noun for a person tells ("woman", "guy", "spokesman"), if it tells one. */
export function genderOfPersonNoun(noun: string): 'male' | 'female' | undefined {
  return Object.hasOwn(GENDERED, noun) ? GENDERED[noun] : undefined;
}

/** Prepositions that end a phrase's own words: "the russian guy in charge" is a guy. */
const PREPOSITION = /\s(?:in|of|from|at|for|with|on|behind|who|that)\s/i;

/**
 * For a singular phrase whose own noun names a person ("the russian guy", "the russian guy in
 * charge", "the american lady"): that noun, and the gender it tells; undefined otherwise. A member
 * who asked "who was the russian guy in charge" and heard "doesn't say" still means him by "he".
 */
export function personPhrase(text: string): { noun: string; gender?: 'male' | 'female' } | undefined {
  // A description has its article ("the russian guy"); a bare noun may be chat's word for a manner ("so diplomat").
  if (!/^(?:the|a|an|that|this)\s/i.test(text.trim())) return undefined;
  const own = text.split(PREPOSITION)[0] ?? text;
  const noun = (own.trim().split(/\s+/).pop() ?? '').toLowerCase();
  if (noun === '' || /s$/.test(noun) || noun.endsWith('men') || !namesAPerson(noun)) return undefined;
  const gender = genderOfPersonNoun(noun);
  return gender ? { noun, gender } : { noun };
}
