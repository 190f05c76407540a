import { withoutFrameWords } from './answer/question-frame.js';
import { termStatisticsFor } from './answer/term-statistics.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import type { WrittenWords } from './retrieval/surface-words.js';
import { corpusLanguages } from './text/language-detector.js';
import { askInLanguages, COMMON_WORDS, otherLanguage } from './text/other-language.js';
import { stem } from './text/terms.js';

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
    // Read as retrieval reads it: without links and chat's frame words ("hey bot", "lol", "pls").
    const languages = await otherLanguage(withoutFrameWords(question), { knows, languages: () => this.languagesOf(index) });
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
