import type { Gender } from './types.js';
import type { Token, TokenSpan } from './text-analysis.js';

/*
 * Clues to names beyond the tagger's own, for text-analysis.ts: the gender a title tells, an
 * acronym or a capitalised word doing something, and a comma inside a name.
 */

const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'lady', 'queen', 'princess', 'duchess']);
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke']);
/** Two to six capitals, as a whole word: "OSCE", "NATO". */
export const ACRONYM = /^\p{Lu}{2,6}$/u;
/** One capital, then small letters: "Stoltenberg". */
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

/** The gender a person's name or title tells, if any. */
export function genderOf(tokens: readonly Token[]): Gender | undefined {
  for (const token of tokens) {
    if (token.tags.has('FemaleName') || FEMALE_TITLES.has(token.lower.replace(/\.$/, ''))) return 'female';
    if (token.tags.has('MaleName') || MALE_TITLES.has(token.lower.replace(/\.$/, ''))) return 'male';
  }
  return undefined;
}

/**
 * A capitalised word the tagger gave no type, inside a sentence and not after an article, that a
 * verb follows: in the news, a person doing something ("Stoltenberg did", "Landdale said"), where
 * "the Kremlin put forward" is a body and "There are" opens a sentence.
 */
export function actsUnnamed(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (!token || !after || !CAPITALISED.test(token.text)) return false;
  // Opening a sentence, every word is capitalised: only a lone singular noun the tagger could not
  // type, then a verb of saying ("Ryabkov said …"), is someone ("There are", "Officials said" are not).
  if (!before) return isUntypedSingular(token) && SPEAKING.test(after.lower);
  if (/^(?:the|a|an|this|that|these|those)$/.test(before.lower) || !after.tags.has('Verb')) return false;
  return !token.tags.has('Place') && !token.tags.has('Organization') && !token.tags.has('Demonym');
}

/** Verbs of saying in the past or present, after a name that opens a news sentence. */
const SPEAKING = /^(?:said|says|told|tells|insisted|insists|added|adds|warned|warns|stressed|stresses|argued|argues|claimed|claims|noted|notes)$/;

/** A singular noun and nothing else the tagger knows of: no determiner, pronoun, adverb, place or body. */
function isUntypedSingular(token: Token): boolean {
  const other = ['Plural', 'Determiner', 'Pronoun', 'Adverb', 'Conjunction', 'Preposition', 'There', 'Place', 'Organization', 'Demonym', 'Adjective', 'Verb'];
  return token.tags.has('Singular') && !other.some((tag) => token.tags.has(tag));
}

/** A name span cut where a comma falls inside it: "Moscow, Ukraine or Georgia" names two places, not one. */
export function splitAtCommas<T extends TokenSpan>(span: T, tokens: readonly Token[], text: string): T[] {
  const parts: T[] = [];
  let first = span.first;
  for (let index = span.first; index < span.last; index += 1) {
    if (text.slice(tokens[index]?.end ?? 0, tokens[index + 1]?.start ?? 0).includes(',')) {
      parts.push({ ...span, first, last: index });
      first = index + 1;
    }
  }
  parts.push({ ...span, first, last: span.last });
  return parts;
}
