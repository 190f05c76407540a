import { stem, tokenize } from '../text/terms.js';
import { isPersonWord, typeSpans } from './sentence-cues.js';

/*
 * A country or a body speaks through the people who lead its side: "what did the russian side
 * say" is answered by what Ryabkov said, since the article says "The head of the Russian
 * delegation was Deputy Foreign Minister Sergei Ryabkov". News introduces such a person once, in a
 * sentence that ties them to their side by a role ("head of the US delegation", "was led by",
 * "spokesman for"), and quotes them by surname after.
 */

/** Words that tie a person to the side they lead or speak for. */
const ROLE = /\b(?:head|heads|headed|heading|lead|leads|led|leader|leaders|chief|minister|secretary|spokes(?:man|woman|person)|envoy|ambassador|delegation|negotiator|representative|president|chairman|chair)\b/i;

/** Words that join another clause, whose person is not this side's. */
const JOINING: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** At most this many words between the side's mention and the person's name. */
const WINDOW = 10;

/**
 * The surnames (stemmed) of the people the sentences tie to the asked side: in a sentence that
 * holds a word of role, the person named nearest to a mention of the side (`isSide` tells a
 * stemmed word that names it), within {@link WINDOW} words either way and with no "and" or "but"
 * between them. "The head of the Russian delegation was … Sergei Ryabkov and the US was led by …
 * Wendy Sherman" ties Ryabkov to Russia and Sherman to the US.
 */
export function affiliatedPeople(isSide: (term: string, written?: string) => boolean, sentences: ReadonlyArray<{ text: string }>): Set<string> {
  const people = new Set<string>();
  for (const { text } of sentences) {
    if (!ROLE.test(text)) continue;
    const tokens = tokenize(text);
    const sides = tokens.flatMap((token, index) => (isSide(stem(token.term), token.raw) ? [index] : []));
    if (sides.length === 0) continue;
    // Each person's name by the index of its last word (the surname news quotes them by).
    const persons = typeSpans('who', text)
      .filter((span) => span.text.toLowerCase().split(/\s+/).some((word) => isPersonWord(word.replace(/['’]s$/, ''))))
      .flatMap((span) => {
        const last = tokens.reduce((found, token, index) => (token.start >= span.start && token.end <= span.end ? index : found), -1);
        return last >= 0 ? [last] : [];
      });
    // "… was Sergei Ryabkov and the US was led by …": a clause joined on is another side's.
    const joinedBetween = (a: number, b: number): boolean => tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).some((token) => JOINING.has(token.raw.toLowerCase()));
    for (const side of sides) {
      let nearest: number | undefined;
      for (const person of persons) {
        if (Math.abs(person - side) > WINDOW || joinedBetween(person, side)) continue;
        if (nearest === undefined || Math.abs(person - side) < Math.abs(nearest - side)) nearest = person;
      }
      const surname = nearest === undefined ? undefined : tokens[nearest];
      if (surname && !isSide(stem(surname.term))) people.add(stem(surname.term));
    }
  }
  return people;
}

/**
 * The parts of a side that the article gives people of their own (stemmed): a member country
 * with its own delegation head ("the US", Sherman) is a side of its own, and does not speak for
 * the alliance it belongs to ("what did nato say" is not answered by what Sherman said), while a
 * part without its own voice speaks for the whole ("For Moscow, …" for Russia). `isPart` tells a
 * stemmed word, as written, that names a part of the side.
 */
export function partsWithOwnVoice(isPart: (term: string, written: string) => boolean, sentences: ReadonlyArray<{ text: string }>): Set<string> {
  const parts = new Set<string>();
  for (const { text } of sentences) for (const token of tokenize(text)) if (isPart(stem(token.term), token.raw)) parts.add(stem(token.term));
  return new Set([...parts].filter((part) => affiliatedPeople((term) => term === part, sentences).size > 0));
}
