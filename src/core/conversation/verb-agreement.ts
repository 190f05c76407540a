/**
 * A verb that agreed with "they" agrees with the one name put in its place: "why do they care" →
 * "why does the US care", "are they still talking" → "is Russia still talking", "what if they
 * attack" → "what if Russia attacks". The rewritten question is shown to the user, and "do the US
 * care" does not read as English.
 */
import { conjugate } from './conjugation.js';
import { AUXILIARIES } from './question-form.js';
import type { Edit } from './reference-edits.js';
import type { TextAnalysis, Token } from './text-analysis.js';
import type { Referent } from './types.js';

/** The singular of the helping verbs that change with their subject's number. */
const SINGULAR = new Map([
  ['do', 'does'],
  ['are', 'is'],
  ['were', 'was'],
  ['have', 'has'],
]);

/** The singular of a helping verb that changes with its subject's number ("do" → "does"), if it is one. */
export function singularOf(word: string): string | undefined {
  const singular = SINGULAR.get(word.toLowerCase());
  return singular === undefined ? undefined : withCaseOf(word, singular);
}

/** `word` with `original`'s capital first letter, if it has one. */
function withCaseOf(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * The edits that make the verb of a "they" at `index` singular, when the pronoun became one
 * singular name (`referent`, written `replacement`): the helping verb before it in a question
 * ("do they"), or the one after it ("if they do attack"), or a present-tense verb straight after
 * it ("if they attack"). None when the pronoun is not "they" or the name stands for many.
 */
export function agreementEdits(analysis: TextAnalysis, index: number, replacement: string, referent: Referent | undefined): Edit[] {
  const { tokens } = analysis;
  if (tokens[index]?.lower !== 'they' || !referent || referent.plural || /\band\b/i.test(replacement)) return [];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  const singularBefore = before ? SINGULAR.get(before.lower) : undefined;
  if (before && singularBefore) return [edit(before, singularBefore)];
  // A helping verb before the pronoun ("would they attack", "will not they move", as "won't they
  // move" is opened) keeps the verb after it bare.
  const helper = before?.lower === 'not' ? tokens[index - 2] : before;
  if (!after || (helper && AUXILIARIES.has(helper.lower))) return [];
  const singularAfter = SINGULAR.get(after.lower);
  if (singularAfter) return [edit(after, singularAfter)];
  if (!isBarePresent(after)) return [];
  const present = conjugate(after.lower, 'PresentTense');
  return present !== after.lower && present.endsWith('s') ? [edit(after, present)] : [];
}

/** A verb in its bare present form ("attack", "want"), not a helping verb, a past form or an -ing form. */
function isBarePresent(token: Token): boolean {
  return (
    token.tags.has('Verb') &&
    !AUXILIARIES.has(token.lower) &&
    !token.tags.has('PastTense') &&
    !token.tags.has('Gerund') &&
    !token.tags.has('Modal') &&
    !token.lower.endsWith('s')
  );
}

/** The token's word replaced by `word`, keeping a capital first letter. */
function edit(token: Token, word: string): Edit {
  return { start: token.start, end: token.end, replacement: withCaseOf(token.text, word), rule: 'pronoun' };
}
