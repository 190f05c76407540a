import { LRUCache } from 'lru-cache';
import type { Passage } from '../corpus/types.js';
import { indexTerms } from '../text/terms.js';

/** One document's text and terms, read as the corpus's statistics read passages. */
export interface DocumentReading {
  text: string;
  stems: ReadonlySet<string>;
}

/** Documents read at most, before the least recently used is forgotten. */
const REMEMBERED = 256;

/**
 * Each document's terms, read from its passages on first need: whether a document names what a
 * question asks about, in a corpus of several (in one of one, the corpus's own statistics say it).
 */
export class DocumentTerms {
  private passagesOf?: Map<string, Passage[]>;
  private readonly readings = new LRUCache<string, DocumentReading>({ max: REMEMBERED });

  constructor(private readonly passages: readonly Passage[]) {}

  /** How many documents the passages come from. */
  get documentCount(): number {
    return this.byDocument().size;
  }

  /** The document's text (its passages joined) and terms; empty for a document with no passages. */
  of(docId: string): DocumentReading {
    let reading = this.readings.get(docId);
    if (!reading) {
      const text = (this.byDocument().get(docId) ?? []).map((passage) => passage.text).join('\n');
      reading = { text, stems: new Set(indexTerms(text)) };
      this.readings.set(docId, reading);
    }
    return reading;
  }

  private byDocument(): Map<string, Passage[]> {
    if (!this.passagesOf) {
      const grouped = new Map<string, Passage[]>();
      for (const passage of this.passages) {
        const list = grouped.get(passage.docId);
        if (list) list.push(passage);
        else grouped.set(passage.docId, [passage]);
      }
      this.passagesOf = grouped;
    }
    return this.passagesOf;
  }
}
