import path from 'node:path';
import type { CorpusDocument, DocumentSection, TextRange } from './types.js';

/** Numbered headings ("1. No progress in …") and Markdown headings ("## Background"). */
const NUMBERED_HEADING = /^\s*(\d{1,2})[.)]\s+(\S.{0,150})$/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(\S.*)$/;

/** Ends like a sentence or a clause: a title or heading never does ("3. It rained." is body). */
const ENDS_LIKE_SENTENCE = /[.,;:…]["'”’)\]]*$/;
const ENDS_LIKE_QUESTION = /[!?]["'”’)\]]*$/;
/** Longest line taken as a title or numbered heading. */
const TITLE_MAX_CHARS = 150;
const TITLE_MAX_WORDS = 20;
/** A question or exclamation is a title only when this short ("What next for Ukraine?"). */
const QUESTION_TITLE_MAX_WORDS = 12;

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

/** Short, and not ending like a sentence: what titles and headings look like. */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > TITLE_MAX_CHARS) return false;
  const words = text.split(/\s+/).length;
  if (words > TITLE_MAX_WORDS || ENDS_LIKE_SENTENCE.test(text)) return false;
  return !ENDS_LIKE_QUESTION.test(text) || words <= QUESTION_TITLE_MAX_WORDS;
}

const isBlank = (line: Line | undefined): boolean => line === undefined || line.content.trim() === '';

/**
 * A heading line's title, or null. Markdown headings always count. A numbered line ("1. No
 * progress in …") counts only when it looks like a title, starts a block (a blank line or a
 * heading before it) and is not the first item of a numbered list: "3. It rained." and list
 * items are body text.
 */
function headingTitle(line: string, previous: Line | undefined, next: Line | undefined): string | null {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown?.[1]) return markdown[1].trim();
  const numbered = NUMBERED_HEADING.exec(line);
  if (!numbered?.[2] || !looksLikeTitle(numbered[2]) || next === undefined) return null;
  const startsBlock = previous === undefined || isBlank(previous) || MARKDOWN_HEADING.test(previous.content);
  const startsList = !isBlank(next) && NUMBERED_HEADING.test(next.content);
  return startsBlock && !startsList ? line.trim() : null;
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

const withoutMarkdown = (line: string): string => line.trim().replace(/^#{1,6}\s+/, '');
const comparable = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();

/** A readable title from a file name: `flood-report_2021.txt` → `flood report 2021`. */
export function titleFromFileName(name: string): string {
  const base = path.basename(name).replace(/\.[^.]+$/, '');
  return base.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim() || base || 'Untitled';
}

/** What a document is parsed from. */
export interface DocumentInput {
  id: string;
  /** Path relative to the corpus root (or the file name), for display. */
  path: string;
  text: string;
  /** A URL for a web article, the file name otherwise (default: `path`). */
  source?: string;
  /** A title from the file's metadata (HTML `<title>`, PDF Info); it wins over the first line. */
  metadataTitle?: string;
  /** The title when neither metadata nor the first line gives one (default: from the file name). */
  fallbackTitle?: string;
}

/**
 * Where the title comes from, and the line index where the body starts. The first non-empty
 * line is the title only when it looks like one (short, not ending like a sentence) and is
 * followed by a blank line or a heading, with body after it; otherwise every line is body. A Markdown `# ` (level 1)
 * line is always a title. A repeat of the title right after it (or of the metadata title at the top) is
 * skipped, not indexed twice.
 */
function chooseTitle(lines: Line[], input: DocumentInput): { title: string; bodyStart: number } {
  const first = lines.findIndex((line) => !isBlank(line));
  const firstLine = lines[first];
  const fallback = input.fallbackTitle ?? titleFromFileName(input.path);
  if (!firstLine) return { title: input.metadataTitle ?? fallback, bodyStart: lines.length };
  let title: string;
  let bodyStart: number;
  if (input.metadataTitle) {
    title = input.metadataTitle;
    const repeated = comparable(withoutMarkdown(firstLine.content)) === comparable(title);
    bodyStart = repeated ? first + 1 : first;
  } else {
    const next = lines[first + 1];
    const markdownTitle = /^\s*#\s+\S/.test(firstLine.content);
    // A plain line is a title only with body after it: "Storm hits town\n" (a blank line then
    // the end of the file) is a one-line story, not a title over nothing.
    const bodyFollows = lines.slice(first + 1).some((line) => !isBlank(line));
    const isTitle =
      markdownTitle ||
      (looksLikeTitle(firstLine.content) && bodyFollows && next !== undefined && (isBlank(next) || MARKDOWN_HEADING.test(next.content)));
    if (!isTitle) return { title: fallback, bodyStart: first };
    title = withoutMarkdown(firstLine.content);
    bodyStart = first + 1;
  }
  const nextContent = lines.slice(bodyStart).find((line) => !isBlank(line));
  if (nextContent && comparable(withoutMarkdown(nextContent.content)) === comparable(title)) {
    bodyStart = lines.indexOf(nextContent) + 1;
  }
  return { title, bodyStart };
}

/**
 * Parses a document: its title (see {@link chooseTitle}), sections opened by headings, and
 * paragraphs separated by blank lines. A single line break inside a block also starts a new
 * paragraph, since plain-text articles often use one.
 */
export function parseDocument(input: DocumentInput): CorpusDocument {
  const { text } = input;
  const lines = splitLines(text);
  const { title, bodyStart } = chooseTitle(lines, input);
  const sections: DocumentSection[] = [];
  let current: DocumentSection = { number: 0, title: null, paragraphs: [] };
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    if (isBlank(line)) continue;
    const heading = headingTitle(line.content, index > bodyStart ? lines[index - 1] : undefined, lines[index + 1]);
    if (heading) {
      if (current.paragraphs.length > 0 || current.title !== null) sections.push(current);
      current = { number: sections.length + 1, title: heading, paragraphs: [], heading: trimRange(text, line) };
      continue;
    }
    current.paragraphs.push(trimRange(text, line));
  }
  if (current.paragraphs.length > 0 || current.title !== null) sections.push(current);
  renumber(sections);
  return { id: input.id, title, path: input.path, source: input.source ?? input.path, text, sections };
}

/** The lead (untitled) is section 0; titled sections count from 1 in order. */
function renumber(sections: DocumentSection[]): void {
  let next = 1;
  for (const section of sections) section.number = section.title === null ? 0 : next++;
}
