/**
 * Why a file or download yields no passages. Every such input is reported with one of these,
 * never dropped silently.
 */
export const SKIP_REASONS = [
  'empty',
  'not text',
  'unsupported type',
  'unreadable',
  'too large',
  'duplicate',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An input that yields no passages: where it is, why, and a human-readable detail. */
export interface SkippedInput {
  /** The path (relative to the corpus), URL or file name. */
  path: string;
  reason: SkipReason;
  /** One short sentence for people, e.g. "a FIFO (named pipe), not a regular file". */
  detail: string;
}

/** The formats articles are read from. */
export type ArticleFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** Text extracted from an article, ready to be parsed into a document. */
export interface ExtractedText {
  format: ArticleFormat;
  /** Plain text with paragraphs separated by blank lines and headings as Markdown `#` lines. */
  text: string;
  /** A title from the file's own metadata (HTML `<title>`, PDF Info), when it has one. */
  metadataTitle?: string;
  /** The character encoding the bytes were read with (text formats). */
  encoding?: string;
}

/** Extraction either gives text, or says why there is none. */
export type ExtractionResult =
  { ok: true; extracted: ExtractedText } | { ok: false; reason: SkipReason; detail: string };

/** Raised by extractors for an input that cannot be used; carries the reason to report. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';

  constructor(
    readonly reason: SkipReason,
    detail: string,
  ) {
    super(detail);
  }
}
