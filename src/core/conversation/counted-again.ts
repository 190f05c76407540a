/**
 * "how many?" or "how much?" alone asks to count what the last question was about, so the noun
 * counted goes with it: "where did russia put its troops" … "how many" → "how many troops did
 * russia put" (it had become "how many did russia put its troops").
 */
import { conjugate } from './conjugation.js';
import { type QuestionParts } from './question-parts.js';
import { words } from './question-form.js';
import { analyseText } from './text-analysis.js';

/** Words before a noun that counting replaces: "its troops" → "troops". */
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|your|my|these|those|this|that|some|any)\s+/i;

/** The words of a noun phrase without its determiner or possessive pronoun. */
const counted = (phrase: string): string => phrase.replace(DETERMINERS, '');

/** The first plural noun phrase of a text, as written, with where it starts and ends. */
function pluralPhrase(text: string): { text: string; start: number; end: number } | undefined {
  const analysis = analyseText(text);
  // The tagger calls "troops" uncountable: a head in "-s" counts as plural too.
  const plural = (last: number): boolean => {
    const head = analysis.tokens[last];
    return head !== undefined && (head.tags.has('Plural') || (/[^s]s$/.test(head.lower) && !head.tags.has('ProperNoun')));
  };
  const phrase = analysis.nounPhrases.find((item) => item.plural || plural(item.last));
  const first = phrase ? analysis.tokens[phrase.first] : undefined;
  const last = phrase ? analysis.tokens[phrase.last] : undefined;
  if (!first || !last) return undefined;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/**
 * The last question asked again with "how many" or "how much" and the noun it counts: the noun
 * the question asked about ("what sanctions did the us threaten" → "how many sanctions did the US
 * threaten"), else a plural after its verb ("where did russia put its troops" → "how many troops
 * did russia put"), else its plural subject ("when did the talks start" → "how many talks
 * started"). Undefined when there is nothing plural to count.
 */
export function countedAgain(parts: QuestionParts, wh: string): string | undefined {
  if (parts.shape !== 'inverted' && parts.shape !== 'copula') return undefined;
  if (parts.asked !== '') {
    const noun = counted(parts.asked);
    return parts.shape === 'inverted' ? words(wh, noun, parts.auxiliary, parts.subject, parts.verb, parts.rest) : words(wh, noun, parts.auxiliary, parts.subject);
  }
  if (parts.shape !== 'inverted' || parts.verb === '') return undefined;
  const object = pluralPhrase(parts.rest);
  if (object) {
    const rest = `${parts.rest.slice(0, object.start)} ${parts.rest.slice(object.end)}`.replace(/\s+/g, ' ').trim();
    return words(wh, counted(object.text), parts.auxiliary, parts.subject, parts.verb, rest);
  }
  const subject = pluralPhrase(parts.subject);
  if (!subject || subject.start !== 0 || subject.end !== parts.subject.length) return undefined;
  // The subject asked about takes the tense "did" or "do" carried ("how many talks started").
  const auxiliary = parts.auxiliary.toLowerCase();
  const verb = auxiliary === 'did' ? conjugate(parts.verb, 'PastTense') : auxiliary === 'do' ? parts.verb : words(parts.auxiliary, parts.verb);
  return words(wh, counted(subject.text), verb, parts.rest);
}
