import { withoutFrameWords } from './answer/question-frame.js';
import { termStatisticsFor } from './answer/term-statistics.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import type { WrittenWords } from './retrieval/surface-words.js';
import { oneEditAway } from './retrieval/spelling.js';
import { corpusLanguages } from './text/language-detector.js';
import { withChatWordsSpelledOut } from './text/chat-words.js';
import { askInLanguages, COMMON_WORDS, otherLanguage } from './text/other-language.js';
import { stem } from './text/terms.js';

/** The shortest word read as a slip of a known one (see {@link LanguageCheck.refusal}). */
const SLIP_LENGTH = 4;

/**
 * Whether `edit`, one edit from `typed` (see oneEditAway), is what `typed` was before a letter was
 * dropped or two were swapped: one letter longer, or of the same length and different at two
 * neighbouring places (a substitution differs at one).
 */
function isDropOrSwap(typed: string, edit: string): boolean {
  if (edit.length === typed.length + 1) return true;
  if (edit.length !== typed.length) return false;
  let at = 0;
  while (at < typed.length && typed[at] === edit[at]) at += 1;
  return at + 1 < typed.length && typed[at + 1] !== edit[at + 1];
}

/**
 * Refuses a question in Latin letters written in another language than the corpus it asks about
 * (see text/other-language.ts for the rule and why), with what the engine knows of each index:
 * its words and, told once and only when a question first needs them, its documents' languages.
 */
export class LanguageCheck {
  private readonly languages = new WeakMap<RetrievalIndex, Promise<ReadonlySet<string> | undefined>>();

  /** `vocabulary`: the word-vector model's words by rank; without one, English words cannot be told from foreign ones, and nothing is refused. */
  constructor(private readonly vocabulary: ReadonlyMap<string, number> | undefined) {}

  /** The reply refusing the question ("Please ask in English: …"), or undefined when it is read. */
  async refusal(index: RetrievalIndex, written: WrittenWords, question: string): Promise<string | undefined> {
    const vocabulary = this.vocabulary;
    if (vocabulary === undefined) return undefined;
    const statistics = termStatisticsFor(index.keywords);
    const knows = (word: string): boolean => {
      const rank = vocabulary.get(word);
      return (rank !== undefined && rank <= COMMON_WORDS) || statistics.has(stem(word)) || written.writes(word);
    };
    // A typing slip of a word the corpus writes ("rusia", "wnts", "tlaks": a letter dropped or two
    // swapped) is no sign of another language. Only those slips, of words written as the corpus
    // writes them, and from four letters: foreign words passed as slips too when any edit of any
    // known word counted ("wann" for "want": 16 of the 110 foreign questions of
    // test/eval/question-languages.jsonl were no longer caught) or a drop or swap of the corpus's
    // stems ("delegatie" for "delegative", which stems as "delegation" does: 3 of them). The
    // corpus's term counts are asked first, in memory: `writes` reads passages through the keyword
    // index, and a word has a couple of hundred drops and swaps.
    const isSlip = (word: string): boolean =>
      word.length >= SLIP_LENGTH &&
      oneEditAway(word).some((edit) => isDropOrSwap(word, edit) && statistics.has(stem(edit)) && written.writes(edit));
    // Read as retrieval reads it: chat's shorthand written out ("wat" is Dutch and Afrikaans for
    // "what"), without links and chat's frame words ("hey bot", "lol", "pls").
    const read = withoutFrameWords(withChatWordsSpelledOut(question, (word) => statistics.has(stem(word))));
    const languages = await otherLanguage(read, { knows, isSlip, languages: () => this.languagesOf(index) });
    return languages === undefined ? undefined : askInLanguages(languages);
  }

  private languagesOf(index: RetrievalIndex): Promise<ReadonlySet<string> | undefined> {
    let languages = this.languages.get(index);
    if (languages === undefined) {
      languages = corpusLanguages(index.documents.map((document) => document.text));
      this.languages.set(index, languages);
    }
    return languages;
  }
}
