import type { Passage } from '../corpus/types.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import { indexTerms } from '../text/terms.js';

/**
 * Which documents of a corpus of several hold which terms: whether an article names what a
 * question asks about (in a corpus of one, the corpus's own statistics say it).
 *
 * Asked of the keyword index, within each document's labels. Reading the terms out of each
 * candidate article instead (its passages joined and tokenised, remembered for the 256 most
 * recently asked) cost 50 MB of peak memory serving 100,008 passages: a hundred questions touch
 * about a thousand of its 8,229 articles, so the remembered readings kept being thrown away and
 * made again (docs/performance.md).
 */
export class DocumentTerms {
  private grouped?: Map<string, Passage[]>;
  private ranges?: Map<string, Int32Array>;

  /**
   * @param passages in label order, as the keyword index holds them: label `i` is `passages[i]`
   */
  constructor(
    private readonly passages: readonly Passage[],
    private readonly keywords: Pick<KeywordIndex, 'holdsAnyWithin'>,
  ) {}

  /** How many documents the passages come from. */
  get documentCount(): number {
    return this.byDocument().size;
  }

  /** Whether a passage of the document holds one of the index terms (never, for a document with no passages). */
  holdsAny(docId: string, terms: readonly string[]): boolean {
    const wanted = terms.filter((term) => term !== '');
    if (wanted.length === 0) return false;
    const ranges = this.labelRanges().get(docId);
    if (!ranges) return false;
    for (let index = 0; index < ranges.length; index += 2) {
      if (this.keywords.holdsAnyWithin(wanted, ranges[index] as number, ranges[index + 1] as number)) return true;
    }
    return false;
  }

  /**
   * Whether a passage of the document holds one of many index terms, read from the passages'
   * text: for the hundreds of words WordNet can relate to a name, one FTS5 query per document
   * cost more (45 ms of CPU a question at 100,008 passages) than reading the document. What is
   * read is dropped at once, young, which the collector reclaims cheaply, unlike readings kept
   * for a while.
   */
  readsAny(docId: string, terms: ReadonlySet<string>): boolean {
    if (terms.size === 0) return false;
    for (const passage of this.byDocument().get(docId) ?? []) {
      if (indexTerms(passage.text).some((term) => terms.has(term))) return true;
    }
    return false;
  }

  /** The document's text, its passages joined; empty for a document with no passages. */
  text(docId: string): string {
    return (this.byDocument().get(docId) ?? []).map((passage) => passage.text).join('\n');
  }

  private byDocument(): Map<string, Passage[]> {
    if (!this.grouped) {
      const grouped = new Map<string, Passage[]>();
      for (const passage of this.passages) {
        const list = grouped.get(passage.docId);
        if (list) list.push(passage);
        else grouped.set(passage.docId, [passage]);
      }
      this.grouped = grouped;
    }
    return this.grouped;
  }

  /** Each document's labels as inclusive `[first, last]` runs, flat: one run, unless the document was written twice. */
  private labelRanges(): Map<string, Int32Array> {
    if (!this.ranges) {
      const runs = new Map<string, number[]>();
      this.passages.forEach((passage, label) => {
        const list = runs.get(passage.docId);
        if (list && list[list.length - 1] === label - 1) list[list.length - 1] = label;
        else if (list) list.push(label, label);
        else runs.set(passage.docId, [label, label]);
      });
      this.ranges = new Map([...runs].map(([docId, list]) => [docId, Int32Array.from(list)]));
    }
    return this.ranges;
  }
}
