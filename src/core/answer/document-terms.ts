import type { Passage } from '../corpus/types.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import { indexTerms } from '../text/terms.js';

/**
 * Which documents of a corpus of several hold which terms: whether an article names what a
 * question asks about (in a corpus of one, the corpus's own statistics say it).
 *
 * Asked of the keyword index, within each document's labels, from the terms' postings it remembers
 * (a question's own terms were just read for its search). Reading the terms out of each
 * candidate article instead (its passages joined and tokenised, remembered for the 256 most
 * recently asked) cost 50 MB of peak memory serving 100,008 passages: a hundred questions touch
 * about a thousand of its 8,229 articles, so the remembered readings kept being thrown away and
 * made again (docs/performance.md).
 */
/** A document's passages, and its labels as inclusive `[first, last]` runs, flat: one run, unless it was written twice. */
interface DocumentPassages {
  passages: Passage[];
  ranges: number[];
}

export class DocumentTerms {
  private grouped?: Map<string, DocumentPassages>;

  /**
   * @param passages in label order, as the keyword index holds them: label `i` is `passages[i]`
   */
  constructor(
    private readonly passages: readonly Passage[],
    private readonly keywords: Pick<KeywordIndex, 'holdsWithin'>,
  ) {}

  /** How many documents the passages come from. */
  get documentCount(): number {
    return this.byDocument().size;
  }

  /** Whether a passage of the document holds one of the index terms (never, for a document with no passages). */
  holdsAny(docId: string, terms: readonly string[]): boolean {
    const ranges = this.byDocument().get(docId)?.ranges ?? [];
    for (let index = 0; index < ranges.length; index += 2) {
      const first = ranges[index] as number;
      const last = ranges[index + 1] as number;
      if (terms.some((term) => this.keywords.holdsWithin(term, first, last, (label) => this.headingHolds(label, term)))) return true;
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
    return (this.byDocument().get(docId)?.passages ?? []).some((passage) => indexTerms(passage.text).some((term) => terms.has(term)));
  }

  /** Whether the section heading of the passage labelled `label` holds the index term. */
  private headingHolds(label: number, term: string): boolean {
    const section = this.passages[label]?.section;
    return section !== null && section !== undefined && indexTerms(section).includes(term);
  }

  /** The document's text, its passages joined; empty for a document with no passages. */
  text(docId: string): string {
    return (this.byDocument().get(docId)?.passages ?? []).map((passage) => passage.text).join('\n');
  }

  private byDocument(): Map<string, DocumentPassages> {
    if (!this.grouped) {
      const grouped = new Map<string, DocumentPassages>();
      this.passages.forEach((passage, label) => {
        const document = grouped.get(passage.docId);
        if (!document) grouped.set(passage.docId, { passages: [passage], ranges: [label, label] });
        else {
          document.passages.push(passage);
          const { ranges } = document;
          if (ranges[ranges.length - 1] === label - 1) ranges[ranges.length - 1] = label;
          else ranges.push(label, label);
        }
      });
      this.grouped = grouped;
    }
    return this.grouped;
  }
}
