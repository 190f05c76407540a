import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { domToText, type DomNode } from './html-text.js';
import { ExtractionError, type ExtractedText } from './types.js';

/** A Word document's text through mammoth (docx → semantic HTML), headings kept as sections. */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedText> {
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) })
    ).value;
  } catch {
    // mammoth's own messages are about zip internals ("Can't find end of central directory : is
    // this a zip file ? …"), which mean nothing to whoever added the file.
    throw new ExtractionError('unreadable', 'not a readable Word document: damaged, or not a .docx (older .doc files are not read; save it as .docx or PDF)');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { format: 'docx', text: domToText(document.body as unknown as DomNode) };
}
