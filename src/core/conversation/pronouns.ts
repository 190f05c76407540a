import { stem } from '../text/terms.js';
import type { Referent } from './types.js';

/** Which referents a pronoun can stand for. */
export type PronounClass = 'male' | 'female' | 'plural' | 'neuter';
/** The pronoun's grammatical case: it decides the form of the words put in its place. */
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';

/** A third-person pronoun's class and case ("her" is settled by the word after it). */
export const PRONOUNS: ReadonlyMap<string, { pronounClass: PronounClass; pronounCase: PronounCase }> = new Map(
  (
    [
      ['he', 'male', 'subject'],
      ['him', 'male', 'object'],
      ['his', 'male', 'possessive'],
      ['himself', 'male', 'reflexive'],
      ['she', 'female', 'subject'],
      ['her', 'female', 'object'],
      ['hers', 'female', 'possessive'],
      ['herself', 'female', 'reflexive'],
      ['they', 'plural', 'subject'],
      ['them', 'plural', 'object'],
      ['their', 'plural', 'possessive'],
      ['theirs', 'plural', 'possessive'],
      ['themselves', 'plural', 'reflexive'],
      ['it', 'neuter', 'subject'],
      ['its', 'neuter', 'possessive'],
      ['itself', 'neuter', 'reflexive'],
    ] as const
  ).map(([word, pronounClass, pronounCase]) => [word, { pronounClass, pronounCase }]),
);

/** Heads of plurals that name one event, stemmed as a referent's head is. */
const EVENT_PLURALS: ReadonlySet<string> = new Set(['talks', 'negotiations', 'discussions'].map((word) => stem(word)));

/** Whether a referent can be what a pronoun of this class stands for. */
export function agrees(referent: Referent, pronounClass: PronounClass): boolean {
  switch (pronounClass) {
    case 'male':
    case 'female':
      return referent.kind === 'person' && !referent.plural && referent.gender !== (pronounClass === 'male' ? 'female' : 'male');
    case 'plural':
      // "they" stands for plurals, and for bodies and countries spoken of as their people.
      return referent.plural || referent.kind === 'organization' || referent.collective === true;
    case 'neuter':
      // "the talks" are one event to those who ask about them: "how long did it last", "what came out of it".
      return referent.kind !== 'person' && (!referent.plural || (referent.kind === 'thing' && EVENT_PLURALS.has(referent.head)));
  }
}

/**
 * Orders one turn's referents for a pronoun class. People follow the turn's own order: the
 * person an answer gave first, then those the question named. For "it" and "they" the question's
 * subject matter comes first, the phrases the answer took up (echoed) before the others, then what
 * the answer gave, so that "where did the meeting take place" … "how long did it last" finds the
 * meeting rather than the place. `agent`: the pronoun acts ("did they get it"); `actedOn`: it is
 * an "it" that does not ("what was in it"), which means what an earlier question's subject acted
 * on, not that subject, nor whoever a who-question was answered with.
 */
export function rankForPronoun(referents: readonly Referent[], pronounClass: PronounClass, agent = false, actedOn = false): Referent[] {
  const agreeing = referents.filter((referent) => agrees(referent, pronounClass));
  if (pronounClass === 'male' || pronounClass === 'female') return agreeing;
  // A country is "they" when "they" acts ("did they get it", "will they accept"); otherwise the
  // question's own plurals come first ("how many soldiers are near ukraine" … "why are they there").
  const asCountry = (referent: Referent): number => (pronounClass === 'plural' && !agent && !referent.plural && referent.kind !== 'organization' ? 2.5 : 0);
  // And what acts is rarely a thing: "when would they impose them" is the US, not the sanctions.
  const asThing = (referent: Referent): number => (agent && referent.kind === 'thing' ? 5 : 0);
  // An "it" that does not act is what was acted on, not who acted: "when did moscow send its
  // proposal" … "how many demands were in it" is the proposal, not Moscow.
  const asActor = (referent: Referent): number => (actedOn && referent.actor === true ? 2.5 : 0);
  const baseRank = (referent: Referent): number => {
    // The question's topic, even in other words in the answer ("where is russia's army", answered
    // with "troops … near Ukraine"), comes before the place or person that answered it.
    if (referent.from === 'question') return referent.echoed ? 0 : referent.role === 'topic' ? 1 : 2;
    return referent.role === 'focus' ? 1.5 : 3;
  };
  // Who a who-question asked for comes first ("who is threatening sanctions" … "why do they care").
  // Not an "it" that does not act: "who did they give it to" … "what was in it" is what was given.
  const rank = (referent: Referent): number => (referent.answersWho && !actedOn ? -1 : asCountry(referent) + asThing(referent) + asActor(referent) + baseRank(referent));
  return agreeing
    .map((referent, position) => ({ referent, position }))
    .sort((a, b) => rank(a.referent) - rank(b.referent) || a.position - b.position)
    .map(({ referent }) => referent);
}

/** The words that replace a pronoun of this case: "Ryabkov", "Ryabkov's", "the demands'". */
export function replacementFor(referent: Referent, pronounCase: PronounCase): string {
  if (pronounCase !== 'possessive') return referent.text;
  return /s$/i.test(referent.text) && referent.plural ? `${referent.text}'` : `${referent.text}'s`;
}
