/**
 * How much of the previous question a fragment replaces, past the word of its class that
 * resolve-fragment.ts finds: the whole noun phrase a name only described, and a phrase's own
 * "about …" when the fragment brings one.
 */
import { AUXILIARIES, mainVerbIndex, whPhraseLength } from './question-form.js';
import type { TextAnalysis } from './text-analysis.js';

/** A stretch of the previous question, by character offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The noun phrase of the previous question that a name found there only describes ("some US
 * officials", "the US delegation"): a name asked with its own article ("and the bbc?") cannot
 * describe a noun, so it takes the whole phrase's place ("what do some the bbc officials think"
 * read as no English). Undefined when the name is the phrase's head or a possessive ("the US's plans").
 */
export function describedPhrase(previous: TextAnalysis, found: Span): (Span & { plural: boolean }) | undefined {
  const phrase = previous.nounPhrases.find((item) => (previous.tokens[item.first]?.start ?? 0) <= found.start && (previous.tokens[item.last]?.end ?? 0) > found.end);
  const first = phrase ? previous.tokens[phrase.first] : undefined;
  const last = phrase ? previous.tokens[phrase.last] : undefined;
  if (!phrase || !first || !last || /^[’']s\b/.test(previous.text.slice(found.end))) return undefined;
  // A word of nationality describes a noun as a name does not: "the russian delegation" … "and the
  // US?" is "the US delegation".
  if (previous.tokens.find((token) => token.start === found.start)?.tags.has('Demonym')) return undefined;
  // "what did the associated press report": the tagger's phrase runs on into the question's verb.
  const skip = whPhraseLength(previous);
  const verb = AUXILIARIES.has(previous.tokens[skip]?.lower ?? '') ? mainVerbIndex(previous, skip) : -1;
  if (verb >= 0 && verb <= phrase.last && (previous.tokens[verb]?.start ?? 0) >= found.end) return undefined;
  // "many US diplomats": the tagger leaves a quantifier before the phrase out of it.
  const quantifier = previous.tokens[phrase.first - 1];
  const start = quantifier && (quantifier.tags.has('Determiner') || QUANTIFIERS.has(quantifier.lower)) ? quantifier.start : first.start;
  return { start, end: last.end, plural: phrase.plural };
}

/** Words of quantity that open a noun phrase ("many officials", "several diplomats"). */
const QUANTIFIERS = new Set(['many', 'some', 'few', 'several', 'most', 'all', 'both', 'two', 'three']);

/** A phrase's span with the prepositional phrase straight after it ("sherman's quote" + "about the open door"), if there is one. */
export function withModifier(previous: TextAnalysis, found: Span): Span {
  const next = previous.tokens.findIndex((token) => token.start >= found.end);
  if (next < 0 || !previous.tokens[next]?.tags.has('Preposition')) return found;
  const object = previous.nounPhrases.find((phrase) => phrase.first === next + 1);
  const end = object ? previous.tokens[object.last]?.end : undefined;
  return end === undefined ? found : { start: found.start, end };
}
