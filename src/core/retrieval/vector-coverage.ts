import type { TermStatistics } from '../answer/term-statistics.js';
import type { Embedder } from '../embedding/embedder.js';
import { isContentTerm, stem, tokenize } from '../text/terms.js';

/** Words remembered as known or unknown to the model; cleared when full, like the text memos. */
const CACHE_LIMIT = 50_000;

/**
 * How much of a question the embedding model can see: the IDF-weighted share of its content
 * words that the model knows. A word the model has never seen embeds to the zero vector (the
 * bundled word-vector model maps it to nothing), so "Where was Dyrrachium located?" is, to the
 * model, "where was … located?", and its nearest passages are about any place at all. Retrieval
 * then leans on the keywords in proportion. Subword models know every word: their coverage is 1.
 */
export class VectorCoverage {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly embedder: Embedder) {}

  /** 0–1; 1 when the question has no content words, or the model knows every word. */
  async of(question: string, statistics: TermStatistics): Promise<number> {
    // Asking a subword model about single words would cost a model call and always say "known".
    if (this.embedder.hasUnknownWords === false) return 1;
    const words = new Map<string, string>();
    for (const token of tokenize(question)) {
      if (isContentTerm(token.term)) words.set(token.term, stem(token.term));
    }
    await this.learn([...words.keys()].filter((word) => !this.known.has(word)));
    let total = 0;
    let seen = 0;
    for (const [word, term] of words) {
      const weight = statistics.idf(term);
      total += weight;
      if (this.known.get(word)) seen += weight;
    }
    return total > 0 ? seen / total : 1;
  }

  private async learn(words: string[]): Promise<void> {
    if (words.length === 0) return;
    const vectors = await this.embedder.embedDocuments(words);
    if (this.known.size + words.length > CACHE_LIMIT) this.known.clear();
    words.forEach((word, index) =>
      this.known.set(word, vectors[index]?.some((value) => value !== 0) ?? false),
    );
  }
}
