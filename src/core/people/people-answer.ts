import { citedList } from '../answer/cited-list.js';
import { speaks } from '../answer/reported-speech.js';
import { affiliatedPeople } from '../answer/speaker-affiliation.js';
import { loadTagger } from '../conversation/tagger.js';
import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { UntimedAnswer } from '../intent/intent-answers.js';
import type { PeopleRequest } from '../intent/people-request.js';
import { splitSentences } from '../text/sentences.js';
import { stem } from '../text/terms.js';
import { findPeople, taggedSurnames, type NamedPerson } from './named-people.js';

/** At most this many people are listed; the rest are counted. */
const MAX_LISTED = 8;

/**
 * Whether a word of the article names the side asked about: the same word, or one sharing all
 * but its last letters with it ("russian" and "russia", "ukrainian" and "ukraine").
 */
function namesSide(word: string, side: string): boolean {
  const a = word.toLowerCase();
  const b = side.toLowerCase();
  if (a === b) return true;
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared += 1;
  return shared >= 5 && shared >= Math.min(a.length, b.length) - 1;
}

/**
 * The side as a reply names it: "tied to NATO", "tied to the BBC" for a name (an acronym in
 * capitals), "on the Russian side" for a nationality ("russian", "chinese", "british").
 */
function sideName(side: string): string {
  const name = side
    .split(' ')
    .map((word) => (word.length <= 4 ? word.toUpperCase() : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join(' ');
  return /(?:an|ese|ish|ch)$/i.test(side) ? `on the ${name} side` : `tied to ${name}`;
}

/**
 * The people tied to a side: by their title ("NATO Secretary General") or by a sentence that
 * ties them to it by a role ("The head of the Russian delegation was … Ryabkov": speaker-affiliation.ts).
 */
function ofSide(people: readonly NamedPerson[], side: string, passages: readonly Passage[]): NamedPerson[] {
  const sideWords = side.split(' ');
  const matches = (word: string): boolean => sideWords.some((sideWord) => namesSide(word.replace(/['’]s$/u, ''), sideWord));
  const sentences = passages.flatMap((passage) => splitSentences(passage.text));
  const tied = affiliatedPeople((_term, written) => written !== undefined && matches(written), sentences);
  return people.filter(
    (person) => (person.title ?? '').split(' ').some(matches) || tied.has(stem((person.name.split(' ').at(-1) ?? '').toLowerCase())),
  );
}

/**
 * Whether the article quotes the person: a sentence has them speak ("Ryabkov said", "According
 * to the BBC's James Landdale, …": reported-speech.ts), not only mentions them ("President Biden
 * rejected the red line claim").
 */
function isQuoted(person: NamedPerson, passages: readonly Passage[]): boolean {
  const names = new Set(person.name.split(' ').map((word) => stem(word.toLowerCase())));
  return passages.some((passage) => splitSentences(passage.text).some((sentence) => speaks(sentence.text, (term) => names.has(term))));
}

/**
 * The reply to "who is mentioned in the article?" or "which nato official is named?": the people
 * the article names, in bold after their title, each cited to the passage that names them most
 * fully ("The article names 6 people: Deputy Foreign Minister **Sergei Ryabkov** [1], …"). A
 * side narrows the list to the people tied to it; when none is, the reply says so and lists them
 * all. In a corpus of several articles, "the article" is the first, as for the sources.
 */
export async function peopleAnswer(
  question: string,
  request: PeopleRequest,
  index: { documents: readonly CorpusDocument[]; passages: readonly Passage[] },
): Promise<UntimedAnswer> {
  const document = index.documents[0];
  const passages = index.passages.filter((passage) => passage.docId === document?.id);
  await loadTagger();
  const surnames = taggedSurnames(passages.map((passage) => passage.text).join('\n\n'));
  const people = findPeople(passages, (surname) => surnames.has(surname));
  const subject = document && index.documents.length > 1 ? `The article "${document.title}" (the first of ${index.documents.length})` : 'The article';
  const reply = { question, intent: 'people' as const, mode: 'extractive' as const };
  if (people.length === 0) {
    return { ...reply, answer: `${subject} names no person that I can find.`, abstained: true, abstentionReason: 'no-candidates', citations: [], highlights: [] };
  }
  const side = request.side;
  const tied = (side === undefined ? people : ofSide(people, side, passages)).filter((person) => !request.quoted || isQuoted(person, passages));
  const verb = request.quoted ? 'quotes' : 'names';
  const count = (list: readonly NamedPerson[]): string => (list.length === 1 ? 'one person' : `${list.length} people`);
  const opening =
    side === undefined
      ? tied.length > 0
        ? `${subject} ${verb} ${count(tied)}: `
        : `${subject} quotes no one by name. The people it names: `
      : tied.length > 0
        ? `${subject} ${verb} ${count(tied)} ${sideName(side)}: `
        : `${subject} ${verb} no one ${sideName(side)}. The people it names: `;
  const noneTied = tied.length === 0;
  // Titled as the article titles them ("President Biden", "BBC's James Landdale"): a title in
  // brackets after the name read to the tagger as part of a name, so "he" became "Jens".
  const items = (noneTied ? people : tied).map((person) => ({ name: person.name, passage: person.passage, ...(person.title ? { before: `${person.title} ` } : {}) }));
  return { ...reply, ...citedList(opening, items, MAX_LISTED), abstained: noneTied, ...(noneTied ? { abstentionReason: 'no-candidates' as const } : {}) };
}
