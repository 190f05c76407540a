import type { AnswerMode, Citation } from '../answer/types.js';

/** Named summary lengths; see {@link SENTENCES_FOR_LENGTH}. */
export type SummaryLength = 'short' | 'medium' | 'long';

/**
 * Sentences per named length: a quick catch-up, the usual digest, a fuller read. A medium
 * summary of text with more sections than that gives each section a sentence (up to six).
 */
export const SENTENCES_FOR_LENGTH: Readonly<Record<SummaryLength, number>> = { short: 2, medium: 4, long: 7 };

/** The most sentences a summary may have, so a typo cannot ask for the whole article. */
export const MAX_SUMMARY_SENTENCES = 30;

/** How long a summary should be and how it is laid out. */
export interface SummaryShape {
  /** Named length; ignored when `sentences` is given. Defaults to `medium`. */
  length?: SummaryLength;
  /** Exact number of sentences (1–{@link MAX_SUMMARY_SENTENCES}). */
  sentences?: number;
  /** Key points as a list, one sentence per line, instead of a paragraph. */
  bullets?: boolean;
}

/** A summary request against the loaded index. */
export interface SummaryRequest extends SummaryShape {
  /** Which document; defaults to the first (or only) one. */
  docId?: string;
  /** A section number, its full title or a unique part of it; omit for the whole document. */
  section?: string;
}

/** One quoted sentence of a summary. */
export interface SummarySentence {
  /** The sentence exactly as in the source, whitespace runs collapsed. */
  text: string;
  /** The citation marker that follows it. */
  n: number;
  /** The passage it is quoted from (for `--file`, a chunk built on the fly). */
  chunkId: string | null;
}

/** A section as front ends offer it for choice. */
export interface SectionInfo {
  docId: string;
  /** 0 for the untitled lead, then 1, 2, … in order. */
  number: number;
  /** The heading as written, or null for the untitled lead. */
  title: string | null;
  /** A name fit for a menu: the title, or "Introduction" for the lead. */
  label: string;
}

/** An extractive summary: verbatim sentences in source order, each cited. */
export interface Summary {
  /** The sentences joined as a paragraph, or one "- " line each in bullet mode; each ends with its [n]. */
  summary: string;
  sentences: SummarySentence[];
  /** Every marker has a citation and every citation a marker, numbered in order of first use. */
  citations: Citation[];
  /** Quoted sentences (`extractive`), or rewritten by a language model (`generated`). */
  mode: AnswerMode;
  /** The language model that wrote it, when `mode` is `generated`. */
  model?: string;
  bullets: boolean;
  docId: string;
  docTitle: string;
  /** The section summarised, or null for the whole document. */
  section: { number: number; title: string | null } | null;
  /** Something the reader should know: the text was too short to shorten, other documents exist… */
  note?: string;
  timingsMs: { total: number };
}
