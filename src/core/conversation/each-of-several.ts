/**
 * "each delegation", "every member": one of several, and what a later "they" or "them" means is
 * all of them. "how many people were on each delegation" … "who headed them" had become "who
 * headed the people", the only plural the question named; it is "who headed the delegations".
 */
import { tagger } from './tagger.js';

/** A phrase that picks each one of several: "each delegation", "every single member". */
const EACH = /^(?:each|every)\s+(?:single\s+)?(.+)$/i;

/** Words after "each" that name no thing: "each other", "each one". */
const NO_NOUN = new Set(['other', 'one', 'time']);

/** A noun's plural: the tagger's, else by the regular spelling rules ("side" → "sides", "party" → "parties"). */
function pluralOf(noun: string): string {
  const written = tagger()(`the ${noun}`).nouns().toPlural().text().replace(/^the\s+/i, '');
  if (written !== '' && written.toLowerCase() !== `the ${noun}`.toLowerCase() && written.toLowerCase() !== noun.toLowerCase()) return written;
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/**
 * The several things an "each" or "every" phrase picks from, as a plural phrase to put in place
 * of "they" or "them" ("each delegation" → "the delegations", "every russian diplomat" → "the
 * russian diplomats"); undefined for any other phrase.
 */
export function severalOf(phrase: string): string | undefined {
  const described = EACH.exec(phrase.trim())?.[1];
  if (described === undefined) return undefined;
  const words = described.split(/\s+/);
  const noun = words.pop() ?? '';
  // "each other", "each one" stand for no thing of their own; "each of the delegations" is already plural.
  if (noun === '' || NO_NOUN.has(noun.toLowerCase()) || words.some((word) => word.toLowerCase() === 'of')) return undefined;
  return ['the', ...words, pluralOf(noun)].join(' ');
}
