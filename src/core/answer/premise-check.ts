import { QUESTION_WORD_PATTERN } from '../text/question-words.js';
import { eitherOf, type ComposedAnswer } from './compose-answer.js';
import { isPlaceWord, typeSpans } from './sentence-cues.js';

/**
 * A claim or yes/no question whose name the article never mentions ("so the talks were held in
 * Vienna, right?", "was it in February?", "did Blinken lead the US team?") is answered "doesn't
 * say" for that name; but the article may say what stands in the name's place (Geneva, January,
 * Sherman). A member who remembered it wrong is better served by that than by a bare "doesn't
 * say". This module asks the question again with the name left open, as a question of its kind
 * ("where the talks were held"), and words the reply. Only for questions without a question word:
 * "what did Blinken say" asks about Blinken, and what someone else said answers nothing of it.
 */

/** Prepositions that tie a place or a time to its clause: they go with the name. */
const TIED_BY = '(?:in|at|on|to|from|by|during|near|inside|within)';

/** Where a name stood, while the question is edited. */
const GAP = '\u0000';

/** The question word for what a name is: a place, a time, or else someone. Undefined for a plain number. */
function questionWordFor(name: string): 'where' | 'when' | 'who' | undefined {
  if (typeSpans('when', name).length > 0) return 'when';
  const words = name.toLowerCase().split(/\s+/);
  if (isPlaceWord(name.toLowerCase()) || words.some(isPlaceWord)) return 'where';
  return /\p{L}/u.test(name) ? 'who' : undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The question asked again with its unmentioned names left open, or undefined: when it holds a
 * question word, when a name is not found as written, is a plain number, or the names are of
 * different kinds. "the talks were held in Vienna?" → "where the talks were held?"; "was it the
 * Poles and the Balts?" → "who was it?".
 */
export function premiseQuestion(question: string, unmentioned: readonly string[]): string | undefined {
  if (unmentioned.length === 0 || QUESTION_WORD_PATTERN.test(question)) return undefined;
  const kinds = new Set(unmentioned.map(questionWordFor));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return undefined;
  let edited = question;
  for (const name of unmentioned) {
    const pattern = new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?:['’]s)?(?![\\p{L}\\d])`, 'iu');
    if (!pattern.test(edited)) return undefined;
    edited = edited.replace(pattern, GAP);
  }
  // The names with their preposition and article, and the "and" or "or" between two of them.
  const named = new RegExp(`(?:\\b${TIED_BY}\\s+)?(?:the\\s+)?${GAP}(?:\\s*(?:,|\\band\\b|\\bor\\b)\\s*(?:the\\s+)?${GAP})*`, 'giu');
  const open = edited.replace(named, ' ').replace(/\s+([,?!.])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  if (!/\p{L}/u.test(open)) return undefined;
  return `${kind} ${open.charAt(0).toLowerCase()}${open.slice(1)}`;
}

/**
 * The reply that says the name is never mentioned and quotes what the article says in its place:
 * "The article never mentions Vienna. What it says: On January 10, 2022, the US and Russia will
 * meet in the first phase in Geneva. [1]". The quoted answer's highlights move with its text.
 */
export function correctedPremiseAnswer(unmentioned: readonly string[], answered: ComposedAnswer): ComposedAnswer {
  const opening = `The article never mentions ${eitherOf(unmentioned)}. What it says: `;
  return {
    answer: `${opening}${answered.answer}`,
    citations: answered.citations,
    highlights: answered.highlights.map((highlight) => ({ start: highlight.start + opening.length, end: highlight.end + opening.length })),
  };
}
