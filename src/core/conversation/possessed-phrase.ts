/**
 * A question's noun phrase that opens with a possessive pronoun ("its proposal", "their demands",
 * "his remarks"): a thing later questions refer to ("how many demands were in it"). The pronoun
 * was left as asked because the question names its owner itself (see namesOwnerBefore in
 * reference-edits.ts), so the phrase is remembered with that owner written out: "Moscow's
 * proposal". It had been dropped as a pronoun, and "it" then fell on "Moscow".
 */
import { PRONOUNS, replacementFor } from './pronouns.js';
import { aliasKey, headOf } from './referent-names.js';
import type { Referent } from './types.js';

/**
 * The referent for a phrase as written (`phrase`, e.g. "its proposal"), given the referents the
 * question named before it, in order; undefined when the phrase does not open with a possessive
 * pronoun or has nothing after it. The owner is the last earlier referent the pronoun agrees
 * with; without one, the phrase is "the proposal".
 */
export function possessedReferent(phrase: string, plural: boolean, namedBefore: readonly Referent[], role: Referent['role']): Referent | undefined {
  const [pronoun = '', ...rest] = phrase.trim().split(/\s+/);
  const entry = PRONOUNS.get(pronoun.toLowerCase());
  // "her" before a noun is the possessive ("her remarks"), as the other forms are.
  const possessive = entry?.pronounCase === 'possessive' || pronoun.toLowerCase() === 'her';
  if (!entry || !possessive || rest.length === 0) return undefined;
  const possessed = rest.join(' ');
  const owner = [...namedBefore].reverse().find((referent) => ownedBy(referent, entry.pronounClass));
  const text = owner ? `${replacementFor(owner, 'possessive')} ${possessed}` : `the ${possessed}`;
  // "proposal" alone names it too: "what did russia say about the proposal".
  const aliases = [...new Set([aliasKey(text), aliasKey(possessed)])];
  return { text, kind: 'thing', plural, aliases, head: headOf(possessed), role, from: 'question', echoed: false };
}

/** Whether a possessive of this class can belong to a referent: "its" to a country or body, "their" to a plural or a body, "his"/"her" to a person. */
function ownedBy(referent: Referent, pronounClass: string): boolean {
  switch (pronounClass) {
    case 'neuter':
      return referent.kind === 'place' || referent.kind === 'organization';
    case 'plural':
      return referent.plural || referent.kind === 'organization' || referent.collective === true;
    default:
      return referent.kind === 'person';
  }
}
