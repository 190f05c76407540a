/**
 * Documents a question names by their title. In a corpus of several articles, a question that
 * writes one's title as its own words ("when did george washington die", of a corpus that holds
 * "George Washington") asks about that article; a sentence of another one that matches its other
 * words ("died", "when") answers a different question. So when a question names some of the
 * corpus's documents, the sentences of the others are set aside, unless they name its subject too
 * ({@link offSubjectCandidates}), as those of a document that never mentions a name the question
 * asks about are (unmentioned-names.ts).
 *
 * A title is named when all its words, in order and side by side, are words of the question: not
 * only its content words, since "We Can Work It Out" would then be named by every question with
 * "work" in it. Its disambiguation in brackets ("Spectre (2015 film)") and an opening "The" are
 * left out, and a word may differ by a plural ending ("iPods" names "IPod").
 *
 * Measured with the committed answer model on the cached candidates of the labelled sets
 * (docs/how-answers-are-found.md): of WikiQA's 2,118 training questions, 26 answers to questions
 * their article cannot answer become "doesn't say" and 2 wrong answers right, against 2 right
 * answers lost; of SQuAD's 4,719, none lost. Setting aside every sentence of the other documents
 * gained 92 of WikiQA's against 19 right answers lost ("who shot john lennon", of a corpus that
 * holds "John Lennon" and the article on his killer). Keeping those that hold any word of the
 * title, not only its telling ones ({@link DocumentTitles.subjectWords}), gained 23.
 */
import type { Passage } from '../corpus/types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stem, terms } from '../text/terms.js';
import { isPersonWord } from './sentence-cues.js';

/** How many passages of the corpus hold an index term (a stem), as TermStatistics counts them. */
export type TermFrequency = (term: string) => number;

/** Every word as common as any other: then each content word of a title speaks of its subject. */
const EVERY_WORD_ALIKE: TermFrequency = () => 1;

/**
 * A word without a plural ending, for comparing: "ipods" and "ipod" meet, as do "heroes" and
 * "hero". Words under four letters keep theirs, so "us" and "is" stay apart from "u" and "i".
 */
const singular = (word: string): string => (word.length < 4 ? word : word.replace(/(?:es|s)$/, ''));

/**
 * A title's words as a question would write them (normalised as the index reads words, function
 * words kept), without its bracketed disambiguation or an opening "The"; none for a title of one
 * function word ("It"), which names nothing. A phrase of them is a title like any other: songs are
 * called "Here Without You" and "What Would You Do?".
 */
export function titleWords(title: string): string[] {
  const words = terms(title.replace(/\([^)]*\)/g, ' '));
  const kept = words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
  return kept.length > 1 || kept.some((word) => !STOPWORDS.has(word)) ? kept : [];
}

/** Whether `title` occurs in `words` at `start`, word by word, a plural ending aside. */
function occursAt(title: readonly string[], words: readonly string[], start: number): boolean {
  return title.every((word, offset) => {
    const other = words[start + offset];
    return other !== undefined && (other === word || singular(other) === singular(word));
  });
}

/** The corpus's document titles, looked up by their first word, read from the passages on first use. */
export class DocumentTitles {
  private byFirstWord?: Map<string, Array<{ docId: string; words: string[] }>>;
  private readonly wordsOf = new Map<string, string[]>();
  private documents = 0;

  constructor(private readonly passages: readonly Pick<Passage, 'docId' | 'docTitle'>[]) {}

  /** How many documents the passages come from. */
  get documentCount(): number {
    this.lookup();
    return this.documents;
  }

  /** The documents whose title the question writes (see the file's comment). */
  named(question: string): Set<string> {
    const lookup = this.lookup();
    const words = terms(question);
    const named = new Set<string>();
    words.forEach((word, start) => {
      for (const title of lookup.get(singular(word)) ?? [])
        if (occursAt(title.words, words, start)) named.add(title.docId);
    });
    return named;
  }

  /**
   * The words of the document's title by which another document's sentence still speaks of its
   * subject, without plural endings: the title's rarest content word in the corpus (every one as
   * rare, when several are), and for a person's name its last word too. A common word of the title
   * names nothing: "Curtis James Jackson III" is not about James Dean, nor "the proceeding day in
   * the United States" about Father's Day. News names a person in full once, then by surname:
   * "Sherman called …" speaks of Wendy Sherman however rare "Wendy" is. Every content word, when
   * the corpus holds none of them; none for an unknown document.
   */
  subjectWords(docId: string, frequency: TermFrequency): string[] {
    this.lookup();
    const words = (this.wordsOf.get(docId) ?? []).filter((word) => !STOPWORDS.has(word));
    const held = words
      .map((word) => ({ word, count: frequency(stem(word)) }))
      .filter(({ count }) => count > 0);
    const fewest = Math.min(...held.map(({ count }) => count));
    const subject =
      held.length > 0 ? held.filter(({ count }) => count === fewest).map(({ word }) => word) : words;
    const first = words[0];
    const last = words.at(-1);
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      first !== undefined &&
      last !== undefined &&
      isPersonWord(first)
    )
      subject.push(last);
    return [...new Set(subject.map(singular))];
  }

  private lookup(): Map<string, Array<{ docId: string; words: string[] }>> {
    if (this.byFirstWord) return this.byFirstWord;
    const lookup = new Map<string, Array<{ docId: string; words: string[] }>>();
    const seen = new Set<string>();
    for (const { docId, docTitle } of this.passages) {
      if (seen.has(docId)) continue;
      seen.add(docId);
      const words = titleWords(docTitle);
      this.wordsOf.set(docId, words);
      const first = words[0];
      if (first === undefined) continue;
      const key = singular(first);
      const titles = lookup.get(key);
      if (titles) titles.push({ docId, words });
      else lookup.set(key, [{ docId, words }]);
    }
    this.documents = seen.size;
    this.byFirstWord = lookup;
    return lookup;
  }
}

/**
 * For each candidate (its document, and its content words as its profile reads them), whether to
 * set it aside because the question names another document: its own document is not among those
 * the question names, and it holds none of their subject words ({@link DocumentTitles.subjectWords}:
 * the title's rarest word, and a person's surname). A sentence that writes the subject, or the
 * telling part of its name, may answer for it wherever it stands, and news and encyclopedias name a
 * subject in full once, then in short: beside a biography titled "Wendy Sherman", "what did wendy
 * sherman call the conversation" is still answered by the news report's "Sherman called the
 * conversation …". Without `frequency`, every content word of the title counts alike. Undefined when
 * nothing is set aside: the question names no document, or the corpus holds only one.
 */
export function offSubjectCandidates(
  question: string,
  candidates: readonly { docId: string; words: ReadonlySet<string> }[],
  titles: DocumentTitles,
  frequency: TermFrequency = EVERY_WORD_ALIKE,
): boolean[] | undefined {
  if (titles.documentCount < 2) return undefined;
  const named = titles.named(question);
  if (named.size === 0) return undefined;
  const titleWordSet = new Set([...named].flatMap((docId) => titles.subjectWords(docId, frequency)));
  const setAside = candidates.map(
    ({ docId, words }) => !named.has(docId) && ![...words].some((word) => titleWordSet.has(singular(word))),
  );
  return setAside.some(Boolean) ? setAside : undefined;
}
