/**
 * "it" for what is going on with a plural the exchange was about: "why are the europeans nervous
 * about the troops" (answered "… the stalemate over the buildup of Russian troops …") … "how could
 * it end badly". "it" cannot be the troops, which are plural; it is what the answer made of them,
 * a singular noun with the plural after "of": "the buildup of Russian troops".
 */
import { normalizeTerm, stem } from '../text/terms.js';
import { thingReferent } from './referent-names.js';
import { analyseText, type Token } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';

/** Words that may stand between "of" and the plural: "the buildup of Russian troops", "of severe sanctions". */
const describes = (token: Token): boolean => token.tags.has('Adjective') || token.tags.has('Demonym') || token.lower === 'the';
/** At most this many of them: a longer run is no single phrase. */
const MOST_DESCRIBING_WORDS = 2;

/** Whether a token is a singular common noun: "buildup", "deployment" (not "Russia", nor "it"). */
const singularNoun = (token: Token | undefined): boolean =>
  token !== undefined && token.tags.has('Noun') && !token.tags.has('Plural') && !token.tags.has('ProperNoun') && !token.tags.has('Pronoun');

/**
 * The first phrase of a turn's answer that is a singular noun "of" a plural its question named
 * ("the buildup of Russian troops" for "the troops"), as a thing "it" can stand for; undefined when
 * the question named no plural thing or the answer wrote no such phrase.
 */
export function processOfPlural(turn: ConversationTurn): Referent | undefined {
  const heads = new Set(turn.referents.filter((referent) => referent.from === 'question' && referent.kind === 'thing' && referent.plural).map((referent) => referent.head));
  if (heads.size === 0) return undefined;
  for (const sentence of turn.answerSentences) {
    const { text, tokens } = analyseText(sentence);
    for (let index = 0; index + 2 < tokens.length; index += 1) {
      const noun = tokens[index];
      if (!noun || !singularNoun(noun) || tokens[index + 1]?.lower !== 'of') continue;
      let last = index + 2;
      while (last < index + 2 + MOST_DESCRIBING_WORDS && tokens[last] && describes(tokens[last] as Token)) last += 1;
      const plural = tokens[last];
      if (!plural || !plural.tags.has('Plural') || !heads.has(stem(normalizeTerm(plural.lower))) || tokens[last + 1]?.tags.has('Noun')) continue;
      return { ...thingReferent(`the ${text.slice(noun.start, plural.end)}`, false, 'mention'), from: 'answer' };
    }
  }
  return undefined;
}
