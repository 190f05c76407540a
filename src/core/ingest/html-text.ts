/**
 * Turns a DOM subtree (from linkedom) into the plain text articles are indexed from: one
 * paragraph per block element, separated by blank lines, and headings as Markdown `#` lines so
 * the document parser opens sections at them. Parsing itself is the DOM library's job.
 */

/** The minimal DOM node surface used here (linkedom's nodes provide it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'BUTTON',
  'FORM',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'NAV',
  'FOOTER',
  'ASIDE',
]);

/** Elements that end the running paragraph and start a new one. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

const HEADING = /^H([1-6])$/;

/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function tidyWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Collects paragraphs and headings in document order. */
class BlockWriter {
  readonly blocks: string[] = [];
  private running = '';

  addText(text: string): void {
    this.running += text;
  }

  /** Ends the running paragraph (a `<br>` or the end of a block element). */
  flush(): void {
    const paragraph = tidyWhitespace(this.running);
    if (paragraph !== '') this.blocks.push(paragraph);
    this.running = '';
  }

  addHeading(level: number, text: string): void {
    this.flush();
    const heading = tidyWhitespace(text);
    if (heading !== '') this.blocks.push(`${'#'.repeat(level)} ${heading}`);
  }
}

function walk(node: DomNode, writer: BlockWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.addText(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  const heading = HEADING.exec(name);
  if (heading) {
    writer.addHeading(Number(heading[1]), node.textContent ?? '');
    return;
  }
  if (name === 'BR') {
    writer.flush();
    return;
  }
  const block = BLOCKS.has(name);
  if (block) writer.flush();
  for (let index = 0; index < node.childNodes.length; index += 1) {
    const child = node.childNodes[index];
    if (child) walk(child, writer);
  }
  if (block) writer.flush();
}

/** The text of a DOM subtree: blocks separated by blank lines, headings as `#` lines. */
export function domToText(root: DomNode): string {
  const writer = new BlockWriter();
  walk(root, writer);
  writer.flush();
  return writer.blocks.join('\n\n');
}
