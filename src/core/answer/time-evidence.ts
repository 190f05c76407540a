import { cueSpans } from './sentence-cues.js';

/**
 * A question that opens by asking when: "when …", "since when …", "at what time …", "what year
 * …", "on which day …". Not "who was the leader when the Franks came", which asks who.
 */
const ASKS_WHEN =
  /^(?:(?:since|until|till|from|by|at|on|in|during)\s+)?(?:when\b|(?:what|which)\s+(?:year|date|day|time|month|century|decade|era|period|season|hour)s?\b)/i;

/**
 * Anything that says something about time: a number, or a word of time, order or span. Meant to
 * be generous: a when-question is left to the answer model whenever its sentence could place
 * something in time ("began about 13,000 BP", "at the end of World War I", "by the time of the
 * Miocene", "shortly before 08:00").
 */
const TIME_WORD =
  /\d|\b(?:today|tonight|yesterday|tomorrow|now|nowadays|recent(?:ly)?|current(?:ly)?|present(?:ly)?|soon|later?|earl(?:y|ier)|formerly|ago|since|until|till|during|before|after|while|when|whenever|once|then|meanwhile|already|still|yet|eventually|finally|initially|era|epoch|ages?|period|centur(?:y|ies)|decades?|years?|yr|months?|weeks?|days?|hours?|minutes?|morning|afternoon|evening|night|dawn|dusk|noon|midnight|spring|summer|autumn|fall|winter|seasons?|times?|dates?|dated|annual(?:ly)?|daily|weekly|monthly|yearly|first|last|next|previous|former|begin|began|begun|beginning|start|started|end|ended|ending|century|BC|BCE|AD|CE|BP)\b/i;

/** Another question word later on: "When the Rhine leaves the lake, which way does it flow?" asks which way. */
const OTHER_QUESTION_WORD = /\b(?:what|which|who|whom|whose|where|why|how)\b/i;

/** Whether a question asks when (see {@link ASKS_WHEN}), read without the words that frame it. */
export function asksWhen(question: string): boolean {
  const text = question.trim();
  const opening = ASKS_WHEN.exec(text);
  return opening !== null && !OTHER_QUESTION_WORD.test(text.slice(opening[0].length));
}

/**
 * Whether a sentence says anything about time: a date, a time, a number, or a word of time. A
 * when-question whose best sentence says nothing of the kind is not answered by it, however much
 * else the two share ("when will russia meet with the osce" is not answered by "The second and
 * third stage of the meeting will involve Russia with NATO and Russia with the OSCE").
 */
export function saysWhen(sentence: string, question: string): boolean {
  return TIME_WORD.test(sentence) || cueSpans('when', sentence, question).length > 0;
}
