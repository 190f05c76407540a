/**
 * "and the woman?", "what did the lady say": a person named by a noun that tells only her or his
 * gender. When the conversation so far has named one person of that gender, the noun means that
 * person. Read as written, "the woman" was a thing no passage names: a blind probe's "who are the
 * main people in the article" … "and the woman?" had become "what is the woman" and heard "doesn't
 * say", though the list it followed named one woman, Wendy Sherman.
 */
import { genderOfPersonNoun } from './person-nouns.js';
import type { ConversationTurn, Gender, Referent } from './types.js';

/**
 * A noun that says only that a person is a woman or a man ("spokeswoman" says more), with nothing
 * before it but its article, and nothing after it that says which one ("the man in charge", "the
 * woman who spoke", "the guy from the bbc" say more than the gender, and are left to the other rules).
 */
const DESCRIPTION = /\b(?:the|that|this)\s+(woman|lady|man|guy|dude|gentleman)\b(?!'s)(?!\s+(?:in|of|from|at|with|behind|who|whom|that|which|on|for|leading|heading|running)\b)/i;

/** The persons of that gender the turns name, one entry each (found again by any alias). */
function personsOf(turns: readonly ConversationTurn[], gender: Gender): Referent[] {
  const persons: Referent[] = [];
  for (const turn of turns)
    for (const referent of turn.referents) {
      if (referent.kind !== 'person' || referent.gender !== gender) continue;
      const same = persons.find((person) => person.aliases.some((alias) => referent.aliases.includes(alias)));
      if (!same) persons.push(referent);
      // The fuller name is the one to write ("Wendy Sherman" rather than "Sherman").
      else if (referent.text.length > same.text.length) persons.splice(persons.indexOf(same), 1, referent);
    }
  return persons;
}

/** The question with a gender-only description of a person replaced by the one person of that gender named so far; unchanged otherwise. */
export function withGenderedPersonNamed(question: string, turns: readonly ConversationTurn[]): string {
  const match = DESCRIPTION.exec(question);
  const noun = match?.[1]?.toLowerCase();
  if (!match || noun === undefined) return question;
  const gender = genderOfPersonNoun(noun);
  if (gender === undefined) return question;
  const persons = personsOf(turns, gender);
  const [only] = persons;
  if (persons.length !== 1 || only === undefined) return question;
  return `${question.slice(0, match.index)}${only.text}${question.slice(match.index + match[0].length)}`;
}
