import path from 'node:path';
import { decodeText } from './decode-text.js';
import { splitFrontMatter } from './front-matter.js';
import { ExtractionError, type ArticleFormat, type ExtractionResult } from './types.js';

/** File extensions read, by format. */
export const EXTENSIONS: Record<ArticleFormat, readonly string[]> = {
  text: ['.txt', '.text'],
  markdown: ['.md', '.markdown'],
  html: ['.html', '.htm', '.xhtml'],
  pdf: ['.pdf'],
  docx: ['.docx'],
};

/** The supported extensions, for messages: ".txt, .text, .md, …". */
export const SUPPORTED_EXTENSIONS = Object.values(EXTENSIONS).flat();

const MEDIA_TYPES: Record<string, ArticleFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** Media types that say nothing about the content: the name or the bytes decide. */
const GENERIC_MEDIA_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/x-download',
]);

/** What to extract from: the bytes, the name they came under, and the media type a server or Discord gave. */
export interface ExtractionInput {
  bytes: Uint8Array;
  /** A file name or URL path; its extension picks the format. */
  name: string;
  /** A Content-Type header value, e.g. `text/html; charset=windows-1252`. */
  contentType?: string;
}

/** A parsed Content-Type: the media type and its charset parameter. */
export function parseContentType(value: string | undefined): { mediaType: string; charset?: string } {
  const [type = '', ...parameters] = (value ?? '').split(';');
  const charset = parameters
    .map((parameter) => /^\s*charset\s*=\s*"?([^";]+)"?/i.exec(parameter)?.[1])
    .find(Boolean);
  return { mediaType: type.trim().toLowerCase(), ...(charset ? { charset: charset.trim() } : {}) };
}

/** Whether a media type is one articles can be read from (used to refuse downloads early). */
export function isSupportedMediaType(mediaType: string): boolean {
  return mediaType in MEDIA_TYPES || GENERIC_MEDIA_TYPES.has(mediaType);
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, text.length)).toString('latin1') ===
    text
  );
}

/** The format of bytes without a telling name or media type. */
function sniff(bytes: Uint8Array): ArticleFormat {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512))
    .toString('latin1')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'text';
}

/** Picks the format, or explains why the input is not something articles are read from. */
export function formatOf(input: ExtractionInput): ArticleFormat {
  const { mediaType } = parseContentType(input.contentType);
  const byMediaType = MEDIA_TYPES[mediaType];
  if (byMediaType) return byMediaType;
  if (!GENERIC_MEDIA_TYPES.has(mediaType)) {
    throw new ExtractionError(
      'unsupported type',
      `${mediaType} content is not an article (supported: text, Markdown, HTML, PDF, Word .docx)`,
    );
  }
  const extension = path.extname(input.name).toLowerCase();
  const byExtension = (Object.keys(EXTENSIONS) as ArticleFormat[]).find((format) =>
    EXTENSIONS[format].includes(extension),
  );
  if (byExtension) return byExtension;
  if (extension === '') return sniff(input.bytes);
  throw new ExtractionError(
    'unsupported type',
    `${extension} files are not read (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
  );
}

/**
 * Extracts the text of an article in any supported format, through maintained parsers:
 * text encodings detected (chardet + iconv-lite), HTML's main text (Readability + linkedom),
 * PDF (pdf.js via unpdf), Word (mammoth). Never throws for bad input: the result says why.
 */
export async function extractDocument(input: ExtractionInput): Promise<ExtractionResult> {
  try {
    if (input.bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the file is empty' };
    const format = formatOf(input);
    const { charset } = parseContentType(input.contentType);
    // The parsers are loaded on first use: together they cost every command ~100 ms of start-up.
    let extracted;
    if (format === 'html') extracted = (await import('./extract-html.js')).extractHtml(input.bytes, charset);
    else if (format === 'pdf') extracted = await (await import('./extract-pdf.js')).extractPdf(input.bytes);
    else if (format === 'docx')
      extracted = await (await import('./extract-docx.js')).extractDocx(input.bytes);
    else {
      const { text, encoding } = decodeText(input.bytes, charset);
      // Markdown's front matter is metadata, never article text: its title is the title.
      extracted =
        format === 'markdown' ? { format, encoding, ...splitFrontMatter(text) } : { format, text, encoding };
    }
    if (extracted.text.trim() === '') return { ok: false, reason: 'empty', detail: 'no text in it' };
    return { ok: true, extracted };
  } catch (error) {
    if (error instanceof ExtractionError) return { ok: false, reason: error.reason, detail: error.message };
    return { ok: false, reason: 'unreadable', detail: `could not be read (${(error as Error).message})` };
  }
}
