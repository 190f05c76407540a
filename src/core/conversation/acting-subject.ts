/**
 * Who acts in a question, when the tagger could not say it was a person: "what did ryabkov say"
 * (compromise knows no "ryabkov" and calls it a common noun). The subject of a verb of saying,
 * wanting or deciding is someone, whatever its tags.
 */
import { questionParts } from './question-parts.js';
import { analyseText } from './text-analysis.js';
import { ACTING_VERBS, isVerbOf } from './verb-classes.js';
import { findWords } from '../text/whole-words.js';

/** Words that open a phrase naming a thing or a group, not someone by name ("the council", "their envoy"). */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any)$/i;
/** Pronouns are resolved on their own; they are not the name a fragment replaces. */
const PRONOUN = /^(?:he|she|it|they|we|you|i|him|her|them|us|me)$/i;

/**
 * Where in `question` (as written) the subject of its acting verb is, when that subject is one or
 * two words with no determiner and no pronoun: a name the tagger did not type ("ryabkov",
 * "jens stoltenberg"). Undefined otherwise.
 */
export function actingSubject(question: string): { start: number; end: number } | undefined {
  const parts = questionParts(question);
  if (parts.shape !== 'inverted' || parts.subject === '' || !isVerbOf(ACTING_VERBS, parts.verb.toLowerCase())) return undefined;
  const tokens = analyseText(parts.subject).tokens;
  if (tokens.length === 0 || tokens.length > 2 || tokens.some((token) => DETERMINER.test(token.lower) || PRONOUN.test(token.lower) || !token.tags.has('Noun'))) return undefined;
  return findWords(question, parts.subject);
}
