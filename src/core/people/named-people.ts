import type { Passage } from '../corpus/types.js';
import { isPersonWord, isPlaceWord, isRoleWord, typeSpans, type CueSpan } from '../answer/sentence-cues.js';
import { splitSentences } from '../text/sentences.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tagger } from '../conversation/tagger.js';

/** A person the article names, where it names them most fully. */
export interface NamedPerson {
  /** As the article writes it, without the title: "Wendy Sherman", "Biden". */
  name: string;
  /** The title or affiliation written before the name, as written: "Deputy Foreign Minister", "NATO Secretary General", "BBC's". */
  title?: string;
  passage: Passage;
}

interface Word {
  text: string;
  start: number;
}

/** Words that make a name an institution's, whatever the tagger says of its first word ("Salve Regina University"). */
const INSTITUTION = /^(?:University|College|School|Institute|Academy|Club|Company|Corporation|Corp|Inc|Ltd|Party|Council|Committee|Foundation|Association|Hospital|Church|Bank|Ministry|Agency|Park|Street|Avenue|Square|Stadium)$/;

const lower = (word: string): string => word.toLowerCase().replace(/['’]s$/u, '');

/**
 * The person a name span holds, or undefined: the words after its title ("Deputy Foreign
 * Minister Sergei Ryabkov" → "Sergei Ryabkov", titled "Deputy Foreign Minister"; "BBC's James
 * Landdale" → "James Landdale", titled "BBC's"), when a role comes before the name ("President
 * Biden") or the tagger takes its last word for a person's (`isPersonName`); a known given name
 * alone would take "Orlando City Soccer Club" and "San Francisco" for people. A sentence's opening
 * word ("But President Biden") is no part of it, nor a place or an acronym.
 */
function personIn(span: CueSpan, isPersonName: (surname: string) => boolean): { name: string; title?: string } | undefined {
  const words: Word[] = [...span.text.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index }));
  while (words.length > 0 && STOPWORDS.has(lower(words[0]?.text ?? ''))) words.shift();
  if (words.length === 0) return undefined;
  // The name starts after the last role word or possessive ("BBC's") before its final word.
  let first = 0;
  words.forEach((word, index) => {
    if (index < words.length - 1 && (isRoleWord(lower(word.text).replace(/\.$/, '')) || /['’]s$/u.test(word.text))) first = index + 1;
  });
  // "Minister of Antiquities Mamdouh …": the title goes on past "of" and its noun.
  while (first > 0 && first < words.length - 2 && /^(?:of|for)$/.test(words[first]?.text ?? '')) first += 2;
  const titled = words.slice(0, first).some((word) => isRoleWord(lower(word.text).replace(/\.$/, '')));
  // A title of more words than its role word ("Secretary General") ends where a known given name or surname starts.
  const known = words.findIndex((word, index) => index >= first && isPersonWord(lower(word.text)));
  if (titled && known > first) first = known;
  const name = words.slice(first).map((word) => word.text);
  if (name.some((word) => /^\p{Lu}{2,}$/u.test(word) || isPlaceWord(lower(word)) || lower(word).length < 2 || INSTITUTION.test(word)) || isPlaceWord(name.join(' ').toLowerCase())) return undefined;
  // A role before the name makes it a person's ("President Biden"); else the tagger must take it for one.
  if (!titled && !isPersonName(lower(name.at(-1) ?? ''))) return undefined;
  const title = words
    .slice(0, first)
    .map((word) => word.text)
    .join(' ');
  return { name: name.join(' '), ...(title === '' ? {} : { title }) };
}

/**
 * Every person the passages name, once each (by surname: "Sherman" is "Wendy Sherman"), in the
 * order the article first names them, with the fullest name it gives and the first title.
 * `isPersonName` tells a lower-case surname the tagger takes for a person's. Read
 * sentence by sentence, from the names the answer cues find, so a name never runs into the next
 * sentence.
 */
export function findPeople(passages: readonly Passage[], isPersonName: (surname: string) => boolean): NamedPerson[] {
  const found = new Map<string, NamedPerson>();
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.text)) {
      for (const span of typeSpans('who', sentence.text)) {
        const person = personIn(span, isPersonName);
        if (!person) continue;
        const surname = lower(person.name.split(' ').at(-1) ?? '');
        const known = found.get(surname);
        if (!known) found.set(surname, { ...person, passage });
        else {
          // A fuller name later on ("Sherman", then "Wendy Sherman") is the one shown, cited where it is written.
          if (person.name.split(' ').length > known.name.split(' ').length) Object.assign(known, { name: person.name, passage });
          if (known.title === undefined && person.title !== undefined) known.title = person.title;
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * The surnames (last words, lower case) of the people compromise's tagger finds in the text,
 * for {@link findPeople}: "Minister Sergei Ryabkov" → "ryabkov". The tagger must be loaded.
 */
export function taggedSurnames(text: string): Set<string> {
  const surnames = new Set<string>();
  for (const person of tagger()(text).people().out('array') as string[]) {
    const last = person.replace(/[^\p{L}\p{M}'’\s-]/gu, '').trim().split(/\s+/).at(-1);
    if (last) surnames.add(lower(last));
  }
  return surnames;
}
