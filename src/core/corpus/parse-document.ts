import type { CorpusDocument, DocumentSection, TextRange } from './types.js';

/** Numbered headings ("1. No progress in …") and Markdown headings ("## Background"). */
const NUMBERED_HEADING = /^\s*(\d{1,2})[.)]\s+(\S.{0,150})$/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(\S.*)$/;

interface Line extends TextRange {
  content: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const content of text.split('\n')) {
    lines.push({ content, start, end: start + content.length });
    start += content.length + 1;
  }
  return lines;
}

function headingTitle(line: string): string | null {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown?.[1]) return markdown[1].trim();
  const numbered = NUMBERED_HEADING.exec(line);
  // A heading is short and does not end like a sentence; "3. It rained." is a list item.
  if (numbered?.[2] && !/[.!?:;,"]$/.test(numbered[2].trim())) return line.trim();
  return null;
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * Parses a document: the first non-empty line is the title (a repeat of it right after is
 * skipped, not indexed twice), headings open sections, and blank lines separate paragraphs.
 * A single line break inside a block also starts a new paragraph, since plain-text articles
 * often use one.
 */
export function parseDocument(input: { id: string; path: string; text: string }): CorpusDocument {
  const { text } = input;
  const lines = splitLines(text);
  let index = lines.findIndex((line) => line.content.trim() !== '');
  const titleLine = lines[index];
  const title = (titleLine?.content.trim() ?? '').replace(/^#{1,6}\s+/, '') || input.id;
  index += 1;
  // Skip the repeated title.
  const nextContent = lines.slice(index).find((line) => line.content.trim() !== '');
  if (nextContent && nextContent.content.trim().replace(/^#{1,6}\s+/, '') === title) {
    index = lines.indexOf(nextContent) + 1;
  }

  const sections: DocumentSection[] = [];
  let current: DocumentSection = { number: 0, title: null, paragraphs: [] };
  for (const line of lines.slice(index)) {
    if (line.content.trim() === '') continue;
    const heading = headingTitle(line.content);
    if (heading) {
      if (current.paragraphs.length > 0 || current.title !== null) sections.push(current);
      current = { number: sections.length + 1, title: heading, paragraphs: [], heading: trimRange(text, line) };
      continue;
    }
    current.paragraphs.push(trimRange(text, line));
  }
  if (current.paragraphs.length > 0 || current.title !== null) sections.push(current);
  renumber(sections);
  return { id: input.id, title, path: input.path, text, sections };
}

/** The lead (untitled) is section 0; titled sections count from 1 in order. */
function renumber(sections: DocumentSection[]): void {
  let next = 1;
  for (const section of sections) section.number = section.title === null ? 0 : next++;
}
