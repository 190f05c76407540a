import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { removeConsentNotices } from './consent-notices.js';
import { decodeText } from './decode-text.js';
import { domToText, tidyWhitespace, type DomNode } from './html-text.js';
import { ExtractionError, type ExtractedText } from './types.js';

type LinkedDocument = ReturnType<typeof parseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, read from its first bytes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

/** The page's `<title>`, else its first `<h1>`. */
function pageTitle(document: LinkedDocument): string | undefined {
  const title = tidyWhitespace(document.querySelector('title')?.textContent ?? '');
  return title || tidyWhitespace(document.querySelector('h1')?.textContent ?? '') || undefined;
}

/**
 * A web page's main text, through Mozilla's Readability (Firefox Reader View) on a linkedom DOM:
 * navigation, cookie and consent notices, scripts, sidebars and footers are left out. When
 * Readability finds no article (very short pages), the body is used without its navigation,
 * header, footer, asides and cookie and consent notices.
 * @param charset the encoding from the HTTP Content-Type header, if any.
 */
export function extractHtml(bytes: Uint8Array, charset?: string): ExtractedText {
  const { text: html, encoding } = decodeText(bytes, charset ?? declaredCharset(bytes));
  const { document } = parseHTML(html);
  removeConsentNotices(document);
  const fallbackTitle = pageTitle(document);
  // Readability changes the document it reads: give it its own copy.
  const readabilityCopy = parseHTML(html).document;
  removeConsentNotices(readabilityCopy);
  const article = new Readability(readabilityCopy as unknown as ReadabilityDocument, {
    charThreshold: 200,
  }).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = domToText(content.body as unknown as DomNode);
  }
  if (text.trim() === '') {
    for (const element of document.querySelectorAll(
      'header, nav, footer, aside, [role=navigation], [role=banner], [role=contentinfo]',
    ))
      element.remove();
    text = document.body ? domToText(document.body as unknown as DomNode) : '';
  }
  if (text.trim() === '' && html.trim() !== '' && !/<[a-z!]/i.test(html))
    throw new ExtractionError('not text', 'not an HTML page');
  // Sites append their name to <title> ("Harbour reopens | The Daily Example"); the page's own
  // <h1> is the article's title when the <title> contains it.
  const heading = tidyWhitespace(document.querySelector('h1')?.textContent ?? '');
  const readable = tidyWhitespace(article?.title ?? '') || fallbackTitle;
  const title = heading && readable?.toLowerCase().includes(heading.toLowerCase()) ? heading : readable;
  return { format: 'html', text, encoding, ...(title ? { metadataTitle: title } : {}) };
}
