import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { ExtractionError, type ExtractedText } from './types.js';

/** A line this much shorter than the page's usual line ends its paragraph (when it ends a sentence). */
const SHORT_LINE = 0.8;
/** A line this much shorter, without final punctuation, is a heading of its own. */
const HEADING_LINE = 0.6;

const ENDS_SENTENCE = /[.!?:]["'”’)\]]*$/;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Joins a PDF's visual lines back into paragraphs. pdf.js gives one line per visual line; a
 * sentence wrapped over two lines must not become two paragraphs. A line ends its paragraph
 * when it is clearly shorter than the usual line and ends a sentence, or is short with no final
 * punctuation (a heading). A word hyphenated at a line break ("Engin-" / "eers") is rejoined.
 */
export function joinPdfLines(pages: readonly string[]): string {
  const lines = pages
    .flatMap((page) => page.split('\n'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    // Bare page numbers are furniture, not text.
    .filter((line) => line !== '' && !/^(page\s+)?\d{1,4}$/i.test(line));
  const usual = median(lines.filter((line) => line.length > 20).map((line) => line.length)) || 80;
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current === '') current = line;
    else if (/\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line)) current = current.slice(0, -1) + line;
    else current = `${current} ${line}`;
    const endsParagraph =
      (line.length < usual * SHORT_LINE && ENDS_SENTENCE.test(line)) ||
      (line.length < usual * HEADING_LINE &&
        !/[,;\-–]$/.test(line) &&
        !ENDS_SENTENCE.test(line) &&
        current === line);
    if (endsParagraph) {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** A title from the PDF's Info dictionary, without the "Microsoft Word - " some converters add. */
function infoTitle(info: unknown): string | undefined {
  const title = (info as { Title?: unknown } | undefined)?.Title;
  if (typeof title !== 'string') return undefined;
  const clean = title
    .replace(/^Microsoft Word - /, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean === '' || /\.(docx?|pdf)$/i.test(clean) ? undefined : clean;
}

/** A PDF's text through pdf.js (via unpdf): pages joined, wrapped lines and hyphenation repaired. */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedText> {
  let pages: string[];
  let info: unknown;
  try {
    // pdf.js may detach the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    info = (await getMeta(pdf)).info;
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (error) {
    throw new ExtractionError('unreadable', `not a readable PDF (${(error as Error).message})`);
  }
  const text = joinPdfLines(pages);
  if (text.trim() === '') throw new ExtractionError('empty', 'the PDF has no text layer (a scan?)');
  const title = infoTitle(info);
  return { format: 'pdf', text, ...(title ? { metadataTitle: title } : {}) };
}
