/**
 * "which countries does russia not want in nato" … "what about moldova?": the fragment names one
 * of the kind the question asked for, so it asks whether that one is among them — "does russia not
 * want moldova in nato" — not the question with Moldova put in Russia's place.
 */
import { conjugate } from './conjugation.js';
import { questionParts } from './question-parts.js';
import type { ReferentKind } from './types.js';

/** Plural nouns a which-question asks for, by the kind of name that can be one of them. */
const KIND_OF_NOUN = new Map<string, ReferentKind>([
  ...['countries', 'nations', 'states', 'cities', 'places', 'regions'].map((noun): [string, ReferentKind] => [noun, 'place']),
  ...['organisations', 'organizations', 'groups', 'bodies', 'alliances', 'agencies', 'outlets', 'institutions'].map((noun): [string, ReferentKind] => [noun, 'organization']),
  ...['people', 'officials', 'leaders', 'diplomats', 'ministers', 'negotiators', 'politicians'].map((noun): [string, ReferentKind] => [noun, 'person']),
]);

/**
 * The previous question asked as a yes/no question about `name`, when it asked "which <plural
 * noun> …" of `name`'s kind: "which countries does russia not want in nato" + "moldova" → "does
 * russia not want moldova in nato"; "which countries attended the talks" + "france" → "did france
 * attend the talks". Undefined for other questions, or a name of another kind.
 */
export function askedWhetherOne(previousQuestion: string, name: string, kind: ReferentKind): string | undefined {
  const parts = questionParts(previousQuestion);
  if (!/^(?:which|what)$/i.test(parts.wh)) return undefined;
  const noun = parts.asked.toLowerCase().split(/\s+/).pop() ?? '';
  if (KIND_OF_NOUN.get(noun) !== kind) return undefined;
  if (parts.shape === 'inverted' && parts.subject !== '' && parts.verb !== '')
    return [parts.auxiliary, parts.subject, parts.verb, name, parts.rest].filter((part) => part !== '').join(' ');
  if (parts.shape === 'subject' && parts.verb !== '') {
    const verb = parts.verb.toLowerCase();
    const tense = parts.verbPast || /ed$/.test(verb) ? 'did' : 'does';
    return [tense, name, conjugate(verb, 'Infinitive'), parts.rest].filter((part) => part !== '').join(' ');
  }
  return undefined;
}
