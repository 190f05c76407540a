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
 * (docs/how-answers-are-found.md): of WikiQA's 2,118 training questions, 23 answers to questions
 * their article cannot answer become "doesn't say" and 2 wrong answers right, against 2 right
 * answers lost; of SQuAD's 4,719, none lost. Setting aside every sentence of the other documents
 * gained 92 of WikiQA's against 19 right answers lost ("who shot john lennon", of a corpus that
 * holds "John Lennon" and the article on his killer).
 */
import type { Passage } from '../corpus/types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { terms } from '../text/terms.js';

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

  /** The content words of the document's title, without plural endings (see {@link titleWords}); none for an unknown document. */
  contentWords(docId: string): string[] {
    this.lookup();
    return (this.wordsOf.get(docId) ?? []).filter((word) => !STOPWORDS.has(word)).map(singular);
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
 * For each candidate (its document, and its content words as its profile reads them), whether to set it aside because the question names another document: its
 * own document is not among those the question names, and it holds none of their titles' content
 * words. A sentence that writes the subject, or part of its name, may answer for it wherever it
 * stands, and news and encyclopedias name a subject in full once, then in short: beside a
 * biography titled "Wendy Sherman", "what did wendy sherman call the conversation" is still
 * answered by the news report's "Sherman called the conversation …". Undefined when nothing is
 * set aside: the question names no document, or the corpus holds only one.
 */
export function offSubjectCandidates(
  question: string,
  candidates: readonly { docId: string; words: ReadonlySet<string> }[],
  titles: DocumentTitles,
): boolean[] | undefined {
  if (titles.documentCount < 2) return undefined;
  const named = titles.named(question);
  if (named.size === 0) return undefined;
  const titleWordSet = new Set([...named].flatMap((docId) => titles.contentWords(docId)));
  const setAside = candidates.map(
    ({ docId, words }) => !named.has(docId) && ![...words].some((word) => titleWordSet.has(singular(word))),
  );
  return setAside.some(Boolean) ? setAside : undefined;
}
