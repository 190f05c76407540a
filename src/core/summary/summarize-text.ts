import { chunkDocument, DEFAULT_CHUNKING, type ChunkingOptions } from '../corpus/chunk-passages.js';
import { documentIdFromPath } from '../corpus/load-corpus.js';
import { parseDocument } from '../corpus/parse-document.js';
import type { CorpusDocument, TextRange } from '../corpus/types.js';
import { UserError } from '../errors.js';
import { resolveSection } from './sections.js';
import { summarizeDocument, type SentenceEmbedder, type SummaryTuning } from './summarize.js';
import type { Summary, SummaryShape } from './types.js';

/** The largest text accepted, in characters (a long book; about 60,000 sentences, the most a summary reads). */
export const MAX_TEXT_CHARS = 8_000_000;

/**
 * True when a first line reads as a title rather than prose: a Markdown heading, or a short
 * line that does not end like a sentence. News files often start straight with the story.
 */
export function looksLikeTitle(line: string): boolean {
  const trimmed = line.trim();
  if (/^#{1,6}\s/.test(trimmed)) return true;
  const words = trimmed.split(/\s+/).length;
  return words <= 20 && !/[.!?…:;,]["'”’)]*$/.test(trimmed);
}

/**
 * Parses any text as a document. A title from the file's metadata (an HTML `<title>`, a PDF's
 * Info) wins. Otherwise, when the first line is prose rather than a title it stays part of the
 * text (as the lead's first paragraph), and the document is titled by its name.
 */
export function documentFromText(
  text: string,
  name: string,
  metadataTitle?: string,
): { document: CorpusDocument; titled: boolean } {
  if (metadataTitle) {
    return { document: parseDocument({ id: documentIdFromPath(name), path: name, text, metadataTitle }), titled: true };
  }
  const parsed = parseDocument({ id: documentIdFromPath(name), path: name, text });
  const firstLine = /\S[^\n]*/.exec(text);
  if (!firstLine || looksLikeTitle(firstLine[0])) return { document: parsed, titled: true };
  const range: TextRange = { start: firstLine.index, end: firstLine.index + firstLine[0].trimEnd().length };
  const [lead, ...rest] = parsed.sections;
  const sections =
    lead && lead.title === null
      ? [{ ...lead, paragraphs: [range, ...lead.paragraphs] }, ...rest]
      : [{ number: 0, title: null, paragraphs: [range] }, ...parsed.sections];
  return { document: { ...parsed, title: name, sections }, titled: false };
}

/** A summary of any text, without the index: its passages are cut on the fly. */
export interface TextSummaryInput extends SummaryShape {
  text: string;
  /** Shown as the document's name and used for its id, e.g. the file name. */
  name: string;
  /** The title the file's metadata gives (HTML `<title>`, PDF Info), when it has one. */
  title?: string;
  /** A section number, title or unique part of a title. */
  section?: string;
  embedder: SentenceEmbedder;
  chunking?: ChunkingOptions;
  tuning?: SummaryTuning;
}

/**
 * Summarises a text (a file's contents) with the same method and output as the article's
 * summaries; citations point at chunks cut from the text itself, never at the index.
 */
export async function summarizeText(input: TextSummaryInput): Promise<Summary> {
  const text = input.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    throw new UserError('summary-empty-text', `${input.name} is empty: there is nothing to summarise.`);
  if (text.length > MAX_TEXT_CHARS) {
    throw new UserError(
      'summary-text-too-long',
      `${input.name} is too long to summarise (over ${MAX_TEXT_CHARS.toLocaleString('en')} characters).`,
    );
  }
  const { document, titled } = documentFromText(text, input.name, input.title);
  const section = input.section === undefined ? undefined : resolveSection([document], input.section).section;
  return summarizeDocument({
    document,
    passages: chunkDocument(document, input.chunking ?? DEFAULT_CHUNKING),
    embedder: input.embedder,
    titled,
    ...(section ? { section } : {}),
    ...(input.length ? { length: input.length } : {}),
    ...(input.sentences !== undefined ? { sentences: input.sentences } : {}),
    ...(input.bullets !== undefined ? { bullets: input.bullets } : {}),
    ...(input.tuning ? { tuning: input.tuning } : {}),
  });
}
