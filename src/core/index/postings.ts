/**
 * A compact inverted index: one term dictionary, and per field the passages holding each term
 * with its frequency, in flat typed arrays. At 100k passages this is a few tens of megabytes and
 * loads in milliseconds; a Map per term (MiniSearch's layout) took over a gigabyte and seconds.
 */

import { StampedCounts, Uint32List } from './integer-lists.js';

/** Postings of one field, in compressed-row form: term `t` owns `documents[offsets[t]..offsets[t+1])`. */
export interface FieldPostings {
  offsets: Uint32Array;
  /** Passage labels, ascending within each term. */
  documents: Uint32Array;
  frequencies: Uint32Array;
  /** Per passage: how many distinct tokens the field has (BM25's field length). */
  lengths: Uint32Array;
  averageLength: number;
}

/** The dictionary and every field's postings. */
export interface Postings {
  documentCount: number;
  terms: string[];
  termIds: Map<string, number>;
  fields: FieldPostings[];
  /** Per term: in how many passages' first field it is a counted term (see {@link TermAnalyzer.countedTerm}). */
  counted: Uint32Array;
}

/** One field being built: (term, passage, frequency) triples in passage order. */
class FieldBuilder {
  readonly termIds = new Uint32List();
  readonly documents = new Uint32List();
  readonly frequencies = new Uint32List();
  readonly lengths = new Uint32List();
  averageLength = 0;
}

/** How text becomes index terms. */
export interface TermAnalyzer {
  /** The raw tokens of a text. */
  tokens(text: string): string[];
  /** The term a raw token stands for; distinct terms per field are BM25's field length. */
  normalize(token: string): string;
  /** The index term for a normalised term, or null to leave it out (stopwords). */
  indexTerm(term: string): string | null;
  /**
   * A term whose passage count (in the first field) is kept alongside the postings, or null: lets
   * callers get document frequencies under a stricter rule than indexing without a second pass.
   */
  countedTerm(term: string): string | null;
}

const NO_TERM = 0xffffffff;

/**
 * Builds postings one passage at a time. Each distinct raw token is analysed once and then
 * costs a single lookup: at 100k passages string-keyed lookups were most of the build time.
 */
export class PostingsBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly fields: FieldBuilder[];
  private documentCount = 0;
  /** Raw token → its position in `normalizedIds` / `indexTermIds`. */
  private readonly tokenCodes = new Map<string, number>();
  private readonly normalizedIds = new Uint32List();
  private readonly indexTermIds = new Uint32List();
  private readonly countedTermIds = new Uint32List();
  private readonly countedPassages = new Uint32List();
  private readonly normalizedTerms = new Map<string, number>();
  private readonly distinct = new StampedCounts();
  private readonly frequencies = new StampedCounts();
  private readonly countedSeen = new StampedCounts();

  constructor(
    fieldCount: number,
    private readonly analyzer: TermAnalyzer,
  ) {
    this.fields = Array.from({ length: fieldCount }, () => new FieldBuilder());
  }

  /** Adds the next passage, given each field's text. */
  add(fieldTexts: readonly string[]): void {
    const document = this.documentCount;
    this.fields.forEach((field, fieldIndex) => {
      this.distinct.reset();
      this.frequencies.reset();
      this.countedSeen.reset();
      for (const token of this.analyzer.tokens(fieldTexts[fieldIndex] ?? '')) {
        const code = this.code(token);
        this.distinct.add(this.normalizedIds.at(code));
        const term = this.indexTermIds.at(code);
        if (term !== NO_TERM) this.frequencies.add(term);
        const counted = this.countedTermIds.at(code);
        if (fieldIndex === 0 && counted !== NO_TERM && this.countedSeen.add(counted) === 1)
          this.countPassage(counted);
      }
      const length = this.distinct.touched.length;
      field.lengths.push(length);
      // The running mean, computed exactly as MiniSearch does, so scores match it to the last bit.
      field.averageLength = (field.averageLength * document + length) / (document + 1);
      for (const term of this.frequencies.touched) {
        field.termIds.push(term);
        field.documents.push(document);
        field.frequencies.push(this.frequencies.count(term));
      }
    });
    this.documentCount += 1;
  }

  finish(): Postings {
    const termCount = this.terms.length;
    const fields = this.fields.map((field): FieldPostings => {
      // Counting sort by term; passages stay ascending within a term because they were added in order.
      const offsets = new Uint32Array(termCount + 1);
      for (let index = 0; index < field.termIds.length; index += 1)
        offsets[field.termIds.at(index) + 1] = (offsets[field.termIds.at(index) + 1] ?? 0) + 1;
      for (let term = 0; term < termCount; term += 1)
        offsets[term + 1] = (offsets[term + 1] ?? 0) + (offsets[term] ?? 0);
      const next = offsets.slice(0, termCount);
      const documents = new Uint32Array(field.termIds.length);
      const frequencies = new Uint32Array(field.termIds.length);
      for (let index = 0; index < field.termIds.length; index += 1) {
        const term = field.termIds.at(index);
        const position = next[term] ?? 0;
        next[term] = position + 1;
        documents[position] = field.documents.at(index);
        frequencies[position] = field.frequencies.at(index);
      }
      return {
        offsets,
        documents,
        frequencies,
        lengths: field.lengths.toArray(),
        averageLength: field.averageLength,
      };
    });
    const counted = new Uint32Array(termCount);
    for (let term = 0; term < Math.min(termCount, this.countedPassages.length); term += 1)
      counted[term] = this.countedPassages.at(term);
    return { documentCount: this.documentCount, terms: this.terms, termIds: this.termIds, fields, counted };
  }

  private countPassage(term: number): void {
    while (this.countedPassages.length <= term) this.countedPassages.push(0);
    this.countedPassages.set(term, this.countedPassages.at(term) + 1);
  }

  /** The code of a raw token, analysing it the first time it is seen. */
  private code(token: string): number {
    let code = this.tokenCodes.get(token);
    if (code === undefined) {
      code = this.normalizedIds.length;
      const normalized = this.analyzer.normalize(token);
      let normalizedId = this.normalizedTerms.get(normalized);
      if (normalizedId === undefined) {
        normalizedId = this.normalizedTerms.size;
        this.normalizedTerms.set(normalized, normalizedId);
      }
      const term = this.analyzer.indexTerm(normalized);
      const counted = this.analyzer.countedTerm(normalized);
      this.normalizedIds.push(normalizedId);
      this.indexTermIds.push(term ? this.termId(term) : NO_TERM);
      this.countedTermIds.push(counted ? this.termId(counted) : NO_TERM);
      this.tokenCodes.set(token, code);
    }
    return code;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }
}
